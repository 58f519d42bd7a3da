package io.tickmark.extract.text;

import io.tickmark.util.Regex;
import io.tickmark.extract.table.Labels;
import io.tickmark.extract.table.RowRoles;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The statement of changes in equity as CAS presents it: rows are movements, columns are equity
 * components. A cell's concept comes from its column (capital, reserves, retained earnings,
 * subtotal, total) and its row (ending or opening balance, total comprehensive income); its period
 * from the row and the period of the block (the reporting period or the comparative one).
 */
final class EquityMatrix {
    private EquityMatrix() {}

    /** The balance-sheet concept an equity column stands for, from its joined header syllables. */
    static String componentConcept(String header) {
        String h = Regex.replaceAll(header.toLowerCase(Locale.ROOT), "[\\s’'`]", "");
        if (h.startsWith("less") || h.contains("treasury")) return "TreasuryShares";
        if (h.startsWith("sub-total") || h.startsWith("subtotal")) return "EquityAttributableToParent";
        if (h.startsWith("total")) return "TotalEquity";
        if (h.contains("minority") || h.contains("non-controlling")) return "NonControllingInterests";
        if (h.contains("capitalreserve") || h.contains("sharepremium")) return "CapitalReserve";
        if (h.contains("capital") && h.contains("stock") || h.contains("sharecapital") || h.contains("paid-in")) return "ShareCapital";
        if (h.contains("othercomprehensive")) return "AccumulatedOtherComprehensiveIncome";
        if (h.contains("specialreserve")) return "SpecialReserve";
        if (h.contains("surpl")) return "SurplusReserve";
        if (h.contains("retained") || h.contains("undistributed")) return "RetainedEarnings";
        return null;
    }

    /** The flow concept of the total comprehensive income row in a column. */
    static String comprehensiveIncomeConcept(String component) {
        if (component == null) return null;
        return switch (component) {
            case "RetainedEarnings" -> "NetProfitAttributableToParent";
            case "AccumulatedOtherComprehensiveIncome" -> "OciAttributableToParent";
            case "EquityAttributableToParent" -> "TciAttributableToParent";
            case "NonControllingInterests" -> "TciAttributableToMinority";
            case "TotalEquity" -> "TotalComprehensiveIncome";
            default -> null;
        };
    }

    /**
     * Concept and period of a cell. {@code duration} is the block's period ("2022-01-01/2022-06-30");
     * balances at its end and start are instants.
     */
    static String[] cell(String rowLabel, String columnHeader, String duration) {
        String component = componentConcept(columnHeader);
        if (duration == null) return new String[]{null, null};
        String end = io.tickmark.normalize.Periods.endOf(duration).toString();
        LocalDate start = io.tickmark.normalize.Periods.startOf(duration);
        RowRoles role = RowRoles.of(rowLabel);
        String stripped = Labels.strip(rowLabel).toLowerCase(Locale.ROOT);
        if (role == RowRoles.ENDING && stripped.contains("previous year")) {
            return new String[]{null, start.minusDays(1).toString()};
        }
        if (role == RowRoles.ENDING) return new String[]{component, end};
        if (role == RowRoles.OPENING) return new String[]{component, start.toString()};
        if (stripped.startsWith("total comprehensive income")) return new String[]{comprehensiveIncomeConcept(component), duration};
        return new String[]{null, duration};
    }
}
