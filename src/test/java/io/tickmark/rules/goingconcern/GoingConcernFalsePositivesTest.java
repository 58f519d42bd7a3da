package io.tickmark.rules.goingconcern;

import io.tickmark.engine.RuleEngine;
import io.tickmark.extract.narrative.NarrativeFixtures;
import io.tickmark.facts.Finding;
import io.tickmark.facts.StatedAmount;
import io.tickmark.report.DocumentReport;
import io.tickmark.run.Checker;
import io.tickmark.run.ProfileLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9: the classes of false going-concern indicators seen on healthy companies' filings, each
 * as a few sentences written for this test, run end to end (layout text in, assessment out), each
 * beside a twin that must still fire. No filing text is copied here.
 */
class GoingConcernFalsePositivesTest {
    private static Checker checker;
    @TempDir
    static Path dir;
    private static int n;

    @BeforeAll
    static void engine() throws Exception {
        checker = new Checker(RuleEngine.builtIn(), ProfileLoader.load(null, null));
    }

    private static DocumentReport check(String text) throws Exception {
        Path f = dir.resolve("case-" + (n++) + ".txt");
        Files.writeString(f, text);
        return checker.check(f, Set.of("goingconcern"));
    }

    private static Finding assessment(DocumentReport r) {
        List<Finding> a = r.findings().stream().filter(f -> List.of("GC-100", "GC-101", "GC-102").contains(f.getRuleId())).toList();
        assertThat(a).as("one assessment per document").hasSizeLessThanOrEqualTo(1);
        return a.isEmpty() ? null : a.get(0);
    }

    private static String text(DocumentReport r) {
        Finding a = assessment(r);
        return a == null ? "" : a.getMessage() + "\n" + String.join("\n", a.getDetails());
    }

    private static void quiet(String text) throws Exception {
        DocumentReport r = check(text);
        assertThat(assessment(r)).as("no going-concern finding for: " + text).isNull();
        assertThat(r.checks()).anyMatch(c -> c.getRuleId().equals("GC-103") && c.isPassed());
    }

    private static Finding fires(String text) throws Exception {
        Finding a = assessment(check(text));
        assertThat(a).as("a going-concern finding for: " + text).isNotNull();
        return a;
    }

    // --- doubt raised and alleviated ------------------------------------------------------------------

    private static final String CHAPTER_11_HISTORY = "On March 1, 2023, the Company emerged from bankruptcy protection. "
            + "While the reorganization was pending, these conditions raised substantial doubt about the Company's ability to continue as a going concern.";
    private static final String ALLEVIATION = " Upon emergence, the previously raised substantial doubt about the Company's ability to continue as a going "
            + "concern has been alleviated.";

    @Test
    void doubtPreviouslyRaisedAndAlleviatedIsNoError() throws Exception {
        DocumentReport r = check(CHAPTER_11_HISTORY + ALLEVIATION + "\n");
        assertThat(r.findings()).noneMatch(f -> f.getSeverity().equals("error"));
        assertThat(assessment(r)).isNull();
        // the passed assessment quotes both: the doubt the conditions raised and its alleviation
        assertThat(r.checks()).filteredOn(c -> c.getRuleId().equals("GC-103")).singleElement()
                .satisfies(c -> assertThat(c.getActual()).contains("these conditions raised substantial doubt").contains("has been alleviated"));
    }

    @Test
    void theSameTextWithoutTheAlleviationIsAnError() throws Exception {
        Finding a = fires(CHAPTER_11_HISTORY + "\n");
        assertThat(a.getRuleId()).isEqualTo("GC-100");
        assertThat(a.getSeverity()).isEqualTo("error");
        assertThat(text(check(CHAPTER_11_HISTORY + "\n"))).contains("states substantial doubt or a material uncertainty");
    }

