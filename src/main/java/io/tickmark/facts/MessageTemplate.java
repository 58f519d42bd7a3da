package io.tickmark.facts;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills {@code {name}} placeholders of a rule's {@code @message} from a finding's arguments. */
public final class MessageTemplate {
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

    private MessageTemplate() {}

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
