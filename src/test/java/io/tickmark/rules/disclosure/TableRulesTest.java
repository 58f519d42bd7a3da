package io.tickmark.rules.disclosure;

import io.tickmark.engine.EngineResult;
import io.tickmark.facts.Figure;
import io.tickmark.facts.Operand;
import io.tickmark.facts.PartyList;
import io.tickmark.facts.Relation;
import io.tickmark.facts.StatedShare;
import io.tickmark.facts.TableParty;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.tickmark.rules.disclosure.Session.checks;
import static io.tickmark.rules.disclosure.Session.figure;
import static io.tickmark.rules.disclosure.Session.findings;
import static io.tickmark.rules.disclosure.Session.line;
import static org.assertj.core.api.Assertions.assertThat;

/** DIS-060 (shares add up), DIS-061 (shares recompute), DIS-062 (names in text and tables), and CON-001 on table relations. */
class TableRulesTest {
    private static final String T = "disclosure/employees";

    private static StatedShare part(int row, String v, String numerator, String base) {
        return new StatedShare(T + "#" + row + "%", Session.DOC, T, row, 1, "row " + row, "% of Total", null, new BigDecimal(v),
                new BigDecimal(v).scale(), false, 9, 0, numerator, base, "the column total", line(100 + row));
    }

    private static StatedShare total(int row, String v, int parts, String numerator, String base) {
        return new StatedShare(T + "#" + row + "%", Session.DOC, T, row, 1, "Total", "% of Total", null, new BigDecimal(v),
                new BigDecimal(v).scale(), true, -1, parts, numerator, base, "revenue", line(100 + row));
    }

    @Test
    void sharesAddingUpWithinTheirRoundingPass() {
        EngineResult r = new Session().add(part(0, "8.4", null, null), part(1, "11.0", null, null), part(2, "36.2", null, null),
                part(3, "30.8", null, null), part(4, "13.6", null, null), total(9, "100.0", 5, null, null)).run();
        assertThat(checks(r, "DIS-060", "passed")).hasSize(1);
        assertThat(findings(r, "DIS-060")).isEmpty();
    }

    @Test
    void sharesMissingTheirTotalBeyondNHalfUnitsFail() {
        // 33.2 + 33.2 + 33.1 = 99.5, three shares at one decimal allow 0.15.
        EngineResult r = new Session().add(part(0, "33.2", null, null), part(1, "33.2", null, null), part(2, "33.1", null, null),
                total(9, "100.0", 3, null, null)).run();
        assertThat(findings(r, "DIS-060")).singleElement().satisfies(f ->
                assertThat(f.getMessage()).contains("stated as 100.0%").contains("sum to 99.5%").contains("0.15"));
    }

    @Test
    void aTotalWhosePartsWereNotAllReadIsNotChecked() {
        EngineResult r = new Session().add(part(0, "33.2", null, null), total(9, "100.0", 3, null, null)).run();
        assertThat(checks(r, "DIS-060", "passed")).isEmpty();
        assertThat(findings(r, "DIS-060")).isEmpty();
    }

    @Test
    void aShareThatDoesNotRecomputeFromItsAmountsFails() {
        Figure delivery = figure(T, 1, 0, "Delivery", "81", 1);
        Figure all = figure(T, 9, 0, "Total", "740", 1);
        EngineResult r = new Session().add(delivery, all, part(1, "11.0", delivery.getId(), all.getId())).run();
        assertThat(findings(r, "DIS-061")).singleElement().satisfies(f ->
                assertThat(f.getMessage()).contains("stated as 11.0%").contains("81 / 740 is 10.946%"));
        EngineResult ok = new Session().add(delivery, all, part(1, "10.9", delivery.getId(), all.getId())).run();
        assertThat(findings(ok, "DIS-061")).isEmpty();
        assertThat(checks(ok, "DIS-061", "passed")).hasSize(1);
    }