    @Test
    void anAlleviationSentenceAloneIsReadAsSuch() throws Exception {
        DocumentReport r = check("Management's plans alleviate the substantial doubt about the Company's ability to continue as a going concern.\n");
        assertThat(assessment(r)).isNull();
    }

    @Test
    void plansThatHaveNotAlleviatedTheDoubtStateIt() throws Exception {
        Finding a = fires("Management's plans have not alleviated the substantial doubt about the Company's ability to continue as a going concern.\n");
        assertThat(a.getRuleId()).isEqualTo("GC-100");
    }

    @Test
    void theAuditorsResponsibilitiesParagraphIsTheStandardsWording() throws Exception {
        quiet("Our responsibilities are to obtain reasonable assurance. We are required to conclude on the appropriateness of the directors' use "
                + "of the going concern basis of accounting and, based on the audit evidence obtained, whether a material uncertainty exists "
                + "related to events or conditions that may cast significant doubt on the Group's ability to continue as a going concern.\n");
    }

    // --- a credit agreement's definitions, set justified ------------------------------------------------

    /**
     * A definition in a credit agreement filed as an exhibit, laid out justified with wide gaps (as a
     * text writer with a finer pitch than the page's sets it): its lines are prose, so its last line is
     * part of the definition, not a sentence of its own reporting proceedings.
     */
    private static final String JUSTIFIED_DEFINITION = String.join("\n",
            "          “Resolution    Legislation”      means     (a)  with   respect   to  any   member      state  implementing      the",
            "   directive,    the  implementing       law,   regulation,    rule  or  requirement      for  such   member      state  and",
            "   (b)  any   other   law,   regulation    or  rule   applicable    in  the  United    Kingdom      relating   to  the",
            "   resolution    of  unsound      or  failing   banks,   investment   firms  or  institutions   (other    than   through",
            "   liquidation, administration or other insolvency proceedings).",
            "          “Revolving    Loan”      means     a  loan   made    by  a  lender    under    the   revolving    facility.",
            "");

    @Test
    void aClauseCaptionIsNoEvent() throws Exception {
        quiet("(f) Insolvency Proceedings, Etc.\nAny Loan Party institutes or consents to the institution of any proceeding under any "
                + "Debtor Relief Law, or makes an assignment for the benefit of creditors.\n");
        quiet("collateral in respect thereof to be demanded; or\n(f)\nInsolvency Proceedings, Etc. Any Loan Party institutes or consents to the "
                + "institution of any proceeding\nunder any Debtor Relief Law, or makes an assignment for the benefit of creditors.\n");
        fires("In March 2023, the Company filed a voluntary petition under chapter 11 and entered insolvency proceedings.\n");
    }

    @Test
    void aJustifiedDefinitionIsContractLanguage() throws Exception {
        quiet(JUSTIFIED_DEFINITION);
        fires("In May 2022, the Company filed a voluntary petition under chapter 11 and entered insolvency proceedings.\n");
    }

    // --- regulator's notice of default ----------------------------------------------------------------

    @Test
    void anEnvironmentalRegulatorsNoticeOfDefaultIsNotACreditorDemand() throws Exception {
        quiet("In May 2022, the state Department of Environmental Quality issued a notice of default to the Company under the consent order "
                + "for groundwater remediation at one of its plants.\n");
        assertThat(fires("In May 2022, the trustee for the Company's senior notes delivered a notice of default to the Company.\n").getMessage())
                .contains("creditor-pressure");
    }

    // --- another party's chapter 11 ---------------------------------------------------------------------

    @Test
    void aCustomersOrSubsidiarysChapter11IsNotTheEntitys() throws Exception {
        quiet("In May 2022, one of our largest customers filed voluntary petitions for relief under Chapter 11 of the Bankruptcy Code.\n");
        quiet("In 2021, our former affiliate, Northwind Holdings LLC, filed a voluntary petition for relief under Chapter 11.\n");
        quiet("In 2020, a subsidiary of the Company that holds legacy product claims filed a voluntary petition for relief under Chapter 11.\n");
        assertThat(fires("On January 29, 2023, the Company and certain of its subsidiaries filed voluntary petitions for relief under Chapter 11.\n")
                .getMessage()).contains("other");
    }

