package io.tickmark.extract.disclosure;

import io.tickmark.extract.Extraction;
import io.tickmark.facts.DisclosureElement;
import io.tickmark.facts.ExtractionIssue;
import io.tickmark.facts.Figure;
import io.tickmark.facts.InsuranceNotMaintained;
import io.tickmark.facts.LeasedProperties;
import io.tickmark.facts.LegalProceedingsStatement;
import io.tickmark.facts.Licence;
import io.tickmark.facts.NonCompliance;
import io.tickmark.facts.SocialInsuranceShortfall;
import io.tickmark.facts.StatedDate;
import io.tickmark.facts.StatedShare;
import io.tickmark.facts.TitleDefectGroup;
import io.tickmark.facts.UnregisteredLeaseGroup;
import io.tickmark.run.Checker;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The disclosure readers on small fixtures written for the purpose (our own words, not filing text). */
class DisclosureExtractionTest {

    static Extraction extract(String name) throws Exception {
        return new Checker(null).extract(Path.of("src/test/resources/disclosure/" + name));
    }

    static <T> List<T> facts(Extraction ex, Class<T> type) {
        return ex.otherFacts().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void leasesAreReadWithTheirCountsFineRangeAndStatedMaximum() throws Exception {
        Extraction ex = extract("listing-business.txt");
        assertThat(facts(ex, LeasedProperties.class)).singleElement().satisfies(p -> {
            assertThat(p.getCount()).isEqualTo(12);
            assertThat(p.getGrossFloorArea()).isEqualByComparingTo("3210.5");
        });
        assertThat(facts(ex, UnregisteredLeaseGroup.class)).singleElement().satisfies(g -> {
            assertThat(g.getCount()).isEqualTo(5);
            assertThat(g.getStatedFineMin()).isEqualByComparingTo("1000");
            assertThat(g.getStatedFineMax()).isEqualByComparingTo("10000");
            assertThat(g.getStatedMaximum()).isEqualByComparingTo("50000");
        });
        assertThat(facts(ex, TitleDefectGroup.class)).singleElement().satisfies(t -> assertThat(t.getCount()).isEqualTo(3));
        List<String> leaseElements = facts(ex, DisclosureElement.class).stream().filter(e -> e.getIncident().startsWith("lease-registration"))
                .map(DisclosureElement::getElement).toList();
        assertThat(leaseElements).containsExactlyInAnyOrder("particulars", "reasons", "legal-consequences", "maximum-penalty",
                "rectification", "internal-control", "directors-view");
    }

    @Test
    void theShortfallRestsOnTheGroupsOwnStatementNotOnTheLaw() throws Exception {
        Extraction ex = extract("listing-business.txt");
        SocialInsuranceShortfall s = facts(ex, SocialInsuranceShortfall.class).get(0);
        assertThat(s.getSource().getLine()).isEqualTo(62);
        assertThat(s.getQuote()).startsWith("During the Track Record Period, we did not make full contributions");
        assertThat(s.getAmount()).isNull();
        assertThat(s.isDamaged()).isFalse();
        assertThat(s.isSocialInsurance()).isTrue();
        assertThat(s.isHousingFund()).isTrue();
        List<String> elements = facts(ex, DisclosureElement.class).stream().filter(e -> e.getIncident().equals(s.getId()))
                .map(DisclosureElement::getElement).toList();
        assertThat(elements).contains("agent-arrangement", "confirmations", "indemnity", "rectification", "late-payment-surcharge",
                "fine-on-unpaid", "reasons").doesNotContain("internal-control", "directors-view", "maximum-penalty", "court-enforcement");
    }

    @Test
    void rectificationTimingIsReadEvenWithADamagedMonth() throws Exception {
        assertThat(RectificationTiming.month("Iuly")).isEqualTo("July");
        assertThat(RectificationTiming.month("December")).isEqualTo("December");
        assertThat(RectificationTiming.month("Model")).isNull();
        Extraction ex = extract("listing-business.txt");
        assertThat(facts(ex, DisclosureElement.class)).filteredOn(e -> e.getElement().equals("rectification-timing"))
                .singleElement().satisfies(e -> assertThat(e.getQuote()).isEqualTo("July 2022"));
    }

    @Test
    void aDocumentThatOnlyStatesTheLawHasNoShortfall() throws Exception {
        Extraction ex = extract("law-only.txt");
        assertThat(facts(ex, SocialInsuranceShortfall.class)).isEmpty();
        assertThat(facts(ex, NonCompliance.class)).isEmpty();
    }

    @Test
    void aFlattenedTablePassageIsTheAnchorAndIsMarkedDamaged() throws Exception {
        Extraction ex = extract("flattened-noncompliance.txt");
        assertThat(facts(ex, SocialInsuranceShortfall.class)).singleElement().satisfies(s -> {
            assertThat(s.getSource().getLine()).isEqualTo(7);
            assertThat(s.isDamaged()).isTrue();
            assertThat(s.getQuote()).contains("Our under-contribution to social insurance");
        });
    }

    @Test
    void ownShortfallNeedsAFirstPersonSubjectWithNoStatutoryPhrasingBetween() {
        String own = "During the Track Record Period, we did not make full contributions";
        String law = "We note that an employer which has underpaid";
        assertThat(SocialInsuranceReader.ownShortfall(own, own.indexOf("did not"))).isTrue();
        assertThat(SocialInsuranceReader.ownShortfall(law, law.indexOf("underpaid"))).isFalse();
    }

    @Test
    void licencesAreReadAcrossAPageBreakWithARowCutInTwo() throws Exception {
        Extraction ex = extract("listing-business.txt");
        List<Licence> l = facts(ex, Licence.class);
        assertThat(l).extracting(Licence::getName).containsExactly("ICP Licence", "SP Licence", "EDI Licence");
        Licence sp = l.get(1);
        assertThat(sp.getHolder()).isEqualTo("Beta Tech");
        assertThat(sp.getGrantDate()).isEqualTo(LocalDate.of(2018, 8, 15));
        assertThat(sp.getExpiryDate()).isEqualTo(LocalDate.of(2023, 8, 15));
        assertThat(sp.getSource().getLine()).isEqualTo(74);
        assertThat(sp.getSource().getLineEnd()).isEqualTo(79);
        assertThat(ex.issues()).noneMatch(i -> "licences".equals(i.getTable()));
    }

    @Test
    void referenceDatesInsuranceAndProceedingsAreRead() throws Exception {
        Extraction ex = extract("listing-business.txt");
        assertThat(facts(ex, StatedDate.class)).extracting(StatedDate::getKind, StatedDate::getDate).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(StatedDate.LATEST_PRACTICABLE_DATE, LocalDate.of(2022, 5, 20)),
                org.assertj.core.groups.Tuple.tuple(StatedDate.PERIOD_END, LocalDate.of(2021, 12, 31)));
        assertThat(facts(ex, InsuranceNotMaintained.class)).singleElement().satisfies(i -> {
            assertThat(i.getCovers()).isEqualTo("business interruption, key-man");
            assertThat(i.isRiskFactorReferenced()).isTrue();
        });
        assertThat(facts(ex, LegalProceedingsStatement.class)).singleElement().satisfies(p -> assertThat(p.isProceedingsDisclosed()).isFalse());
    }