    @Test
    void aTotalShareHoldsWithinNHalfUnitsOfTheShareRecomputedFromTheAmounts() {
        // The issue's example: a stated 28.3% whose amounts give 28.45%; five shares allow 0.25.
        Figure top5 = figure(T, 9, 0, "Total", "170758", 1000);
        Figure revenue = figure("revenue", 2, 0, "Total", "600201", 1000);
        EngineResult r = new Session().add(top5, revenue, total(9, "28.3", 5, top5.getId(), revenue.getId())).run();
        assertThat(checks(r, "DIS-061", "passed")).hasSize(1);
        EngineResult tooFar = new Session().add(top5, revenue, total(9, "28.1", 5, top5.getId(), revenue.getId())).run();
        assertThat(findings(tooFar, "DIS-061")).hasSize(1);
    }

    @Test
    void aShareWithoutItsBaseIsNotRecomputed() {
        Figure delivery = figure(T, 1, 0, "Delivery", "81", 1);
        EngineResult r = new Session().add(delivery, part(1, "11.0", delivery.getId(), null)).run();
        assertThat(checks(r, "DIS-061", "passed")).isEmpty();
        assertThat(findings(r, "DIS-061")).isEmpty();
    }

    @Test
    void tableTotalsAreFootedByTheConsistencyPackAndEveryPartIsRequired() {
        Figure a = figure("t", 0, 0, "A", "100", 1000);
        Figure b = figure("t", 1, 0, "B", "250", 1000);
        Figure total = figure("t", 2, 0, "Total", "351", 1000);
        Relation rel = new Relation("t:rows:2", "rows", Session.DOC, "t", "2",
                List.of(new Operand("0", 1, true), new Operand("1", 1, true)), "layout", "Total = A + B");
        Session complete = new Session().add(a, b, total);
        complete.extraction().relations().add(rel);
        EngineResult ok = complete.run();
        assertThat(checks(ok, "CON-001", "passed")).hasSize(1);
        assertThat(ok.findings()).noneMatch(f -> f.getRuleId().equals("CON-001"));
        // Row B was lost to OCR: the total is not footed against the one part left.
        Session lost = new Session().add(a, total);
        lost.extraction().relations().add(rel);
        assertThat(lost.run().checks()).noneMatch(c -> c.getRuleId().equals("CON-001"));
    }

    private static TableParty party(String name) {
        return new TableParty(Session.DOC, "client-supplier", name, "OVERLAPPING", "disclosure/overlapping", List.of(line(50)));
    }

    @Test
    void aPartyInTheTablesThatTheCompleteListOmitsIsReported() {
        PartyList list = new PartyList(Session.DOC, "client-supplier", List.of("client-supplier D", "client-supplier E"), "OVERLAPPING", true,
                "these client-suppliers are client-supplier D and E", line(40));
        EngineResult r = new Session().add(list, party("client-supplier D"), party("client-supplier E"), party("client-supplier M")).run();
        assertThat(findings(r, "DIS-062")).singleElement().satisfies(f ->
                assertThat(f.getMessage()).startsWith("client-supplier M appears in").contains("does not name it"));
    }

    @Test
    void aPartyTheListNamesButNoTableShowsIsReported() {
        PartyList list = new PartyList(Session.DOC, "client-supplier", List.of("client-supplier D", "client-supplier L"), "OVERLAPPING", false,
                "including client-supplier D and L", line(40));
        EngineResult r = new Session().add(list, party("client-supplier D"), party("client-supplier M")).run();
        assertThat(findings(r, "DIS-062")).singleElement().satisfies(f ->
                assertThat(f.getMessage()).startsWith("client-supplier L is named in the text"));
    }

    @Test
    void matchingListAndTablesRaiseNothing() {
        PartyList list = new PartyList(Session.DOC, "client-supplier", List.of("client-supplier D", "client-supplier E"), "OVERLAPPING", true,
                "these client-suppliers are client-supplier D and E", line(40));
        EngineResult r = new Session().add(list, party("client-supplier D"), party("client-supplier E")).run();
        assertThat(findings(r, "DIS-062")).isEmpty();
        assertThat(checks(r, "DIS-062", "passed")).hasSize(2);
    }
}
