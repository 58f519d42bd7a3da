package io.tickmark.extract.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of figures read from tab-delimited lines: value columns (period, amount or percentage),
 * rows (label, role, cells) and what could not be read. Cells that the table's arithmetic did not
 * confirm in a damaged row have already been removed; their rows carry a problem instead.
 */
final class FigureTable {
    /** A value column: its caption, period (e.g. 2021-01-01/2021-12-31, or null), and whether it holds percentages. */
    record Column(String caption, String period, int year, boolean percent) {}

    /** One cell: the atom read, how it was read. */
    static final class Cell {
        final Atoms.Atom atom;
        final String raw;
        final boolean suspect;
        boolean confirmed;
        /** Why a suspect cell was not confirmed, when the arithmetic says more than "no identity". */
        String note;

        Cell(Atoms.Atom atom, String raw, boolean suspect) {
            this.atom = atom;
            this.raw = raw;
            this.suspect = suspect;
        }

        boolean hasValue() { return atom != null && !atom.nil(); }
    }

    /** One row. {@code group} is the section label above it ("Sales to the overlapping client-supplier D"). */
    static final class Row {
        String label;
        String group;
        String party;
        int line;
        int lineEnd;
        boolean total;
        boolean shareRow;
        int rank;
        Cell[] cells;
        /** For a damaged row: every equally good reading, with what each loses; the arithmetic picks one. */
        final List<Reading> readings = new ArrayList<>();
        int chosen;
        final List<String> problems = new ArrayList<>();

        boolean hasFigures() {
            for (Cell c : cells) if (c != null && c.hasValue()) return true;
            return false;
        }

        String fullLabel() { return group == null ? label : group + ": " + label; }
    }

    /** One reading of a damaged row: its cells, and the columns it leaves lost and the pieces it leaves over. */
    record Reading(Cell[] cells, List<String> lost, List<String> debris) {
        Cell[] fresh() {
            Cell[] c = new Cell[cells.length];
            for (int i = 0; i < cells.length; i++) if (cells[i] != null) c[i] = new Cell(cells[i].atom, cells[i].raw, cells[i].suspect);
            return c;
        }
    }

    final String caption;
    final String title;
    final String section;
    final int firstLine;
    int lastLine;
    final List<Column> columns = new ArrayList<>();
    final List<Row> rows = new ArrayList<>();
    /** Table-level problems (scrambled rows, lines of debris), each with its line. */
    final List<String[]> problems = new ArrayList<>();
    String measure;
    boolean ranked;
    String role;
    String flow;
    String shareBase;
    long scale = 1;
    boolean currency;
    boolean damaged;
    String id;

    FigureTable(String caption, String title, String section, int firstLine, int lastLine) {
        this.caption = caption;
        this.title = title;
        this.section = section;
        this.firstLine = firstLine;
        this.lastLine = lastLine;
    }

    void problem(int line, String text) { problems.add(new String[]{Integer.toString(line), text}); }

    int totalRow(int before) {
        for (int r = before - 1; r >= 0; r--) if (rows.get(r).total) return r;
        return -1;
    }
}
