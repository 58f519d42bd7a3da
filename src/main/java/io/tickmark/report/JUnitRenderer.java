package io.tickmark.report;

import io.tickmark.facts.Check;
import io.tickmark.facts.Figure;
import io.tickmark.facts.Finding;
import io.tickmark.facts.SourceRef;
import io.tickmark.rules.RuleInfo;
import io.tickmark.rules.Severity;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML for CI test-report views, in the common (Jenkins/Ant) schema: one test suite per
 * document, one test case per check (a passed check passes; a failed one fails with its finding's
 * message and evidence), and one test case per finding that no check stands for. A finding's test
 * case fails for an error or a warning and is skipped for a note or a finding in the baseline or
 * waived, so a run gated on its baseline is green until something new fails. Every test case has a
 * name unique within its suite ({@link JUnitNames}). An input that could not be opened is a suite
 * with one erroneous test case. Written with an XML writer, so any text is escaped.
 */
public final class JUnitRenderer implements Renderer {

    /** How a test case ends. */
    enum Status { PASSED, FAILED, SKIPPED, ERROR }

    /** The one mapping from a finding to a test outcome; exhaustive over severities. */
    static Status status(Severity s, boolean baseline) {
        if (baseline) return Status.SKIPPED;
        return switch (s) {
            case ERROR, WARNING -> Status.FAILED;
            case NOTE -> Status.SKIPPED;
        };
    }

    private record Case(String classname, String name, Status status, String message, String type, String detail) {}

    private record Suite(String name, List<Case> cases, GoingConcernVerdict verdict) {
        long count(Status s) { return cases.stream().filter(c -> c.status == s).count(); }
    }

