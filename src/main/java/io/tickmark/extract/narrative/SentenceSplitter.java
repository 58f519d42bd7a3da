package io.tickmark.extract.narrative;

import io.tickmark.util.Regex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph at sentence ends: a full stop, question or exclamation mark followed by white
 * space and a capital, digit, quote or bracket, unless the word before it is a known abbreviation
 * ("Mr.", "Co., Ltd.", "U.S.") or an initial. Works the same on one 32 KB line and on a short paragraph.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "co", "ltd", "inc", "corp", "no", "nos",
            "st", "vs", "e.g", "i.e", "eg", "ie", "approx", "u.s", "u.k", "jr", "sr", "messrs", "art", "para", "fig", "sec", "cf",
            "plc", "l.p", "s.a", "n.a", "bhd", "pte", "hon", "gov", "dept", "est", "jan", "feb", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "p.r.c", "h.k", "nt", "op", "vol", "ch", "cap");

    private SentenceSplitter() {}

    public static List<Sentence> split(Paragraph p) {
        String t = p.text();
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != '.' && c != '?' && c != '!') continue;
            int end = i + 1;
            while (end < t.length() && "\"”’)".indexOf(t.charAt(end)) >= 0) end++;
            if (end >= t.length() || t.charAt(end) != ' ') continue;
            int next = end;
            while (next < t.length() && t.charAt(next) == ' ') next++;
            if (next >= t.length()) continue;
            char n = t.charAt(next);
            if (!(Character.isUpperCase(n) || Character.isDigit(n) || "\"“‘(•".indexOf(n) >= 0)) continue;
            if (c == '.' && isAbbreviation(t, i)) continue;
            add(out, p, t, start, end);
            start = next;
        }
        add(out, p, t, start, t.length());
        return out;
    }

    private static boolean isAbbreviation(String t, int dot) {
        int w = dot;
        while (w > 0 && !Character.isWhitespace(t.charAt(w - 1)) && t.charAt(w - 1) != '(') w--;
        String word = Regex.replaceAll(t.substring(w, dot).toLowerCase(Locale.ROOT), "^[\"“‘]", "");
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) return true;
        return ABBREVIATIONS.contains(word);
    }

    private static void add(List<Sentence> out, Paragraph p, String t, int start, int end) {
        while (start < end && t.charAt(start) == ' ') start++;
        while (end > start && t.charAt(end - 1) == ' ') end--;
        if (end > start) out.add(new Sentence(p, start, t.substring(start, end)));
    }
}
