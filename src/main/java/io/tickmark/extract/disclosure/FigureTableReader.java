package io.tickmark.extract.disclosure;

import io.tickmark.extract.disclosure.FigureTable.Cell;
import io.tickmark.extract.disclosure.FigureTable.Column;
import io.tickmark.extract.disclosure.FigureTable.Row;
import io.tickmark.extract.disclosure.OcrAlignment.ColumnType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads tab-delimited tables of figures: tables by period ("For the year ended 31 December" with a
 * column per year, or an amount and a "% of total" per year), ranked tables of top customers or
 * suppliers, and simple tables with captioned columns (employees by function). Clean rows are read
 * cell by cell; a row whose pieces do not fit the columns (OCR damage: digits split, cells lost,
 * debris) is fitted by {@link OcrAlignment} and kept only where {@link ArithmeticConfirmation} confirms it.
 */
final class FigureTableReader {
    private static final Pattern YEAR_ENDED = Pattern.compile("(?i)\\b(?:year|years)\\s+ended\\s+(\\d{1,2}\\s+[a-z]{3,9}|[a-z]{3,9}\\s+\\d{1,2})\\b");
    private static final Pattern TOTAL = Pattern.compile("(?i)^(sub-?)?total\\b.*");
    private static final Pattern RANK = Pattern.compile("^\\d{1,2}$");

    private FigureTableReader() {}

    static List<FigureTable> read(DocumentText doc, List<TabBlocks.Block> blocks) {
        List<FigureTable> out = new ArrayList<>();
        FigureTable prev = null;
        Header prevHeader = null;
        java.util.Set<TabBlocks.Block> licences = new java.util.HashSet<>();
        for (List<TabBlocks.Block> t : LicenceReader.tables(blocks)) licences.addAll(t);
        for (TabBlocks.Block b : blocks) {
            if (licences.contains(b)) continue;
            int h = headerLines(b.lines());
            Header header = new Header(b.lines().subList(0, h));
            List<TabLine> data = b.lines().subList(h, b.lines().size());
            if (prev != null && continues(doc, prev, prevHeader, b, header)) {
                if (prev.ranked) readRanked(prev, header, data);
                else if (!prev.columns.isEmpty()) readByPeriod(prev, data, null);
                prev.lastLine = b.last();
                continue;
            }
            FigureTable t = new FigureTable(b.caption(), b.title(), doc.sections().sectionTitle(b.first()), b.first(), b.last());
            String context = (b.title() == null ? "" : b.title() + " ") + (b.caption() == null ? "" : b.caption()) + " " + header.text;
            t.measure = isRanked(header, data) ? null : measure(header.text, b.caption());
            if (t.measure == null && !t.ranked && b.caption() != null && b.caption().length() <= 40) t.measure = measure(b.caption(), null);
            t.scale = scale(header.text);
            t.currency = header.text.contains("RMB") || header.text.contains("HK$") || header.text.contains("US$");
            if (isRanked(header, data)) {
                t.ranked = true;
                readRankedSetup(t, header, b.title());
                readRanked(t, header, data);
            } else {
                List<Integer> years = header.years();
                if (!years.isEmpty()) {
                    if (!setUpPeriods(t, years, header, data, context)) {
                        t.problem(b.first(), "the periods of its columns could not be read from the header: " + cut(header.text));
                    } else {
                        readByPeriod(t, data, null);
                    }
                } else {
                    readSimple(t, header, data);
                }
            }
            boolean figures = !t.columns.isEmpty() && t.rows.stream().anyMatch(Row::hasFigures);
            if (!figures && (t.problems.isEmpty() || !hasNumbers(data))) continue; // a table of words: awards, key terms
            out.add(t);
            prev = t;
            prevHeader = header;
        }
        // After continuations are joined: a total on the next page confirms the rows above it.
        for (FigureTable t : out) ArithmeticConfirmation.confirm(t);
        return out;
    }

    /** The header: leading lines of captions, years, units. */
    static final class Header {
        final List<TabLine> lines;
        final String text;

        Header(List<TabLine> lines) {
            this.lines = lines;
            StringBuilder s = new StringBuilder();
            for (TabLine t : lines) s.append(t.joined()).append(' ');
            this.text = s.toString().replaceAll("\\s+", " ").trim();
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
            List<String> p = Atoms.pieces(text.replaceAll("[^0-9 ]", " "));
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
    }

    private static int headerLines(List<TabLine> lines) {
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
        boolean cue = j.matches("(?i).*\\b(years? ended|as at)\\b.*");
        boolean firstEmpty = t.cell(0).isEmpty();
        if (year) return !dataLike && (firstEmpty || Atoms.isYear(t.cell(0).trim()) || cue || j.contains("RMB") || j.contains("%"));
        if (firstEmpty) return !dataLike && !(any && !small && !cue);
        if (!any) return t.nonEmpty() >= 2 || cue;
        return cue && small;
    }

