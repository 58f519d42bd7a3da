package io.tickmark.extract.text;

import io.tickmark.extract.layout.LayoutDocument;
import io.tickmark.extract.layout.LayoutLine;
import io.tickmark.facts.ExtractionIssue;
import io.tickmark.facts.SourceRef;

/**
 * Text written from a PDF whose fonts' text maps Ghostscript 10.00 damaged (every character from
 * U+2000 to U+20FF mapped to its low byte plus 0x20). A PDF is read from its glyphs' outlines, which
 * correct the damage (extract/pdf GlyphShapes); text written from it has no outlines, and its nil
 * dashes read as the figure 4. That cannot be undone from the text, but it can be recognised: the
 * apostrophe of a possessive becomes "9" ("registrant9s"), a quoted term "<Company=". Neither is
 * written in a filing (none in 34 filings' texts; every one of the 27 rewritten has one or both).
 * The document is then reported, with the way out: check the PDF.
 */
final class DamagedTextMap {
    private DamagedTextMap() {}

    /** Marks of the damage before the text is taken as damaged: one is a slip, five are a pattern. */
    static final int MIN_MARKS = 5;

    /**
     * A phrase quoted in "<" and "=" (“Company” as the damaged map writes it): "<" at a word's start,
     * a letter, the phrase, "=" closing it.
     */
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile(
            "(?<![^\\s(\\[])<\\p{L}[^<=>\\n]{0,60}?=(?![=\\w])");

    /** The extraction issue for a text with the damage's marks, or null. */
    static ExtractionIssue issue(LayoutDocument doc, String text, String path) {
        int possessives = 0;
        int first = -1;
        for (int i = text.indexOf('9'); i >= 0; i = text.indexOf('9', i + 1)) {
            if (isPossessive(text, i)) {
                if (first < 0) first = i;
                possessives++;
            }
        }
        int quoted = 0;
        if (text.indexOf('<') >= 0) {
            java.util.regex.Matcher m = QUOTED.matcher(text);
            while (m.find()) {
                if (quoted++ == 0 && (first < 0 || m.start() < first)) first = m.start();
            }
        }
        if (possessives + quoted < MIN_MARKS) return null;
        int lineNo = lineOf(text, first);
        LayoutLine at = doc.lines().stream().filter(l -> l.lineNo() == lineNo).findFirst().orElse(null);
        int start = Math.max(0, first - 12);
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
        int end = Math.min(text.length(), first + 24);
        int nl = text.indexOf('\n', first);
        if (nl >= 0 && nl < end) end = nl;
        String sample = text.substring(start, end).trim();
        return new ExtractionIssue(path, null,
                "text from a damaged PDF text map (apostrophes written \"9\", quotation marks \"<\" and \"=\"; nil dashes then read as the figure 4): figures may be misread; "
                        + "read from the PDF itself, glyphs whose outlines show the damage are corrected",
                possessives + " possessives written \"9s\", " + quoted + " phrases quoted in \"<...=\"; the first: \"" + sample + "\"",
                at == null ? SourceRef.ofLines(path, 0, lineNo, lineNo) : SourceRef.ofLines(path, at.page(), lineNo, lineNo));
    }

    /** "registrant9s ": a letter, "9", "s", then no letter or digit. */
    private static boolean isPossessive(String t, int i) {
        if (i == 0 || i + 1 >= t.length() || t.charAt(i + 1) != 's' || !Character.isLowerCase(t.charAt(i - 1)) && !Character.isUpperCase(t.charAt(i - 1))) return false;
        return i + 2 >= t.length() || !Character.isLetterOrDigit(t.charAt(i + 2));
    }

    private static int lineOf(String text, int at) {
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
        return line;
    }
}
