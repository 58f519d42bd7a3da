package io.tickmark.rules.disclosure;

import io.tickmark.engine.EngineResult;
import io.tickmark.facts.ConcentrationShare;
import io.tickmark.facts.InsuranceNotMaintained;
import io.tickmark.facts.LegalProceedingsStatement;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.tickmark.rules.disclosure.Session.checks;
import static io.tickmark.rules.disclosure.Session.findings;
import static io.tickmark.rules.disclosure.Session.line;
import static org.assertj.core.api.Assertions.assertThat;

/** DIS-040 (insurance), DIS-041 (legal proceedings), DIS-050 / DIS-051 (concentration). */
class OtherDisclosureRulesTest {

    @Test
    void insuranceNotMaintainedIsANote() {
        EngineResult r = new Session().add(new InsuranceNotMaintained(Session.DOC, "business interruption, key-man", false,
                "we do not maintain business interruption insurance", line(3))).run();
        assertThat(findings(r, "DIS-040")).singleElement().satisfies(f -> {
            assertThat(f.getSeverity()).isEqualTo("note");
            assertThat(f.getMessage()).contains("business interruption, key-man").contains("not a breach").contains("no risk factor");
        });
        assertThat(findings(new Session().run(), "DIS-040")).isEmpty();
    }

    @Test
    void legalProceedingsDisclosedAreForAPersonToAssess() {
        EngineResult some = new Session().add(new LegalProceedingsStatement(Session.DOC, true, "we are a defendant in a lawsuit", line(4))).run();
        assertThat(findings(some, "DIS-041")).singleElement().satisfies(f -> assertThat(f.getMessage()).contains("defendant"));
        EngineResult none = new Session().add(new LegalProceedingsStatement(Session.DOC, false, "not a party to any material proceedings", line(4))).run();
        assertThat(findings(none, "DIS-041")).isEmpty();
        assertThat(checks(none, "DIS-041", "passed")).hasSize(1);
    }

    private static ConcentrationShare share(String role, int year, String party, boolean top, String v) {
        return new ConcentrationShare(Session.DOC, role, year + "-01-01/" + year + "-12-31", year, party, top, new BigDecimal(v),
                "customer".equals(role) ? "revenue" : "cost of sales", "t" + year, line(year - 2000));
    }

    @Test
    void largestSupplierAboveFiftyPercentIsOneFindingListingTheYears() {
        EngineResult r = new Session().add(share("supplier", 2018, "supplier E", false, "60.2"), share("supplier", 2018, "supplier D", false, "8.8"),
                share("supplier", 2019, "supplier E", false, "49.9"), share("supplier", 2020, "supplier E", false, "70.3")).run();
        assertThat(findings(r, "DIS-050")).singleElement().satisfies(f -> {
            assertThat(f.getMessage()).contains("supplier E 60.2% (2018); supplier E 70.3% (2020)").contains("cost of sales").contains("50%");
            assertThat(f.getMessage()).doesNotContain("49.9");
        });
        assertThat(checks(r, "DIS-050", "passed")).singleElement().satisfies(c -> assertThat(c.getActual()).isEqualTo("49.9%"));
    }

    @Test
    void concentrationWithinTheThresholdsRaisesNothing() {
        EngineResult r = new Session().add(share("customer", 2021, "client F", false, "16.5"), share("customer", 2021, "top five", true, "34.2")).run();
        assertThat(findings(r, "DIS-050")).isEmpty();
        assertThat(findings(r, "DIS-051")).isEmpty();
        assertThat(checks(r, "DIS-050", "passed")).hasSize(1);
        assertThat(checks(r, "DIS-051", "passed")).hasSize(1);
    }

    @Test
    void topFiveAboveEightyPercentIsReported() {
        EngineResult r = new Session().add(share("supplier", 2018, "top five", true, "81.0"), share("supplier", 2021, "top five", true, "86.1")).run();
        assertThat(findings(r, "DIS-051")).singleElement().satisfies(f ->
                assertThat(f.getMessage()).contains("81.0% (2018); 86.1% (2021)").contains("80%"));
    }
}
