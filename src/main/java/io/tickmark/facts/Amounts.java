package io.tickmark.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Formatting of amounts and percentages for messages and evidence lines (never for decisions). */
public final class Amounts {
    private Amounts() {}

    public static String format(String currency, BigDecimal v) {
        if (v == null) return "n/a";
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        String n = f.format(v.abs());
        String c = currency == null ? "" : currency;
        return v.signum() < 0 ? "-" + c + n : c + n;
    }

    public static String percent(BigDecimal v) {
        if (v == null) return "n/a";
        return v.setScale(Math.max(2, Math.min(4, v.stripTrailingZeros().scale())), RoundingMode.HALF_UP).toPlainString() + "%";
    }

    public static String plain(BigDecimal v) {
        return v == null ? "n/a" : v.stripTrailingZeros().toPlainString();
    }
}