    @Override
    public void render(Report report, Writer w) throws IOException {
        List<Suite> suites = new ArrayList<>();
        for (DocumentReport d : report.documents()) suites.add(new Suite(d.path(), cases(d, report), GoingConcernVerdict.of(d).orElse(null)));
        for (Report.InputError e : report.inputErrors()) {
            suites.add(new Suite(e.path(), List.of(new Case("tickmark.input", "open", Status.ERROR, e.message(), "unreadable-input", null)), null));
        }
        try {
            write(suites, w);
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
        w.flush();
    }

    private static List<Case> cases(DocumentReport d, Report report) {
        List<Case> out = new ArrayList<>();
        JUnitNames names = new JUnitNames();
        Map<Finding, Boolean> told = new IdentityHashMap<>();
        for (Check c : d.checks()) {
            Finding f = findingOf(c, d.findings(), told);
            String cls = classname(report, c.getRuleId());
            // a check on figures is named by them; one without (a disclosure looked for) by its finding's subject
            String name = f != null && c.getEvidence().isEmpty() ? names.of(f, d.fingerprint(f)) : names.of(c);
            if (f != null) {
                told.put(f, true);
                out.add(forFinding(cls, name, f, report));
            } else if ("failed".equals(c.getOutcome())) {
                out.add(new Case(cls, name, Status.FAILED, c.getRuleId() + " failed: expected " + c.getExpected() + ", actual " + c.getActual(),
                        c.getRuleId(), evidence(c.getEvidence())));
            } else {
                out.add(new Case(cls, name, Status.PASSED, null, null, null));
            }
        }
        for (Finding f : d.findings()) {
            if (!told.containsKey(f)) out.add(forFinding(classname(report, f.getRuleId()), names.of(f, d.fingerprint(f)), f, report));
        }
        return out;
    }

    private static Case forFinding(String cls, String name, Finding f, Report report) {
        var why = report.suppression(f);
        Status s = status(Severity.of(f.getSeverity()), why.isPresent());
        String msg = why.map(x -> x.describe() + ": ").orElse("") + f.getRuleId() + " " + f.getSeverity() + ": " + f.getMessage();
        return new Case(cls, name, s, msg, f.getRuleId() + " " + f.getSeverity(), evidence(f));
    }

    /**
     * The finding a check stands for, not yet told by another check, of the same rule: with the same
     * evidence figures; or, for a check that did not pass and names no figures (a disclosure looked for
     * and not found), with the check's key as its subject (or the subject's last part), or at the place
     * the check names.
     */
    private static Finding findingOf(Check c, List<Finding> findings, Map<Finding, Boolean> told) {
        List<Finding> same = findings.stream().filter(f -> !told.containsKey(f) && f.getRuleId().equals(c.getRuleId())).toList();
        if (!c.getEvidence().isEmpty()) {
            return same.stream().filter(f -> f.getEvidence().equals(c.getEvidence())).findFirst().orElse(null);
        }
        if (c.isPassed()) return null;
        String key = c.getKey() == null ? "" : c.getKey();
        String last = key.substring(key.lastIndexOf('/') + 1);
        for (Finding f : same) if (key.equals(f.getSubject())) return f;
        for (Finding f : same) if (!last.isEmpty() && f.getSubject() != null && f.getSubject().endsWith("/" + last)) return f;
        if (c.getWhere() == null || c.getWhere().isEmpty()) return null;
        for (Finding f : same) {
            if (f.getAllSources().stream().anyMatch(s -> c.getWhere().equals(s.describe()))) return f;
        }
        return null;
    }

    private static String classname(Report report, String ruleId) {
        String pack = report.catalogue().find(ruleId).map(RuleInfo::pack).orElse("rules");
        return "tickmark." + pack + "." + ruleId;
    }

    private static String evidence(Finding f) {
        StringBuilder s = new StringBuilder(evidence(f.getEvidence()));
        for (String line : f.getDetails()) s.append(line).append('\n');
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

    private static void write(List<Suite> suites, Writer w) throws XMLStreamException {
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(new NonClosingWriter(w));
        x.writeStartDocument("UTF-8", "1.0");
        x.writeCharacters("\n");
        x.writeStartElement("testsuites");
        x.writeAttribute("name", "tickmark");
        // the common schema knows tests, failures, errors on <testsuites>; skipped is per suite only
        x.writeAttribute("tests", String.valueOf(suites.stream().mapToInt(s -> s.cases.size()).sum()));
        x.writeAttribute("failures", String.valueOf(suites.stream().mapToLong(s -> s.count(Status.FAILED)).sum()));
        x.writeAttribute("errors", String.valueOf(suites.stream().mapToLong(s -> s.count(Status.ERROR)).sum()));
        x.writeAttribute("time", "0");
        for (Suite s : suites) suite(x, s);
        x.writeCharacters("\n");
        x.writeEndElement();
        x.writeCharacters("\n");
        x.writeEndDocument();
        x.flush();
        x.close();
    }

    private static void suite(XMLStreamWriter x, Suite s) throws XMLStreamException {
        x.writeCharacters("\n  ");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", Xml.legal(s.name));
        x.writeAttribute("tests", String.valueOf(s.cases.size()));
        x.writeAttribute("failures", String.valueOf(s.count(Status.FAILED)));
        x.writeAttribute("errors", String.valueOf(s.count(Status.ERROR)));
        x.writeAttribute("skipped", String.valueOf(s.count(Status.SKIPPED)));
        x.writeAttribute("time", "0");
        if (s.verdict != null) {
            // the going-concern verdict of the document, where CI systems show suite properties
            x.writeCharacters("\n    ");
            x.writeStartElement("properties");
            property(x, "goingConcern", s.verdict.verdict());
            property(x, "goingConcernReason", s.verdict.reason());
            x.writeCharacters("\n    ");
            x.writeEndElement();
        }
        for (Case c : s.cases) testcase(x, c);
        x.writeCharacters("\n  ");
        x.writeEndElement();
    }

    private static void property(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeCharacters("\n      ");
        x.writeEmptyElement("property");
        x.writeAttribute("name", name);
        x.writeAttribute("value", Xml.legal(value));
    }

    private static void testcase(XMLStreamWriter x, Case c) throws XMLStreamException {
        x.writeCharacters("\n    ");
        if (c.status == Status.PASSED) x.writeEmptyElement("testcase");
        else x.writeStartElement("testcase");
        x.writeAttribute("classname", Xml.legal(c.classname));
        x.writeAttribute("name", Xml.legal(c.name));
        x.writeAttribute("time", "0");
        if (c.status == Status.PASSED) return;
        x.writeCharacters("\n      ");
        switch (c.status) {
            case FAILED -> outcome(x, "failure", c);
            case ERROR -> outcome(x, "error", c);
            case SKIPPED -> {
                x.writeEmptyElement("skipped");
                x.writeAttribute("message", Xml.legal(c.message));
            }
            case PASSED -> throw new IllegalStateException();
        }
        x.writeCharacters("\n    ");
        x.writeEndElement();
    }

    private static void outcome(XMLStreamWriter x, String element, Case c) throws XMLStreamException {
        x.writeStartElement(element);
        x.writeAttribute("message", Xml.legal(c.message));
        x.writeAttribute("type", Xml.legal(c.type));
        if (c.detail != null && !c.detail.isEmpty()) x.writeCharacters(Xml.legal(c.detail));
        x.writeEndElement();
    }
}
