package io.tickmark.bench;

import io.tickmark.engine.RuleEngine;
import io.tickmark.facts.Check;
import io.tickmark.facts.Figure;
import io.tickmark.facts.Finding;
import io.tickmark.run.ProfileLoader;
import io.tickmark.report.DocumentReport;
import io.tickmark.run.Checker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other half of the false-failure harness: how many real errors the checker still catches. In
 * each layout-text filing given, totals whose footing passed are altered one at a time (the tens
 * digit of the stated total, as a typing slip would) and the filing is checked again. Each slip is
 * caught (an error-level consistency finding that quotes the altered line), unverified (a check on
 * it recorded as unverified, no finding), or missed. Prints per document and in total.
 *
 * <p>Usage: {@code bench/recall.sh FILE.txt... [--per-document N]} (default 20 slips per document,
 * spread evenly over its passing totals, so the same slips are made on every run).
 */
public final class Recall {
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");

    record Slip(int line, int start, int end, String label) {}

    public static void main(String[] args) throws Exception {
        int perDocument = 20;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--per-document")) perDocument = Integer.parseInt(args[++i]);
            else files.add(Path.of(args[i]));
        }
        Checker checker = new Checker(RuleEngine.builtIn(), ProfileLoader.load(null, null));
        Set<String> packs = new TreeSet<>(checker.engine().packs());
        Path work = Files.createTempDirectory("tickmark-recall");
        int caught = 0, unverified = 0, missed = 0;
        System.out.printf(Locale.ROOT, "%-34s %6s %7s %10s %7s%n", "document", "slips", "caught", "unverified", "missed");
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            DocumentReport base = checker.check(f, packs);
            List<Slip> slips = slips(base, lines, perDocument);
            int c = 0, u = 0, m = 0;
            List<String> missedSlips = new ArrayList<>();
            for (Slip s : slips) {
                List<String> altered = new ArrayList<>(lines);
                String l = altered.get(s.line() - 1);
                altered.set(s.line() - 1, l.substring(0, s.start()) + alter(l.substring(s.start(), s.end())) + l.substring(s.end()));
                Path copy = work.resolve(f.getFileName());
                Files.write(copy, altered, StandardCharsets.UTF_8);
                DocumentReport r = checker.check(copy, packs);
                if (quotes(r.findings().stream().filter(x -> x.getCategory().equals("consistency") && x.getSeverity().equals("error"))
                        .map(Finding::getEvidence).toList(), s.line())) c++;
                else if (quotes(r.checks().stream().filter(x -> "unverified".equals(x.getOutcome())).map(Check::getEvidence).toList(), s.line())) u++;
                else {
                    m++;
                    missedSlips.add("line " + s.line() + " " + s.label());
                }
            }
            caught += c;
            unverified += u;
            missed += m;
            System.out.printf(Locale.ROOT, "%-34s %6d %7d %10d %7d%n", f.getFileName().toString().replaceFirst("\\.txt$", ""), slips.size(), c, u, m);
            for (String s : missedSlips) System.out.println("    missed: " + s);
        }
        int all = caught + unverified + missed;
        System.out.printf(Locale.ROOT, "%nslips %d, caught %d (%.1f%%), unverified %d, missed %d%n", all, caught,
                all == 0 ? 0.0 : 100.0 * caught / all, unverified, missed);
    }

    /** Totals of passing footings, one slip per stated total, spread evenly over the document. */
    private static List<Slip> slips(DocumentReport d, List<String> lines, int n) {
        Map<String, Slip> byTotal = new LinkedHashMap<>();
        List<Check> passed = new ArrayList<>(d.checks().stream()
                .filter(c -> c.getRuleId().equals("CON-001") && c.isPassed() && !c.getEvidence().isEmpty()).toList());
        passed.sort(Comparator.comparing(c -> c.getEvidence().get(0).getId()));
        for (Check c : passed) {
            Figure total = c.getEvidence().get(0);
            if (total.getSource() == null || total.getSource().getLine() < 1 || total.getSource().getLine() > lines.size()) continue;
            Slip s = locate(total, lines.get(total.getSource().getLine() - 1));
            if (s != null) byTotal.putIfAbsent(total.getId(), s);
        }
        List<Slip> all = new ArrayList<>(byTotal.values());
        if (all.size() <= n) return all;
        List<Slip> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(all.get((int) ((long) i * all.size() / n)));
        return out;
    }

    /** The figure's digits on its line: the number whose value is the figure's (the nearest to its column). */
    private static Slip locate(Figure f, String line) {
        String want = f.getValue().abs().stripTrailingZeros().toPlainString();
        Matcher m = NUMBER.matcher(line);
        Slip best = null;
        int col = f.getSource().getColumn();
        while (m.find()) {
            String digits = m.group().replace(",", "");
            if (digits.replace(".", "").length() < 3) continue; // a tens digit to alter, and more than a note number
            if (!new java.math.BigDecimal(digits).stripTrailingZeros().toPlainString().equals(want)) continue;
            Slip s = new Slip(f.getSource().getLine(), m.start(), m.end(), f.getLabel());
            if (best == null || col > 0 && Math.abs(m.start() - col) < Math.abs(best.start() - col)) best = s;
        }
        return best;
    }

    /** The tens digit of the whole part changed by one (9 becomes 8): a slip of ten units. */
    static String alter(String number) {
        int dot = number.indexOf('.');
        int end = dot < 0 ? number.length() : dot;
        int seen = 0;
        for (int i = end - 1; i >= 0; i--) {
            char ch = number.charAt(i);
            if (!Character.isDigit(ch)) continue;
            if (++seen == 2) {
                char repl = ch == '9' ? '8' : (char) (ch + 1);
                return number.substring(0, i) + repl + number.substring(i + 1);
            }
        }
        return number;
    }

    private static boolean quotes(List<List<Figure>> evidence, int line) {
        for (List<Figure> e : evidence) {
            for (Figure x : e) {
                if (x.getSource() != null && x.getSource().getLine() <= line && line <= Math.max(x.getSource().getLine(), x.getSource().getLineEnd())) return true;
            }
        }
        return false;
    }
}
