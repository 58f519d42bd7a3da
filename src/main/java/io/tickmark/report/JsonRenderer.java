package io.tickmark.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tickmark.facts.Check;
import io.tickmark.facts.DocumentInfo;
import io.tickmark.facts.Figure;
import io.tickmark.facts.Finding;
import io.tickmark.facts.SourceRef;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The JSON report of ../shared/DESIGN.md: stable field names, deterministic order. */
public final class JsonRenderer implements Renderer {
    /** One line, no indentation: a record of JSON lines. */
    private final boolean compact;

    public JsonRenderer() {
        this(false);
    }

    public JsonRenderer(boolean compact) {
        this.compact = compact;
    }

    @Override
    public void render(Report report, Writer w) throws IOException {
        JsonGenerator g = new ObjectMapper().getFactory().createGenerator(w);
        if (!compact) g.setPrettyPrinter(new DefaultPrettyPrinter());
        g.writeStartObject();
        g.writeObjectFieldStart("tool");
        g.writeStringField("name", "tickmark");
        g.writeStringField("version", report.toolVersion());
        g.writeEndObject();
        g.writeArrayFieldStart("documents");
        for (DocumentReport d : report.documents()) {
            DocumentInfo info = d.extraction().document();
            g.writeStartObject();
            g.writeStringField("path", info.getPath());
            g.writeStringField("kind", info.getKind());
            g.writeStringField("entity", info.getEntity());
            g.writeStringField("periodEnd", info.getPeriodEnd());
            g.writeStringField("currency", info.getCurrency());
            g.writeStringField("framework", info.getFramework());
            if (d.extraction().encoding() != null) g.writeStringField("encoding", d.extraction().encoding());
            g.writeNumberField("facts", d.factCount());
            g.writeObjectFieldStart("checks");
            g.writeNumberField("run", d.checks().size());
            g.writeNumberField("passed", d.passed());
            g.writeEndObject();
            var verdict = GoingConcernVerdict.of(d);
            if (verdict.isPresent()) {
                g.writeObjectFieldStart("goingConcern");
                g.writeStringField("verdict", verdict.get().verdict());
                g.writeStringField("reason", verdict.get().reason());
                g.writeEndObject();
            }
            g.writeArrayFieldStart("coverage");
            for (Coverage.Line l : Coverage.lines(d)) {
                g.writeStartObject();
                g.writeStringField("table", l.table().getId());
                g.writeStringField("statement", l.table().getStatement());
                g.writeStringField("scope", l.table().getScope());
                g.writeStringField("title", l.table().getTitle());
                g.writeNumberField("rowsWithFigures", l.table().getRowsWithFigures());
                g.writeNumberField("rowsRead", l.table().getRowsRead());
                g.writeNumberField("checksRun", l.run());
                g.writeNumberField("checksPassed", l.passed());
                g.writeNumberField("checksFailed", l.failed());
                g.writeNumberField("checksUnverified", l.unverified());
                writeSource(g, l.table().getSource());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("errors");
        for (Report.InputError e : report.inputErrors()) {
            g.writeStartObject();
            g.writeStringField("path", e.path());
            g.writeStringField("message", e.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("findings");
        for (DocumentReport d : report.documents()) {
            for (Finding f : d.findings()) {
                g.writeStartObject();
                g.writeStringField("ruleId", f.getRuleId());
                g.writeStringField("severity", f.getSeverity());
                g.writeStringField("category", f.getCategory());
                g.writeStringField("message", f.getMessage());
                g.writeStringField("document", f.getDocument());
                g.writeStringField("path", d.path());
                g.writeStringField("fingerprint", d.fingerprint(f));
                g.writeBooleanField("baseline", report.inBaseline(f));
                g.writeArrayFieldStart("evidence");
                for (Figure e : f.getEvidence()) writeFigure(g, e);
                g.writeEndArray();
                if (!f.getDetails().isEmpty()) {
                    g.writeArrayFieldStart("details");
                    for (String line : f.getDetails()) g.writeString(line);
                    g.writeEndArray();
                }
                g.writeArrayFieldStart("sources");
                for (SourceRef s : f.getAllSources()) {
                    g.writeStartObject();
                    writeSourceFields(g, s);
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        if (report.showPassed()) {
            g.writeArrayFieldStart("checks");
            for (DocumentReport d : report.documents()) {
                for (Check c : d.checks()) {
                    g.writeStartObject();
                    g.writeStringField("ruleId", c.getRuleId());
                    g.writeStringField("document", c.getDocument());
                    g.writeStringField("key", c.getKey());
                    g.writeStringField("outcome", c.getOutcome());
                    g.writeStringField("expected", c.getExpected());
                    g.writeStringField("actual", c.getActual());
                    g.writeArrayFieldStart("evidence");
                    for (Figure e : c.getEvidence()) writeFigure(g, e);
                    g.writeEndArray();
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    private static void writeFigure(JsonGenerator g, Figure e) throws IOException {
        g.writeStartObject();
        g.writeStringField("concept", e.getConcept());
        g.writeStringField("label", e.getLabel());
        g.writeStringField("table", e.getTable());
        g.writeStringField("scope", e.getScope());
        g.writeStringField("column", e.getColumnLabel());
        g.writeStringField("period", e.getPeriod());
        g.writeStringField("value", e.getAmount().stripTrailingZeros().toPlainString());
        writeSource(g, e.getSource());
        g.writeEndObject();
    }

    private static void writeSource(JsonGenerator g, SourceRef s) throws IOException {
        if (s == null) return;
        g.writeObjectFieldStart("source");
        writeSourceFields(g, s);
        g.writeEndObject();
    }

    static void writeSourceFields(JsonGenerator g, SourceRef s) throws IOException {
        if (s.getPage() > 0) g.writeNumberField("page", s.getPage());
        if (s.getLine() > 0) g.writeNumberField("line", s.getLine());
        if (s.getLineEnd() > s.getLine()) g.writeNumberField("lineEnd", s.getLineEnd());
        if (s.getColumnEnd() > s.getColumn()) {
            g.writeNumberField("column", s.getColumn());
            g.writeNumberField("columnEnd", s.getColumnEnd());
        }
        if (s.getBox() != null) g.writeStringField("box", s.getBox());
    }

}
