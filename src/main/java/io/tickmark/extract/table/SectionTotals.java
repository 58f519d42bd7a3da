package io.tickmark.extract.table;

import io.tickmark.util.Regex;
import io.tickmark.extract.table.StructureInference.Inferred;
import io.tickmark.facts.Operand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "Total" rows: which rows of its section a total sums, read from section headers, captions,
 * numbering, "Including:" sub-items, indentation and "Less:" deductions, never from the figures.
 */
final class SectionTotals {
    private SectionTotals() {}

    /**
     * A "Total" row sums the rows since the last boundary: a section header ("Current assets:") or
     * the previous total. In notes, a total with nothing but totals above it sums those totals
     * (subtotals collapsed into a grand total). In primary statements a total must open with its
     * own section header; the linkbase covers the rest.
     */
    /**
     * @param running in a profit statement a ruled subtotal that is not a "Total" ("Gross profit",
     *                "Loss before tax") is the previous subtotal plus the lines since it
     */
    static void sectionTotals(Table t, Set<Integer> skip, Set<Integer> unlinked, boolean statement, boolean running, List<Inferred> out) {
        List<Row> rows = t.rows;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (!r.hasFigures || !isTotalRow(r) || skip.contains(i) && !unlinked.contains(i) || RowRoles.of(r.label()) != null) continue;
            // In a statement a numbered total ("(I) Total comprehensive income") belongs to the numbered
            // hierarchy, whose sums the numbering gives; it does not close a section.
            if (statement && Labels.numberingLevel(r.label()) > 0) continue;
            List<Integer> items = new ArrayList<>();
            boolean header = false;
            int linkbaseTotalAbove = -1;
            int j = i - 1;
            int matching = statement ? matchingHeader(rows, i, skip) : -1;
            for (; j >= 0; j--) {
                Row p = rows.get(j);
                boolean caption = !statement && !p.hasFigures && j + 1 < i && rows.get(j + 1).indent > p.indent + 1
                        && rows.get(j + 1).page == p.page && Labels.numberingLevel(p.label()) == 0 && !Labels.isSubItem(p.label());
                // An unlabelled subtotal sums the items since the caption above them.
                boolean captionOfUnlabelled = !p.hasFigures && unlabelledSubtotal(r);
                if (!p.hasFigures && (Labels.isSectionHeader(p.label()) || caption || captionOfUnlabelled || j == matching) && (matching < 0 || j <= matching)) {
                    header = true;
                    break;
                }
                // A total closing a captioned section of its own inside this one ("Inventories" ...
                // "Total inventories" within "Current assets") is one item of it.
                if (isTotalRow(p) && statement && matching >= 0 && !skip.contains(j)) {
                    int ownCaption = nestedCaption(rows, j);
                    if (ownCaption > matching) {
                        items.add(j);
                        j = ownCaption;
                        continue;
                    }
                }
                // A line the linkbase knows as a total ("Operating income") closes the lines above it
                // even when no rule is drawn over it.
                if (isTotalRow(p)) break;
                if (statement && (skip.contains(j) || resultLine(p))) {
                    linkbaseTotalAbove = j;
                    break;
                }
                items.add(j);
            }
            // "Total current liabilities / Long-term liabilities: ... / Total liabilities": the header
            // opens the non-current part, and the total is the current total and the lines under it
            if (statement && header && matching < 0 && j >= 1 && rows.get(j - 1).hasFigures && currentOf(rows.get(j - 1).label(), r.label())) {
                items.add(j - 1);
                matching = j;
            }
            if (statement && header && matching < 0) continue; // a header that is not this total's own
            if (statement && !header) {
                // No section header: "Total assets" below "Total current assets" is that total and
                // the lines after it; other totals sum the lines since the previous total.
                if (j >= 0 && rows.get(j).hasFigures && currentOf(rows.get(j).label(), r.label())) items.add(j);
                else if (running && j >= 0 && rows.get(j).hasFigures && isTotalRow(rows.get(j)) && !Labels.isTotal(r.label())) items.add(j);
                // "Total current assets" below "Total cash, cash equivalents and short-term
                // investments": the lines since that subtotal, or it and them; both are stated.
                else if (j >= 0 && rows.get(j).hasFigures && isTotalRow(rows.get(j))) linkbaseTotalAbove = j;
                header = true;
            }
            // A named total in a note sums the lines of its section; with no header above it, the
            // lines from the top of the table ("Total revenues" under the revenue lines), but not
            // the lines since another total (whether that one is among its parts is not known).
            if (!statement && !Labels.isPlainTotal(r.label()) && !header && (j >= 0 || !listFromTop(t, i))) continue;
            // A total just below a section header may close several sections (two maturity bands
            // under one "Total"): when figures stand above the header without a total of their own,
            // which rows the total sums is not known, so it is not verified.
            if (header && !statement && openFiguresAbove(rows, j)) continue;
            // Only deductions since the previous total: net = that total less them ("Gross property",
            // "Less accumulated depreciation", "Total").
            boolean hasItems = items.stream().anyMatch(k -> rows.get(k).hasFigures);
            if (!header && hasItems && j >= 0 && rows.get(j).hasFigures
                    && items.stream().filter(k -> rows.get(k).hasFigures).allMatch(k -> Labels.isDeduction(rows.get(k).label()))) {
                items.add(j);
            } else if (!header && hasItems && j >= 0 && rows.get(j).hasFigures && !statement) {
                // A total right after another total sums either the rows since it or everything
                // above: unless the one above is a sub-total, which it is cannot be told.
                // A total right after another total sums either the rows since it or it and them:
                // unless the one above is a sub-total, both readings are stated.
                if (Regex.matches(Labels.strip(rows.get(j).label()).toLowerCase(), "sub-? ?total.*")) items.add(j);
                else linkbaseTotalAbove = j;
            }
            if (items.stream().noneMatch(k -> rows.get(k).hasFigures)) {
                if (statement) continue;
                items.clear();
                for (int k = i - 1; k >= 0 && Labels.isTotal(rows.get(k).label()) && rows.get(k).hasFigures; k--) items.add(k);
                if (items.size() < 2) {
                    // A total under sections that each close with their own subtotal (a caption, its
                    // items, a subtotal) sums those subtotals.
                    List<Integer> sections = closedSectionsAbove(rows, i);
                    if (sections.size() < 2) continue;
                    items.clear();
                    for (int k = sections.size() - 1; k >= 0; k--) items.add(sections.get(k));
                }
            }
            List<Integer> parts = sameSide(r.label(), rows, topLevel(rows, items, statement));
            if (parts.isEmpty()) continue;
            // A footnoted total ("Total nuclear decommissioning trusts (2)") is qualified by its
            // note (amounts outside the columns shown); a run whose indentation steps back out
            // holds an unlabelled subtotal ("Bundled gas revenues"). Neither is verified.
            if (!statement && (footnoted(r.label()) || stepsOut(rows, parts))) continue;
            // A total after a section header whose section has no total of its own, below sections
            // closed by their subtotals ("Current: ... Total current / Non-current: ... / Total"),
            // closes either its own section or all of them; a plain "Total" is the table's and
            // closes them all, any other is read both ways unless its name is the section's.
            List<Integer> closed = header && !statement && j >= 0 && !namesHeader(r.label(), rows.get(j).label())
                    ? closedSectionsAbove(rows, j) : List.of();
            // Blocks of one form one under another ("Current: ... Total / Deferred: ... Total"): each
            // total closes its own block.
            String own = Labels.strip(r.label()).toLowerCase(Locale.ROOT);
            if (closed.stream().allMatch(k -> Labels.strip(rows.get(k).label()).toLowerCase(Locale.ROOT).equals(own))) closed = List.of();
            List<List<Integer>> readings = new ArrayList<>();
            if (closed.isEmpty() || !Labels.isPlainTotal(r.label())) readings.add(parts);
            // In a statement, a line the linkbase knows as a total ("Operating income", "Net income")
            // closes the lines above it even without a rule; the total below sums either the lines
            // since it ("Total non-operating income (expense)") or it and them ("Total comprehensive
            // income"): both readings are stated.
            if (linkbaseTotalAbove >= 0 && !parts.isEmpty()) {
                List<Integer> withIt = new ArrayList<>();
                withIt.add(linkbaseTotalAbove);
                withIt.addAll(parts);
                readings.add(withIt);
            }
            if (!closed.isEmpty()) {
                List<Integer> all = new ArrayList<>(closed);
                all.addAll(parts);
                readings.add(all);
            }
            // Indentation left lines out as the breakdown of a line above them ("Equity securities:"
            // over its funds): read flat, every line of the section is a part; both readings are stated.
            if (!statement) {
                List<Integer> flat = new ArrayList<>();
                for (int k : items) if (rows.get(k).hasFigures && !Labels.isSubItem(rows.get(k).label())) flat.add(k);
                flat.sort(Integer::compare);
                flat = sameSide(r.label(), rows, flat);
                List<Integer> partsWithFigures = parts.stream().filter(k -> rows.get(k).hasFigures).toList();
                if (!flat.isEmpty() && !flat.equals(partsWithFigures) && !footnoted(r.label())) readings.add(flat);
            }
            // A line among the parts may be the subtotal of the lines above it ("Gross deferred tax
            // assets", "Net unrealized gains" after its caption, a ruled line): then the total sums
            // it instead of them. Both readings are stated.
            for (List<Integer> reading : List.copyOf(readings)) {
                List<Integer> collapsed = collapseSubtotals(rows, reading, false);
                if (!collapsed.equals(reading)) readings.add(collapsed);
                // a net line after a deduction may be only the line above the deduction less it
                // ("Total current assets / Property, plant and equipment / Less: Accumulated
                // depreciation / Property, plant and equipment - net")
                List<Integer> grossOnly = collapseSubtotals(rows, reading, true);
                if (!grossOnly.equals(reading) && !grossOnly.equals(collapsed)) readings.add(grossOnly);
            }
            String group = readings.size() > 1 ? "readings" : null;
            for (List<Integer> reading : readings) {
                List<Operand> ops = new ArrayList<>();
                for (int p : reading) ops.add(new Operand(Integer.toString(p), deductionSign(rows.get(p))));
                out.add(new Inferred("rows", i, ops, describe(r.label(), rows, reading, k -> Labels.isDeduction(rows.get(k).label())), group));
            }
        }
    }

    /**
     * The parts with each subtotal among them standing for the lines it sums: the lines since the
     * previous subtotal or caption (a line without figures), when there are at least two.
     *
     * @param grossOnly a line after a deduction stands for the one line above the deduction and the
     *                  deduction only, not for every line since the last boundary
     */
    private static List<Integer> collapseSubtotals(List<Row> rows, List<Integer> parts, boolean grossOnly) {
        List<Integer> out = new ArrayList<>();
        int boundary = 0; // index in out after which lines may be summed by a subtotal
        String caption = null;
        for (int p : parts) {
            Row r = rows.get(p);
            if (!r.hasFigures) {
                out.add(p);
                boundary = out.size();
                caption = r.label();
                continue;
            }
            if (grossOnly && afterDeduction(rows, p)) {
                int from = out.size();
                while (from > boundary && deductionWording(rows.get(out.get(from - 1)).label())) from--;
                if (from > boundary && from < out.size()) {
                    while (out.size() > from - 1) out.remove(out.size() - 1);
                    out.add(p);
                    boundary = out.size();
                    continue;
                }
            }
            int run = 0;
            for (int k = boundary; k < out.size(); k++) if (rows.get(out.get(k)).hasFigures) run++;
            if ((subtotalLine(r) || afterDeduction(rows, p) || namesCaption(r.label(), caption)) && run >= 2) {
                while (out.size() > boundary) out.remove(out.size() - 1);
                out.add(p);
                boundary = out.size();
                continue;
            }
            out.add(p);
        }
        return out;
    }

    /**
     * A line right after a deduction ("Less imputed interest", "Less: allowance") that is not itself
     * a deduction may be the running balance of the lines above it: "Gross obligations / Less imputed
     * interest / Present value of payments / Less current portion / Total long-term" names no
     * subtotal, yet "Present value" is gross less interest.
     */
    private static boolean afterDeduction(List<Row> rows, int p) {
        if (p == 0 || deductionWording(rows.get(p).label())) return false;
        Row above = rows.get(p - 1);
        return above.hasFigures && deductionWording(above.label());
    }

    private static boolean deductionWording(String label) {
        return Labels.isDeduction(label) || Regex.matches(label.trim().toLowerCase(Locale.ROOT), "^(less|deduct|minus)\\b.*");
    }

    /**
     * A line named after the caption its lines stand under ("Cash flow hedges:" ... "Cash flow
     * hedges-net of tax"): it may close that caption's lines.
     */
    private static boolean namesCaption(String label, String caption) {
        if (caption == null) return false;
        String c = Regex.replaceAll(Labels.strip(caption).toLowerCase(Locale.ROOT), "[:：]$", "").trim();
        String l = Labels.strip(label).toLowerCase(Locale.ROOT);
        return c.length() >= 4 && l.startsWith(c) && (l.length() == c.length() || !Character.isLetterOrDigit(l.charAt(c.length())));
    }

    /** A line that may sum the lines above it: "Gross ...", "Net ...", "Total ...", or a ruled line. */
    private static boolean subtotalLine(Row r) {
        String l = Labels.strip(r.label()).toLowerCase(Locale.ROOT);
        return r.ruledAbove || Regex.matches(l, "^(gross|net|total|sub-?total|combined)\\b.*");
    }

    /**
     * A named total ("Total revenues") under a plain list from the top of the table: at least two
     * lines, each with figures, none a total, none indented less than the first, in a table with
     * column headers of its own.
     */
    private static boolean listFromTop(Table t, int total) {
        List<Row> rows = t.rows;
        // A table without column headers of its own continues one split above it (by a caption
        // line): its first line is not the top of the list.
        if (t.columnLabels.stream().allMatch(String::isBlank)) return false;
        if (!Labels.strip(rows.get(total).label()).toLowerCase(Locale.ROOT).startsWith("total") || total < 2) return false;
        int indent = rows.get(0).indent;
        for (int k = 0; k < total; k++) {
            Row p = rows.get(k);
            if (!p.hasFigures || Labels.isTotal(p.label()) || p.indent < indent - 1 || p.label().isBlank()) return false;
        }
        return true;
    }

    private static boolean unlabelledSubtotal(Row r) {
        return Labels.UNLABELLED_SUBTOTAL.equals(r.label());
    }

    /** A line of the profit chain that closes the lines above it: "Operating income", "Income before income taxes". */
    private static boolean resultLine(Row r) {
        String l = Labels.strip(r.label()).toLowerCase(Locale.ROOT);
        return r.hasFigures && Regex.matches(l, "^(operating|gross) (income|profit|loss|earnings)( \\(loss\\))?$|^(income|earnings|profit|loss)( \\(loss\\))? (from operations|before (income )?tax.*)|^net (income|loss|earnings)( \\(loss\\))?$");
    }

    /** Whether a total is named after the section header ("Total non-current" under "Non-current:"). */
    private static boolean namesHeader(String total, String header) {
        Set<String> hw = words(header);
        return !hw.isEmpty() && words(total).containsAll(hw);
    }

    /**
     * The subtotals of the sections closed directly above a section header, bottom up: each is a
     * total row with figures right above a header (or above the previous section's header), whose
     * section is opened by a header of its own.
     */
    private static List<Integer> closedSectionsAbove(List<Row> rows, int header) {
        List<Integer> out = new ArrayList<>();
        int k = header - 1;
        while (k >= 0) {
            Row p = rows.get(k);
            if (!p.hasFigures || !isTotalRow(p)) break;
            int h = k - 1;
            while (h >= 0 && rows.get(h).hasFigures && !isTotalRow(rows.get(h))) h--;
            if (h < 0 || rows.get(h).hasFigures || h == k - 1) break; // no header of its own: not a closed section
            out.add(0, k);
            k = h - 1;
        }
        return out;
    }

    private static final Set<String> HEADER_STOPWORDS = Set.of("cash", "flows", "flow", "from", "by", "in", "of", "the", "net",
            "total", "and", "arising", "provided", "used", "generated", "activities", "activity", "–", "-", "for");

    /**
     * In a statement, the section header a total closes: the nearest one above whose significant
     * words all appear in the total's label ("Operating activities:" for "Cash generated by
     * operating activities"), passing over nested headers without totals of their own
     * ("Adjustments to reconcile net income ...:"). -1 when none matches.
     */
    private static int matchingHeader(List<Row> rows, int total, Set<Integer> skip) {
        Set<String> words = words(rows.get(total).label());
        for (int j = total - 1; j >= 0; j--) {
            Row p = rows.get(j);
            int ownCaption = isTotalRow(p) && !skip.contains(j) ? nestedCaption(rows, j) : -1;
            if (ownCaption >= 0) {
                j = ownCaption;
                continue;
            }
            if (isTotalRow(p) || skip.contains(j)) return -1;
            if (p.hasFigures) continue;
            Set<String> hw = words(p.label());
            if (!hw.isEmpty() && words.containsAll(hw)) return j;
        }
        return -1;
    }

    /**
     * The caption of the section a total closes when that section is its own: a line without
     * figures, then two or more lines with figures and no total among them, then the total, named
     * after the caption ("Inventories" ... "Total inventories"). -1 when the total closes no such
     * section.
     */
    private static int nestedCaption(List<Row> rows, int total) {
        int h = total - 1;
        while (h >= 0 && rows.get(h).hasFigures && !isTotalRow(rows.get(h))) h--;
        if (h < 0 || rows.get(h).hasFigures || total - h - 1 < 2) return -1;
        return namesHeader(rows.get(total).label(), rows.get(h).label()) ? h : -1;
    }

    private static Set<String> words(String label) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : Regex.split(Regex.replaceAll(Labels.strip(label).toLowerCase(Locale.ROOT), "[^a-z ]", " "), "\\s+")) {
            if (w.isEmpty() || HEADER_STOPWORDS.contains(w)) continue;
            out.add(w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
        }
        return out;
    }

    private static boolean footnoted(String label) {
        return Regex.matches(label.trim(), ".*\\S\\s*\\(\\d\\)$");
    }

    private static boolean stepsOut(List<Row> rows, List<Integer> parts) {
        for (int k = 1; k < parts.size(); k++) {
            Row a = rows.get(parts.get(k - 1));
            Row b = rows.get(parts.get(k));
            if (a.page == b.page && b.indent < a.indent - 1 && Labels.numberingLevel(b.label()) == 0) return true;
        }
        return false;
    }

    /** A total by its label ("Total", "Subtotal", "Net cash ...") or by the rule drawn above it. */
    static boolean isTotalRow(Row r) {
        return Labels.isTotal(r.label()) || r.ruledAbove && r.hasFigures;
    }

    /** "Total current assets" is the current part of "Total assets". */
    private static boolean currentOf(String previous, String total) {
        String p = Labels.strip(previous).toLowerCase(Locale.ROOT);
        String t = Labels.strip(total).toLowerCase(Locale.ROOT);
        return Regex.matches(t, "total (assets|liabilities)") && p.equals(t.replace("total ", "total current "));
    }

    /**
     * A liability total never includes an asset line ("Operating lease right-of-use assets" above
     * "Total operating lease liabilities"). Deferred tax tables are the exception: their assets and
     * liabilities are named after the balances that give rise to them.
     */
    private static List<Integer> sameSide(String total, List<Row> rows, List<Integer> parts) {
        String t = total.toLowerCase(Locale.ROOT);
        if (!t.contains("liabilit") || t.contains("asset") || t.contains("tax")) return parts;
        List<Integer> out = new ArrayList<>();
        for (int p : parts) {
            String l = Labels.strip(rows.get(p).label()).toLowerCase(Locale.ROOT);
            if (Regex.matches(l, ".*\\bassets?(,? net)?( \\(.*\\))?$") || l.contains("right-of-use") || Regex.matches(l, "^(property|property and equipment|property, plant and equipment)\\b.*")) continue;
            out.add(p);
        }
        return out;
    }

    /** How many rows from {@code from} on sit deeper than {@code indent}, consecutively. */
    private static int deeperFollowers(List<Row> rows, int from, int indent) {
        int n = 0;
        for (int k = from; k < rows.size() && rows.get(k).indent > indent + 1; k++) if (rows.get(k).hasFigures) n++;
        return n;
    }

    private static boolean openFiguresAbove(List<Row> rows, int header) {
        for (int k = header - 1; k >= 0; k--) {
            Row p = rows.get(k);
            if (Labels.isTotal(p.label()) || Labels.strip(p.label()).toLowerCase().startsWith("net ")) return false;
            if (p.hasFigures) return true;
        }
        return false;
    }

    /**
     * Items of a run that add up to its total: sub-items ("Including:" and the rows indented under
     * it), rows indented under a shallower row on the same page ("Over 3 years" / "3 to 4 years"),
     * and rows numbered deeper than their siblings are left out. A lone number is a note reference
     * that leaked into the label ("35. Notes payable"), not a numbering level.
     */
    private static List<Integer> topLevel(List<Row> rows, List<Integer> items, boolean statement) {
        List<Integer> asc = new ArrayList<>(items);
        asc.sort(Integer::compare);
        List<Integer> kept = new ArrayList<>();
        int subIndent = -1;
        int parentIndent = -1;
        Row lastKept = null;
        int lastKeptIdx = -1;
        for (int idx : asc) {
            Row r = rows.get(idx);
            if (Labels.isSubItem(r.label())) {
                subIndent = r.indent;
                parentIndent = lastKept == null ? -1 : lastKept.indent;
                continue;
            }
            boolean numbered = Labels.numberingLevel(r.label()) > 0;
            if (subIndent >= 0 && r.indent > parentIndent && parentIndent >= 0 && !numbered) continue;
            subIndent = -1;
            int deeper = lastKept == null ? 0 : r.indent - lastKept.indent;
            // Statements show breakdowns with "Including:" or as sections; indentation there is style.
            if (!statement && !numbered && lastKept != null && lastKept.page == r.page && lastKept.hasFigures && deeper >= 2 && deeper <= 10
                    && (Labels.numberingLevel(lastKept.label()) > 0 || deeperFollowers(rows, lastKeptIdx + 1, lastKept.indent) >= 2)) {
                continue;
            }
            kept.add(idx);
            if (r.hasFigures) {
                lastKept = r;
                lastKeptIdx = idx;
            }
        }
        Map<Integer, Integer> perLevel = new HashMap<>();
        for (int idx : kept) {
            int lv = Labels.numberingLevel(rows.get(idx).label());
            if (lv > 0) perLevel.merge(lv, 1, Integer::sum);
        }
        int minLevel = Integer.MAX_VALUE;
        for (Map.Entry<Integer, Integer> e : perLevel.entrySet()) if (e.getValue() >= 2) minLevel = Math.min(minLevel, e.getKey());
        if (minLevel == Integer.MAX_VALUE) return kept;
        // Numbered siblings: keep the rows at the shallowest level; unnumbered rows before the first
        // numbered one stand beside them, unnumbered rows after one belong to it.
        List<Integer> result = new ArrayList<>();
        boolean seenNumbered = false;
        for (int idx : kept) {
            int lv = Labels.numberingLevel(rows.get(idx).label());
            if (lv == minLevel) {
                seenNumbered = true;
                result.add(idx);
            } else if (lv == 0 && !seenNumbered) {
                result.add(idx);
            }
        }
        return result;
    }

    /**
     * "Less:" rows are subtracted, unless the filing already shows them negative (then the sign is
     * in the figure, and subtracting again would count it twice).
     */
    static int deductionSign(Row r) {
        if (!Labels.isDeduction(r.label())) return 1;
        boolean anyPositive = false;
        boolean anyFigure = false;
        for (Row.Cell c : r.cells) {
            if (c == null) continue;
            anyFigure = true;
            if (c.value().signum() > 0) anyPositive = true;
        }
        return anyFigure && !anyPositive ? 1 : -1;
    }

    /**
     * "Total = A + B - C" for a report, each label cut to 40 characters and the whole to about 220.
     *
     * @param subtracted which of the parts (by row) the description shows with a minus
     */
    static String describe(String total, List<Row> rows, List<Integer> parts, java.util.function.IntPredicate subtracted) {
        StringBuilder s = new StringBuilder(total).append(" = ");
        for (int k = 0; k < parts.size(); k++) {
            Row p = rows.get(parts.get(k));
            if (k > 0) s.append(subtracted.test(parts.get(k)) ? " - " : " + ");
            String l = Labels.strip(p.label());
            s.append(l.length() > 40 ? l.substring(0, 40) + "…" : l);
            if (s.length() > 220) { s.append(" …"); break; }
        }
        return s.toString();
    }
}
