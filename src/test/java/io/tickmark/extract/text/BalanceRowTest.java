package io.tickmark.extract.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows of a CAS roll-forward note that state the balance itself, not a movement of it. */
class BalanceRowTest {

    @Test
    void theAdjustedOpeningAndTheClosingAreBalances() {
        assertThat(FactBuilder.balanceRow("After adjustment: Retained earnings at the beginning of the reporting period")).isEqualTo("opening");
        assertThat(FactBuilder.balanceRow("Retained earnings at the beginning of the year")).isEqualTo("opening");
        assertThat(FactBuilder.balanceRow("Retained earnings at the end of the reporting period")).isEqualTo("closing");
    }

    @Test
    void theBalanceBeforeAdjustmentAndTheMovementsAreNot() {
        assertThat(FactBuilder.balanceRow("Retained earnings at the end of the previous period before the adjustment")).isNull();
        assertThat(FactBuilder.balanceRow("Total retained earnings under adjustment at the beginning of the reporting year (adjustment up +, adjustment down -)")).isNull();
        assertThat(FactBuilder.balanceRow("Plus: Net profit attributable to the parent company's owner in the report period")).isNull();
        assertThat(FactBuilder.balanceRow("Dividends of common shares payable")).isNull();
    }
}
