package io.tickmark.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The worked example of docs/writing-rules.md: its cases hold and it fires on the bundled example it names. */
class ExampleRulePackTest {
    static final String PACK = "examples/rules/analytical";

    @Test
    void itsCasesPass() {
        Cli r = Cli.run("rules", "test", PACK);
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("4 passed, 0 failed");
    }

    @Test
    void itFiresOnTheBundledExample() {
        Cli r = Cli.run("check", "--rules", PACK, "examples/jade-harbour-2021-annual.txt");
        assertThat(r.out()).contains("ANA-001").contains("fell from 120904 at 2020-12-31 to 78501 at 2021-12-31, down 35.1%");
        assertThat(Cli.run("check", "--rules", PACK, "examples/harbour-lights-2023-annual.txt").out()).doesNotContain("ANA-001");
    }

    @Test
    void theConceptItMatchesExists() {
        assertThat(Cli.run("concepts", "--ids").out().lines()).contains("CashAndEquivalents");
    }

    /** docs/writing-rules.md names every concept id that exists, so a rule written from it can match. */
    @Test
    void theGuideListsEveryConceptId() throws java.io.IOException {
        String guide = java.nio.file.Files.readString(java.nio.file.Path.of("docs/writing-rules.md"));
        for (var c : io.tickmark.normalize.ConceptCatalogue.all()) assertThat(guide).contains("`" + c.id() + "`");
    }
}
