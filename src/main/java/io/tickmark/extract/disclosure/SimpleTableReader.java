package io.tickmark.extract.disclosure;

import io.tickmark.util.Regex;
import io.tickmark.extract.disclosure.FigureTable.Cell;
import io.tickmark.extract.disclosure.FigureTable.Column;
import io.tickmark.extract.disclosure.FigureTable.Row;
import io.tickmark.extract.disclosure.OcrAlignment.ColumnType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Tables with captioned columns and no periods: employees by function ("Number of Employees", "% of Total"). */
final class SimpleTableReader {
    private SimpleTableReader() {}

    static void read(FigureTable t, TableHeader header, List<TabLine> data) {
        Map<Integer, String> caps = header.captions();
        List<Integer> valueIdx = new ArrayList<>();
        int width = 0;
        for (TabLine l : data) width = Math.max(width, l.cells().size());
        for (int i = 1; i < width; i++) {
            int numeric = 0;
            int words = 0;
            for (TabLine l : data) {
                String c = l.cell(i);
                if (c.isEmpty()) continue;
                Atoms.Atom a = Atoms.parse(c);
                if (a != null && !Atoms.isYear(c)) numeric++;
                else words++;
            }
            String cap = caps.getOrDefault(i, "");
            if (numeric > 0 && numeric >= words && !Regex.matches(cap, "(?i).*\\b(year|date)\\b.*")) valueIdx.add(i);
        }
        if (valueIdx.isEmpty()) return;
        for (int i : valueIdx) {
            String cap = caps.getOrDefault(i, "");
            boolean percent = cap.contains("%") || cap.toLowerCase(Locale.ROOT).contains("percent");
            t.columns.add(new Column(cap.isEmpty() ? "column " + i : cap, null, 0, percent));
        }
        for (TabLine l : data) {
            String label = l.cell(0);
            if (label.isEmpty()) {
                if (TabBlocks.numbers(l) > 0) t.problem(l.line(), "figures without a label: " + FigureTableReader.cut(l.joined()));
                continue;
            }
            Row r = new Row();
            r.label = label;
            r.line = l.line();
            r.lineEnd = l.line();
            r.total = FigureTableReader.isTotal(label);
            r.party = PartyNames.normalise(label);
            r.cells = new Cell[valueIdx.size()];
            for (int k = 0; k < valueIdx.size(); k++) {
                Column c = t.columns.get(k);
                r.cells[k] = RankedTableReader.cell(t, r, l.cell(valueIdx.get(k)), new ColumnType(c.percent(), 0));
                if (r.cells[k] != null && c.percent() && !r.cells[k].atom.nil() && r.cells[k].atom.percent() != c.percent()) {
                    r.cells[k] = new Cell(new Atoms.Atom(r.cells[k].atom.raw(), r.cells[k].atom.value(), r.cells[k].atom.decimals(), true,
                            false, false, false), r.cells[k].raw, r.cells[k].suspect);
                }
            }
            t.rows.add(r);
        }
    }
}