    // --- the entity's own decision, and contract clauses ------------------------------------------------

    @Test
    void aLicenceTheCompanyItselfTerminatedIsNotALoss() throws Exception {
        quiet("In 2022, we terminated our license agreement with Beta Pharma and returned the rights to the compound.\n");
        quiet("The Company elected not to renew the franchise agreement for its two smallest stores.\n");
        fires("In 2022, the licensor terminated our license to distribute the product in China.\n");
    }

    @Test
    void aContractualTerminationClauseIsARightNotAnEvent() throws Exception {
        quiet("The license agreement provides for termination of the license upon a change of control of the Company.\n");
        quiet("Either party has the right to terminate the license upon a material breach by the other party.\n");
        fires("In March 2022, the regulator revoked the Company's operating licence for its main plant.\n");
    }

    // --- risk factors, also across a page break ------------------------------------------------------------

    @Test
    void riskFactorWordingIsNotAFact() throws Exception {
        quiet("If we breach a covenant, our lenders could accelerate the repayment of our debt.\n");
        quiet("The loss of a key customer may adversely affect our results of operations.\n");
    }

    @Test
    void aRiskFactorCutByAPageBreakIsReadAsOneSentence() throws Exception {
        String cut = "We depend on a small number of licences and suppliers. The withdrawal of the licence for our main plant\n"
                + "\n"
                + "                                            12\n"
                + "\f\n"
                + "could materially harm our business and results of operations.\n";
        quiet(cut);
        quiet("The withdrawal of the licence for our main plant or the loss of our principal supplier could materially harm our business.\n");
        fires("We depend on a small number of licences and suppliers. The licence for our main plant was withdrawn in May 2022\n"
                + "\n"
                + "                                            12\n"
                + "\f\n"
                + "Production has since moved to a contract manufacturer.\n");
    }

    @Test
    void everythingInARiskFactorsSectionIsWhatCouldHappen() throws Exception {
        String text = "Item 1A. Risk Factors\n\n"
                + "Our customers face competition. Several dealers lost their dealership authorisations in the last downturn.\n\n"
                + "Item 1B. Unresolved Staff Comments\n\n"
                + "None.\n";
        quiet(text);
        fires("Item 7. Management's Discussion\n\nSeveral of our stores lost their dealership authorisations during the year.\n");
    }

    // --- a director's biography ---------------------------------------------------------------------------

    @Test
    void aDirectorsBiographyAboutAnotherCompanyIsNotTheEntitys() throws Exception {
        quiet("Mr. Smith served as a director of Gamma Corp., whose Chapter 11 proceedings concluded in 2016.\n");
        quiet("Ms. Jones resigned as chief executive officer of Delta Industries in 2019 to join the Company.\n");
        fires("Mr. Lee resigned as the chief executive officer of the Company on 1 March 2022.\n");
    }

    // --- tax-loss carryforwards ---------------------------------------------------------------------------

    @Test
    void operatingLossCarryforwardsAreNotAnOperatingLoss() throws Exception {
        String carryforwards = "The Company's operating loss carryforwards for the year ended December 31, 2022 were $120 million, which expire beginning in 2030.\n";
        quiet(carryforwards);
        assertThat(NarrativeFixtures.of(NarrativeFixtures.read(carryforwards, 2022), StatedAmount.class))
                .noneMatch(a -> "OperatingIncome".equals(a.getConcept()));
        assertThat(NarrativeFixtures.of(NarrativeFixtures.read("The Company's operating loss for the year ended December 31, 2022 was "
                + "$120 million.", 2022), StatedAmount.class)).anyMatch(a -> "OperatingIncome".equals(a.getConcept()));
    }
}
