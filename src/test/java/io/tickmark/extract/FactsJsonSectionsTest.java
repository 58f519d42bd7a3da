package io.tickmark.extract;

import io.tickmark.extract.json.FactsJson;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The facts file is read section by section, one element at a time; what it reads must be what the
 * whole file's tree gave: order of sections free, a repeated section counted as its last copy, and a
 * file's first fault reported as before (not JSON, then no header, then a bad line item).
 */
class FactsJsonSectionsTest {
    private static final String DOC = "\"document\": {\"kind\": \"annual-report\", \"entity\": \"Example Ltd\", \"currency\": \"USD\"}";
    private static final String TABLES = "\"tables\": [{\"id\": \"balance/consolidated\", \"statement\": \"balance\", \"columns\": [\"2023\"]}]";
    private static final String ITEMS = "\"lineItems\": ["
            + "{\"table\": \"balance/consolidated\", \"row\": 1, \"column\": 1, \"label\": \"Cash\", \"value\": \"10\", \"decimals\": 0},"
            + "{\"table\": \"balance/consolidated\", \"row\": 2, \"column\": 1, \"label\": \"Total\", \"value\": \"10\", \"decimals\": 0},"
            + "{\"table\": \"balance/consolidated\", \"row\": 3, \"column\": 1, \"label\": \"Far\", \"value\": \"1e999999\", \"decimals\": 0}]";
    private static final String RELATIONS = "\"relations\": [{\"id\": \"r1\", \"kind\": \"sum\", \"table\": \"balance/consolidated\","
            + " \"total\": \"t\", \"parts\": [{\"key\": \"a\", \"weight\": 1}]}, {\"id\": \"r2\", \"parts\": [{\"key\": \"b\", \"weight\": 1e9}]}]";
    private static final String ISSUES = "\"extractionIssues\": [{\"table\": \"x\", \"what\": \"row not read\", \"text\": \"Cash 1 0\"}]";

    private static Extraction read(String... sections) throws IOException {
        return FactsJson.read("{" + String.join(",", sections) + "}", "f.json");
    }

    private static String summary(Extraction ex) {
        return ex.document().getEntity() + " " + ex.tables().size() + " tables " + ex.figures() + " " + ex.relations().size()
                + " relations " + ex.issues().stream().map(i -> i.getWhat()).toList();
    }

    @Test
    void sectionsInAnyOrderReadTheSame() throws IOException {
        String canonical = summary(read(DOC, TABLES, ITEMS, RELATIONS, ISSUES));
        assertThat(summary(read(ISSUES, RELATIONS, ITEMS, TABLES, DOC))).isEqualTo(canonical);
        assertThat(summary(read(ITEMS, DOC, ISSUES, TABLES, RELATIONS))).isEqualTo(canonical);
        Extraction ex = read(ISSUES, RELATIONS, ITEMS, DOC);
        // line items' issues first, then relations', then the file's own, as always
        assertThat(ex.issues()).extracting(i -> i.getWhat()).containsExactly("line item out of range", "relation out of range", "row not read");
        assertThat(ex.figures()).hasSize(2);
    }

    @Test
    void aRepeatedSectionCountsAsItsLastCopy() throws IOException {
        Extraction ex = read(DOC, ITEMS, "\"lineItems\": [{\"table\": \"t\", \"row\": 1, \"column\": 1, \"value\": \"5\"}]");
        assertThat(ex.figures()).singleElement().satisfies(f -> assertThat(f.getTable()).isEqualTo("t"));
        assertThat(ex.issues()).isEmpty();
        // a fault in the first copy is gone with it
        assertThat(read(DOC, "\"lineItems\": [{\"row\": 1}]", ITEMS).figures()).hasSize(2);
    }

    @Test
    void faultsAreReportedInTheOrderOfBefore() {
        String badItem = "\"lineItems\": [{\"table\": \"t\", \"row\": 1, \"column\": 1, \"value\": \"ten\"}]";
        assertThatThrownBy(() -> read(DOC, badItem)).hasMessageContaining("value is not a number");
        // no header outranks a bad line item, even when the item comes first
        assertThatThrownBy(() -> read(badItem, TABLES)).hasMessageContaining("not a tickmark facts file");
        // a file that is not JSON is that, even after a bad line item
        assertThatThrownBy(() -> FactsJson.read("{" + badItem + "," + DOC + ", \"x\": [1,}", "f.json"))
                .isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
        // every number of the file is read, in a section tickmark does not use too
        assertThatThrownBy(() -> read(DOC, "\"notes\": [1e9999999999]")).hasMessageContaining("beyond any representable range");
    }

    @Test
    void aSectionThatIsNoArrayReadsAsItsValuesOrNothing() throws IOException {
        Extraction ex = read(DOC, "\"lineItems\": {\"a\": {\"table\": \"t\", \"row\": 1, \"column\": 1, \"value\": \"5\"}}", "\"tables\": 3");
        assertThat(ex.figures()).hasSize(1);
        assertThat(ex.tables()).isEmpty();
        assertThat(read("\"document\": null").document().getFramework()).isEqualTo("ifrs");
    }
}
