package io.tickmark.extract.text;

import io.tickmark.util.Regex;
import io.tickmark.extract.Extraction;
import io.tickmark.extract.Extractor;
import io.tickmark.extract.layout.LayoutDocument;
import io.tickmark.extract.layout.LayoutLine;
import io.tickmark.extract.table.NavigationTables;
import io.tickmark.extract.table.StackedCells;
import io.tickmark.extract.table.StatementKind;
import io.tickmark.extract.table.Table;
import io.tickmark.extract.table.TableLocator;
import io.tickmark.extract.table.TableReader;
import io.tickmark.extract.table.TableRegion;
import io.tickmark.extract.table.WideTableReader;
import io.tickmark.facts.DocumentInfo;
import io.tickmark.facts.ExtractionIssue;
import io.tickmark.facts.SourceRef;
import io.tickmark.normalize.Units;
import io.tickmark.source.Source;

import java.util.ArrayList;
import java.util.List;

/**
 * Layout text (as {@code pdftotext -layout} writes it) to facts: tables located and read, then
 * turned into figures and relations by {@link FactBuilder}.
 */
public final class TextExtractor implements Extractor {

    @Override
    public Extraction extract(Source source) {
        String text = source.text();
        LayoutDocument doc = LayoutDocument.fromText(source.displayName(), text);
        return extract(doc, text, source.displayName());
    }

    /** The laid-out lines of a text source, for enrichers that read the same lines. */
    public static LayoutDocument layoutOf(Source source) {
        return LayoutDocument.fromText(source.displayName(), source.text());
    }

    /** Extracts from a laid-out document; also used by the PDF reader, whose lines share the model. */
    public Extraction extract(LayoutDocument doc, String text, String path) {
        String framework = Framework.detect(text);
        String currency = Units.currencyOf(text);
        Extraction ex = new Extraction(new DocumentInfo(path, path, Framework.kind(text), CoverPage.entity(doc), null, currency, framework));
        List<TableRegion> regions = mergeStatements(TableLocator.locate(doc));
        List<ReadTable> tables = new ArrayList<>();
        List<TableRegion> stacked = new ArrayList<>();
        for (TableRegion region : regions) {
            List<ExtractionIssue> problems = new ArrayList<>();
            TableReader reader = new TableReader((line, what) -> problems.add(new ExtractionIssue(path, null, what,
                    line.text().trim(), SourceRef.ofLines(path, line.page(), line.lineNo(), line.lineNo()))));
            // Tab-delimited tables carry no column positions; the tab-table reader (extract/disclosure)
            // reads them in any document.
            long tabbed = region.lines().stream().filter(l -> TableReader.isFigureLine(l) && l.text().indexOf('\t') >= 0).count();
            long figureLines = region.lines().stream().filter(TableReader::isFigureLine).count();
            if (figureLines > 0 && tabbed * 2 >= figureLines) continue;
            // Cells one per line in reading order: no row can be rebuilt, so the table is reported, not read.
            if (StackedCells.stacked(region.lines())) {
                stacked.add(region);
                continue;
            }
            // a table of contents or an exhibit index: page and exhibit numbers, no figures to read
            if (NavigationTables.isNavigation(region.lines(), doc.lines())) continue;
            // Columns too narrow for their figures break them over lines: the wide-table reader joins the
            // pieces, and reports (never guesses) what it cannot join.
            boolean fragmented = region.lines().stream().filter(LayoutLine::hasFragments).count() >= 3;
            if (fragmented) {
                Table t = new WideTableReader((line, what) -> problems.add(new ExtractionIssue(path, null, what,
                        line.text().trim(), SourceRef.ofLines(path, line.page(), line.lineNo(), line.lineNo()))))
                        .read(region.lines(), region.title());
                tables.add(new ReadTable(region, t, problems, true));
            } else {
                Table t = reader.read(region.lines(), region.title());
                tables.add(new ReadTable(isMultiYearSummary(region, t) ? asNote(region) : region, t, problems, false));
            }
        }
        reportStacked(ex, stacked, path);
        ExtractionIssue damaged = DamagedTextMap.issue(doc, text, path);
        if (damaged != null) ex.issues().add(damaged);
        new FactBuilder(ex, framework).build(tables);
        ex.setDocument(ex.document().withPeriodEnd(periodEnd(doc, ex)));
        return ex;
    }

