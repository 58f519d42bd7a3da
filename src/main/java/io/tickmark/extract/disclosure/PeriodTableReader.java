package io.tickmark.extract.disclosure;

import io.tickmark.extract.disclosure.FigureTable.Cell;
import io.tickmark.extract.disclosure.FigureTable.Column;
import io.tickmark.extract.disclosure.FigureTable.Row;
import io.tickmark.extract.disclosure.OcrAlignment.ColumnType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tables by period: a column per year ("For the year ended 31 December" 2019 2020 2021), or an
 * amount and a "% of total" per year. Clean rows are read piece by piece; a damaged row is fitted by
 * {@link OcrAlignment} in every equally good way, for {@link ArithmeticConfirmation} to choose from.
 */
final class PeriodTableReader {
    private static final Pattern YEAR_ENDED = Pattern.compile("(?i)\\b(?:year|years)\\s+ended\\s+(\\d{1,2}\\s+[a-z]{3,9}|[a-z]{3,9}\\s+\\d{1,2})\\b");

    private PeriodTableReader() {}

    static boolean setUp(FigureTable t, List<Integer> years, TableHeader header, List<TabLine> data, String context) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (TabLine l : data) {
            List<String> p = valuePieces(l);
            if (p.isEmpty() || l.cell(0).isEmpty() || Atoms.parse(l.cell(0)) != null) continue;
            boolean clean = true;
            for (String s : p) if (Atoms.parse(s) == null) clean = false;
            if (clean) counts.merge(p.size(), 1, Integer::sum);
        }
        int k0 = counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(0);
        boolean percentHeader = header.text.contains("%");
        List<Integer> ys = new ArrayList<>(years);
        boolean consecutive = true;
        for (int i = 1; i < ys.size(); i++) if (ys.get(i) != ys.get(i - 1) + 1) consecutive = false;
        boolean pairs;
        if (k0 == 0) pairs = percentHeader;
        else if (k0 == ys.size()) pairs = false;
        else if (k0 == 2 * ys.size()) pairs = true;
        else if (consecutive && k0 == 2 * (ys.size() + 1)) {
            // One year lost to OCR in the header: the columns show one more year than it reads.
            ys.add(ys.get(ys.size() - 1) + 1);
            pairs = true;
        } else if (consecutive && k0 == ys.size() + 1) {
            ys.add(ys.get(ys.size() - 1) + 1);
            pairs = false;
        } else return false;
        String dayMonth = "12-31";
        Matcher m = YEAR_ENDED.matcher(context);
        if (m.find()) {
            LocalDate d = Dates.parse(m.group(1) + " 2000");
            if (d != null) dayMonth = String.format("%02d-%02d", d.getMonthValue(), d.getDayOfMonth());
        }
        for (int y : ys) {
            String period = io.tickmark.normalize.Periods.duration(java.time.LocalDate.parse(y + "-" + dayMonth), "12M");
            t.columns.add(new Column(Integer.toString(y), period, y, false));
            if (pairs) t.columns.add(new Column(y + " %", period, y, true));
        }
        return true;
    }

    /** The numeric pieces of a row's value cells, words (note references, reasons) left out. */
    static List<String> valuePieces(TabLine l) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i < l.cells().size(); i++) {
            String c = l.cell(i);
            if (c.isEmpty() || Atoms.isWords(c)) continue;
            out.addAll(Atoms.pieces(c));
        }
        return out;
    }

    static void read(FigureTable t, List<TabLine> data) {
        boolean pairs = t.columns.size() > 1 && t.columns.get(1).percent();
        List<ColumnType> types = new ArrayList<>();
        int amountDecimals = decimalsOf(data, false);
        int percentDecimals = decimalsOf(data, true);
        for (Column c : t.columns) types.add(new ColumnType(c.percent(), c.percent() ? percentDecimals : amountDecimals, c.percent()));
        String group = null;
        boolean lastWasGroup = false;
        for (TabLine l : data) {
            String label = l.cell(0);
            List<String> pieces = valuePieces(l);
            if (TableHeader.isHeaderLine(l) && (label.isEmpty() || Atoms.isYear(label))) continue; // a header repeated after a page break
            if (!label.isEmpty() && Atoms.parse(label) != null && !pieces.isEmpty()) {
                t.problem(l.line(), "figures without a label: " + FigureTableReader.cut(l.joined()));
                continue;
            }
            if (label.isEmpty() && pieces.isEmpty()) continue;
            boolean anyNumber = pieces.stream().anyMatch(p -> Atoms.parse(p) != null);
            if (!anyNumber) {
                if (!pieces.isEmpty()) t.problem(l.line(), "unreadable cells beside '" + label + "': " + String.join(" ", pieces));
                group = lastWasGroup && group != null ? group + " " + label : label;
                lastWasGroup = true;
                continue;
            }
            if (label.isEmpty()) {
                t.problem(l.line(), "a line of figures without a label (extraction debris?): " + FigureTableReader.cut(l.joined()));
                continue;
            }
            lastWasGroup = false;
            Row r = new Row();
            r.label = label;
            r.group = group;
            r.line = l.line();
            r.lineEnd = l.line();
            r.total = FigureTableReader.isTotal(label);
            if (r.total) group = null;
            r.party = PartyNames.normalise(group != null ? group : label);
            r.cells = new Cell[t.columns.size()];
            boolean clean = pieces.size() == t.columns.size();
            if (clean) {
                for (int i = 0; i < pieces.size(); i++) {
                    Atoms.Atom a = Atoms.parse(pieces.get(i));
                    if (pairs ? !OcrAlignment.fits(a, types.get(i)) : a == null) clean = false;
                }
            }
            if (clean) {
                for (int i = 0; i < pieces.size(); i++) r.cells[i] = new Cell(Atoms.parse(pieces.get(i)), pieces.get(i), false);
            } else {
                t.damaged = true;
                List<ColumnType> fitTypes = pairs ? types : anyTypes(pieces, t.columns.size());
                for (OcrAlignment.Fit[] fits : OcrAlignment.alignments(pieces, fitTypes, 32)) {
                    Cell[] cells = new Cell[t.columns.size()];
                    List<String> lost = new ArrayList<>();
                    for (int i = 0; i < fits.length; i++) {
                        if (fits[i].atom() == null) lost.add(t.columns.get(i).caption() + (t.columns.get(i).percent() ? "" : " amount"));
                        else cells[i] = new Cell(fits[i].atom(), fits[i].raw(), true);
                    }
                    r.readings.add(new FigureTable.Reading(cells, lost, OcrAlignment.debris(pieces, fits)));
                }
                r.cells = r.readings.get(0).fresh();
            }
            boolean allPercent = true;
            for (Cell c : r.cells) if (c != null && c.hasValue() && !c.atom.percent()) allPercent = false;
            r.shareRow = !pairs && allPercent && r.hasFigures();
            t.rows.add(r);
        }
    }

    /** For a table of one value per period, each piece may be an amount or a percentage. */
    private static List<ColumnType> anyTypes(List<String> pieces, int k) {
        List<ColumnType> out = new ArrayList<>();
        boolean percent = pieces.stream().anyMatch(p -> p.endsWith("%"));
        int decimals = 0;
        for (String p : pieces) {
            Atoms.Atom a = Atoms.parse(p);
            if (a != null && !a.nil()) decimals = Math.max(decimals, a.decimals());
        }
        for (int i = 0; i < k; i++) out.add(new ColumnType(percent, decimals));
        return out;
    }

    /** The decimals the table shows for amounts (or percentages), the most common among clean pieces. */
    private static int decimalsOf(List<TabLine> data, boolean percent) {
        Map<Integer, Integer> n = new HashMap<>();
        for (TabLine l : data) {
            for (String p : valuePieces(l)) {
                Atoms.Atom a = Atoms.parse(p);
                if (a == null || a.nil()) continue;
                boolean looksPercent = a.percent() || a.decimals() > 0 && !a.grouped() && a.value().abs().doubleValue() <= 100;
                if (looksPercent == percent) n.merge(a.decimals(), 1, Integer::sum);
            }
        }
        return n.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(percent ? 1 : 0);
    }
}
