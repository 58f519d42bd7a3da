package io.tickmark.rules.disclosure;

import io.tickmark.engine.EngineResult;
import io.tickmark.facts.DisclosureElement;
import io.tickmark.facts.Finding;
import io.tickmark.facts.LeasedProperties;
import io.tickmark.facts.TitleDefectGroup;
import io.tickmark.facts.UnregisteredLeaseGroup;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.tickmark.rules.disclosure.Session.checks;
import static io.tickmark.rules.disclosure.Session.findings;
import static io.tickmark.rules.disclosure.Session.line;
import static org.assertj.core.api.Assertions.assertThat;

/** DIS-001 to DIS-005: unregistered leases, the stated maximum penalty, the fine range, title defects. */
class LeaseRulesTest {

    private static UnregisteredLeaseGroup group(int count, String min, String max, String maximum) {
        return new UnregisteredLeaseGroup(Session.DOC, "lease-registration@10", count, min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max), maximum == null ? null : new BigDecimal(maximum),
                count + " of our leases had not been registered", "the maximum penalty is RMB" + maximum, line(10), line(12));
    }

    @Test
    void unregisteredLeasesGiveTheExposureRangeFromTheStatute() {
        EngineResult r = new Session().add(new LeasedProperties(Session.DOC, 12, new BigDecimal("3210.5"), "12 properties", line(5)),
                group(5, "1000", "10000", "50000")).run();
        Finding f = findings(r, "DIS-001").get(0);
        assertThat(f.getMessage()).contains("5 of 12 leases").contains("RMB5,000 to RMB50,000").contains("RMB1,000 to RMB10,000")
                .contains("art").contains("had not been registered");
        assertThat(f.getSources()).extracting(s -> s.getLine()).containsExactly(10);
    }

    @Test
    void statedMaximumEqualToCountTimesTheMaximumFineIsAPassedCheck() {
        EngineResult r = new Session().add(group(22, "1000", "10000", "220000")).run();
        assertThat(checks(r, "DIS-002", "passed")).singleElement().satisfies(c -> {
            assertThat(c.getExpected()).isEqualTo("220000");
            assertThat(c.getActual()).isEqualTo("220000");
        });
        assertThat(findings(r, "DIS-002")).isEmpty();
        assertThat(findings(r, "DIS-001").get(0).getMessage()).contains("22 of an unstated number of leases");
    }

    @Test
    void statedMaximumThatDisagreesIsAnError() {
        EngineResult r = new Session().add(group(22, "1000", "10000", "200000")).run();
        assertThat(findings(r, "DIS-002")).singleElement().satisfies(f -> {
            assertThat(f.getSeverity()).isEqualTo("error");
            assertThat(f.getMessage()).contains("RMB200,000").contains("22 leases x RMB10,000 is RMB220,000");
        });
        assertThat(checks(r, "DIS-002", "passed")).isEmpty();
    }

    @Test
    void noStatedMaximumNoMaximumCheck() {
        EngineResult r = new Session().add(group(3, null, null, null)).run();
        assertThat(checks(r, "DIS-002", "passed")).isEmpty();
        assertThat(findings(r, "DIS-002")).isEmpty();
        assertThat(findings(r, "DIS-005")).isEmpty();
        assertThat(findings(r, "DIS-001")).hasSize(1);
    }

    @Test
    void statedFineRangeIsComparedWithTheStatute() {
        EngineResult ok = new Session().add(group(2, "1000", "10000", "20000")).run();
        assertThat(checks(ok, "DIS-005", "passed")).hasSize(1);
        assertThat(findings(ok, "DIS-005")).isEmpty();
        EngineResult wrong = new Session().add(group(2, "500", "5000", "10000")).run();
        assertThat(findings(wrong, "DIS-005")).singleElement().satisfies(f ->
                assertThat(f.getMessage()).contains("RMB500 to RMB5,000").contains("RMB1,000 to RMB10,000"));
    }

    @Test
    void noLeaseFactsNoLeaseFindings() {
        EngineResult r = new Session().add(new LeasedProperties(Session.DOC, 12, null, "12 properties", line(5))).run();
        assertThat(r.findings()).noneMatch(f -> f.getRuleId().matches("DIS-00[1-5]"));
    }

    @Test
    void titleDefectsGiveCountAndShareOfLeases() {
        EngineResult r = new Session().add(new LeasedProperties(Session.DOC, 43, null, "43 leased properties", line(5)),
                new TitleDefectGroup(Session.DOC, "title@20", 42, "lessor of 42 of our leases failed to provide title documents", line(20))).run();
        assertThat(findings(r, "DIS-003")).singleElement().satisfies(f ->
                assertThat(f.getMessage()).contains("42 of 43").contains("97.7%").contains("failed to provide title documents"));
    }

    @Test
    void titleDefectDisclosureIsCheckedForRelocationRiskAndImpact() {
        TitleDefectGroup t = new TitleDefectGroup(Session.DOC, "title@20", 3, "3 of our leases", line(20));
        EngineResult missing = new Session().add(t).run();
        assertThat(findings(missing, "DIS-004")).hasSize(2)
                .anySatisfy(f -> assertThat(f.getMessage()).contains("relocate"));
        EngineResult complete = new Session().add(t,
                new DisclosureElement(Session.DOC, "title@20", "relocation-risk", "we may be required to relocate", line(21)),
                new DisclosureElement(Session.DOC, "title@20", "relocation-impact", "our Directors confirm relocation costs are minor", line(22))).run();
        assertThat(findings(complete, "DIS-004")).isEmpty();
        assertThat(checks(complete, "DIS-004", "passed")).hasSize(2);
    }
}
