package io.tickmark.realdocs;

import io.tickmark.engine.RuleEngine;
import io.tickmark.facts.Check;
import io.tickmark.facts.Figure;
import io.tickmark.facts.Finding;
import io.tickmark.report.DocumentReport;
import io.tickmark.run.Checker;
import io.tickmark.testing.RealDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 001, a PRC interim report with full statements and notes: what issue 2 asks of it. */
class SeedPrcInterimTest {
    private static DocumentReport report;

    @BeforeAll
    static void check() throws Exception {
        report = new Checker(RuleEngine.builtIn()).check(RealDocuments.require(RealDocuments.SEED_PRC_INTERIM), Set.of());
    }

    /** Passed verifications over at least two non-zero figures, distinct by relation and column. */
    private static List<Check> verified() {
        return report.checks().stream()
                .filter(Check::isPassed)
                .filter(c -> c.getEvidence().stream().filter(Figure::isNonZero).count() >= 2)
                .toList();
    }

    @Test
    void atLeast250DistinctVerificationsPassAcrossStatementsAndNotes() {
        Set<String> distinct = new HashSet<>();
        Map<String, Integer> byTable = new TreeMap<>();
        for (Check c : verified()) {
            distinct.add(c.getRuleId() + "|" + c.getKey());
            byTable.merge(c.getEvidence().get(0).getTable().replaceAll("#\\d+$", ""), 1, Integer::sum);
        }
        System.out.println("Seed 001: " + distinct.size() + " distinct verifications passed; by table: " + byTable);
        assertThat(distinct).hasSizeGreaterThanOrEqualTo(250);
        for (String statement : List.of("balance/consolidated", "balance/parent", "income/consolidated", "income/parent",
                "cashflow/consolidated", "cashflow/parent", "equity/consolidated", "equity/parent")) {
            assertThat(byTable.getOrDefault(statement, 0)).as(statement).isGreaterThanOrEqualTo(5);
        }
        long notes = byTable.entrySet().stream().filter(e -> e.getKey().startsWith("note/")).mapToInt(Map.Entry::getValue).sum();
        assertThat(notes).isGreaterThanOrEqualTo(100);
    }

    @Test
    void noErrorLevelFailureOutsideTheDocumentsOwnDiscrepancies() {
        // The document's own: two restated openings of retained earnings for 2021-01-01, in the equity
        // statement and in note 60 (RestatedOpeningTest); anything else is a false failure.
        List<Finding> errors = report.findings().stream().filter(f -> f.getSeverity().equals("error"))
                .filter(f -> !(f.getRuleId().equals("CON-010") && f.getMessage().startsWith("RetainedEarnings for 2021-01-01 is 1,160,171,616.00")))
                .toList();
        errors.forEach(f -> System.out.println("error: " + f.getMessage()));
        assertThat(errors).isEmpty();
    }

    /**
     * The document's own discrepancies: in the fixed-asset movement schedule (note 21) the exchange
     * rate rows make four totals differ from their parts by one cent. By the tolerance policy these
     * are rounding notes, not errors; each is kept here with its arithmetic.
     */
    @Test
    void theFixedAssetScheduleCentDifferencesAreRoundingNotes() {
        List<Finding> rounding = report.findings().stream().filter(f -> f.getRuleId().equals("CON-002")).toList();
        rounding.forEach(f -> System.out.println("rounding: " + f.getMessage()));
        assertThat(rounding).allMatch(f -> f.getSeverity().equals("note"));
        assertThat(rounding).extracting(Finding::getMessage).containsExactlyInAnyOrder(
                // 63,039,735.12 + 3,630,322.25 - 243,575.86 = 66,426,481.51, stated 66,426,481.52
                "4. Ending balance (Machinery & equipment) differs from the sum of its 3 parts by 0.01, within the rounding of translated or computed amounts (ending balance = opening balance + changes)",
                // 2,309,403.18 + 36,229.68 = 2,345,632.86, stated 2,345,632.85
                "3. Amount decreased in the reporting period (Total) differs from the sum of its 2 parts by -0.01, within the rounding of translated or computed amounts (itemised changes = sum of their itemised lines)",
                // 21,068.56 + 13,189.20 + 447.51 + 1,524.40 = 36,229.67, stated 36,229.68
                "(2) Change of the exchange rate (Total) differs from the sum of its 4 parts by 0.01, within the rounding of translated or computed amounts (Total column = sum of the columns before it)",
                // 128,317,188.03 + 66,426,481.52 + 13,028,402.69 + 36,848,395.94 + 39,799,885.27 = 284,420,353.45, stated 284,420,353.44
                "4. Ending balance (Total) differs from the sum of its 5 parts by -0.01, within the rounding of translated or computed amounts (Total column = sum of the columns before it)");
    }

    @Test
    void extractionFindingsAreFewAndEachNamesWhatWasNotRead() {
        List<Finding> extraction = report.findings().stream().filter(f -> f.getCategory().equals("extraction")).toList();
        extraction.forEach(f -> System.out.println("extraction: " + f.getMessage()));
        assertThat(extraction).hasSizeLessThanOrEqualTo(15);
        assertThat(extraction).allSatisfy(f -> {
            assertThat(f.getMessage()).contains(" in ");
            assertThat(f.getAllSources()).anyMatch(s -> s.getLine() > 0);
        });
    }

    @Test
    void everyFindingNamesTheSourceLinesOfItsEvidence() {
        assertThat(report.findings()).allSatisfy(f ->
                assertThat(f.getAllSources()).as(f.getMessage()).isNotEmpty().allMatch(s -> s.getLine() > 0));
    }

    @Test
    void consolidatedAndParentFiguresAreDistinctScopesAndBalancesHaveInstants() {
        List<Figure> figures = report.extraction().figures();
        assertThat(figures).anyMatch(f -> f.getScope().equals("parent") && "TotalAssets".equals(f.getConcept()));
        assertThat(figures).anyMatch(f -> f.getScope().equals("consolidated") && "TotalAssets".equals(f.getConcept()));
        assertThat(figures).filteredOn(f -> "TotalAssets".equals(f.getConcept())).allMatch(f -> f.getPeriod().matches("\\d{4}-\\d{2}-\\d{2}"));
        assertThat(figures).filteredOn(f -> "NetProfit".equals(f.getConcept())).allMatch(f -> f.getPeriod().matches("\\d{4}-01-01/\\d{4}-06-30"));
    }
}
