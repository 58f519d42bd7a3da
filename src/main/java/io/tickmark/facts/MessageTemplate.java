package io.tickmark.facts;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Fills {@code {name}} placeholders of a rule's {@code @message} from a finding's arguments.
 *
 * <p>Both methods run once per finding, and a large filing raises thousands of findings in one rule
 * run (7,500 failed tie-outs at 100 k line items), so they scan by hand: a regular expression with
 * {@code appendReplacement} and a {@code DecimalFormat} cost as much as the rest of raising them.
 */
public final class MessageTemplate {
    private MessageTemplate() {}

    /**
     * An amount as a person reads it: thousands grouped with commas, the precision as computed
     * (the figure's scale, at most ten decimals, rounded half-even beyond that).
     */
    public static String amount(BigDecimal v) {
        int scale = v.scale();
        if (scale < 0 || scale > 10) return formatted(v); // exponent forms and long fractions: the general path
        String plain = v.abs().toPlainString(); // digits only, with a point when scale > 0
        int point = plain.indexOf('.');
        int intEnd = point < 0 ? plain.length() : point;
        StringBuilder out = new StringBuilder(plain.length() + intEnd / 3 + 1);
        if (v.signum() < 0) out.append('-');
        for (int i = 0; i < intEnd; i++) {
            if (i > 0 && (intEnd - i) % 3 == 0) out.append(',');
            out.append(plain.charAt(i));
        }
        if (point >= 0) out.append(plain, point, plain.length());
        return out.toString();
    }

    /** The definition {@link #amount} follows, for the scales its fast path does not take. */
    static String formatted(BigDecimal v) {
        java.text.DecimalFormat f = AMOUNT.get(); // one per thread: building one costs more than formatting with it
        f.setMinimumFractionDigits(Math.max(0, Math.min(v.scale(), 10)));
        return f.format(v);
    }

    private static final ThreadLocal<java.text.DecimalFormat> AMOUNT = ThreadLocal.withInitial(() ->
            new java.text.DecimalFormat("#,##0.##########", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)));

    /**
     * The template with each {@code {name}} (name: ASCII letters, digits, underscore) replaced by its
     * argument's text; a placeholder without an argument is left as written.
     */
    public static String fill(String template, Map<String, Object> args) {
        int open = template.indexOf('{');
        if (open < 0) return template;
        StringBuilder out = new StringBuilder(template.length() + 64);
        int copied = 0;
        while (open >= 0) {
            int end = open + 1;
            while (end < template.length() && isWordChar(template.charAt(end))) end++;
            if (end > open + 1 && end < template.length() && template.charAt(end) == '}') {
                Object v = args.get(template.substring(open + 1, end));
                if (v != null) {
                    out.append(template, copied, open).append(v);
                    copied = end + 1;
                }
                open = template.indexOf('{', end + 1);
            } else {
                open = template.indexOf('{', open + 1);
            }
        }
        return out.append(template, copied, template.length()).toString();
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
