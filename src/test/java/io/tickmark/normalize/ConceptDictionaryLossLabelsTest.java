package io.tickmark.normalize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9: a net loss of a loss-making year was missed because its statement line, worded with the
 * loss first, was not mapped to a concept. The going-concern figure indicators read statements first.
 */
class ConceptDictionaryLossLabelsTest {

    @ParameterizedTest(name = "{1} {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "income|usgaap|Net (loss) income|NetProfit",
            "income|usgaap|Net loss (income)|NetProfit",
            "income|usgaap|Net earnings (loss)|NetProfit",
            "income|ifrs|Loss for the year|NetProfit",
            "income|ifrs|(Loss)/profit for the year|NetProfit",
            "income|usgaap|Operating (loss) income|OperatingIncome",
            "income|usgaap|(Loss) income from operations|OperatingIncome",
            "cashflow|usgaap|Net cash used in operating activities|NetCashFromOperating",
            "cashflow|usgaap|Net cash (used in) provided by operating activities|NetCashFromOperating"})
    void lossFirstLabelsMapToTheirConcepts(String statement, String framework, String label, String concept) {
        assertThat(ConceptDictionary.load().lookup(statement, framework, label)).isEqualTo(concept);
    }
}
