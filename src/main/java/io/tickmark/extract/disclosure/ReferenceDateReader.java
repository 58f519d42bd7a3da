package io.tickmark.extract.disclosure;

import io.tickmark.facts.StatedDate;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates a document gives for itself: its latest practicable date when it states one ("the
 * Latest Practicable Date, being 15 June 2022") and the end of the latest period it reports on
 * ("for the four years ended 31 December 2021"). Only dates the document states are taken.
 */
final class ReferenceDateReader {
    private static final Pattern LPD = Pattern.compile("(?i)\\blatest practicable date\\b[\"”)]*,?\\s*(?:\\(?\\s*(?:being|i\\.e\\.?|that is|which (?:is|was)|namely)\\s*,?\\s*|:\\s*|is\\s+|was\\s+)(?:the\\s+)?" + Dates.DATE);
    private static final Pattern LPD_AFTER = Pattern.compile("(?i)" + Dates.DATE + ",?\\s+(?:being|which\\s+(?:is|was))\\s+the\\s+latest\\s+practicable\\s+date\\b");
    private static final Pattern PERIOD_END = Pattern.compile("(?i)\\b(?:years?|months|periods?|weeks)\\s+ended\\s+" + Dates.DATE);

    private ReferenceDateReader() {}

    static void read(DocumentText doc, List<Object> out) {
        StatedDate lpd = latest(doc, LPD, StatedDate.LATEST_PRACTICABLE_DATE);
        if (lpd == null) lpd = latest(doc, LPD_AFTER, StatedDate.LATEST_PRACTICABLE_DATE);
        if (lpd != null) out.add(lpd);
        StatedDate end = latest(doc, PERIOD_END, StatedDate.PERIOD_END);
        if (end != null) out.add(end);
    }

    private static StatedDate latest(DocumentText doc, Pattern pattern, String kind) {
        StatedDate best = null;
        for (Passage p : doc.passages()) {
            Matcher m = pattern.matcher(p.text());
            while (m.find()) {
                LocalDate d = Dates.parse(m.group(1));
                if (d == null || best != null && !d.isAfter(best.getDate())) continue;
                best = new StatedDate(doc.document(), kind, d, Quotes.around(p.text(), m.start(), m.end()), doc.ref(p));
            }
        }
        return best;
    }
}
