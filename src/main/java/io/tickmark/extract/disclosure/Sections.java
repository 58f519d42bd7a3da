package io.tickmark.extract.disclosure;

import io.tickmark.util.Regex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Section headings (all capitals, e.g. "PROPERTIES") and subsection headings (a short line in
 * sentence case followed by text, e.g. "Non-registration of leases"), so that a disclosure is read
 * within the part of the document that discusses it. Headings that repeat (running headers such as
 * "BUSINESS") do not open sections.
 */
final class Sections {
    record Heading(int line, String text, boolean major) {}

    private final List<Heading> headings = new ArrayList<>();

    Sections(List<Passage> passages) {
        Map<String, Integer> counts = new HashMap<>();
        for (Passage p : passages) if (isMajor(p)) counts.merge(p.text(), 1, Integer::sum);
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            if (isMajor(p) && counts.get(p.text()) == 1) headings.add(new Heading(p.first(), p.text(), true));
            else if (isMinor(p) && i + 1 < passages.size() && passages.get(i + 1).text().length() > 120) {
                headings.add(new Heading(p.first(), p.text(), false));
            }
        }
    }

    static boolean isMajor(Passage p) {
        String t = p.text();
        if (!p.isSingleLine() || t.length() > 70 || t.length() < 4) return false;
        int letters = 0;
        for (char c : t.toCharArray()) {
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters++;
        }
        // A heading has a real word in it; "MOS UMP" is a caption of acronyms, not a section.
        return letters >= 4 && java.util.Arrays.stream(Regex.split(t, "[^A-Za-z]+")).anyMatch(w -> w.length() >= 5);
    }

    static boolean isMinor(Passage p) {
        String t = p.text();
        return p.isSingleLine() && t.length() <= 70 && t.length() >= 4 && Character.isUpperCase(t.charAt(0))
                && !Regex.matches(t, ".*[.;:,]$") && !isMajor(p) && Regex.split(t, "\\s+").length <= 9;
    }

    /** The section (between major headings) around a line: first and last line. */
    int[] sectionOf(int line, int lastLine) {
        return around(line, lastLine, true);
    }

    /** The subsection (between any headings) around a line. */
    int[] subsectionOf(int line, int lastLine) {
        return around(line, lastLine, false);
    }

    /** The major heading above a line, or null. */
    String sectionTitle(int line) {
        String t = null;
        for (Heading h : headings) {
            if (h.line() > line) break;
            if (h.major()) t = h.text();
        }
        return t;
    }

    private int[] around(int line, int lastLine, boolean majorOnly) {
        int start = 1;
        int end = lastLine;
        for (Heading h : headings) {
            if (majorOnly && !h.major()) continue;
            if (h.line() <= line) start = h.line();
            else {
                end = h.line() - 1;
                break;
            }
        }
        return new int[]{start, end};
    }
}
