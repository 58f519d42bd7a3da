package io.tickmark.extract.disclosure;

import io.tickmark.util.Regex;
import io.tickmark.util.Spaces;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a tab-delimited table: its cells with markup and footnote markers removed
 * ({@code <u>177,059</u>} → {@code 177,059}, {@code 2,690 ^(Note 6)} → {@code 2,690}).
 */
record TabLine(int line, List<String> cells) {

    static TabLine of(int line, String raw) {
        List<String> cells = new ArrayList<>();
        for (String c : raw.split("\t", -1)) cells.add(clean(c));
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) cells.remove(cells.size() - 1);
        return new TabLine(line, cells);
    }

    static String clean(String cell) {
        return Spaces.collapse(Regex.replaceAll(Regex.replaceAll(Regex.replaceAll(cell, "<[^>]{1,12}>", "")
                , "\\^\\([^)]{0,30}\\)", "")
                , "\\((?i:notes?)\\s[^)]{0,20}\\)", "")
                .replace('\u00a0', ' ')).trim();
    }

    String cell(int i) { return i < cells.size() ? cells.get(i) : ""; }

    String joined() { return Spaces.collapse(String.join(" ", cells)).trim(); }

    int nonEmpty() {
        int n = 0;
        for (String c : cells) if (!c.isEmpty()) n++;
        return n;
    }

    /** Index of the first non-empty cell, or -1. */
    int firstFilled() {
        for (int i = 0; i < cells.size(); i++) if (!cells.get(i).isEmpty()) return i;
        return -1;
    }
}