    @Test
    void cleanTablesBecomeFiguresRelationsAndSharesWithoutIssues() throws Exception {
        Extraction ex = extract("listing-business.txt");
        assertThat(ex.issues()).isEmpty();
        assertThat(ex.figures()).filteredOn(f -> f.getTable().contains("employees")).extracting(f -> f.getValue().intValue())
                .containsExactly(90, 70, 40, 200);
        assertThat(ex.figures()).filteredOn(f -> "Revenue".equals(f.getConcept())).extracting(Figure::getPeriod, f -> f.getAmount().intValue())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("2020-01-01/2020-12-31", 80_000_000),
                        org.assertj.core.groups.Tuple.tuple("2021-01-01/2021-12-31", 100_000_000));
        assertThat(ex.relations()).filteredOn(r -> r.getTable() != null && r.getTable().startsWith("disclosure/")).hasSize(3);
        assertThat(facts(ex, StatedShare.class)).filteredOn(s -> s.getTable().contains("top customers"))
                .allSatisfy(s -> assertThat(s.getBaseId()).contains("revenue"));
    }

    @Test
    void splitDigitsAreRejoinedOnlyWhereTheTablesArithmeticConfirmsThem() throws Exception {
        Extraction ex = extract("damaged-tables.txt");
        List<Figure> revenue = ex.figures().stream().filter(f -> f.getTable().endsWith("revenue")).toList();
        // "60" ",000" and "100" ",000" rejoined: 60,000 / 100,000 = 60.0% as stated.
        assertThat(revenue).extracting(Figure::getLabel, Figure::getPeriod, f -> f.getValue().intValue()).contains(
                org.assertj.core.groups.Tuple.tuple("Consulting", "2019-01-01/2019-12-31", 60_000),
                org.assertj.core.groups.Tuple.tuple("Total", "2019-01-01/2019-12-31", 100_000),
                org.assertj.core.groups.Tuple.tuple("Cloud services", "2020-01-01/2020-12-31", 150_000));
        // Lost cells are not invented.
        assertThat(revenue).noneMatch(f -> f.getLabel().equals("Cloud services") && !f.getPeriod().startsWith("2020"));
        assertThat(ex.issues()).extracting(ExtractionIssue::getText)
                .anySatisfy(t -> assertThat(t).contains("'Cloud services'").contains("lost: 2019 amount, 2021 amount, 2021 %").contains("'5,'"))
                .anySatisfy(t -> assertThat(t).contains("'22 445'").contains("sum to 22345"));
        assertThat(ex.figures()).noneMatch(f -> f.getValue().compareTo(new BigDecimal("22445")) == 0);
    }

    @Test
    void rejoiningPutsBackSplitFiguresButNotTwoFigures() {
        OcrAlignment.ColumnType amount = new OcrAlignment.ColumnType(false, 0);
        OcrAlignment.ColumnType share = new OcrAlignment.ColumnType(true, 1, true);
        assertThat(OcrAlignment.rejoin(List.of("518", ",835"), amount).value()).isEqualByComparingTo("518835");
        assertThat(OcrAlignment.rejoin(List.of("277", "208"), amount).value()).isEqualByComparingTo("277208");
        assertThat(OcrAlignment.rejoin(List.of("1", "00.0"), share).value()).isEqualByComparingTo("100.0");
        assertThat(OcrAlignment.rejoin(List.of("5,", "150,000"), amount)).isNull();
        assertThat(OcrAlignment.rejoin(List.of("49", "9.8"), share)).isNull();
    }

    @Test
    void noDisclosureFactsInADocumentWithoutTheListingVocabulary() throws Exception {
        Path tmp = java.nio.file.Files.createTempFile("annual", ".txt");
        java.nio.file.Files.writeString(tmp, "ANNUAL REPORT\n\nWe leased 4 properties. 2 of our leases had not been registered.\n"
                + "We did not make full contributions to the social insurance fund.\n");
        try {
            Extraction ex = new Checker(null).extract(tmp);
            assertThat(ex.otherFacts()).isEmpty();
        } finally {
            java.nio.file.Files.deleteIfExists(tmp);
        }
    }
}
