package io.tickmark.extract.comparatives;

import io.tickmark.util.Regex;
import io.tickmark.util.CueWords;
import io.tickmark.util.Spaces;
import io.tickmark.extract.Extraction;
import io.tickmark.extract.layout.LayoutDocument;
import io.tickmark.extract.layout.LayoutLine;
import io.tickmark.extract.layout.LineBox;
import io.tickmark.facts.ComparativeRestatement;
import io.tickmark.facts.SourceRef;
import io.tickmark.run.Enricher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the sentences in which a filing says its prior-period amounts were restated, recast or
 * reclassified ("Certain prior period amounts have been reclassified to conform to the current
 * period presentation"; "prior year segment information has been recast"). They are what explains
 * a comparative that differs from last year's report; the comparatives rules decide whether one
 * applies. A sentence is read from a paragraph (lines up to a blank line), so a sentence wrapped
 * over lines is found whole.
 */
public final class RestatementReader implements Enricher {
    private static final String VERB = "(reclassified|recast|restated|re-presented|represented|retrospectively adjusted|revised)";
    /** "prior period amounts have been reclassified", "amounts for 2021 were recast". */
    private static final Pattern PRIOR_AMOUNTS = Pattern.compile(
            "\\b(prior|previous|preceding|comparative|earlier)[- ]?(year|period|periods|years|fiscal year|quarter)?s?\\b[^.;]{0,140}?"
                    + "\\b(have|has|had) been " + VERB + "\\b");
    /** "... reclassified to conform to the current period presentation". */
    private static final Pattern TO_CONFORM = Pattern.compile("\\b" + VERB + "\\b[^.;]{0,100}\\bto conform\\b");
    /** "certain amounts ... have been reclassified". */
    private static final Pattern CERTAIN = Pattern.compile(
            "\\bcertain\\b[^.;]{0,80}\\b(amounts|balances|items|information)\\b[^.;]{0,80}\\b(have|has) been " + VERB + "\\b");
    private static final int MAX_QUOTE = 300;

    @Override
    public void enrich(Extraction extraction, LayoutDocument layout, String text) {
        extraction.otherFacts().addAll(read(extraction.document().getId(), layout));
    }

    public static List<ComparativeRestatement> read(String document, LayoutDocument layout) {
        List<ComparativeRestatement> out = new ArrayList<>();
        List<LayoutLine> para = new ArrayList<>();
        for (LayoutLine l : layout.lines()) {
            if (l.isBlank() || (!para.isEmpty() && para.get(para.size() - 1).page() != l.page())) {
                paragraph(document, para, out);
                para = new ArrayList<>();
                if (l.isBlank()) continue;
            }
            para.add(l);
        }
        paragraph(document, para, out);
        return out;
    }

    private static void paragraph(String document, List<LayoutLine> lines, List<ComparativeRestatement> out) {
        if (lines.isEmpty() || !anyLineHasVerb(lines)) return;
        StringBuilder text = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (LayoutLine l : lines) {
            starts.add(text.length());
            text.append(Spaces.collapse(l.text().trim())).append(' ');
        }
        String t = text.toString();
        String lower = t.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (!hasVerb(lower)) return;
        for (Pattern p : List.of(PRIOR_AMOUNTS, TO_CONFORM, CERTAIN)) {
            Matcher m = p.matcher(lower);
            if (!m.find()) continue;
            int from = sentenceStart(lower, m.start());
            int to = sentenceEnd(lower, m.end());
            String quote = t.substring(from, to).trim();
            if (quote.length() > MAX_QUOTE) quote = quote.substring(0, MAX_QUOTE) + "...";
            int first = lineAt(starts, from);
            int last = lineAt(starts, Math.max(from, to - 1));
            LayoutLine a = lines.get(first);
            LayoutLine b = lines.get(last);
            List<String> boxes = new ArrayList<>();
            for (LayoutLine l : lines.subList(first, last + 1)) if (l.box() != null) boxes.add(l.box().whole());
            SourceRef src = new SourceRef(document, a.page(), a.lineNo(), b.lineNo(), 0, 0, LineBox.union(boxes));
            out.add(new ComparativeRestatement(document, kind(lower.substring(m.start(), m.end())), quote, src));
            return;
        }
    }

    /** Whether the paragraph has one of {@link #VERB}'s words, which every pattern needs: most paragraphs are out at one look. */
    private static boolean hasVerb(String lower) {
        for (String v : VERBS) if (lower.contains(v)) return true;
        return false;
    }

    /** Whether a line has a word of {@link #VERB} ("retrospectively" for the phrase that may wrap): paragraphs without are out before they are joined. */
    private static boolean anyLineHasVerb(List<LayoutLine> lines) {
        for (LayoutLine l : lines) {
            if (CueWords.any(LINE_CUES.scan(l.text()), ALL_LINE_CUES)) return true;
        }
        return false;
    }

    private static final List<String> VERBS = List.of("reclassified", "recast", "restated", "re-presented", "represented",
            "retrospectively adjusted", "revised");
    /** The verbs and "retrospectively", looked for in one pass over each line. */
    private static final CueWords LINE_CUES = new CueWords(java.util.stream.Stream.concat(VERBS.stream(), java.util.stream.Stream.of("retrospectively")).toList());
    private static final int[] ALL_LINE_CUES = java.util.stream.IntStream.range(0, VERBS.size() + 1).toArray();

    private static String kind(String match) {
        if (match.contains("restated") || match.contains("retrospectively adjusted") || match.contains("revised")) return "restated";
        if (match.contains("recast")) return "recast";
        return "reclassified";
    }

    private static int sentenceStart(String s, int at) {
        for (int i = at - 1; i > 0; i--) {
            if (s.charAt(i) == ' ' && (s.charAt(i - 1) == '.' || s.charAt(i - 1) == ';') && !abbreviation(s, i - 1)) return i + 1;
        }
        return 0;
    }

    private static int sentenceEnd(String s, int at) {
        for (int i = at; i < s.length(); i++) {
            if (s.charAt(i) == '.' && (i + 1 == s.length() || s.charAt(i + 1) == ' ') && !abbreviation(s, i)) return i + 1;
        }
        return s.length();
    }

    /** "U.S." and "e.g." do not end sentences. */
    private static boolean abbreviation(String s, int dot) {
        return dot >= 2 && s.charAt(dot - 2) == '.' || dot >= 1 && s.charAt(dot - 1) == 'g' && dot >= 3 && s.charAt(dot - 3) == 'e';
    }

    private static int lineAt(List<Integer> starts, int offset) {
        int i = 0;
        while (i + 1 < starts.size() && starts.get(i + 1) <= offset) i++;
        return i;
    }
}
