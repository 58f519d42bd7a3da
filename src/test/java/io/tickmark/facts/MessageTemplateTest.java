package io.tickmark.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written scanners say exactly what the regular expression and DecimalFormat they replaced said. */
class MessageTemplateTest {
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

    private static String regexFill(String template, Map<String, Object> args) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object v = args.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : v.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Test
    void fillsNamedSlotsAndLeavesOthersAsWritten() {
        Map<String, Object> args = Map.of("total", "Total assets", "n", 3, "d", "$1\\2");
        assertEquals("Total assets: 3 parts, off by $1\\2 {missing} {} {a-b} {n",
                MessageTemplate.fill("{total}: {n} parts, off by {d} {missing} {} {a-b} {n", args));
        assertEquals("no slots", MessageTemplate.fill("no slots", args));
        assertEquals("{{n}}", regexFill("{{n}}", Map.of()));
        assertEquals("{3}", MessageTemplate.fill("{{n}}", args));
    }

    @Test
    void fillAgreesWithTheRegularExpressionOnRandomTemplates() {
        Random r = new Random(11);
        String alphabet = "{}_aZ9 -é.$\\";
        Map<String, Object> args = new HashMap<>();
        args.put("a", "A");
        args.put("aZ", "{a}");
        args.put("_9", 9);
        args.put("Z", "$");
        for (int i = 0; i < 20_000; i++) {
            StringBuilder t = new StringBuilder();
            int len = r.nextInt(14);
            for (int k = 0; k < len; k++) t.append(alphabet.charAt(r.nextInt(alphabet.length())));
            assertEquals(regexFill(t.toString(), args), MessageTemplate.fill(t.toString(), args), t.toString());
        }
    }

    @Test
    void amountGroupsThousandsAndKeepsThePrecision() {
        assertEquals("-1,234,567.50", MessageTemplate.amount(new BigDecimal("-1234567.50")));
        assertEquals("0.05", MessageTemplate.amount(new BigDecimal("0.05")));
        assertEquals("100", MessageTemplate.amount(new BigDecimal("100")));
        assertEquals("1,000", MessageTemplate.amount(new BigDecimal("1E+3")));
        assertEquals("0", MessageTemplate.amount(BigDecimal.ZERO));
    }

    @Test
    void amountAgreesWithDecimalFormatOnRandomValues() {
        Random r = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            BigInteger unscaled = new BigInteger(1 + r.nextInt(80), r);
            if (r.nextBoolean()) unscaled = unscaled.negate();
            BigDecimal v = new BigDecimal(unscaled, r.nextInt(16) - 3);
            assertEquals(MessageTemplate.formatted(v), MessageTemplate.amount(v), v.toString());
        }
    }
}
