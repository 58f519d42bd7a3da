package io.tickmark.rules.disclosure;

import io.tickmark.engine.EngineResult;
import io.tickmark.facts.Licence;
import io.tickmark.facts.StatedDate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.tickmark.rules.disclosure.Session.checks;
import static io.tickmark.rules.disclosure.Session.findings;
import static io.tickmark.rules.disclosure.Session.line;
import static org.assertj.core.api.Assertions.assertThat;

/** DIS-030 to DIS-032: licence expiry against --as-of or a date the document states. */
class LicenceRulesTest {

    private static Licence licence(String name, String expiry, int line) {
        return new Licence(Session.DOC, "licence#" + line, name, "Holder Co", "Authority", LocalDate.parse("2019-01-01"),
                expiry == null ? null : LocalDate.parse(expiry), name + " row", line(line));
    }

    @Test
    void expiryWithinTwelveMonthsIncludingTheEndDateIsReported() {
        EngineResult r = new Session(LocalDate.parse("2022-06-30")).add(
                licence("A Licence", "2022-11-28", 1), licence("B Licence", "2023-06-30", 2),
                licence("C Licence", "2023-07-01", 3), licence("D Licence", "2022-06-30", 4)).run();
        assertThat(findings(r, "DIS-030")).extracting(f -> f.getSources().get(0).getLine()).containsExactlyInAnyOrder(1, 2, 4);
        assertThat(findings(r, "DIS-030").get(0).getMessage()).contains("within 12 months of 2022-06-30 (--as-of)");
        assertThat(checks(r, "DIS-030", "passed")).singleElement().satisfies(c -> assertThat(c.getActual()).contains("2023-07-01"));
        assertThat(findings(r, "DIS-031")).isEmpty();
    }

    @Test
    void anExpiredLicenceIsAnError() {
        EngineResult r = new Session(LocalDate.parse("2022-06-30")).add(licence("Old Licence", "2022-06-29", 7)).run();
        assertThat(findings(r, "DIS-031")).singleElement().satisfies(f -> {
            assertThat(f.getSeverity()).isEqualTo("error");
            assertThat(f.getMessage()).contains("expired on 2022-06-29");
        });
    }

    @Test
    void withoutAsOfTheLatestPracticableDateIsUsedBeforeThePeriodEnd() {
        EngineResult r = new Session().add(licence("A Licence", "2023-02-01", 1),
                new StatedDate(Session.DOC, StatedDate.PERIOD_END, LocalDate.parse("2021-12-31"), "year ended 31 December 2021", line(9)),
                new StatedDate(Session.DOC, StatedDate.LATEST_PRACTICABLE_DATE, LocalDate.parse("2022-03-15"), "being 15 March 2022", line(8))).run();
        assertThat(findings(r, "DIS-030")).singleElement().satisfies(f ->
                assertThat(f.getMessage()).contains("of 2022-03-15").contains("latest practicable date"));
    }

    @Test
    void withoutAsOfThePeriodEndIsUsed() {
        EngineResult r = new Session().add(licence("A Licence", "2022-11-28", 1), licence("B Licence", "2023-06-25", 2),
                new StatedDate(Session.DOC, StatedDate.PERIOD_END, LocalDate.parse("2021-12-31"), "year ended 31 December 2021", line(9))).run();
        assertThat(findings(r, "DIS-030")).singleElement().satisfies(f ->
                assertThat(f.getMessage()).contains("2022-11-28").contains("period end"));
        assertThat(findings(r, "DIS-032")).isEmpty();
    }

    @Test
    void withoutAnyReferenceDateTheRulesSaySoInsteadOfGuessing() {
        EngineResult r = new Session().add(licence("A Licence", "2022-11-28", 1), licence("B Licence", "2030-01-01", 2)).run();
        assertThat(findings(r, "DIS-030")).isEmpty();
        assertThat(findings(r, "DIS-031")).isEmpty();
        assertThat(findings(r, "DIS-032")).singleElement().satisfies(f -> {
            assertThat(f.getSeverity()).isEqualTo("note");
            assertThat(f.getMessage()).contains("2 licence(s) not assessed").contains("--as-of");
        });
    }

    @Test
    void noLicencesNoExpiryNote() {
        assertThat(findings(new Session().run(), "DIS-032")).isEmpty();
    }

    @Test
    void aLicenceWithoutAnExpiryDateIsNotJudged() {
        EngineResult r = new Session(LocalDate.parse("2022-06-30")).add(licence("Open-ended Permit", null, 3)).run();
        assertThat(r.findings()).noneMatch(f -> f.getRuleId().startsWith("DIS-03"));
    }
}
