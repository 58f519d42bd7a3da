package io.tickmark.extract.disclosure;

import io.tickmark.util.Regex;
import io.tickmark.util.Spaces;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The header of a tab-delimited table: its caption lines, their text, the captions per cell and the years. */
final class TableHeader {
    final List<TabLine> lines;
    final String text;

    TableHeader(List<TabLine> lines) {
        this.lines = lines;
        StringBuilder s = new StringBuilder();
        for (TabLine t : lines) s.append(t.joined()).append(' ');
        this.text = Spaces.collapse(s.toString()).trim();
    }

    /** Captions per cell index, header lines joined. */
    Map<Integer, String> captions() {
        Map<Integer, String> m = new HashMap<>();
        for (TabLine t : lines) {
            for (int i = 0; i < t.cells().size(); i++) {
                if (t.cell(i).isEmpty()) continue;
                m.merge(i, t.cell(i), (a, b) -> a + " " + b);
            }
        }
        return m;
    }

    /**
     * Years in the header in order, rejoining years that OCR split ("201 9" → 2019). Stray
     * pieces are ignored; years must increase.
     */
    List<Integer> years() {
        List<String> p = Atoms.pieces(Regex.replaceAll(text, "[^0-9 ]", " "));
        List<Integer> ys = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            String a = p.get(i);
            String y = null;
            if (Atoms.isYear(a)) y = a;
            else if (i + 1 < p.size() && a.length() + p.get(i + 1).length() == 4 && Atoms.isYear(a + p.get(i + 1))) {
                y = a + p.get(i + 1);
                i++;
            }
            if (y == null) continue;
            int v = Integer.parseInt(y);
            if (ys.isEmpty() || v > ys.get(ys.size() - 1)) ys.add(v);
        }
        return ys;
    }

    static int headerLines(List<TabLine> lines) {
        int h = 0;
        while (h < lines.size() && isHeaderLine(lines.get(h))) h++;
        return h;
    }

    /**
     * A caption line: years, units, "For the year ended 31 December", column names. Small numbers
     * (days of a date, OCR fragments of a year) do not make a line of figures; amounts, decimals and
     * percentages do.
     */
    static boolean isHeaderLine(TabLine t) {
        if (t.nonEmpty() == 0) return true;
        boolean year = false;
        boolean small = true;
        boolean any = false;
        boolean dataLike = false;
        for (String c : t.cells()) {
            for (String p : Atoms.pieces(c)) {
                Atoms.Atom a = Atoms.parse(p);
                if (a == null || a.nil()) continue;
                if (Atoms.isYear(p)) {
                    year = true;
                    continue;
                }
                any = true;
                boolean plain = !a.grouped() && a.decimals() == 0 && !a.percent() && !a.currency() && !p.startsWith("(");
                if (!plain || p.length() > 2) small = false;
                if (!plain || p.length() > 3) dataLike = true;
            }
        }
        String j = t.joined();
        boolean cue = Regex.matches(j, "(?i).*\\b(years? ended|as at)\\b.*");
        boolean firstEmpty = t.cell(0).isEmpty();
        if (year) return !dataLike && (firstEmpty || Atoms.isYear(t.cell(0).trim()) || cue || j.contains("RMB") || j.contains("%"));
        if (firstEmpty) return !dataLike && !(any && !small && !cue);
        if (!any) return t.nonEmpty() >= 2 || cue;
        return cue && small;
    }
}
