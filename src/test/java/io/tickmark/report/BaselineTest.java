package io.tickmark.report;

import io.tickmark.rules.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BaselineTest {

    static Baseline baselineOf(Report report) {
        try {
            Path f = Files.createTempFile("tickmark-baseline", ".json");
            Files.writeString(f, Reports.render(new JsonRenderer(), report));
            Baseline b = Baseline.read(f);
            Files.delete(f);
            return b;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void knownFindingsDoNotGateNewOnesDo() {
        Report first = Reports.of("footing-errors.facts.json");
        assertThat(first.gating(Severity.ERROR)).hasSize(2);
        Report again = Reports.of(baselineOf(first), List.of(), "footing-errors.facts.json");
        assertThat(again.gating(Severity.ERROR)).isEmpty();
        assertThat(again.findings().filter(again::inBaseline)).hasSize(2);
        assertThat(Reports.render(new JsonRenderer(), again)).contains("\"baseline\" : true");
        assertThat(Reports.render(new SarifRenderer(), again)).contains("\"baselineState\" : \"unchanged\"");
        assertThat(Reports.render(new TextRenderer(), again)).contains("[baseline]");
        assertThat(Reports.render(new JUnitRenderer(), again)).contains("<skipped message=\"baseline: " + Baseline.KNOWN + ": CON-001");
    }

    @Test
    void aBaselineOfAnotherDocumentLeavesFindingsNew() {
        // Baseline from the PDF-sourced fixture: one document, so it applies to a single file checked under a new name
        Report pdf = Reports.of("pdf-sources.facts.json");
        Report redraft = Reports.of(baselineOf(pdf), List.of(), "footing-errors.facts.json");
        // the consolidated error matches (same rule and subject); the parent company's is new
        assertThat(redraft.gating(Severity.ERROR)).singleElement()
                .satisfies(f -> assertThat(f.getSubject()).startsWith("parent/"));
        assertThat(Reports.render(new SarifRenderer(), redraft)).contains("\"baselineState\" : \"new\"");
    }

    @Test
    void withSeveralDocumentsFindingsMatchWithinTheirOwnDocument() {
        Report both = Reports.of("pdf-sources.facts.json", "clean.facts.json");
        Report again = Reports.of(baselineOf(both), List.of(), "footing-errors.facts.json");
        assertThat(again.gating(Severity.ERROR)).hasSize(2);
    }

    @Test
    void notAReport() throws IOException {
        Path f = Files.createTempFile("tickmark-baseline", ".json");
        Files.writeString(f, "{\"format\": \"tickmark-facts/1\"}");
        assertThatThrownBy(() -> Baseline.read(f)).hasMessageContaining("not a tickmark JSON report");
        Files.writeString(f, "not json");
        assertThatThrownBy(() -> Baseline.read(f)).hasMessageContaining("baseline cannot be read");
        Files.delete(f);
    }
}