    /** The period the document reports on: as its cover states it, else as its balance sheet is dated, else as its text most says. */
    private static String periodEnd(LayoutDocument doc, Extraction ex) {
        java.time.LocalDate end = CoverPage.statedPeriodEnd(doc);
        if (end == null) end = CoverPage.balanceSheetDate(ex.figures());
        if (end == null) end = CoverPage.mostStatedPeriodEnd(doc);
        return end == null ? null : end.toString();
    }

    /**
     * One extraction issue for the tables laid out one cell per line (StackedCells): text written in
     * reading order has them all, and a report lists the fact and the first few, not one line each.
     */
    private static void reportStacked(Extraction ex, List<TableRegion> stacked, String path) {
        if (stacked.isEmpty()) return;
        List<String> named = new ArrayList<>();
        for (TableRegion r : stacked.subList(0, Math.min(3, stacked.size()))) {
            LayoutLine first = r.lines().get(0);
            LayoutLine last = r.lines().get(r.lines().size() - 1);
            String title = r.title() != null ? r.title() : first.text().trim();
            named.add(Regex.replaceAll(title, "\\s{2,}", " ").trim() + " (" + SourceRef.ofLines(path, first.page(), first.lineNo(), last.lineNo()).describe() + ")");
        }
        LayoutLine first = stacked.get(0).lines().get(0);
        List<LayoutLine> lastLines = stacked.get(stacked.size() - 1).lines();
        ex.issues().add(new ExtractionIssue(path, null, "tables not laid out in columns (figures one per line, as text written in reading order; "
                + "give the PDF or its layout text), not read", stacked.size() + " table(s): " + String.join(" | ", named)
                + (stacked.size() > 3 ? " | …" : ""), SourceRef.ofLines(path, first.page(), first.lineNo(), lastLines.get(lastLines.size() - 1).lineNo())));
    }

    /** A table as read, with the region it came from and the problems met. */
    record ReadTable(TableRegion region, Table table, List<ExtractionIssue> problems, boolean wide) {}

    /** Consecutive regions under one statement heading form one table (a statement split by a page). */
    private static List<TableRegion> mergeStatements(List<TableRegion> regions) {
        List<TableRegion> out = new ArrayList<>();
        for (TableRegion r : regions) {
            if (!out.isEmpty()) {
                TableRegion prev = out.get(out.size() - 1);
                if (r.statement() != null && r.statement() == prev.statement() && sameTitle(r.title(), prev.title())
                        && r.statement() != StatementKind.EQUITY) {
                    List<LayoutLine> lines = new ArrayList<>(prev.lines());
                    lines.addAll(r.lines());
                    out.set(out.size() - 1, new TableRegion(lines, prev.title(), prev.note(), prev.statement(),
                            prev.parentScope(), prev.unitText() != null ? prev.unitText() : r.unitText(), prev.sectionCaption(),
                            prev.entity()));
                    continue;
                }
            }
            out.add(r);
        }
        return out;
    }

    /**
     * A table of five or more years side by side under a statement's heading ("Balance sheet data"
     * in a five-year summary, selected financial data) is a summary, not the statement: primary
     * statements show the period and its comparatives (an accountants' report three years and a stub period).
     */
    static boolean isMultiYearSummary(TableRegion region, Table t) {
        if (region.statement() == null || region.statement() == StatementKind.EQUITY) return false;
        java.util.Set<String> years = new java.util.HashSet<>();
        for (String c : t.columnLabels()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b(19|20)\\d\\d\\b").matcher(c);
            while (m.find()) years.add(m.group());
        }
        return years.size() >= 5 && t.columns() >= 5;
    }

    private static TableRegion asNote(TableRegion r) {
        return new TableRegion(r.lines(), r.title(), r.note(), null, r.parentScope(), r.unitText(), r.sectionCaption(), null);
    }

    /** One statement's title, as repeated over its continuation page: "(continued)", case and spacing aside. */
    static boolean sameTitle(String a, String b) {
        return titleKey(a).equals(titleKey(b));
    }

    private static String titleKey(String t) {
        return Regex.replaceAll(Regex.replaceAll(t.toLowerCase(java.util.Locale.ROOT), "\\(?\\bcontinued\\b\\)?", ""), "[^a-z]", "");
    }
}
