package io.tickmark.facts;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills {@code {name}} placeholders of a rule's {@code @message} from a finding's arguments. */
public final class MessageTemplate {
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

    private MessageTemplate() {}

    /** An amount as a person reads it: thousands grouped, the precision as computed. */
    public static String amount(java.math.BigDecimal v) {
        java.text.DecimalFormat f = AMOUNT.get(); // one per thread: building one costs more than formatting with it
        f.setMinimumFractionDigits(Math.max(0, Math.min(v.scale(), 10)));
        return f.format(v);
    }

    private static final ThreadLocal<java.text.DecimalFormat> AMOUNT = ThreadLocal.withInitial(() ->
            new java.text.DecimalFormat("#,##0.##########", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)));

    public static String fill(String template, Map<String, Object> args) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object v = args.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : v.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
