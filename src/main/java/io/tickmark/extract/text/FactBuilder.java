package io.tickmark.extract.text;

import io.tickmark.util.Regex;
import io.tickmark.util.Spaces;
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
import io.tickmark.facts.Operand;
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
    private String primaryEntity;
    /** The precision most figures of the document show (2 for cents): a figure showing less lost digits. */
    private int documentDecimals;

    FactBuilder(Extraction ex, String framework) {
        this.ex = ex;
        this.framework = framework;
        this.path = ex.document().getPath();
    }

    void build(List<TextExtractor.ReadTable> tables) {
        learnPeriods(tables);
        int[] n = new int[8];
        for (TextExtractor.ReadTable rt : tables) {
            int m = modeDecimals(rt.table());
            for (Row r : rt.table().rows()) for (Row.Cell c : r.cells()) if (c != null && !c.percent()) n[Math.min(7, c.decimals())]++;
            if (m < 0) continue;
        }
        int best = 0;
        for (int i = 1; i < n.length; i++) if (n[i] > n[best]) best = i;
        documentDecimals = best;
        Set<String> linkbaseTotals = LINKBASE.totals(framework);
        for (TextExtractor.ReadTable rt : tables) addTable(rt, linkbaseTotals);
    }

    private static final java.util.regex.Pattern OPENING_ROW = java.util.regex.Pattern.compile(
            "(?i)^(after adjustment:?\\s*)?.*\\bat the beginning of the (reporting )?(period|year)$");
    private static final java.util.regex.Pattern CLOSING_ROW = java.util.regex.Pattern.compile(
            "(?i)^.*\\bat the end of the reporting (period|year)$");

    /**
     * "opening" or "closing" for a row stating a roll-forward's balance at the beginning (after any
     * adjustment) or end of the column's period; null for movements and for a balance "before
     * adjustment" (an as-reported figure, not the balance the statements carry).
     */
    static String balanceRow(String label) {
        String l = Spaces.collapse(label).trim();
        if (Regex.matches(l.toLowerCase(Locale.ROOT), ".*\\bbefore (the )?adjustment\\b.*")) return null;
        if (OPENING_ROW.matcher(l).matches()) return "opening";
        if (CLOSING_ROW.matcher(l).matches()) return "closing";
        return null;
    }

    /** The instant at which a "Reporting period" or "Previous period" column's period begins. */
    private String openingOf(String columnLabel) {
        String h = columnLabel.toLowerCase(Locale.ROOT);
        String duration = Regex.matches(h, ".*\\b(previous|prior|last|preceding) (period|year)\\b.*") ? periods.priorDuration
                : Regex.matches(h, ".*\\b(current|this|reporting) (period|year)\\b.*") ? periods.currentDuration : null;
        return duration == null || !duration.contains("/") ? null : Periods.startOf(duration).toString();
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
        String scope = scopeOf(region);
        String statement = kind == null ? "note" : kind.code();
        String id = tableId(kind, scope, region);
        long scale = Units.scaleOf(region.unitText());
        if (scale == 1) {
            // "RMB'000" set in the column headers rather than on a line of its own
            for (String c : t.columnLabels()) if (Units.scaleOf(c) > 1) scale = Units.scaleOf(c);
        }
        SourceRef tableRef = SourceRef.ofLines(path, t.page(), t.firstLine(), t.lastLine());
        List<ExtractionIssue> problems = new ArrayList<>(rt.problems());
        int modeDecimals = documentDecimals;
        if (t.columns() == 0 || t.rows().isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(new ExtractionIssue(path, id, "table not read: no figure columns found",
                        region.title() == null ? "(untitled)" : region.title(), tableRef));
            }
            reportProblems(id, problems);
            ex.tables().add(new TableInfo(id, path, statement, scope, region.title(), List.of(), 0, 0, tableRef));
            return;
        }
        String dictStatement = kind == null ? null : (kind == StatementKind.COMPREHENSIVE_INCOME ? "income" : kind.code());
        // A note's first table reconciles to its statement line: its total (or its only row, named
        // like the note) carries the note's concept. Later tables break the balance down in other
        // ways (gross, by ageing, by provision) and do not tie.
        boolean firstOfNote = kind == null && region.note() != null && notesSeen.add(region.note());
        String noteConcept = firstOfNote ? DICTIONARY.lookupNoteTitle(framework, region.note()) : null;
        // A sub-table with a heading of its own ("(2) Dividend payable") reconciles to that line.
        if (kind == null && region.title() != null && !region.title().equals(region.note())) {
            String sub = DICTIONARY.lookupNoteTitle(framework, Regex.replaceAll(region.title(), "^\\s*\\(\\d{1,2}\\)\\s*", ""));
            if (sub != null) noteConcept = sub;
        }
        String equityPeriod = rt.wide() && kind == StatementKind.EQUITY ? blockPeriod(region) : null;
        boolean instant = kind == StatementKind.BALANCE_SHEET || kind == null && !DICTIONARY.isFlow(noteConcept);
        // A "Notes" column holds references to the notes (5, 6(a)), not amounts.
        List<Boolean> noteColumn = new ArrayList<>();
        for (int c = 0; c < t.columnLabels().size(); c++) {
            noteColumn.add(Regex.matches(t.columnLabels().get(c), "(?i).*\\bnotes?\\b.*") && onlyNoteNumbers(t, c));
        }
        List<Boolean> perUnit = new ArrayList<>();
        for (String c : t.columnLabels()) {
            String lc = c.toLowerCase(Locale.ROOT);
            boolean named = (lc.contains("per ") || lc.contains("weighted") || lc.contains("price") || lc.contains("rate") || lc.contains("ratio")
                    || lc.contains("yield") || lc.contains("year")) // the words the pattern needs
                    && Regex.matches(lc, ".*\\b(per (share|unit|rsu|option)|weighted[- ]average|price|rate|ratio|yield|years?\\))\\b.*");
            perUnit.add(named
                    || io.tickmark.extract.table.NonAdditive.measureColumn(c));
        }
        List<Boolean> changeColumn = new ArrayList<>();
        for (String c : t.columnLabels()) changeColumn.add(io.tickmark.extract.table.NonAdditive.changeColumn(c));
        List<String> colPeriods = new ArrayList<>();
        for (String c : siblingDates(t.columnLabels())) colPeriods.add(Periods.resolve(c, instant, periods));
        Set<Integer> skipTotals = new HashSet<>();
        Map<Integer, String> conceptOfRow = new HashMap<>();
        int rowsRead = 0;
        int figureRows = 0;
        Map<Integer, LayoutLine> linesByNo = new HashMap<>();
        for (LayoutLine l : region.lines()) linesByNo.put(l.lineNo(), l);
        Set<Integer> problemLines = new HashSet<>();
        for (ExtractionIssue p : rt.problems()) problemLines.add(p.getSource().getLine());
        Set<Integer> measureRows = io.tickmark.extract.table.NonAdditive.measureRows(t);
        for (int r = 0; r < t.rows().size(); r++) {
            Row row = t.rows().get(r);
            if (!row.hasFigures()) continue;
            figureRows++;
            String label = row.label();
            if (label.isEmpty()) {
                problems.add(new ExtractionIssue(path, id, "figures without a label: " + describeCells(row), describeCells(row),
                        SourceRef.ofLines(path, row.page(), row.firstLine(), row.lastLine())));
                continue;
            }
            String concept = null;
            if (dictStatement != null) concept = DICTIONARY.lookup(dictStatement, framework, label);
            else if (noteConcept != null && (Labels.isPlainTotal(label) || t.rowsWithFigures() == 1)) {
                concept = noteConcept;
            } else if (noteConcept != null) {
                String rowConcept = DICTIONARY.lookupNoteRow(label);
                if (rowConcept != null && !rowConcept.equals(noteConcept)) concept = rowConcept;
            }
            // A roll-forward note of one balance ("Retained earnings" with "Reporting period" and
            // "Previous period" columns) states that balance at the start and end of each period:
            // those rows are the note's concept, dated per column (see balanceRow).
            String balanceAt = noteConcept != null && instant && concept == null && "cas".equals(framework) ? balanceRow(label) : null;
            if (balanceAt != null) concept = noteConcept;
            if (concept != null && linkbaseTotals.contains(concept)) skipTotals.add(r);
            if (concept != null && dictStatement != null) conceptOfRow.put(r, concept);
            boolean rowProblem = row.isBroken();
            for (int line = row.firstLine(); line <= row.lastLine(); line++) if (problemLines.contains(line)) rowProblem = true;
            if (!rowProblem) rowsRead++;
            for (int c = 0; c < row.cells().length; c++) {
                Row.Cell cell = row.cells()[c];
                if (cell == null || noteColumn.get(c)) continue;
                if (modeDecimals == 2 && cell.decimals() == 1 && !cell.percent()) {
                    // The table shows cents; a figure with one decimal lost its last digit to a wrap.
                    problems.add(new ExtractionIssue(path, id, "figure cut off", label + ": " + cell.value().toPlainString(),
                            SourceRef.ofLines(path, row.page(), cell.line(), cell.line())));
                    rowsRead -= rowProblem ? 0 : 1;
                    rowProblem = true;
                    continue;
                }
                String period = colPeriods.get(c);
                if ("opening".equals(balanceAt)) period = openingOf(t.columnLabels().get(c));
                boolean measure = measureRows.contains(r);
                // A change between two periods is not the fact its row names.
                String figConcept = period == null || cell.percent() || measure || changeColumn.get(c) ? null : concept;
                if (equityPeriod != null) {
                    String[] cp = EquityMatrix.cell(label, t.columnLabels().get(c), equityPeriod);
                    figConcept = cp[0];
                    period = cp[1];
                }
                SourceRef src = new SourceRef(path, row.page(), row.firstLine(), row.lastLine(), cell.column(), cell.columnEnd(),
                        boxOf(linesByNo, cell));
                ex.figures().add(new Figure(Figure.idFor(id, r, c), path, id, statement, scope, r, c, label,
                        figConcept, t.columnLabels().get(c), period, cell.value(), cell.decimals(),
                        cell.percent() || measure ? 1 : scale, cell.percent() ? "%" : perUnit.get(c) || measure ? "per-unit" : ex.document().getCurrency(), src));
            }
        }
        // Rows seen, not only rows kept: a line of figures inside the table that no row took.
        int lost = lostFigureLines(region, t, problems, id);
        figureRows += lost;
        reportProblems(id, problems);
        boolean running = kind == StatementKind.INCOME || kind == StatementKind.COMPREHENSIVE_INCOME;
        List<StructureInference.Inferred> inferred = requireUnread(t, StructureInference.infer(t, skipTotals, kind != null, running));
        List<Relation> linked = kind == null ? List.of()
                : LinkbaseScope.applicable(path, id, t.rows(), conceptOfRow, LINKBASE.forFramework(framework), inferred);
        // A total left to the linkbase that none of its relations covers here ("Total assets" in a
        // balance sheet with no line for non-current assets) would go unchecked: its section is read
        // from the layout instead, and the linkbase's relations are placed again over those readings
        // (a liabilities-and-equity total is contiguous once the equity lines have their total).
        Set<Integer> unlinked = unlinkedTotals(skipTotals, conceptOfRow, linked);
        if (kind != null && !unlinked.isEmpty()) {
            inferred = requireUnread(t, StructureInference.infer(t, skipTotals, unlinked, true, running));
            linked = LinkbaseScope.applicable(path, id, t.rows(), conceptOfRow, LINKBASE.forFramework(framework), inferred);
            // A linkbase sum that applies only now, over a total the layout has just read, would check
            // that total twice; the layout's reading is kept (it sees lines, such as a non-controlling
            // interest, that the dictionary may not name).
            Set<String> readByLayout = new HashSet<>();
            for (StructureInference.Inferred i : inferred) {
                if (i.kind().equals("rows") && unlinked.contains(i.total())) readByLayout.add(conceptOfRow.get(i.total()));
            }
            linked = linked.stream().filter(r -> r.getParts().size() <= 1 || !readByLayout.contains(r.getTotal())).toList();
        }
        Map<String, Integer> readings = new HashMap<>();
        for (StructureInference.Inferred inf : inferred) {
            if (inf.group() != null) readings.merge(inf.kind() + ":" + inf.total() + ":" + inf.group(), 1, Integer::sum);
        }
        Map<String, Integer> nth = new HashMap<>();
        for (StructureInference.Inferred inf : inferred) {
            String base = id + ":" + inf.kind() + ":" + inf.total();
            if (inf.group() == null) {
                ex.relations().add(new Relation(base, inf.kind(), path, id, Integer.toString(inf.total()), inf.parts(), "layout", inf.description()));
                continue;
            }
            String g = inf.kind() + ":" + inf.total() + ":" + inf.group();
            int n = nth.merge(g, 1, Integer::sum);
            ex.relations().add(new Relation(base + ":" + inf.group() + "." + n, inf.kind(), path, id, Integer.toString(inf.total()),
                    inf.parts(), "layout", inf.description(), base + ":" + inf.group(), readings.get(g)));
        }
        ex.relations().addAll(linked);
        ex.tables().add(new TableInfo(id, path, statement, scope, region.title(), t.columnLabels(), figureRows, rowsRead, tableRef));
    }

    /**
     * The rows of {@code skipTotals} whose concept no {@code linked} relation sums. An equation of two
     * totals ("total assets = total liabilities and equity") ties them; it does not foot either.
     */
    private static Set<Integer> unlinkedTotals(Set<Integer> skipTotals, Map<Integer, String> conceptOfRow, List<Relation> linked) {
        Set<String> covered = new HashSet<>();
        for (Relation r : linked) if (r.getParts().size() > 1) covered.add(r.getTotal());
        Set<Integer> out = new HashSet<>();
        for (int row : skipTotals) if (!covered.contains(conceptOfRow.get(row))) out.add(row);
        return out;
    }

    /**
     * A part whose figure the row shows but that was not read (left in the label, or "n/m") is
     * required: where it is missing the relation is incomplete, not verified, instead of summing
     * without it. For a column relation, a part column in which some row has such a cell.
     */
    static List<StructureInference.Inferred> requireUnread(io.tickmark.extract.table.Table t, List<StructureInference.Inferred> in) {
        List<Row> rows = t.rows();
        java.util.BitSet unreadColumns = new java.util.BitSet();
        for (Row r : rows) {
            unreadColumns.or(r.notShownColumns());
        }
        List<StructureInference.Inferred> out = new ArrayList<>();
        for (StructureInference.Inferred i : in) {
            boolean byRow = i.kind().equals("rows");
            if (!byRow && !i.kind().equals("columns")) {
                out.add(i);
                continue;
            }
            List<Operand> parts = new ArrayList<>();
            for (Operand o : i.parts()) {
                int k = Integer.parseInt(o.getKey());
                boolean unread = byRow ? rows.get(k).hasUnreadCells() : unreadColumns.get(k);
                parts.add(unread && !o.isRequired() ? new Operand(o.getKey(), o.getWeight(), true) : o);
            }
            out.add(new StructureInference.Inferred(i.kind(), i.total(), parts, i.description(), i.group()));
        }
        return out;
    }

    /**
     * Entity scope: the parent company's separate statements, the group's consolidated ones, or,
     * in a filing by several registrants, the statements of the others by name.
     */
    private String scopeOf(TableRegion region) {
        if (region.parentScope()) return "parent";
        if (region.statement() == null || region.entity() == null) return "consolidated";
        String name = Spaces.collapse(region.entity()).trim();
        // A guarantee or obligor group's statements are never the group's own.
        if (io.tickmark.extract.table.TableLocator.isSubgroup(name)) return "registrant:" + name;
        if (primaryEntity == null) primaryEntity = name;
        return name.equalsIgnoreCase(primaryEntity) ? "consolidated" : "registrant:" + name;
    }

    /**
     * Column headers share one form: where a header lost its month and day to the layout ("2022"
     * beside "Three Months Ended April 30, 2023"), it takes its neighbour's with its own year.
     */
    private static List<String> siblingDates(List<String> labels) {
        java.util.regex.Pattern yearPattern = java.util.regex.Pattern.compile("\\b(19|20)\\d\\d\\b");
        List<Boolean> dated = new ArrayList<>();
        for (String l : labels) dated.add(Periods.dateIn(Spaces.collapse(l.toLowerCase(Locale.ROOT).replace(',', ' '))) != null);
        if (!dated.contains(true)) return labels;
        List<String> out = new ArrayList<>();
        for (int c = 0; c < labels.size(); c++) {
            String l = labels.get(c);
            java.util.regex.Matcher y = yearPattern.matcher(l);
            if (dated.get(c) || !y.find()) {
                out.add(l);
                continue;
            }
            // the nearest dated header to the left ("Six months ended June 30, 2023" for "2022"
            // beside it), else the first one
            String full = null;
            for (int k = c - 1; k >= 0 && full == null; k--) if (dated.get(k)) full = labels.get(k);
            if (full == null) full = labels.get(dated.indexOf(true));
            java.util.regex.Matcher fy = yearPattern.matcher(full);
            out.add(fy.find() ? full.replace(fy.group(), y.group()) : l);
        }
        return out;
    }

    /** A column of small whole numbers: references to notes, not amounts. */
    private static boolean onlyNoteNumbers(Table t, int c) {
        boolean any = false;
        for (Row r : t.rows()) {
            Row.Cell cell = r.cells()[c];
            if (cell == null) continue;
            any = true;
            if (cell.decimals() > 0 || cell.value().signum() < 0 || cell.value().compareTo(java.math.BigDecimal.valueOf(200)) > 0) return false;
        }
        return any;
    }

    /**
     * Lines with figures between the table's first and last row that no row holds: each is
     * reported, and counted among the rows seen so that the coverage shows it as not read.
     */
    private int lostFigureLines(TableRegion region, Table t, List<ExtractionIssue> problems, String id) {
        if (t.rows().isEmpty()) return 0;
        int first = Integer.MAX_VALUE;
        int last = 0;
        Set<Integer> held = new HashSet<>();
        for (Row r : t.rows()) {
            if (r.firstLine() <= 0) continue;
            first = Math.min(first, r.firstLine());
            last = Math.max(last, r.lastLine());
            for (int line = r.firstLine(); line <= r.lastLine(); line++) held.add(line);
            for (Row.Cell c : r.cells()) if (c != null) held.add(c.line());
        }
        Set<Integer> reported = new HashSet<>();
        for (ExtractionIssue p : problems) if (p.getSource() != null) reported.add(p.getSource().getLine());
        int lost = 0;
        for (LayoutLine l : region.lines()) {
            if (l.lineNo() <= first || l.lineNo() >= last || held.contains(l.lineNo()) || reported.contains(l.lineNo())) continue;
            if (!io.tickmark.extract.table.TableReader.isFigureLine(l)) continue;
            if (l.trailingFigures().stream().allMatch(f -> f.isYear() || f.type() == io.tickmark.extract.layout.TokenType.NIL)) continue;
            lost++;
            problems.add(new ExtractionIssue(path, id, "line of figures not read into any row", l.text().trim(),
                    SourceRef.ofLines(path, l.page(), l.lineNo(), l.lineNo())));
        }
        return lost;
    }

    /** Most frequent number of decimals among a table's amounts. */
    private static int modeDecimals(Table t) {
        int[] n = new int[8];
        for (Row r : t.rows()) for (Row.Cell c : r.cells()) if (c != null && !c.percent()) n[Math.min(7, c.decimals())]++;
        int best = 0;
        for (int i = 1; i < n.length; i++) if (n[i] > n[best]) best = i;
        return best;
    }

    /**
     * One extraction issue per table, naming what was not read and where: the reader's individual
     * complaints are collapsed so that a report lists tables, not fragments.
     */
    private void reportProblems(String table, List<ExtractionIssue> problems) {
        if (problems.isEmpty()) return;
        int first = Integer.MAX_VALUE;
        int last = 0;
        int page = 0;
        java.util.LinkedHashSet<String> kinds = new java.util.LinkedHashSet<>();
        List<String> details = new ArrayList<>();
        for (ExtractionIssue p : problems) {
            SourceRef s = p.getSource();
            if (s.getLine() < first) {
                first = s.getLine();
                page = s.getPage();
            }
            last = Math.max(last, s.getLineEnd());
            String what = p.getWhat();
            int cut = what.length();
            for (String sep : new String[]{": ", " (", " '"}) {
                int k = what.indexOf(sep);
                if (k > 0) cut = Math.min(cut, k);
            }
            kinds.add(what.substring(0, cut));
            String detail = cut < what.length() ? Regex.replaceFirst(what.substring(cut), "^: ", "").trim() : p.getText();
            if (details.size() < 3) details.add(Regex.replaceAll(detail, "\\s{2,}", " ").trim() + " (" + s.describe() + ")");
        }
        String what = String.join("; ", kinds) + " in " + table;
        String text = problems.size() + " item(s): " + String.join(" | ", details) + (problems.size() > 3 ? " | …" : "");
        ex.issues().add(new ExtractionIssue(path, table, what, text, SourceRef.ofLines(path, page, first, last)));
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
        String t = Spaces.collapse(s.trim());
        t = Regex.replaceAll(t, "^\\(?(\\d{1,3}|[a-z])[.)]\\s*", "$1 ");
        if (t.length() > 48) t = t.substring(0, 48);
        return t.toLowerCase(Locale.ROOT);
    }
}
