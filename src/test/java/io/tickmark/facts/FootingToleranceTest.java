package io.tickmark.facts;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Tolerance follows displayed precision and the number of parts, never a percentage. */
class FootingToleranceTest {

    private static Figure fig(int row, String value, int decimals, long scale) {
        return new Figure("t#" + row, "doc", "t", "note", "consolidated", row, 0, "r" + row, null, "c", "2022-06-30",
                new BigDecimal(value), decimals, scale, "CNY", SourceRef.ofLines("doc", 1, row, row));
    }

    private static Relation rows(int total, int... parts) {
        List<Operand> ops = java.util.Arrays.stream(parts).mapToObj(p -> new Operand(Integer.toString(p), 1)).toList();
        return new Relation("r", "rows", "doc", "t", Integer.toString(total), ops, "layout", "test");
    }

    @Test
    void figuresInThousandsMayDifferByHalfAUnitPerPartPlusOne() {
        Footing f = Footing.of(rows(0, 1, 2, 3), fig(0, "102", 0, 1000),
                List.of(fig(1, "34", 0, 1000), fig(2, "34", 0, 1000), fig(3, "32", 0, 1000)));
        assertThat(f.getDifference()).isEqualByComparingTo("2000");
        assertThat(f.getTolerance()).isEqualByComparingTo("2000"); // (3+1)/2 units of 1,000
        assertThat(f.getAbsDifference().compareTo(f.getTolerance())).isLessThanOrEqualTo(0);
    }

    @Test
    void figuresShownToTheCentMustAgreeExactlyWithARoundingAllowanceOfHalfACentPerPart() {
        Footing f = Footing.of(rows(0, 1, 2), fig(0, "100.01", 2, 1), List.of(fig(1, "50.00", 2, 1), fig(2, "50.00", 2, 1)));
        assertThat(f.getTolerance()).isEqualByComparingTo("0");
        assertThat(f.getRoundingAllowance()).isEqualByComparingTo("0.01");
        assertThat(f.getAbsDifference()).isEqualByComparingTo("0.01");
    }

    @Test
    void weightsSubtractDeductions() {
        Relation r = new Relation("r", "rows", "doc", "t", "0", List.of(new Operand("1", 1), new Operand("2", -1)), "layout", "net");
        Footing f = Footing.of(r, fig(0, "70.00", 2, 1), List.of(fig(1, "100.00", 2, 1), fig(2, "30.00", 2, 1)));
        assertThat(f.getDifference()).isEqualByComparingTo("0");
    }
}
