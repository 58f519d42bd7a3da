package io.tickmark.report;

import io.tickmark.extract.Pages;
import io.tickmark.facts.Check;
import io.tickmark.facts.DocumentInfo;
import io.tickmark.facts.Figure;
import io.tickmark.facts.Finding;
import io.tickmark.facts.SourceRef;
import io.tickmark.rules.RuleInfo;
import io.tickmark.rules.Severity;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A self-contained HTML report for a person (no scripts, fonts or images fetched): per document a
 * summary, the findings grouped by severity and category with their evidence and source lines, the
 * coverage by statement and note, and the passed checks folded away.
 */
public final class HtmlRenderer implements Renderer {
    private static final String CSS_RESOURCE = "/report/report.css";

    @Override
    public void render(Report report, Writer out) throws IOException {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<meta name=\"generator\" content=\"tickmark ").text(report.toolVersion()).raw("\">\n")
                .raw("<title>tickmark report</title>\n<style>\n").raw(css()).raw("</style>\n</head>\n<body>\n");
        h.raw("<header class=\"top\"><h1>tickmark report</h1><p>")
                .text(report.documents().size() + " document" + (report.documents().size() == 1 ? "" : "s") + " checked")
                .text(report.inputErrors().isEmpty() ? "" : ", " + report.inputErrors().size() + " could not be read")
                .raw(" &middot; tickmark ").text(report.toolVersion()).raw("</p></header>\n<main>\n");
        if (!report.inputErrors().isEmpty()) {
            h.raw("<section class=\"errors\"><h2>Not checked</h2><ul>\n");
            for (Report.InputError e : report.inputErrors()) h.raw("<li>").text(e.message()).raw("</li>\n");
            h.raw("</ul></section>\n");
        }
        if (report.documents().size() > 1) {
            h.raw("<nav><ol>\n");
            for (int i = 0; i < report.documents().size(); i++) {
                DocumentReport d = report.documents().get(i);
                h.raw("<li><a href=\"#doc-" + (i + 1) + "\">").text(d.extraction().document().getPath()).raw("</a> ")
                        .raw(counts(d, report)).raw("</li>\n");
            }
            h.raw("</ol></nav>\n");
        }
        for (int i = 0; i < report.documents().size(); i++) document(h, report.documents().get(i), i + 1, report);
        rulesCited(h, report);
        h.raw("</main>\n</body>\n</html>\n");
        out.write(h.toString());
        out.flush();
    }

    private static void document(Html h, DocumentReport d, int n, Report report) {
        DocumentInfo info = d.extraction().document();
        h.raw("<section class=\"document\" id=\"doc-" + n + "\">\n<h2>").text(info.getPath()).raw("</h2>\n<p class=\"meta\">");
        List<String> meta = new ArrayList<>();
        if (info.getKind() != null) meta.add(info.getKind());
        if (info.getEntity() != null) meta.add(info.getEntity());
        if (info.getPeriodEnd() != null) meta.add("period end " + info.getPeriodEnd());
        if (info.getCurrency() != null) meta.add(info.getCurrency());
        if (info.getFramework() != null) meta.add("framework " + info.getFramework());
        h.text(String.join(" · ", meta)).raw("</p>\n");
        GoingConcernVerdict.of(d).ifPresent(v -> h.raw("<p class=\"verdict\">").text(v.line()).raw("</p>\n"));

        Map<Severity, Long> bySeverity = new TreeMap<>();
        for (Finding f : d.findings()) bySeverity.merge(Severity.of(f.getSeverity()), 1L, Long::sum);
        long baseline = d.findings().stream().filter(report::inBaseline).count();
        h.raw("<div class=\"cards\">\n");
        card(h, "facts", d.factCount(), "");
        card(h, "tables read", d.extraction().tables().size(), "");
        card(h, "checks run", d.checks().size(), "");
        card(h, "passed", d.passed(), "ok");
        for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.NOTE)) {
            card(h, plural(s), bySeverity.getOrDefault(s, 0L), bySeverity.getOrDefault(s, 0L) > 0 ? "sev-" + s.label() : "");
        }
        if (baseline > 0) card(h, "in baseline", baseline, "baseline");
        h.raw("</div>\n");
        h.raw("<p class=\"jump\"><a href=\"#findings-" + n + "\">Findings</a> · <a href=\"#coverage-" + n
                + "\">Coverage</a> · <a href=\"#passed-" + n + "\">Passed checks</a></p>\n");

        h.raw("<h3 id=\"findings-" + n + "\">Findings</h3>\n");
        if (d.findings().isEmpty()) {
            h.raw("<p class=\"clean\">No findings: ").text(d.checks().size() + " checks run, " + d.passed() + " passed.").raw("</p>\n");
        }
        for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.NOTE)) {
            List<Finding> fs = d.findings().stream().filter(f -> Severity.of(f.getSeverity()) == s).toList();
            if (fs.isEmpty()) continue;
            h.raw("<details class=\"severity-group\" open>\n<summary><h4 class=\"sev-" + s.label() + "\">")
                    .text(capital(plural(s)) + " (" + fs.size() + ")").raw("</h4></summary>\n");
            Map<String, List<Finding>> byCategory = fs.stream().collect(Collectors.groupingBy(
                    f -> f.getCategory() == null || f.getCategory().isEmpty() ? "uncategorised" : f.getCategory(),
                    TreeMap::new, Collectors.toList()));
            for (Map.Entry<String, List<Finding>> e : byCategory.entrySet()) {
                h.raw("<h5>").text(e.getKey() + " (" + e.getValue().size() + ")").raw("</h5>\n");
                for (Finding f : e.getValue()) finding(h, f, s, report);
            }
            h.raw("</details>\n");
        }

        coverage(h, d, n);
        passedChecks(h, d, n);
        h.raw("</section>\n");
    }

    private static void finding(Html h, Finding f, Severity s, Report report) {
        boolean known = report.inBaseline(f);
        h.raw("<article class=\"finding sev-" + s.label() + (known ? " known" : "") + "\">\n<div class=\"head\">")
                .raw("<span class=\"badge sev-" + s.label() + "\">").text(s.label()).raw("</span> <code class=\"rule\">")
                .text(f.getRuleId()).raw("</code>");
        report.catalogue().find(f.getRuleId()).ifPresent(r -> h.raw(" <span class=\"rulename\">").text(r.name()).raw("</span>"));
        if (known) h.raw(" <span class=\"badge baseline\">baseline</span>");
        Pages pages = report.documentOf(f).map(d -> d.extraction().pages()).orElse(Pages.NONE);
        String where = f.getAllSources().stream().map(x -> Places.describe(x, pages)).filter(x -> !x.isEmpty()).findFirst().orElse("");
        if (!where.isEmpty()) h.raw(" <span class=\"where\">").text(where).raw("</span>");
        h.raw("</div>\n<p class=\"msg\">").text(f.getMessage()).raw("</p>\n");
        if (!f.getEvidence().isEmpty()) {
            h.raw("<table class=\"evidence\"><thead><tr><th>Line item</th><th>Column</th><th>Period</th>")
                    .raw("<th class=\"num\">Value</th><th>Table</th><th>Source</th></tr></thead><tbody>\n");
            boolean first = true;
            for (Figure e : f.getEvidence()) {
                h.raw(first ? "<tr class=\"lead\">" : "<tr>").raw("<td>").text(e.getLabel()).raw("</td><td>").text(e.getColumnLabel())
                        .raw("</td><td>").text(e.getPeriod()).raw("</td><td class=\"num\">").text(amount(e)).raw("</td><td>")
                        .text(e.getTable()).raw("</td><td class=\"src\">").text(Places.describe(e.getSource(), pages))
                        .raw("</td></tr>\n");
                first = false;
            }
            h.raw("</tbody></table>\n");
        }
        List<String> extra = f.getSources().stream().filter(x -> x != null).map(x -> Places.describe(x, pages))
                .filter(x -> !x.isEmpty() && !x.equals(where)).distinct().toList();
        if (!extra.isEmpty()) h.raw("<p class=\"sources\">See also ").text(seeAlso(extra)).raw("</p>\n");
        report.catalogue().find(f.getRuleId()).map(RuleInfo::authority).filter(a -> a != null && !a.isEmpty())
                .ifPresent(a -> h.raw("<p class=\"authority\">").text(a).raw("</p>\n"));
        h.raw("</article>\n");
    }

    private static void coverage(Html h, DocumentReport d, int n) {
        h.raw("<h3 id=\"coverage-" + n + "\">Coverage by statement and note</h3>\n");
        List<Coverage.Line> lines = Coverage.lines(d);
        if (lines.isEmpty()) {
            h.raw("<p class=\"empty\">No statement or table of figures was read from this document: nothing was checked.</p>\n");
            return;
        }
        h.raw("<table class=\"coverage\"><thead><tr><th>Table</th><th>Title</th><th>Scope</th>")
                .raw("<th class=\"num\">Rows read</th><th class=\"num\">Checks</th><th class=\"num\">Passed</th>")
                .raw("<th class=\"num\">Failed</th><th class=\"num\" title=\"totals the figures did not settle: not passed, not failed\">Unverified</th><th>Source</th></tr></thead>\n");
        groupRows(h, "Statements", lines.stream().filter(l -> l.table().isPrimaryStatement()).toList());
        groupRows(h, "Notes", lines.stream().filter(l -> !l.table().isPrimaryStatement()).toList());
        h.raw("</table>\n");
    }

    private static void groupRows(Html h, String title, List<Coverage.Line> lines) {
        if (lines.isEmpty()) return;
        int read = lines.stream().mapToInt(l -> l.table().getRowsRead()).sum();
        int rows = lines.stream().mapToInt(l -> l.table().getRowsWithFigures()).sum();
        h.raw("<tbody><tr class=\"group\"><th colspan=\"3\">").text(title + " (" + lines.size() + ")").raw("</th><th class=\"num\">")
                .text(read + " / " + rows).raw("</th><th class=\"num\">").text(Integer.toString(lines.stream().mapToInt(Coverage.Line::run).sum()))
                .raw("</th><th class=\"num\">").text(Integer.toString(lines.stream().mapToInt(Coverage.Line::passed).sum()))
                .raw("</th><th class=\"num\">").text(Integer.toString(lines.stream().mapToInt(Coverage.Line::failed).sum()))
                .raw("</th><th class=\"num\">").text(Integer.toString(lines.stream().mapToInt(Coverage.Line::unverified).sum()))
                .raw("</th><th></th></tr>\n");
        for (Coverage.Line l : lines) {
            boolean partial = l.table().getRowsRead() < l.table().getRowsWithFigures();
            h.raw("<tr><td><code>").text(l.table().getId()).raw("</code></td><td>").text(l.table().getTitle())
                    .raw("</td><td>").text(l.table().getScope()).raw("</td><td class=\"num" + (partial ? " partial" : "") + "\">")
                    .text(l.table().getRowsRead() + " / " + l.table().getRowsWithFigures()).raw("</td><td class=\"num\">")
                    .text(Integer.toString(l.run())).raw("</td><td class=\"num\">").text(Integer.toString(l.passed()))
                    .raw("</td><td class=\"num" + (l.failed() > 0 ? " bad" : "") + "\">").text(Integer.toString(l.failed()))
                    .raw("</td><td class=\"num\">").text(Integer.toString(l.unverified()))
                    .raw("</td><td class=\"src\">").text(l.table().getSource() == null ? "" : l.table().getSource().describe())
                    .raw("</td></tr>\n");
        }
        h.raw("</tbody>\n");
    }

    /**
     * Folded away on screen; printed in full (a closed details element prints only its summary in
     * most browsers, so the table is written a second time for print only).
     */
    private static void passedChecks(Html h, DocumentReport d, int n) {
        List<Check> passed = d.checks().stream().filter(Check::isPassed).toList();
        Html table = new Html();
        passedTable(table, d, passed);
        h.raw("<details class=\"passed\" id=\"passed-" + n + "\"><summary>Passed checks (").text(Integer.toString(passed.size())).raw(")</summary>\n")
                .raw(table.toString()).raw("</details>\n");
        h.raw("<section class=\"print-only\"><h4>Passed checks (").text(Integer.toString(passed.size())).raw(")</h4>\n")
                .raw(table.toString()).raw("</section>\n");
    }

    private static void passedTable(Html h, DocumentReport d, List<Check> passed) {
        if (passed.isEmpty()) {
            h.raw("<p class=\"empty\">No check passed.</p>\n");
            return;
        }
        JUnitNames names = new JUnitNames();
        Map<Check, String> named = new java.util.IdentityHashMap<>();
        for (Check c : d.checks()) named.put(c, names.of(c)); // every check, so names match the JUnit report's
        h.raw("<table class=\"passed\"><thead><tr><th>Rule</th><th>Check</th><th class=\"num\">Expected</th><th class=\"num\">Actual</th>")
                .raw("<th>Where</th><th>Source</th></tr></thead><tbody>\n");
        for (Check c : passed) {
            String src = c.getEvidence().isEmpty() ? "" : Places.describe(c.getEvidence().get(0).getSource(), d.extraction().pages());
            String what = named.get(c).substring(c.getRuleId().length()).trim();
            h.raw("<tr><td><code>").text(c.getRuleId()).raw("</code></td><td>").text(what).raw("</td>")
                    .raw(valueCell(c.getExpected())).raw(valueCell(c.getActual())).raw("<td>")
                    .text(c.getWhere()).raw("</td><td class=\"src\">").text(src).raw("</td></tr>\n");
        }
        h.raw("</tbody></table>\n");
    }

    /** A figure right-aligned and kept on one line; words (a quote, a description) wrap like text. */
    private static String valueCell(String v) {
        boolean number = v != null && v.matches("-?\\d+(\\.\\d+)?");
        return (number ? "<td class=\"num\">" : "<td>") + Xml.escape(grouped(v)) + "</td>";
    }

    /** A few places, then how many more: a finding resting on a hundred lines should not list them all. */
    static String seeAlso(List<String> places) {
        int shown = 8;
        if (places.size() <= shown) return String.join(", ", places);
        return String.join(", ", places.subList(0, shown)) + " and " + (places.size() - shown) + " more";
    }

    private static void rulesCited(Html h, Report report) {
        TreeSet<String> ids = report.findings().map(Finding::getRuleId).collect(Collectors.toCollection(TreeSet::new));
        if (ids.isEmpty()) return;
        h.raw("<section class=\"rules\"><h2>Rules cited</h2><dl>\n");
        for (String id : ids) {
            RuleInfo r = report.catalogue().find(id).orElse(null);
            h.raw("<dt><code>").text(id).raw("</code> ").text(r == null ? "" : r.name()).raw("</dt><dd>");
            if (r != null) {
                if (r.description() != null) h.text(r.description()).raw("<br>");
                h.raw("<span class=\"authority\">").text(r.authority()).raw("</span>");
            }
            h.raw("</dd>\n");
        }
        h.raw("</dl></section>\n");
    }

    private static void card(Html h, String label, long n, String cls) {
        h.raw("<div class=\"card " + cls + "\"><span class=\"n\">").text(Long.toString(n)).raw("</span><span class=\"l\">")
                .text(label).raw("</span></div>\n");
    }

    private static String counts(DocumentReport d, Report report) {
        Map<Severity, Long> m = new TreeMap<>();
        long known = 0;
        for (Finding f : d.findings()) {
            if (report.inBaseline(f)) known++;
            else m.merge(Severity.of(f.getSeverity()), 1L, Long::sum);
        }
        StringBuilder s = new StringBuilder();
        if (known > 0) s.append("<span class=\"badge baseline\">").append(known).append(" in baseline</span> ");
        for (Severity sev : List.of(Severity.ERROR, Severity.WARNING, Severity.NOTE)) {
            long c = m.getOrDefault(sev, 0L);
            if (c > 0) s.append("<span class=\"badge sev-").append(sev.label()).append("\">").append(c).append(' ')
                    .append(sev.label()).append(c == 1 ? "" : "s").append("</span> ");
        }
        if (m.isEmpty()) s.insert(0, "<span class=\"badge ok\">" + (known > 0 ? "no new findings" : "clean") + "</span> ");
        return s.toString().trim();
    }

    private static String plural(Severity s) {
        return switch (s) {
            case ERROR -> "errors";
            case WARNING -> "warnings";
            case NOTE -> "notes";
        };
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The figure as displayed, grouped by thousands, with its unit scale when not 1. */
    static String amount(Figure f) {
        String v = grouped(f.getValue().toPlainString());
        if (f.getScale() == 1000) return v + " ('000)";
        if (f.getScale() == 1_000_000) return v + " (m)";
        if (f.getScale() > 1) return v + " (×" + f.getScale() + ")";
        return v;
    }

    static String grouped(String plain) {
        if (plain == null) return "";
        try {
            BigDecimal v = new BigDecimal(plain);
            DecimalFormat fmt = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
            fmt.setMinimumFractionDigits(Math.max(0, v.scale()));
            fmt.setMaximumFractionDigits(Math.max(0, v.scale()));
            return fmt.format(v);
        } catch (NumberFormatException e) {
            return plain;
        }
    }

    private static String css() {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream(CSS_RESOURCE)) {
            if (in == null) throw new IllegalStateException(CSS_RESOURCE + " missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(CSS_RESOURCE + " unreadable", e);
        }
    }

    /** A string builder that escapes text and passes markup through. */
    private static final class Html {
        private final StringBuilder b = new StringBuilder(1 << 16);

        Html raw(String s) {
            b.append(s);
            return this;
        }

        Html text(String s) {
            b.append(Xml.escape(s));
            return this;
        }

        @Override
        public String toString() {
            return b.toString();
        }
    }
}
