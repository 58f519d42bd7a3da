package io.tickmark.extract.text;

import io.tickmark.extract.Extraction;
import io.tickmark.extract.layout.LayoutLine;
import io.tickmark.extract.table.Labels;
import io.tickmark.extract.table.Row;
import io.tickmark.extract.table.StatementKind;
import io.tickmark.extract.table.StructureInference;
import io.tickmark.extract.table.Table;
import io.tickmark.extract.table.TableRegion;
import io.tickmark.facts.ExtractionIssue;
import io.tickmark.facts.Figure;
import io.tickmark.facts.Relation;
import io.tickmark.facts.SourceRef;
import io.tickmark.facts.TableInfo;
import io.tickmark.normalize.ConceptDictionary;
import io.tickmark.normalize.Linkbase;
import io.tickmark.normalize.Periods;
import io.tickmark.normalize.Units;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns read tables into facts: one {@link Figure} per cell with concept, entity scope and period;
 * the linkbase's relations for the document; the relations each table's layout implies; coverage
 * per table; and an {@link ExtractionIssue} for whatever could not be read.
 */
final class FactBuilder {
    private static final ConceptDictionary DICTIONARY = ConceptDictionary.load();
    private static final Linkbase LINKBASE = Linkbase.load();

    private final Extraction ex;
    private final String framework;
    private final String path;
    private final Periods.Context periods = new Periods.Context();
    private final Map<String, Integer> idCounts = new HashMap<>();
    private final Set<String> notesSeen = new HashSet<>();

    FactBuilder(Extraction ex, String framework) {
        this.ex = ex;
        this.framework = framework;
        this.path = ex.document().getPath();
    }

    void build(List<TextExtractor.ReadTable> tables) {
        learnPeriods(tables);
        ex.relations().addAll(LINKBASE.relationsFor(path, framework));
        Set<String> linkbaseTotals = LINKBASE.totals(framework);
        for (TextExtractor.ReadTable rt : tables) addTable(rt, linkbaseTotals);
    }

    private void learnPeriods(List<TextExtractor.ReadTable> tables) {
        for (TextExtractor.ReadTable rt : tables) {
            StatementKind k = rt.region().statement();
            if (k == null || rt.region().parentScope()) continue;
            List<String> cols = rt.table().columnLabels();
            if (k == StatementKind.BALANCE_SHEET && periods.currentInstant == null && cols.size() >= 1) {
                periods.currentInstant = Periods.resolve(cols.get(0), true, periods);
                if (cols.size() >= 2) periods.openingInstant = Periods.resolve(cols.get(1), true, periods);
            }
            if (k == StatementKind.INCOME && periods.currentDuration == null && cols.size() >= 1) {
                periods.currentDuration = Periods.resolve(cols.get(0), false, periods);
                if (cols.size() >= 2) periods.priorDuration = Periods.resolve(cols.get(1), false, periods);
            }
        }
    }

