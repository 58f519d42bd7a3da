package io.tickmark.extract.narrative;

import io.tickmark.util.AsciiCase;
import io.tickmark.util.Regex;
import io.tickmark.extract.Extraction;
import io.tickmark.extract.layout.LayoutDocument;
import io.tickmark.facts.Figure;
import io.tickmark.run.Enricher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds the facts stated in narrative text to an extraction: amounts with comparatives, changes,
 * ratios and margins, sums and shares, maturities, undrawn facilities, headcounts, and going-concern
 * language. Runs on any laid-out text: a one-line narrative (positions are character offsets) or the
 * prose of a 10-K (wrapped lines joined, table lines skipped).
 */
public final class NarrativeEnricher implements Enricher {
    private static final Pattern AUDITORS_REPORT = Pattern.compile(
            "(?i)report of independent (?:registered public accounting firm|auditors?)|independent auditor['’]?s['’]? report");
    private static final Pattern REPORT_END = Pattern.compile("(?i)^/s/|served as the (?:company|utility)['’]s auditor since|^item\\s+\\d");
    private static final Pattern PERIOD_DATE = Pattern.compile(
            "(?i)(?:year ended|as at|as of|period ended)\\s+(?:\\d{1,2}\\s+[a-z]+\\s+((?:19|20)\\d\\d)|[a-z]+\\s+\\d{1,2},\\s+((?:19|20)\\d\\d))");
    private static final int REPORT_PARAGRAPHS = 40;

    /**
     * The narrative's facts read before this enricher runs (on a spare core, while the tables were read),
     * for the reporting year they were read under; null when there are none for that year, and they are
     * read here. The facts depend on the year (a stated figure of that year is the current one), which is
     * only known from the tables' figures.
     */
    public interface EarlyRead {
        EarlyRead NONE = reportingYear -> null;

        List<Object> factsFor(Integer reportingYear);

        /** Stops a read still going that nothing will ask for (the tables failed). */
        default void cancel() {}
    }

    private final EarlyRead early;

    public NarrativeEnricher() {
        this(EarlyRead.NONE);
    }

    public NarrativeEnricher(EarlyRead early) {
        this.early = early;
    }
    /** A section titled risk factors ("Item 1A. Risk Factors", "RISK FACTORS"), read as what could happen. */
    private static final Pattern RISK_FACTORS = Pattern.compile("(?i)^(?:item\\s*1a\\.?\\s*[-–—:]?\\s*)?(?:principal\\s+)?risk\\s+factors\\s*\\.?$");
    /** The next item or part heading ends it. */
    private static final Pattern SECTION_HEADING = Pattern.compile("(?i)^(?:item\\s*\\d+[a-z]?\\b|part\\s+[ivx]+\\b)");

    @Override
    public void enrich(Extraction extraction, LayoutDocument layout, String text) {
        Integer year = reportingYear(extraction.figures(), text);
        List<Object> facts = early.factsFor(year);
        extraction.otherFacts().addAll(facts != null ? facts : read(extraction.document().getId(), layout, year));
    }

    /** All narrative facts of a laid-out document. */
    public static List<Object> read(String document, LayoutDocument layout, Integer reportingYear) {
        List<Object> out = new ArrayList<>();
        StatedFigureReader figures = new StatedFigureReader(document, reportingYear, new StatedFigureReader.Ids(document), out);
        StatedStructureReader structure = new StatedStructureReader(document, out);
        LanguageReader language = new LanguageReader(document, reportingYear, out);
        int auditorParagraphs = 0;
        boolean riskFactors = false;
        for (Paragraph p : ParagraphReader.read(layout)) {
            // a read on a thread of its own is stopped with its document (time limit): no paragraph is worth reading then
            if (Thread.currentThread().isInterrupted()) throw new java.util.concurrent.CancellationException("narrative read interrupted");
            if (p.heading()) {
                String h = p.text().strip();
                if (RISK_FACTORS.matcher(h).matches()) riskFactors = true;
                else if (SECTION_HEADING.matcher(h).find()) riskFactors = false;
            }
            // the report's title is short and names a report: other paragraphs are out before the pattern
            if (p.text().length() < 200 && AsciiCase.contains(p.text(), "report") && AUDITORS_REPORT.matcher(p.text()).find()) {
                auditorParagraphs = REPORT_PARAGRAPHS;
            } else if (auditorParagraphs > 0 && REPORT_END.matcher(p.text()).find()) {
                auditorParagraphs = 0;
            }
            boolean inReport = auditorParagraphs > 0;
            if (auditorParagraphs > 0) auditorParagraphs--;
            if (p.heading()) continue;
            for (Sentence s : SentenceSplitter.split(p)) {
                List<StatedFigureReader.Read> reads = figures.read(s);
                structure.read(s, reads);
                // a clause caption run into its clause ("(f) Insolvency Proceedings, Etc. Any Loan Party ...") names it, states nothing
                if (!ParagraphReader.isCaption(s.text().strip())) language.read(s, inReport, riskFactors);
            }
        }
        return out;
    }

    /**
     * The year of the reporting period: the latest period end of the statement figures, or, for a
     * narrative without statements, the year most often named as a period end ("as at 31 December 2020").
     */
    public static Integer reportingYear(List<Figure> figures, String text) {
        String latest = null;
        for (Figure f : figures) {
            if (f.getPeriod() == null || f.getStatement() == null || !List.of("balance", "income", "cashflow").contains(f.getStatement())) continue;
            String end = f.getPeriod().length() >= 10 ? f.getPeriod().substring(0, 10) : null;
            if (end != null && Regex.matches(end, "\\d{4}-\\d\\d-\\d\\d") && (latest == null || end.compareTo(latest) > 0)) latest = end;
        }
        if (latest != null) return Integer.valueOf(latest.substring(0, 4));
        Map<Integer, Integer> counts = new HashMap<>();
        Matcher m = PERIOD_DATE.matcher(text);
        while (m.find()) counts.merge(Integer.valueOf(m.group(1) != null ? m.group(1) : m.group(2)), 1, Integer::sum);
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }
}
