package io.tickmark.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tickmark.facts.Finding;

import java.io.IOException;
import java.io.Writer;
import java.util.Optional;

/**
 * The baseline file ({@code tickmark baseline}): the findings of a run that are to be accepted as
 * known, each with a reason a reviewer can edit, read back by {@link Baseline#read}. Findings
 * already waived in the filing's config are left out (they are accepted there); a reason written
 * in the previous baseline for the same finding is kept.
 */
public final class BaselineWriter {
    public static final String FORMAT = "tickmark-baseline/1";

    private final String defaultReason;
    private final Baseline previous;

    /** @param previous the baseline being replaced, whose reasons are kept ({@link Baseline#NONE} for none) */
    public BaselineWriter(String defaultReason, Baseline previous) {
        this.defaultReason = defaultReason;
        this.previous = previous;
    }

    /** Writes the baseline; returns how many findings it holds. */
    public int write(Report report, Writer w) throws IOException {
        JsonGenerator g = new ObjectMapper().getFactory().createGenerator(new NonClosingWriter(w));
        g.setPrettyPrinter(new DefaultPrettyPrinter());
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeObjectFieldStart("tool");
        g.writeStringField("name", "tickmark");
        g.writeStringField("version", report.toolVersion());
        g.writeEndObject();
        g.writeArrayFieldStart("documents");
        for (DocumentReport d : report.documents()) {
            g.writeStartObject();
            g.writeStringField("path", d.path());
            g.writeEndObject();
        }
        g.writeEndArray();
        int n = 0;
        g.writeArrayFieldStart("findings");
        for (DocumentReport d : report.documents()) {
            for (Finding f : d.findings()) {
                if (report.suppression(f).filter(s -> s.kind() == Suppression.Kind.WAIVER).isPresent()) continue;
                entry(g, d, f);
                n++;
            }
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        w.write('\n');
        w.flush();
        return n;
    }

    private void entry(JsonGenerator g, DocumentReport d, Finding f) throws IOException {
        String fp = d.fingerprint(f);
        Optional<Suppression> before = previous.lookup(f.getRuleId(), fp, d.path());
        g.writeStartObject();
        g.writeStringField("ruleId", f.getRuleId());
        g.writeStringField("fingerprint", fp);
        g.writeStringField("path", d.path());
        g.writeStringField("severity", f.getSeverity());
        g.writeStringField("message", f.getMessage());
        g.writeStringField("reason", before.map(Suppression::reason).filter(r -> !r.isEmpty()).orElse(defaultReason));
        String by = before.map(Suppression::by).orElse("");
        if (!by.isEmpty()) g.writeStringField("by", by);
        g.writeEndObject();
    }
}