    /** A block continues the previous table when only a page break lies between and its header repeats the previous one's. */
    private static boolean continues(DocumentText doc, FigureTable prev, Header prevHeader, TabBlocks.Block b, Header header) {
        if (b.title() != null && prev.title != null && !b.title().equals(prev.title)) return false;
        if (b.title() != null && prev.title == null) return false;
        for (int n = prev.lastLine + 1; n < b.first(); n++) if (!doc.line(n).isBlank()) return false;
        if (header.lines.isEmpty() || prevHeader == null) return false;
        List<String> a = words(prevHeader.text);
        List<String> c = words(header.text);
        if (c.isEmpty()) return false;
        int common = 0;
        for (String w : c) if (a.contains(w)) common++;
        return common >= 0.8 * c.size();
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^a-z0-9%']+")) if (w.length() > 1) out.add(w);
        return out;
    }

    private static boolean hasNumbers(List<TabLine> data) {
        for (TabLine t : data) if (TabBlocks.numbers(t) > 0) return true;
        return false;
    }

    /** What the table's figures measure, from its header and caption, when it says. */
    static String measure(String header, String caption) {
        String h = header.toLowerCase(Locale.ROOT);
        if (h.contains("gross profit")) return "GrossProfit";
        if (h.contains("cost of") && h.contains("sales") && !h.contains("percentage of cost")) return "CostOfRevenue";
        if (h.contains("revenue") && !h.contains("percentage of revenue") && !h.contains("as a percentage")) return "Revenue";
        return null;
    }

    static long scale(String header) {
        String h = header.toLowerCase(Locale.ROOT);
        if (h.matches(".*(rmb|hk\\$|us\\$)\\s?(million|'m\\b|m\\b).*")) return 1_000_000L;
        if (h.contains("'000") || h.contains("’000")) return 1000L;
        return 1L;
    }

    // ----- tables by period -------------------------------------------------------------------

