package io.tickmark.extract.narrative;

import io.tickmark.facts.GoingConcernDisclosure;
import io.tickmark.facts.GoingConcernStatement;
import io.tickmark.facts.LiquidityClaim;
import io.tickmark.facts.NarrativeEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.tickmark.extract.narrative.NarrativeFixtures.of;
import static io.tickmark.extract.narrative.NarrativeFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

/** Going-concern language read with care: only assertions count; sentences written for these tests. */
class LanguageReaderTest {

    private static GoingConcernStatement statement(String sentence) {
        List<GoingConcernStatement> s = of(read(sentence, 2021), GoingConcernStatement.class);
        assertThat(s).hasSize(1);
        return s.get(0);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "Management has concluded that these conditions raise substantial doubt about the Company's ability to continue as a going concern.|statement",
            "There is substantial doubt about our ability to continue as a going concern.|statement",
            "These events indicate that a material uncertainty exists that may cast significant doubt on the Group's ability to continue as a going concern.|statement",
            "The directors did not identify any matters that may cast significant doubt on the Group's ability to continue as a going concern.|negated",
            "Based on its assessment, management concluded that there is no substantial doubt about the Company's ability to continue as a going concern.|negated",
            "The Company has not found any matters or circumstances that may lead to significant doubts about its going-concern ability.|negated",
            "ASU 2014-15 requires management to evaluate whether there is substantial doubt about an entity's ability to continue as a going concern.|standard",
            "Management is required to assess whether conditions raise substantial doubt about the entity's ability to continue as a going concern.|standard",
            "If we are unable to obtain additional financing, there could be substantial doubt about our ability to continue as a going concern.|conditional",
            "A prolonged downturn may cast substantial doubt on our ability to continue as a going concern.|conditional"})
    void readsEachStatementOfDoubtForWhatItSays(String sentence, String reading) {
        assertThat(statement(sentence).getReading()).isEqualTo(reading);
    }

    @Test
    void auditorAndManagementAreTold() {
        assertThat(statement("Our independent registered public accountants included an explanatory paragraph stating that these conditions raise "
                + "substantial doubt about the Company's ability to continue as a going concern.").getSpeaker()).isEqualTo("auditor");
        assertThat(statement("Management has concluded that these conditions raise substantial doubt about the Company's ability to continue as a "
                + "going concern.").getSpeaker()).isEqualTo("management");
    }

    @Test
    void theAssessmentIsADisclosureEvenWhenItFindsNoDoubtButTheStandardAloneIsNot() {
        assertThat(of(read("The directors did not identify any matters that may cast significant doubt on the Group's ability to continue as a "
                + "going concern. The financial statements have been prepared on a going concern basis.", 2021), GoingConcernDisclosure.class))
                .extracting(GoingConcernDisclosure::getKind).containsExactly("assessment", "basis");
        assertThat(of(read("ASU 2014-15 requires management to evaluate whether there is substantial doubt about an entity's ability to continue "
                + "as a going concern.", 2021), GoingConcernDisclosure.class)).isEmpty();
    }

    @ParameterizedTest(name = "{1} {2}: {0}")
    @CsvSource(delimiter = '|', value = {
            "Local banks required the Group to repay its loans ahead of schedule.|creditor-demand|asserted",
            "If we breach a covenant, our lenders could require us to repay the loans immediately.|creditor-demand|conditional",
            "Banks in the region tightened their credit approval criteria during the year.|credit-tightening|asserted",
            "The manufacturer decided not to renew the dealership authorisation of two of our stores, which led to the withdrawal of the authorized dealership.|licence-loss|asserted",
            "The loss of a key customer could adversely affect our results.|customer-or-supplier-loss|conditional",
            "Decommissioning reduces residual radioactivity to a level that permits termination of the operating licence.|licence-loss|conditional",
            "Mr. Lee resigned as the chairman of the Board on 1 March 2021.|management-departure|asserted",
            "Ms. Chan resigned as an independent non-executive director on 1 June 2021.|management-departure|none",
            "The Group tightened its credit policy towards customers during the Year.|credit-tightening|none",
            "The tightening standards for credit approval by local banks reduced our sales.|credit-tightening|asserted",
            "Prior to his arrest, Mr. Lee managed the subsidiary.|management-arrest|asserted",
            "The case is currently under trial and the court has not made a final judgement.|trial|asserted",
            "The Company and its subsidiaries filed voluntary petitions for relief under Chapter 11 in the Bankruptcy Court.|insolvency-proceedings|asserted",
            "In the event that creditors enforce their rights, the company may file a winding-up petition.|insolvency-proceedings|conditional",
            "In March 2021, the Company entered into a new revolving credit facility of RMB50,000,000.|new-financing|asserted",
            "After completion of the disposal on 2 July 2021, the company ceased to be a subsidiary of the Group.|asset-disposal|asserted",
            "The Group will consider the disposal of businesses with long-term losses.|asset-disposal|none",
            "In April 2021, the Company renewed and extended its revolving credit facility.|loan-rescheduled|asserted"})
    void eventsAreAssertedOnlyWhenTheTextReportsThem(String sentence, String kind, String reading) {
        List<NarrativeEvent> e = of(read(sentence, 2021), NarrativeEvent.class).stream().filter(x -> x.getKind().equals(kind)).toList();
        if (!reading.equals("asserted")) assertThat(e).noneMatch(NarrativeEvent::isAsserted);
        else assertThat(e).extracting(NarrativeEvent::getReading).contains(reading);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "Upon emergence, the previously raised substantial doubt about the Company's ability to continue as a going concern has been alleviated.|alleviated",
            "Management's plans alleviate the substantial doubt about the Company's ability to continue as a going concern.|alleviated",
            "The substantial doubt about the Company's ability to continue as a going concern no longer exists.|alleviated",
            "Management's plans have not alleviated the substantial doubt about the Company's ability to continue as a going concern.|statement",
            "Management's plans are intended to alleviate the substantial doubt about the Company's ability to continue as a going concern.|reference",
            "These conditions raised substantial doubt about the Company's ability to continue as a going concern.|statement",
            "We are required to conclude on the appropriateness of management's use of the going concern basis of accounting and whether a material uncertainty exists related to events that may cast significant doubt on the ability to continue as a going concern.|standard"})
    void doubtIsReadWithItsTenseAndResolution(String sentence, String reading) {
        assertThat(statement(sentence).getReading()).isEqualTo(reading);
    }

    @ParameterizedTest(name = "{1} {2}: {0}")
    @CsvSource(delimiter = '|', value = {
            "In May 2022, the Department of Environmental Quality issued a notice of default to the Company under the consent order.|creditor-demand|regulatory",
            "In May 2022, the trustee for our senior notes delivered a notice of default to the Company.|creditor-demand|asserted",
            "In May 2022, one of our largest customers filed voluntary petitions for relief under Chapter 11.|insolvency-proceedings|other-party",
            "In 2021, our former affiliate filed a voluntary petition for relief under Chapter 11.|insolvency-proceedings|other-party",
            "On January 29, 2023, the Company and certain of its subsidiaries filed voluntary petitions for relief under Chapter 11.|insolvency-proceedings|asserted",
            "Mr. Smith served as a director of Gamma Corp., whose Chapter 11 proceedings concluded in 2016.|insolvency-proceedings|other-party",
            "Ms. Jones resigned as chief executive officer of Delta Industries in 2019 to join the Company.|management-departure|other-party",
            "In 2022, we terminated our license agreement with Beta Pharma.|licence-loss|own-decision",
            "The license agreement provides for termination of the license upon a change of control.|licence-loss|conditional",
            "In 2022, the licensor terminated our license to distribute the product.|licence-loss|asserted",
            "Factors that affect our results include: — changes in demand — loss of significant customers — pricing pressure.|customer-or-supplier-loss|conditional",
            "“Cause” means that the Executive (E) was convicted of a felony.|management-arrest|conditional",
            "The increase was due to a $114 million loss related to an ongoing merchant insolvency proceeding.|insolvency-proceedings|other-party",
            "In May 1995, Northwind Chemical filed for bankruptcy protection to address product claims.|insolvency-proceedings|history",
            "The notes become due only if we receive a notice of default and the default is not cured within 60 days.|creditor-demand|conditional"})
    void eventsAreFactsAboutTheReportingEntity(String sentence, String kind, String reading) {
        assertThat(of(read(sentence, 2022), NarrativeEvent.class).stream().filter(x -> x.getKind().equals(kind)))
                .extracting(NarrativeEvent::getReading).contains(reading);
    }

    @Test
    void liquidityClaimsAreAssertionsNotAims() {
        assertThat(of(read("The Group maintained a healthy position of liquidity during the Year.", 2021), LiquidityClaim.class))
                .extracting(LiquidityClaim::getReading).containsExactly("asserted");
        assertThat(of(read("Our ability to maintain adequate liquidity depends on market conditions.", 2021), LiquidityClaim.class))
                .noneMatch(LiquidityClaim::isAsserted);
        assertThat(of(read("The Group recorded a loss for the Year.", 2021), LiquidityClaim.class)).isEmpty();
    }
}
