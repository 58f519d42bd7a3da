package io.tickmark.report;

import io.tickmark.extract.Pages;
import io.tickmark.facts.Check;
import io.tickmark.facts.DocumentInfo;
import io.tickmark.facts.Figure;
import io.tickmark.facts.Finding;
import io.tickmark.facts.SourceRef;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The report for a person at a terminal: findings first, with their evidence (pages for a PDF, each
 * quoted passage once), then what was read and checked of the primary statements (every table with
 * {@code --coverage}), then the checks that passed, by what they checked ({@code --show-passed}).
 */
public final class TextRenderer implements Renderer {
    /** The statements whose coverage is always shown: a report without them has read too little. */
    private static final Set<String> PRIMARY = Set.of("balance", "income", "comprehensive", "cashflow", "equity");

    /** Whether every table's coverage is listed, or only the primary statements'. */
    private final boolean fullCoverage;

    public TextRenderer() {
        this(false);
    }

    public TextRenderer(boolean fullCoverage) {
        this.fullCoverage = fullCoverage;
    }

    @Override
    public void render(Report report, Writer w) throws IOException {
        // rendered whole, then control characters from the filing escaped, so none reaches the terminal
        StringWriter text = new StringWriter();
        renderRaw(report, new PrintWriter(text));
        w.write(ControlCharacters.escape(text.toString()));
        w.flush();
    }

    private void renderRaw(Report report, PrintWriter out) {
        for (DocumentReport d : report.documents()) {
            header(out, d);
            findings(out, d, report);
            coverage(out, d);
            if (report.showPassed()) passed(out, d);
            out.println();
        }
        for (Report.InputError e : report.inputErrors()) out.println("!! not checked: " + e.message());
        long known = report.findings().filter(f -> report.suppression(f).filter(s -> s.kind() == Suppression.Kind.BASELINE).isPresent()).count();
        long waived = report.findings().filter(f -> report.suppression(f).filter(s -> s.kind() == Suppression.Kind.WAIVER).isPresent()).count();
        if (known > 0) out.println(known + " finding(s) marked [baseline] were in the baseline report and do not fail the run.");
        if (waived > 0) out.println(waived + " finding(s) marked [waived] are waived in the filing's config and do not fail the run.");
        out.flush();
    }

    private static void header(PrintWriter out, DocumentReport d) {
        DocumentInfo info = d.extraction().document();
        out.println("== " + info.getPath());
        out.println("   " + nz(info.getKind()) + (info.getEntity() != null ? ", " + info.getEntity() : "")
                + (info.getPeriodEnd() != null ? ", period ended " + info.getPeriodEnd() : "")
                + (info.getFramework() != null ? ", framework " + info.getFramework() : "")
                + (info.getCurrency() != null ? ", " + info.getCurrency() : "")
                + (d.extraction().encoding() != null ? ", text encoding " + d.extraction().encoding() : ""));
        out.printf("   %d facts, %d checks run, %d passed, %d findings%s%n", d.factCount(), d.checks().size(), d.passed(),
                d.findings().size(), otherOutcomes(d));
        GoingConcernVerdict.of(d).ifPresent(v -> out.println("   " + v.line()));
        out.println();
    }

    private static void findings(PrintWriter out, DocumentReport d, Report report) {
        if (d.findings().isEmpty()) out.println("   No findings.");
        Pages pages = d.extraction().pages();
        Set<String> quoted = new HashSet<>();
        for (Finding f : d.findings()) {
            String mark = report.suppression(f).map(s -> "[" + s.kind().label + "] ").orElse("");
            out.printf("   %-7s %-8s %s%s%n", f.getSeverity().toUpperCase(), f.getRuleId(), mark, f.getMessage());
            if (!f.getDetails().isEmpty()) {
                details(out, f.getDetails(), quoted);
                continue;
            }
            Set<String> seen = new LinkedHashSet<>();
            for (Figure e : f.getEvidence()) {
                String line = String.format("             %-44s %-22s %18s  %s", cut(e.getLabel(), 44), cut(nz(e.getColumnLabel()), 22),
                        io.tickmark.facts.MessageTemplate.amount(e.getValue()), where(e.getSource(), e.getTable(), pages));
                if (seen.add(line)) out.println(line);
            }
            for (SourceRef s : f.getSources()) if (seen.add(Places.describe(s, pages))) out.println("             at " + Places.describe(s, pages));
        }
    }