    private static boolean setUpPeriods(FigureTable t, List<Integer> years, Header header, List<TabLine> data, String context) {
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
            String period = y + "-" + dayMonth + "/12M";
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

    private static void readByPeriod(FigureTable t, List<TabLine> data, String unused) {
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
            if (isHeaderLine(l) && (label.isEmpty() || Atoms.isYear(label))) continue; // a header repeated after a page break
            if (!label.isEmpty() && Atoms.parse(label) != null && !pieces.isEmpty()) {
                t.problem(l.line(), "figures without a label: " + cut(l.joined()));
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
                t.problem(l.line(), "a line of figures without a label (extraction debris?): " + cut(l.joined()));
                continue;
            }
            lastWasGroup = false;
            Row r = new Row();
            r.label = label;
            r.group = group;
            r.line = l.line();
            r.lineEnd = l.line();
            r.total = TOTAL.matcher(label).matches();
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

    // ----- ranked tables (top five customers / suppliers) ------------------------------------

    private static boolean isRanked(Header header, List<TabLine> data) {
        for (String c : header.captions().values()) if (c.matches("(?i).*\\brank\\b.*")) return true;
        int ranks = 0;
        for (TabLine l : data) if (RANK.matcher(l.cell(0)).matches() && !l.cell(1).isEmpty() && Atoms.parse(l.cell(1)) == null) ranks++;
        return ranks >= 2;
    }

    private static void readRankedSetup(FigureTable t, Header header, String title) {
        String h = header.text.toLowerCase(Locale.ROOT);
        t.role = h.matches(".*\\bsuppliers?\\b.*") && !h.matches(".*\\b(client|customer)s?\\b(?!-).*") ? "supplier"
                : h.contains("supplier") && h.contains("purchase") ? "supplier" : "customer";
        t.flow = "supplier".equals(t.role) ? "Purchases" : "Revenue";
        if (h.contains("cost of sales") || h.contains("cost of revenue")) t.shareBase = "CostOfRevenue";
        else if (h.contains("percentage of revenue") || h.contains("of total revenue") || h.contains("of our revenue")) t.shareBase = "Revenue";
        else if (h.contains("purchases")) t.shareBase = "Purchases";
        LocalDate end = title == null ? null : Dates.parse(title.replaceAll("(?i)^.*ended\\s+", ""));
        String period = end == null ? null : end + "/12M";
        t.columns.add(new Column("amount", period, end == null ? 0 : end.getYear(), false));
        t.columns.add(new Column("%", period, end == null ? 0 : end.getYear(), true));
    }

    /** Reads ranked rows; the columns are found by the header's captions, which may differ between pages. */
    private static void readRanked(FigureTable t, Header header, List<TabLine> data) {
        Map<Integer, String> caps = header.captions();
        int party = -1, amount = -1, share = -1, rank = -1;
        for (Map.Entry<Integer, String> e : caps.entrySet()) {
            String c = e.getValue().toLowerCase(Locale.ROOT);
            if (rank < 0 && c.matches(".*\\brank\\b.*") && !c.matches(".*\\b(client|customer|supplier)s?\\b.*")) rank = e.getKey();
            if (party < 0 && c.matches(".*\\b(client|customer|supplier)s?\\b.*") && !c.contains("amount") && !c.contains("percentage")) party = e.getKey();
            if (amount < 0 && (c.contains("amount") || c.contains("rmb"))) amount = e.getKey();
            if (share < 0 && (c.contains("percentage") || c.contains("%"))) share = e.getKey();
        }
        if (share >= 0 && t.shareBase == null) {
            String c = caps.get(share).toLowerCase(Locale.ROOT);
            if (c.contains("cost of sales") || c.contains("cost of revenue")) t.shareBase = "CostOfRevenue";
            else if (c.contains("revenue")) t.shareBase = "Revenue";
            else if (c.contains("purchases")) t.shareBase = "Purchases";
        }
        if (party < 0 || amount < 0) {
            for (TabLine l : data) t.problem(l.line(), "a row of a ranked table whose columns could not be read: " + cut(l.joined()));
            return;
        }
        for (TabLine l : data) {
            if (TabBlocks.numbers(l) == 0 && l.joined().length() < 4) continue;
            int totalAt = -1;
            for (int i = 0; i < l.cells().size(); i++) if (l.cell(i).matches("(?i)total")) totalAt = i;
            boolean rankRow = rank >= 0 ? RANK.matcher(l.cell(rank)).matches() : l.firstFilled() == party;
            String partyCell = l.cell(party);
            String name = PartyNames.normalise(partyCell);
            if (name == null && !partyCell.isEmpty()) name = partyCell.replaceAll("\\s*\\((?i:notes?)[^)]*\\)", "").trim();
            // Interleaved columns put several parties, or words, where one name or one figure belongs.
            boolean scrambled = partyCell.length() > 80 || PartyNames.count(partyCell) > 1 || totalAt < 0 && partyCell.isEmpty()
                    || Atoms.isWords(l.cell(amount)) || share >= 0 && Atoms.isWords(l.cell(share));
            if (totalAt < 0 && (!rankRow && rank >= 0 || scrambled)) {
                t.problem(l.line(), "a row whose columns are interleaved could not be read: " + cut(l.joined()));
                t.damaged = true;
                continue;
            }
            Row r = new Row();
            r.line = l.line();
            r.lineEnd = l.line();
            r.total = totalAt >= 0;
            r.label = r.total ? "Total" : partyCell;
            r.party = r.total ? null : name;
            r.rank = rankRow && rank >= 0 ? Integer.parseInt(l.cell(rank)) : 0;
            r.cells = new Cell[2];
            r.cells[0] = cell(t, r, l.cell(amount), new ColumnType(false, 0));
            if (share >= 0) r.cells[1] = cell(t, r, l.cell(share), new ColumnType(true, 1));
            t.rows.add(r);
        }
    }

    private static Cell cell(FigureTable t, Row r, String text, ColumnType type) {
        List<String> p = Atoms.pieces(text);
        if (p.isEmpty()) return null;
        if (p.size() == 1) {
            Atoms.Atom a = Atoms.parse(p.get(0));
            if (a != null) return new Cell(a, text, false);
        }
        Atoms.Atom joined = OcrAlignment.rejoin(p, new ColumnType(type.percent(), decimalsOf(p)));
        t.damaged = true;
        if (joined == null) {
            r.problems.add("unreadable: '" + text + "'");
            return null;
        }
        return new Cell(joined, text, true);
    }

    private static int decimalsOf(List<String> pieces) {
        String last = pieces.get(pieces.size() - 1);
        int dot = last.indexOf('.');
        return dot < 0 ? 0 : last.replace("%", "").length() - dot - 1;
    }

    // ----- simple tables (captioned columns) -------------------------------------------------

    private static void readSimple(FigureTable t, Header header, List<TabLine> data) {
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
            if (numeric > 0 && numeric >= words && !cap.matches("(?i).*\\b(year|date)\\b.*")) valueIdx.add(i);
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
                if (TabBlocks.numbers(l) > 0) t.problem(l.line(), "figures without a label: " + cut(l.joined()));
                continue;
            }
            Row r = new Row();
            r.label = label;
            r.line = l.line();
            r.lineEnd = l.line();
            r.total = TOTAL.matcher(label).matches();
            r.party = PartyNames.normalise(label);
            r.cells = new Cell[valueIdx.size()];
            for (int k = 0; k < valueIdx.size(); k++) {
                Column c = t.columns.get(k);
                r.cells[k] = cell(t, r, l.cell(valueIdx.get(k)), new ColumnType(c.percent(), 0));
                if (r.cells[k] != null && c.percent() && !r.cells[k].atom.nil() && r.cells[k].atom.percent() != c.percent()) {
                    r.cells[k] = new Cell(new Atoms.Atom(r.cells[k].atom.raw(), r.cells[k].atom.value(), r.cells[k].atom.decimals(), true,
                            false, false, false), r.cells[k].raw, r.cells[k].suspect);
                }
            }
            t.rows.add(r);
        }
    }

    static String cut(String s) {
        return s.length() <= 140 ? s : s.substring(0, 139) + "…";
    }
}
