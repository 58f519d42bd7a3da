package io.tickmark.rules.disclosure;

import io.tickmark.engine.EngineResult;
import io.tickmark.facts.DisclosureElement;
import io.tickmark.facts.NonCompliance;
import io.tickmark.facts.SocialInsuranceShortfall;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static io.tickmark.rules.disclosure.Session.checks;
import static io.tickmark.rules.disclosure.Session.findings;
import static io.tickmark.rules.disclosure.Session.line;
import static org.assertj.core.api.Assertions.assertThat;

/** DIS-010 to DIS-013 (social insurance / housing provident fund) and DIS-020 (listing-guide elements). */
class SocialInsuranceRulesTest {
    private static final String ID = "social-insurance@40";

    private static SocialInsuranceShortfall shortfall(BigDecimal amount, boolean damaged) {
        return new SocialInsuranceShortfall(Session.DOC, ID, true, true, amount, damaged,
                "we did not make full social insurance contributions for some employees", line(40));
    }

    private static DisclosureElement element(String name, int line) {
        return new DisclosureElement(Session.DOC, ID, name, "words for " + name, line(line));
    }

    @Test
    void shortfallFindingQuotesThePassageItRestsOn() {
        EngineResult r = new Session().add(shortfall(null, true)).run();
        assertThat(findings(r, "DIS-010")).singleElement().satisfies(f -> {
            assertThat(f.getMessage()).contains("social insurance and housing provident fund").contains("we did not make full")
                    .contains("interleaved");
            assertThat(f.getSources()).extracting(s -> s.getLine()).containsExactly(40);
        });
    }

    @Test
    void shortfallFindingSaysWhatTheGroupDoesAboutIt() {
        EngineResult r = new Session().add(shortfall(null, false), new DisclosureElement(Session.DOC, ID, "rectification-timing",
                "July 2022 (written \u201cIuly 2022\u201d)", line(44)), element("indemnity", 45)).run();
        assertThat(findings(r, "DIS-010").get(0).getMessage()).contains("rectification planned by July 2022").contains("an indemnity");
        EngineResult bare = new Session().add(shortfall(null, false)).run();
        assertThat(findings(bare, "DIS-010").get(0).getMessage()).contains("no rectification, confirmation or indemnity is described");
    }

    @Test
    void noShortfallNoSocialInsuranceFindings() {
        EngineResult r = new Session().add(element("agent-arrangement", 41)).run();
        assertThat(r.findings()).noneMatch(f -> f.getRuleId().matches("DIS-01[0-3]"));
    }

    @Test
    void anUnquantifiedShortfallIsAMissingDisclosure() {
        EngineResult r = new Session().add(shortfall(null, false)).run();
        assertThat(findings(r, "DIS-011")).singleElement().satisfies(f ->
                assertThat(f.getMessage()).contains("not quantified").contains("0.05%").contains("1 to 3 times"));
        EngineResult q = new Session().add(shortfall(new BigDecimal("1200000"), false)).run();
        assertThat(findings(q, "DIS-011")).isEmpty();
        assertThat(checks(q, "DIS-011", "passed")).singleElement().satisfies(c -> assertThat(c.getActual()).isEqualTo("RMB1,200,000"));
    }

    @Test
    void contributionsThroughAgentsAreReported() {
        EngineResult r = new Session().add(shortfall(null, false), element("agent-arrangement", 45)).run();
        assertThat(findings(r, "DIS-012")).singleElement().satisfies(f -> assertThat(f.getMessage()).contains("third-party agents"));
        assertThat(findings(new Session().add(shortfall(null, false)).run(), "DIS-012")).isEmpty();
    }

    @Test
    void eachStatutoryConsequenceIsLookedFor() {
        EngineResult none = new Session().add(shortfall(null, false)).run();
        assertThat(findings(none, "DIS-013")).extracting(f -> f.getMessage())
                .anySatisfy(m -> assertThat(m).contains("0.05%"))
                .anySatisfy(m -> assertThat(m).contains("one to three times"))
                .anySatisfy(m -> assertThat(m).contains("People's Court"));
        EngineResult all = new Session().add(shortfall(null, false), element("late-payment-surcharge", 46),
                element("fine-on-unpaid", 46), element("court-enforcement", 47)).run();
        assertThat(findings(all, "DIS-013")).isEmpty();
        assertThat(checks(all, "DIS-013", "passed")).hasSize(3);
    }

    @Test
    void housingFundEnforcementIsNotAskedOfASocialInsuranceOnlyShortfall() {
        SocialInsuranceShortfall si = new SocialInsuranceShortfall(Session.DOC, ID, true, false, null, false, "we underpaid social insurance", line(40));
        EngineResult r = new Session().add(si).run();
        assertThat(findings(r, "DIS-013")).hasSize(2).noneMatch(f -> f.getMessage().contains("People's Court"));
    }

    @Test
    void listingGuideElementsAreCheckedForEachNonCompliance() {
        NonCompliance n = new NonCompliance(Session.DOC, ID, "social-insurance", "social insurance not paid in full", "quote", line(40));
        EngineResult bare = new Session().add(n, element("particulars", 40)).run();
        assertThat(findings(bare, "DIS-020")).hasSize(6).extracting(f -> f.getMessage())
                .anySatisfy(m -> assertThat(m).contains("potential maximum penalty"))
                .anySatisfy(m -> assertThat(m).contains("directors' view"));
        List<Object> facts = new ArrayList<>(List.of(n));
        for (String e : List.of("particulars", "reasons", "legal-consequences", "maximum-penalty", "rectification", "internal-control", "directors-view")) {
            facts.add(element(e, 42));
        }
        EngineResult full = new Session().add(facts.toArray()).run();
        assertThat(findings(full, "DIS-020")).isEmpty();
        assertThat(checks(full, "DIS-020", "passed")).hasSize(7);
    }
}
