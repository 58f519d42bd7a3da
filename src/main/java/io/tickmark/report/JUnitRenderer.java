package io.tickmark.report;

import io.tickmark.facts.Check;
import io.tickmark.facts.Figure;
import io.tickmark.facts.Finding;
import io.tickmark.facts.SourceRef;
import io.tickmark.rules.RuleInfo;
import io.tickmark.rules.Severity;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * JUnit XML for CI test-report views: one test suite per document, one test case per check (a
 * passed check passes; a failed one fails with its finding's message), and one test case per
 * finding that no check stands for. A finding's test case fails for an error or a warning and is
 * skipped for a note or a finding already in the baseline. An input that could not be opened is a
 * suite with one erroneous test case.
 */
public final class JUnitRenderer implements Renderer {

    /** How a test case ends. */
    enum Status { PASSED, FAILED, SKIPPED }

    /** The one mapping from a finding to a test outcome; exhaustive over severities. */
    static Status status(Severity s, boolean baseline) {
        if (baseline) return Status.SKIPPED;
        return switch (s) {
            case ERROR, WARNING -> Status.FAILED;
            case NOTE -> Status.SKIPPED;
        };
    }

    private record Case(String classname, String name, Status status, String message, String type, String detail) {}

    @Override
    public void render(Report report, Writer w) throws IOException {
        List<String> suites = new ArrayList<>();
        int tests = 0, failures = 0, errors = 0, skipped = 0;
        for (DocumentReport d : report.documents()) {
            List<Case> cases = cases(d, report);
            int f = (int) cases.stream().filter(c -> c.status == Status.FAILED).count();
            int s = (int) cases.stream().filter(c -> c.status == Status.SKIPPED).count();
            tests += cases.size();
            failures += f;
            skipped += s;
            suites.add(suite(d.extraction().document().getPath(), cases, f, 0, s, GoingConcernVerdict.of(d).orElse(null)));
        }
        for (Report.InputError e : report.inputErrors()) {
            tests++;
            errors++;
            suites.add("  <testsuite name=\"" + Xml.escape(e.path()) + "\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\" time=\"0\">\n"
                    + "    <testcase classname=\"tickmark.input\" name=\"open\" time=\"0\">\n"
                    + "      <error message=\"" + Xml.escape(e.message()) + "\" type=\"unreadable-input\"/>\n"
                    + "    </testcase>\n  </testsuite>\n");
        }
        PrintWriter out = new PrintWriter(w);
        out.print("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.printf("<testsuites name=\"tickmark\" tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"%d\" time=\"0\">%n",
                tests, failures, errors, skipped);
        suites.forEach(out::print);
        out.print("</testsuites>\n");
        out.flush();
    }

    private static List<Case> cases(DocumentReport d, Report report) {
        List<Case> out = new ArrayList<>();
        Set<Finding> told = new HashSet<>();
        for (Check c : d.checks()) {
            Finding f = findingOf(c, d.findings());
            String cls = classname(report, c.getRuleId());
            String name = c.getKey();
            if (f != null) {
                told.add(f);
                out.add(forFinding(cls, name, f, report));
            } else if ("failed".equals(c.getOutcome())) {
                out.add(new Case(cls, name, Status.FAILED, c.getRuleId() + " failed: expected " + c.getExpected() + ", actual " + c.getActual(),
                        c.getRuleId(), evidence(c.getEvidence())));
            } else {
                out.add(new Case(cls, name, Status.PASSED, null, null, null));
            }
        }
        for (Finding f : d.findings()) {
            if (!told.contains(f)) out.add(forFinding(classname(report, f.getRuleId()), f.getSubject(), f, report));
        }
        return out;
    }

    private static Case forFinding(String cls, String name, Finding f, Report report) {
        boolean known = report.inBaseline(f);
        Status s = status(Severity.of(f.getSeverity()), known);
        String msg = (known ? "in baseline: " : "") + f.getRuleId() + " " + f.getSeverity() + ": " + f.getMessage();
        return new Case(cls, name, s, msg, f.getRuleId() + " " + f.getSeverity(), evidence(f));
    }

    /** The finding a check stands for: same rule, same evidence figures. */
    private static Finding findingOf(Check c, List<Finding> findings) {
        if (c.getEvidence().isEmpty()) return null;
        for (Finding f : findings) {
            if (f.getRuleId().equals(c.getRuleId()) && f.getEvidence().equals(c.getEvidence())) return f;
        }
        return null;
    }

    private static String classname(Report report, String ruleId) {
        String pack = report.catalogue().find(ruleId).map(RuleInfo::pack).orElse("rules");
        return "tickmark." + pack + "." + ruleId;
    }

    private static String evidence(Finding f) {
        StringBuilder s = new StringBuilder(evidence(f.getEvidence()));
        for (SourceRef r : f.getSources()) if (r != null) s.append("at ").append(r.describe()).append('\n');
        return s.toString();
    }

    private static String evidence(List<Figure> figures) {
        StringBuilder s = new StringBuilder();
        for (Figure e : figures) {
            s.append(e.getLabel());
            if (e.getColumnLabel() != null && !e.getColumnLabel().isEmpty()) s.append(" [").append(e.getColumnLabel()).append(']');
            s.append(" = ").append(e.getValue().toPlainString());
            if (e.getSource() != null && !e.getSource().describe().isEmpty()) s.append("  (").append(e.getSource().describe()).append(')');
            s.append("  ").append(e.getTable()).append('\n');
        }
        return s.toString();
    }

    private static String suite(String name, List<Case> cases, int failures, int errors, int skipped, GoingConcernVerdict verdict) {
        StringBuilder s = new StringBuilder();
        s.append("  <testsuite name=\"").append(Xml.escape(name)).append("\" tests=\"").append(cases.size())
                .append("\" failures=\"").append(failures).append("\" errors=\"").append(errors)
                .append("\" skipped=\"").append(skipped).append("\" time=\"0\">\n");
        if (verdict != null) {
            s.append("    <properties>\n      <property name=\"goingConcern\" value=\"").append(Xml.escape(verdict.verdict()))
                    .append("\"/>\n      <property name=\"goingConcernReason\" value=\"").append(Xml.escape(verdict.reason()))
                    .append("\"/>\n    </properties>\n");
        }
        for (Case c : cases) {
            s.append("    <testcase classname=\"").append(Xml.escape(c.classname)).append("\" name=\"")
                    .append(Xml.escape(c.name)).append("\" time=\"0\"");
            switch (c.status) {
                case PASSED -> s.append("/>\n");
                case FAILED -> s.append(">\n      <failure message=\"").append(Xml.escape(c.message)).append("\" type=\"")
                        .append(Xml.escape(c.type)).append("\">").append(Xml.escape(c.detail)).append("</failure>\n    </testcase>\n");
                case SKIPPED -> s.append(">\n      <skipped message=\"").append(Xml.escape(c.message)).append("\"/>\n    </testcase>\n");
            }
        }
        s.append("  </testsuite>\n");
        return s.toString();
    }
}