    private void addTable(TextExtractor.ReadTable rt, Set<String> linkbaseTotals) {
        TableRegion region = rt.region();
        Table t = rt.table();
        StatementKind kind = region.statement();
        String scope = region.parentScope() ? "parent" : "consolidated";
        String statement = kind == null ? "note" : kind.code();
        String id = tableId(kind, scope, region);
        long scale = Units.scaleOf(region.unitText());
        SourceRef tableRef = SourceRef.ofLines(path, t.page(), t.firstLine(), t.lastLine());
        for (ExtractionIssue p : rt.problems()) {
            ex.issues().add(new ExtractionIssue(path, id, p.getWhat() + " in " + id, p.getText(), p.getSource()));
        }
        if (t.columns() == 0 || t.rows().isEmpty()) {
            ex.issues().add(new ExtractionIssue(path, id, "table not read: no figure columns found in " + id,
                    region.title() == null ? "(untitled)" : region.title(), tableRef));
            ex.tables().add(new TableInfo(id, path, statement, scope, region.title(), List.of(), 0, 0, tableRef));
            return;
        }
        String dictStatement = kind == null ? null : (kind == StatementKind.COMPREHENSIVE_INCOME ? "income" : kind.code());
        boolean instant = kind == StatementKind.BALANCE_SHEET || kind == null;
        List<String> colPeriods = new ArrayList<>();
        for (String c : t.columnLabels()) colPeriods.add(Periods.resolve(c, instant, periods));
        // A note's first table reconciles to its statement line: its total (or its only row, named
        // like the note) carries the note's concept. Later tables break the balance down in other
        // ways (gross, by ageing, by provision) and do not tie.
        boolean firstOfNote = kind == null && region.note() != null && notesSeen.add(region.note());
        String noteConcept = firstOfNote ? DICTIONARY.lookupNoteTitle(framework, region.note()) : null;
        String equityPeriod = rt.wide() && kind == StatementKind.EQUITY ? blockPeriod(region) : null;
        Set<Integer> skipTotals = new HashSet<>();
        int rowsRead = 0;
        int figureRows = 0;
        Map<Integer, LayoutLine> linesByNo = new HashMap<>();
        for (LayoutLine l : region.lines()) linesByNo.put(l.lineNo(), l);
        Set<Integer> problemLines = new HashSet<>();
        for (ExtractionIssue p : rt.problems()) problemLines.add(p.getSource().getLine());
        for (int r = 0; r < t.rows().size(); r++) {
            Row row = t.rows().get(r);
            if (!row.hasFigures()) continue;
            figureRows++;
            String label = row.label();
            if (label.isEmpty()) {
                ex.issues().add(new ExtractionIssue(path, id, "figures without a label in " + id, describeCells(row),
                        SourceRef.ofLines(path, row.page(), row.firstLine(), row.lastLine())));
                continue;
            }
            String concept = null;
            if (dictStatement != null) concept = DICTIONARY.lookup(dictStatement, framework, label);
            else if (noteConcept != null && (Labels.isPlainTotal(label) || t.rowsWithFigures() == 1 && sameAsTitle(label, region.note()))) {
                concept = noteConcept;
            }
            if (concept != null && linkbaseTotals.contains(concept)) skipTotals.add(r);
            boolean rowProblem = false;
            for (int line = row.firstLine(); line <= row.lastLine(); line++) if (problemLines.contains(line)) rowProblem = true;
            if (!rowProblem) rowsRead++;
            for (int c = 0; c < row.cells().length; c++) {
                Row.Cell cell = row.cells()[c];
                if (cell == null) continue;
                String period = colPeriods.get(c);
                String figConcept = period == null || cell.percent() ? null : concept;
                if (equityPeriod != null) {
                    String[] cp = EquityMatrix.cell(label, t.columnLabels().get(c), equityPeriod);
                    figConcept = cp[0];
                    period = cp[1];
                }
                SourceRef src = new SourceRef(path, row.page(), row.firstLine(), row.lastLine(), cell.column(), cell.columnEnd(),
                        boxOf(linesByNo, cell));
                ex.figures().add(new Figure(String.format("%s#%04d.%02d", id, r, c), path, id, statement, scope, r, c, label,
                        figConcept, t.columnLabels().get(c), period, cell.value(), cell.decimals(),
                        cell.percent() ? 1 : scale, cell.percent() ? "%" : ex.document().getCurrency(), src));
            }
        }
        for (StructureInference.Inferred inf : StructureInference.infer(t, skipTotals, kind != null)) {
            ex.relations().add(new Relation(id + ":" + inf.kind() + ":" + inf.total(), inf.kind(), path, id,
                    Integer.toString(inf.total()), inf.parts(), "layout", inf.description()));
        }
        ex.tables().add(new TableInfo(id, path, statement, scope, region.title(), t.columnLabels(), figureRows, rowsRead, tableRef));
    }

    /** Where a cell sits on its PDF page (the box of its characters); null for layout text. */
    private static String boxOf(Map<Integer, LayoutLine> linesByNo, Row.Cell cell) {
        LayoutLine l = linesByNo.get(cell.line());
        return l == null || l.box() == null ? null : l.box().span(cell.column(), cell.columnEnd());
    }

    /** The period of a block of the equity statement, from the header lines above its rows. */
    private String blockPeriod(TableRegion region) {
        for (var l : region.lines()) {
            String p = Periods.resolve(l.text(), false, periods);
            if (p != null && p.contains("/")) return p;
        }
        return periods.currentDuration;
    }

    private static boolean sameAsTitle(String label, String note) {
        return ConceptDictionary.normalise(label).equals(ConceptDictionary.normalise(note.replaceAll("^\\s*\\d{1,3}\\s?[.、]\\s*", "")));
    }

    private static String describeCells(Row row) {
        StringBuilder s = new StringBuilder();
        for (Row.Cell c : row.cells()) if (c != null) s.append(s.length() > 0 ? " | " : "").append(c.value().toPlainString());
        return s.toString();
    }

    private String tableId(StatementKind kind, String scope, TableRegion region) {
        String base;
        if (kind != null) {
            base = kind.code() + "/" + scope;
        } else {
            String title = region.title() == null ? "table" : region.title();
            String note = region.note();
            String slug = (note != null && !note.equals(title) ? shortName(note) + " " : "") + shortName(title);
            base = "note/" + (scope.equals("parent") ? "parent/" : "") + slug;
        }
        int n = idCounts.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + "#" + n;
    }

    private static String shortName(String s) {
        String t = s.trim().replaceAll("\\s+", " ");
        t = t.replaceAll("^\\(?(\\d{1,3}|[a-z])[.)]\\s*", "$1 ");
        if (t.length() > 48) t = t.substring(0, 48);
        return t.toLowerCase(Locale.ROOT);
    }
}
