package io.tickmark.report;

import io.tickmark.facts.Check;
import io.tickmark.facts.DocumentInfo;
import io.tickmark.facts.Figure;
import io.tickmark.facts.Finding;
import io.tickmark.facts.SourceRef;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The report for a person at a terminal: findings first, then what was read and checked. */
public final class TextRenderer implements Renderer {

    @Override
    public void render(Report report, Writer w) throws IOException {
        PrintWriter out = new PrintWriter(w);
        for (DocumentReport d : report.documents()) {
            DocumentInfo info = d.extraction().document();
            out.println("== " + info.getPath());
            out.println("   " + nz(info.getKind()) + (info.getEntity() != null ? ", " + info.getEntity() : "")
                    + (info.getFramework() != null ? ", framework " + info.getFramework() : "")
                    + (info.getCurrency() != null ? ", " + info.getCurrency() : ""));
            out.printf("   %d facts, %d checks run, %d passed, %d findings%s%n", d.factCount(), d.checks().size(), d.passed(),
                    d.findings().size(), otherOutcomes(d));
            GoingConcernVerdict.of(d).ifPresent(v -> out.println("   " + v.line()));
            out.println();
            if (d.findings().isEmpty()) {
                out.println("   No findings.");
            }
            for (Finding f : d.findings()) {
                out.printf("   %-7s %-8s %s%s%n", f.getSeverity().toUpperCase(), f.getRuleId(),
                        report.inBaseline(f) ? "[baseline] " : "", f.getMessage());
                if (!f.getDetails().isEmpty()) {
                    // evidence lines written by the rule, in reading order, with their positions
                    for (String line : f.getDetails()) out.println("             " + line);
                    continue;
                }
                Set<String> seen = new LinkedHashSet<>();
                for (Figure e : f.getEvidence()) {
                    String line = String.format("             %-44s %-22s %18s  %s", cut(e.getLabel(), 44), cut(nz(e.getColumnLabel()), 22),
                            io.tickmark.facts.MessageTemplate.amount(e.getValue()), where(e.getSource(), e.getTable()));
                    if (seen.add(line)) out.println(line);
                }
                for (SourceRef s : f.getSources()) out.println("             at " + s.describe());
            }
            out.println();
            out.println("   Coverage and checks by statement and note:");
            out.printf("   %-58s %9s %7s %7s %7s%n", "table", "rows read", "checks", "passed", "failed");
            for (Coverage.Line l : Coverage.lines(d)) {
                out.printf("   %-58s %4d/%-4d %7d %7d %7d%n", cut(l.table().getId(), 58), l.table().getRowsRead(),
                        l.table().getRowsWithFigures(), l.run(), l.passed(), l.failed());
            }
            if (report.showPassed()) {
                out.println();
                out.println("   Passed checks:");
                for (Check c : d.checks()) {
                    if (!c.isPassed()) continue;
                    out.printf("   ok  %-8s %-60s %s%n", c.getRuleId(), cut(c.getKey(), 60), c.getExpected());
                }
            }
            out.println();
        }
        for (Report.InputError e : report.inputErrors()) out.println("!! not checked: " + e.message());
        long known = report.findings().filter(report::inBaseline).count();
        if (known > 0) out.println(known + " finding(s) marked [baseline] were in the baseline report and do not fail the run.");
        out.flush();
    }

    private static String where(SourceRef s, String table) {
        return (s == null ? "" : s.describe()) + "  " + table;
    }

    static String cut(String s, int n) {
        if (s == null) return "";
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }


    /** Checks neither passed nor failed (rounding notes, computed scores), named so the counts add up. */
    private static String otherOutcomes(DocumentReport d) {
        java.util.Map<String, Integer> n = new java.util.TreeMap<>();
        for (io.tickmark.facts.Check c : d.checks()) if (!c.isPassed()) n.merge(c.getOutcome(), 1, Integer::sum);
        if (n.isEmpty()) return "";
        StringBuilder s = new StringBuilder(" (checks not passed: ");
        n.forEach((k, v) -> s.append(s.charAt(s.length() - 2) == ':' ? "" : ", ").append(v).append(' ').append(k));
        return s.append(')').toString();
    }
}