    /** Evidence lines written by the rule, in reading order; a passage already quoted in this document is not repeated. */
    private static void details(PrintWriter out, List<String> lines, Set<String> quoted) {
        int repeated = 0;
        for (String line : new LinkedHashSet<>(lines)) {
            if (line.length() > 40 && !quoted.add(line)) repeated++;
            else out.println("             " + line);
        }
        if (repeated > 0) out.println("             (" + repeated + " passage(s) quoted above)");
    }

    private void coverage(PrintWriter out, DocumentReport d) {
        Map<String, Integer> issues = extractionFindings(d);
        List<Coverage.Line> lines = Coverage.lines(d);
        List<Coverage.Line> shown = fullCoverage ? lines : lines.stream().filter(l -> PRIMARY.contains(l.table().getStatement())).toList();
        out.println();
        out.println(fullCoverage ? "   Coverage and checks by statement and note:" : "   Coverage of the primary statements:");
        if (shown.isEmpty()) out.println("   (no primary statement found: its figures were not checked)");
        else out.printf("   %-58s %9s %7s %7s %7s %10s %7s%n", "table", "rows read", "checks", "passed", "failed", "unverified", "unread");
        for (Coverage.Line l : shown) {
            out.printf("   %-58s %4d/%-4d %7d %7d %7d %10d %7s%n", cut(l.table().getId(), 58), l.table().getRowsRead(),
                    l.table().getRowsWithFigures(), l.run(), l.passed(), l.failed(), l.unverified(), unread(issues.get(l.table().getId())));
        }
        if (!fullCoverage && shown.size() < lines.size()) otherTables(out, lines, shown, issues);
    }

    /** One line for the notes and other tables, so the summary stays a summary. */
    private static void otherTables(PrintWriter out, List<Coverage.Line> lines, List<Coverage.Line> shown, Map<String, Integer> issues) {
        int tables = 0, read = 0, rows = 0, run = 0, passed = 0, failed = 0, unverified = 0, unread = 0;
        for (Coverage.Line l : lines) {
            if (shown.contains(l)) continue;
            tables++;
            read += l.table().getRowsRead();
            rows += l.table().getRowsWithFigures();
            run += l.run();
            passed += l.passed();
            failed += l.failed();
            unverified += l.unverified();
            unread += issues.getOrDefault(l.table().getId(), 0);
        }
        out.printf("   %-58s %4d/%-4d %7d %7d %7d %10d %7s%n", cut(tables + " notes and other tables (each with --coverage)", 58),
                read, rows, run, passed, failed, unverified, unread(unread));
    }

    /** Extraction findings per table: rows the table reader could not read, whatever the row count says. */
    private static Map<String, Integer> extractionFindings(DocumentReport d) {
        Map<String, Integer> n = new TreeMap<>();
        for (Finding f : d.findings()) {
            if (!"extraction".equals(f.getCategory()) || f.getSubject() == null) continue;
            for (Coverage.Line l : Coverage.lines(d)) {
                if (f.getSubject().startsWith(l.table().getId() + "/")) n.merge(l.table().getId(), 1, Integer::sum);
            }
        }
        return n;
    }

    private static String unread(Integer findings) {
        return findings == null || findings == 0 ? "" : findings + " EXT";
    }

    private static void passed(PrintWriter out, DocumentReport d) {
        out.println();
        out.println("   Passed checks:");
        JUnitNames names = new JUnitNames();
        for (Check c : d.checks()) {
            String name = names.of(c);
            if (c.isPassed()) out.printf("   ok  %-90s %s%n", cut(name, 90), nz(c.getExpected()));
        }
    }

    private static String where(SourceRef s, String table, Pages pages) {
        return Places.describe(s, pages) + "  " + table;
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
        Map<String, Integer> n = new TreeMap<>();
        for (Check c : d.checks()) if (!c.isPassed()) n.merge(c.getOutcome(), 1, Integer::sum);
        if (n.isEmpty()) return "";
        StringBuilder s = new StringBuilder(" (checks not passed: ");
        n.forEach((k, v) -> s.append(s.charAt(s.length() - 2) == ':' ? "" : ", ").append(v).append(' ').append(k));
        return s.append(')').toString();
    }
}
