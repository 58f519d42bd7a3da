package io.tickmark.extract.table;

import io.tickmark.extract.table.StructureInference.Inferred;
import io.tickmark.facts.Operand;
import io.tickmark.util.Regex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The result lines of a profit statement ("Gross profit", "Operating income", "Income before income
 * taxes", "Net income"): each is the result above it (or the revenue line at the top) and the lines
 * between, read from the labels only. Which way those lines count is not in the layout: a US
 * statement prints expenses positive and subtracts them ("Cost of sales 40,121"), another prints them
 * in brackets and adds them as shown ("Interest expense (25)"), and a third mixes both ("Income tax
 * expense 574", "Equity in income of affiliates 4"). Each is stated as a reading of its own:
 * every line subtracted; every line added as shown; lines named as costs, expenses, charges, losses
 * or taxes subtracted and the others added. The rules take the one the figures confirm (ADR 0006).
 */
final class ProfitChain {
    private ProfitChain() {}

    /**
     * The group name of readings that take the same lines and differ only in which way they count:
     * the figures of another year may settle the sign convention (rules/consistency/Footing.drl).
     */
    static final String SIGNS = "signs";

    /**
     * @param skip     totals the linkbase covers (not read here)
     * @param unlinked among them, those no linkbase sum turned out to cover (read here after all)
     * @param already  relations found so far; a total that has one is not read again
     */
    static void results(Table t, Set<Integer> skip, Set<Integer> unlinked, List<Inferred> already, List<Inferred> out) {
        List<Row> rows = t.rows;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (!r.hasFigures || !isResult(r.label()) || skip.contains(i) && !unlinked.contains(i) || hasRelation(already, i)) continue;
            int anchor = anchorAbove(rows, i);
            if (anchor < 0) continue;
            // "Net income" under "Net income" (a retained earnings roll-forward run on below the
            // statement) is no result of the lines between
            if (plain(rows.get(anchor).label()).equals(plain(r.label()))) continue;
            List<Integer> items = new ArrayList<>();
            boolean usable = true;
            String caption = null;
            int sinceCaption = 0;
            for (int k = anchor + 1; k < i; k++) {
                Row p = rows.get(k);
                if (!p.hasFigures) {
                    caption = p.label();
                    sinceCaption = items.size();
                    continue;
                }
                String l = Labels.strip(p.label()).toLowerCase(Locale.ROOT);
                if (Labels.isSubItem(p.label()) || p.page != r.page || Regex.matches(l, ".*\\b(balance|beginning of|end of|comprehensive income)\\b.*")) {
                    usable = false; // a breakdown under "Including:", a result across a page, a roll-forward: not read
                    break;
                }
                // "Total costs and expenses" sums the lines above it, "Interest, net" the lines under
                // its caption "Interest:": each stands for them
                if (Labels.isTotal(p.label())) items.clear();
                else if (caption != null && items.size() - sinceCaption >= 2 && namesCaption(p.label(), caption)) {
                    while (items.size() > sinceCaption) items.remove(items.size() - 1);
                    caption = null;
                }
                items.add(k);
            }
            if (!usable || items.isEmpty()) continue;
            List<List<Operand>> readings = new ArrayList<>();
            readings.add(reading(rows, anchor, items, Sign.SUBTRACTED));
            add(readings, reading(rows, anchor, items, Sign.AS_SHOWN));
            add(readings, reading(rows, anchor, items, Sign.BY_NAME));
            List<Integer> lines = new ArrayList<>();
            lines.add(anchor);
            lines.addAll(items);
            for (List<Operand> ops : readings) {
                Set<Integer> subtracted = new java.util.HashSet<>();
                for (Operand o : ops) if (o.getWeight() < 0) subtracted.add(Integer.parseInt(o.getKey()));
                out.add(new Inferred("rows", i, ops, SectionTotals.describe(Labels.strip(r.label()), rows, lines, subtracted::contains),
                        readings.size() > 1 ? SIGNS : null));
            }
        }
    }

    private enum Sign { SUBTRACTED, AS_SHOWN, BY_NAME }

    private static List<Operand> reading(List<Row> rows, int anchor, List<Integer> items, Sign sign) {
        List<Operand> ops = new ArrayList<>();
        ops.add(new Operand(Integer.toString(anchor), 1));
        for (int k : items) {
            String label = rows.get(k).label();
            int w = switch (sign) {
                case SUBTRACTED -> -1;
                case AS_SHOWN -> SectionTotals.deductionSign(rows.get(k)); // "Less:" lines subtracted unless printed negative
                case BY_NAME -> namedAsCharge(label) ? -1 : 1;
            };
            ops.add(new Operand(Integer.toString(k), w));
        }
        return ops;
    }

    /** "Interest, net" closes the lines under "Interest:"; "Other income (expense), net" those under "Other income (expense):". */
    private static boolean namesCaption(String label, String caption) {
        String c = Regex.replaceAll(Labels.strip(caption).toLowerCase(Locale.ROOT), "[:：]$", "").trim();
        String l = Labels.strip(label).toLowerCase(Locale.ROOT);
        if (c.length() < 4) return false;
        if (l.startsWith("total ")) l = l.substring(6);
        if (!l.startsWith(c)) return false;
        String rest = l.substring(c.length()).trim(); // "Interest income" under "Interest:" is one of its lines, not their sum
        return rest.isEmpty() || Regex.matches(rest, "[,:]?\\s*[-–—]?\\s*(net|total)");
    }

    private static void add(List<List<Operand>> readings, List<Operand> reading) {
        for (List<Operand> r : readings) if (sameWeights(r, reading)) return;
        readings.add(reading);
    }

    private static boolean sameWeights(List<Operand> a, List<Operand> b) {
        for (int k = 0; k < a.size(); k++) if (a.get(k).getWeight() != b.get(k).getWeight()) return false;
        return true;
    }

    private static boolean hasRelation(List<Inferred> already, int total) {
        for (Inferred i : already) if (i.kind().equals("rows") && i.total() == total) return true;
        return false;
    }

    /**
     * The result line or revenue line a result is computed from: the nearest result line above it,
     * else the revenue line at the top of the statement ("Revenue", "Net sales", "Total revenues").
     * -1 when there is neither, or when a line of another kind of total stands in between.
     */
    private static int anchorAbove(List<Row> rows, int result) {
        for (int k = result - 1; k >= 0; k--) {
            Row p = rows.get(k);
            if (!p.hasFigures) continue;
            if (isResult(p.label()) || isRevenue(p.label())) return k;
            // a per-share figure or a share count belongs below the results, never between them
            if (Regex.matches(Labels.strip(p.label()).toLowerCase(Locale.ROOT), ".*\\b(per share|per common share|shares)\\b.*")) return -1;
        }
        return -1;
    }

    /** Ruled off from "income (loss)" wordings: "Operating income/(loss)" reads as "operating income". */
    private static String plain(String label) {
        String t = Labels.strip(label).toLowerCase(Locale.ROOT).replace('’', '\'');
        t = Regex.replaceAll(t, "\\s*/?\\s*\\((loss|income|earnings|profit|deficit)\\)", "");
        t = Regex.replaceAll(t, "/(loss|income|earnings|profit)\\b", "");
        return t.trim();
    }

    static boolean isResult(String label) {
        String t = plain(label);
        // a numbered line is part of a numbered hierarchy, whose sums the numbering gives ("1. Net profit
        // attributable to owners" under "V. Net profit"); "Net income attributable to noncontrolling
        // interests" is a line between results, not one
        if (Labels.numberingLevel(label) > 0) return false;
        if (Regex.matches(t, "^less\\b.*|^(redeemable )?(non-?controlling|minority) interests?\\b.*"
                + "|(?!.*\\bincluding\\b).*\\battributable to (the )?(redeemable (and )?)?(non-?controlling|minority)\\b.*")) return false;
        return Regex.matches(t, "(gross|operating) (income|profit|loss|earnings|margin)|(income|earnings|profit|loss) from (continuing )?operations"
                + "|(net )?(income|earnings|profit|loss) (from continuing operations )?before ([a-z()/ ]{0,40} )?(income )?tax(es)?( on income)?( expense| provision)?( and [a-z -]+)?"
                + "|net (income|loss|earnings|profit)( from continuing operations)?|(profit|loss) for the (year|period)"
                // "Net income including noncontrolling interest", "Net income attributable to Best Buy Co., Inc. shareholders"
                + "|net (income|loss|earnings|profit),? (including|before allocation to|attributable to) [a-z0-9.,&' -]+");
    }

    private static boolean isRevenue(String label) {
        String t = plain(label);
        return Regex.matches(t, "(total )?(net )?(revenues?|sales)(, net)?|total net (revenues?|sales)|(total )?(net )?sales and (operating )?revenues?");
    }

    /** A line named as a charge against profit: the first such word decides ("Other expense/(income)"). */
    static boolean namedAsCharge(String label) {
        // "After-tax earnings from joint ventures", "..., net of tax": the tax qualifies the line, it is not its nature
        String t = Regex.replaceAll(Labels.strip(label).toLowerCase(Locale.ROOT), "after-tax|net of (income )?tax(es)?( expense| benefit)?", " ");
        java.util.regex.Matcher m = CHARGE_OR_GAIN.matcher(t);
        return m.find() && m.group(1) != null;
    }

    private static final java.util.regex.Pattern CHARGE_OR_GAIN = java.util.regex.Pattern.compile(
            "\\b(?:(income tax(?:es)?|costs?|expenses?|charges?|loss(?:es)?|tax(?:es)?|provision|depreciation|amortization|impairments?"
                    + "|interest expense|research|selling|marketing|general and administrative|restructuring|severance|litigation)"
                    + "|(income|gains?|revenues?|earnings|benefit|credit))\\b");
}
