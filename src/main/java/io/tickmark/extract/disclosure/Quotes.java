package io.tickmark.extract.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sentences of a passage and short quotations around a match, for findings that quote their source. */
final class Quotes {
    private static final int MAX = 260;
    // A sentence ends at . ; ! ? followed by a space and a capital or an opening bracket, unless the
    // dot closes a common abbreviation.
    private static final Pattern END = Pattern.compile("(?<=[.;!?])\\s+(?=[A-Z(\"“])");
    private static final Pattern ABBREV = Pattern.compile("(?i)(\\b(mr|mrs|ms|dr|no|nos|co|ltd|inc|art|arts|para|e\\.g|i\\.e|sq\\.m|etc|vs)\\.)$");

    private Quotes() {}

    static List<int[]> sentenceSpans(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        Matcher m = END.matcher(text);
        while (m.find()) {
            String before = text.substring(start, m.start());
            if (ABBREV.matcher(before).find()) continue;
            out.add(new int[]{start, m.start()});
            start = m.end();
        }
        if (start < text.length()) out.add(new int[]{start, text.length()});
        return out;
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (int[] s : sentenceSpans(text)) out.add(text.substring(s[0], s[1]).trim());
        return out;
    }

    /** The sentence holding a match, cut to a readable length around it. */
    static String around(String text, int start, int end) {
        for (int[] s : sentenceSpans(text)) {
            if (start >= s[0] && start < s[1]) return cut(text.substring(s[0], s[1]).trim(), start - s[0], end - s[0]);
        }
        return cut(text, start, end);
    }

    /** A window of the text around a match, for passages whose sentences cannot be trusted. */
    static String window(String text, int start, int end, int before, int after) {
        int s = Math.max(0, start - before);
        int e = Math.min(text.length(), end + after);
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) s--;
        while (e < text.length() && !Character.isWhitespace(text.charAt(e))) e++;
        return (s > 0 ? "… " : "") + text.substring(s, e).trim() + (e < text.length() ? " …" : "");
    }

    static String cut(String sentence, int start, int end) {
        if (sentence.length() <= MAX) return sentence;
        int s = Math.max(0, Math.min(start, sentence.length()) - 100);
        int e = Math.min(sentence.length(), Math.max(end, s + MAX - 20));
        while (s > 0 && !Character.isWhitespace(sentence.charAt(s - 1))) s--;
        while (e < sentence.length() && !Character.isWhitespace(sentence.charAt(e))) e++;
        return (s > 0 ? "… " : "") + sentence.substring(s, e).trim() + (e < sentence.length() ? " …" : "");
    }
}
