package io.tickmark.extract.keyfigures;

import io.tickmark.extract.Extraction;
import io.tickmark.extract.narrative.NarrativeFixtures;
import io.tickmark.facts.DocumentInfo;
import io.tickmark.facts.Figure;
import io.tickmark.facts.KeyFigure;
import io.tickmark.facts.SourceRef;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KeyFigureSelectorTest {

    private static Figure fig(String table, String statement, String scope, String concept, String period, String value, int line) {
        return new Figure(table + concept + period, "d", table, statement, scope, 0, 0, concept, concept, period, period, new BigDecimal(value),
                0, 1_000_000, "USD", SourceRef.ofLines("d.txt", 1, line, line));
    }

    private static KeyFigure find(List<KeyFigure> k, String concept, String role) {
        return k.stream().filter(x -> x.getConcept().equals(concept) && x.getRole().equals(role)).findFirst().orElse(null);
    }

    @Test
    void statementsFirstLatestPeriodAsCurrentSameLengthAsPrior() {
        Extraction ex = new Extraction(new DocumentInfo("d", "d.txt", "annual-report", null, null, "USD", "usgaap"));
        ex.figures().add(fig("income/consolidated", "income", "consolidated", "NetProfit", "2022-01-01/2022-12-31", "-5", 10));
        ex.figures().add(fig("income/consolidated", "income", "consolidated", "NetProfit", "2021-01-01/2021-12-31", "-4", 10));
        ex.figures().add(fig("income/consolidated", "income", "consolidated", "NetProfit", "2022-07-01/2022-09-30", "-1", 10));
        ex.figures().add(fig("income/parent", "income", "parent", "NetProfit", "2022-01-01/2022-12-31", "9", 20));
        ex.figures().add(fig("balance/consolidated", "balance", "consolidated", "TotalCurrentAssets", "2022-12-31", "100", 30));
        ex.figures().add(fig("balance/consolidated", "balance", "consolidated", "TotalCurrentLiabilities", "2022-12-31", "130", 31));
        List<KeyFigure> k = KeyFigureSelector.select(ex);
        assertThat(find(k, "NetProfit", "current").getValue()).isEqualByComparingTo("-5000000");
        assertThat(find(k, "NetProfit", "prior").getPeriod()).isEqualTo("2021-01-01/2021-12-31");
        KeyFigure nca = find(k, "NetCurrentAssets", "current");
        assertThat(nca.getValue()).isEqualByComparingTo("-30000000");
        assertThat(nca.getOrigin()).isEqualTo("statement (derived)");
    }

    @Test
    void narrativeFillsWhatTheStatementsDoNotGiveWithTheSignOfTheConcept() {
        Extraction ex = new Extraction(new DocumentInfo("fixture", "f.txt", "annual-report", null, null, "CNY", null));
        ex.otherFacts().addAll(NarrativeFixtures.read("The loss for the Year was RMB9,123,000 (2020: profit of RMB1,456,000). The Group had a "
                + "net cash outflow from operating activities of RMB2,345,000 (2020: RMB1,234,000). The revenue of the Group\u2019s retail business "
                + "was RMB7,000,000 (2020: RMB6,000,000).", 2021));
        List<KeyFigure> k = KeyFigureSelector.select(ex);
        assertThat(find(k, "NetProfit", "current").getValue()).isEqualByComparingTo("-9123000");
        assertThat(find(k, "NetProfit", "prior").getValue()).isEqualByComparingTo("1456000");
        assertThat(find(k, "NetCashFromOperating", "current").getValue()).isEqualByComparingTo("-2345000");
        assertThat(find(k, "Revenue", "current")).as("a segment's revenue is not the entity's").isNull();
    }
}
