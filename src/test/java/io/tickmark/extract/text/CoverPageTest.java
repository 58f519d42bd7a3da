package io.tickmark.extract.text;

import io.tickmark.extract.layout.LayoutDocument;
import io.tickmark.facts.DocumentInfo;
import io.tickmark.testing.LayoutFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Whose filing and which period, from covers and opening paragraphs we wrote in the filings' layouts. */
class CoverPageTest {

    private static LayoutDocument doc(String text) {
        return LayoutDocument.fromText("cover.txt", text);
    }

    @Test
    void namesTheRegistrantAboveItsCaptionAndThePeriodOnItsOwnLine() {
        LayoutDocument d = doc("""
                                      UNITED STATES
                          SECURITIES AND EXCHANGE COMMISSION
                                 Washington, D.C. 20549
                                       FORM 10-K
                ☒ ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934
                                For the fiscal year ended March 31, 2024.
                ☐ TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934
                           For the transition period from         to
                               Commission File Number 001-12345
                                ______________________
                                 HARBOUR LIGHTS TRADING, INC.
                   (Exact name of registrant as specified in its charter)
                Delaware                                   12-3456789
                Securities registered pursuant to Section 12(b) of the Act:
                Common Stock    HLT    The Nasdaq Stock Market LLC
                """);
        assertThat(CoverPage.entity(d)).isEqualTo("HARBOUR LIGHTS TRADING, INC.");
        assertThat(CoverPage.statedPeriodEnd(d)).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    @Test
    void coRegistrantsGiveTheFirstAndAWrappedNameIsJoined() {
        assertThat(CoverPage.entity(doc("""
                                 FORM 10-K
                            HARBOUR PROPERTIES, INC.
                       HARBOUR PROPERTIES LIMITED PARTNERSHIP
                  (Exact name of Registrants as specified in its charter)
                """))).isEqualTo("HARBOUR PROPERTIES, INC.");
        assertThat(CoverPage.entity(doc("""
                                 FORM 10-K
                            NORTHERN LIGHTS WATER WORKS
                                  COMPANY, INC.
                  (Exact name of registrant as specified in its charter)
                """))).isEqualTo("NORTHERN LIGHTS WATER WORKS COMPANY, INC.");
    }

    @Test
    void aCoverTableOfRegistrantsGivesTheFirstNameUnderTheCaption() {
        LayoutDocument d = doc("""
                (Mark One)
                        ☒          ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934
                                            For the Fiscal Year Ended December 31, 2019

                Commission               Exact Name of Registrant                 State or Other Jurisdiction of        IRS Employer
                File Number             as Specified In Its Charter               Incorporation or Organization         Identification Number
                   1-11111                 RIVERSIDE ENERGY CORPORATION                   Oregon                        91-1111111
                   1-2222          RIVERSIDE GAS AND ELECTRIC COMPANY                     Oregon                        91-2222222
                """);
        assertThat(CoverPage.entity(d)).isEqualTo("RIVERSIDE ENERGY CORPORATION");
        assertThat(CoverPage.statedPeriodEnd(d)).isEqualTo(LocalDate.of(2019, 12, 31));
    }

    @Test
    void aNameLineWithoutCaptionIsTakenButNotAnExchangeAfterTheCoverEnds() {
        assertThat(CoverPage.entity(doc("""
                                 FORM 10-K
                         For the Fiscal Year Ended June 30, 2022
                       Commission File Number 001-99999

                              NORTHWIND SOFTWARE CORPORATION
                       WASHINGTON                        91-9999999
                """))).isEqualTo("NORTHWIND SOFTWARE CORPORATION");
        // a writer of finer pitch spreads the centred title's words apart
        assertThat(CoverPage.entity(doc("""
                                              FORM            10-K
                       Commission File Number 001-99999

                                     NORTHWIND                                  CORPORATION
                              WASHINGTON                                                          91-9999999
                """))).isEqualTo("NORTHWIND CORPORATION");
        // the name is a logo the text does not hold: the exchange in the securities table is not the registrant
        assertThat(CoverPage.entity(doc("""
                                 FORM 10-K
                         For the fiscal year ended January 28, 2023
                       Commission File No. 1-10000


                  (Exact name of registrant as specified in its charter)
                       New York                        13-0000000
                Securities registered pursuant to Section 12(b) of the Act:
                Common Stock, par value $0.01                  The Nasdaq Stock Market LLC
                Emerging Growth Company ☐
                """))).isNull();
    }

    @Test
    void aPeriodWrappedAfterForIsRead() {
        assertThat(CoverPage.statedPeriodEnd(doc("""
                ☑ ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 FOR
                  THE FISCAL YEAR ENDED MAY 29, 2022
                """))).isEqualTo(LocalDate.of(2022, 5, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The Company", "Emerging Growth Company ☐", "Emerging Growth Company", "Holding Company",
            "January 2018. Mr. Hartley is a director of The Toro Company", "the Company is a Delaware Corporation",
            "Smaller reporting company", "Indicate by check mark whether the registrant is a shell company"})
    void generic_words_and_sentences_are_not_names(String cell) {
        assertThat(CoverPage.name(cell)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"eBay Inc.", "McDONALD’S CORPORATION", "FIYTA Precision Technology Co., Ltd.", "3M Company",
            "Best Buy Co., Inc.", "AMCOR PLC", "Red Lantern Lighting Co. Ltd.", "Jade Harbour Holdings Limited"})
    void legal_names_are_names(String cell) {
        assertThat(CoverPage.name(cell)).isEqualTo(cell);
    }

    @Test
    void aRoleBeforeAndADefinitionAfterAreNotPartOfTheName() {
        assertThat(CoverPage.name("Prepared by Red Lantern Lighting Co., Ltd.")).isEqualTo("Red Lantern Lighting Co., Ltd.");
        assertThat(CoverPage.name("Jade Harbour Holdings Limited (the “Company”)")).isEqualTo("Jade Harbour Holdings Limited");
    }

    @Test
    void aNarrativeNamesItsEntityWhereItDefinesIt() {
        assertThat(CoverPage.entity(doc("""
                In 2022, Jade Harbour Auto Tech Holdings Limited (the “Company”) and its subsidiaries (the “Group”)
                focused on the sales of automotive electronic products.
                """))).isEqualTo("Jade Harbour Auto Tech Holdings Limited");
        assertThat(CoverPage.entity(doc("""
                RIVERTON, Ill.--(BUSINESS WIRE)-- Lantern Beauty, Inc. (NASDAQ: LBTY) today announced financial results
                for its second quarter ended July 29, 2023.
                """))).isEqualTo("Lantern Beauty, Inc.");
        // a 10-K whose cover name is a logo defines it in Item 1
        assertThat(CoverPage.entity(doc("""
                Item 1. Business
                General
                Harbour Sneakers, Inc., incorporated under the laws of the State of New York in 1989. Harbour Sneakers, Inc. and its subsidiaries
                hereafter are referred to as the “Registrant,” “Company,” “we,” “our,” or “us.”
                """))).isEqualTo("Harbour Sneakers, Inc.");
        assertThat(CoverPage.entity(doc("""
                Lantern Devices Inc. and its wholly-owned subsidiaries (collectively “Lantern” or the “Company”) design and sell devices.
                """))).isEqualTo("Lantern Devices Inc.");
        // "we" throughout, no name defined: none is made up
        assertThat(CoverPage.entity(doc("""
                OVERVIEW

                We were the largest provider of intelligent customer services in the region in 2021, according to
                the industry report (the “Report”).
                """))).isNull();
    }

    @Test
    void aSentenceOrACaptionOverColumnsIsNotTheCoversPeriod() {
        LayoutDocument d = doc("""
                OVERVIEW
                For the year ended 31 December 2021, our revenue grew by 24%.

                                                   For the year ended 31 December
                                                   2019        2020        2021
                Revenue                             518         600         796
                """);
        assertThat(CoverPage.statedPeriodEnd(d)).isNull();
    }

    @Test
    void theTextsMostStatedPeriodEndTakesTheLastYearOfAList() {
        LayoutDocument d = doc("""
                Our revenue was RMB518 million, RMB600 million and RMB796 million for the years ended 31 December 2019,
                2020 and 2021, respectively. For the year ended 31 December 2020 our margin fell.

                The core clients for the three years ended 31 December 2021 were 306, 345 and 357.
                """);
        assertThat(CoverPage.mostStatedPeriodEnd(d)).isEqualTo(LocalDate.of(2021, 12, 31));
    }

    @Test
    void anInterimReportWithoutADatedCoverIsDatedByItsBalanceSheet() {
        DocumentInfo info = LayoutFixtures.extract("""
                                        Red Lantern Lighting Co., Ltd.

                                          2022 Semi-annual Report


                1. Consolidated Balance Sheet
                Prepared by Red Lantern Lighting Co., Ltd.                               Unit: Yuan
                Item                                              June 30, 2022        January 01, 2022
                Current assets:
                  Monetary capital                                  393,873,930.55        402,116,004.12
                  Accounts receivable                               110,000,000.00        100,000,000.00
                Total current assets                                503,873,930.55        502,116,004.12
                """).document();
        assertThat(info.getEntity()).isEqualTo("Red Lantern Lighting Co., Ltd.");
        assertThat(info.getPeriodEnd()).isEqualTo("2022-06-30");
    }
}
