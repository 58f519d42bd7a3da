package io.tickmark.extract.disclosure;

import io.tickmark.facts.DisclosureElement;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the group says it will rectify a contribution shortfall: the first month and year in a
 * passage about contributions that speaks of what the group will or expects to do. OCR may have
 * damaged the month's first letter ("Iuly 2022"): a word one letter away from a month name is read
 * as that month, and the quote shows both.
 */
final class RectificationTiming {
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b([A-Za-z]{3,9})\\s+(20\\d\\d)\\b");
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(will|expects?|plan|intend|start)\\b");
    private static final Pattern LAW = Pattern.compile("(?i)\\b(an?|any)\\s+employers?\\b|\\bpursuant to\\b");
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december"};

    private RectificationTiming() {}

    static DisclosureElement find(DocumentText doc, String incident, List<Passage> scope) {
        for (Passage p : scope) {
            String t = p.text();
            if (!t.toLowerCase(Locale.ROOT).contains("contribution") || !FUTURE.matcher(t).find() || LAW.matcher(t).find()) continue;
            Matcher m = MONTH_YEAR.matcher(t);
            while (m.find()) {
                String month = month(m.group(1));
                if (month == null) continue;
                String read = month + " " + m.group(2);
                String as = m.group(1).equalsIgnoreCase(month) ? read : read + " (written \u201c" + m.group(0) + "\u201d)";
                return new DisclosureElement(doc.document(), incident, "rectification-timing", as, doc.ref(p));
            }
        }
        return null;
    }

    /** The month a word names, allowing one damaged letter; null when it names none. */
    static String month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String m : MONTHS) {
            if (w.equals(m) || w.length() >= 4 && w.length() == m.length() && distance(w, m) == 1) {
                return Character.toUpperCase(m.charAt(0)) + m.substring(1);
            }
        }
        return null;
    }

    private static int distance(String a, String b) {
        int d = 0;
        for (int i = 0; i < a.length(); i++) if (a.charAt(i) != b.charAt(i)) d++;
        return d;
    }
}
