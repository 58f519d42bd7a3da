package io.tickmark.report;

import io.tickmark.facts.Finding;
import io.tickmark.rules.RuleCatalogue;
import io.tickmark.rules.Severity;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The outcome of one run over one or more documents: the documents checked, the inputs that could
 * not be opened at all, the catalogue of the rules that ran, and the baseline of findings already
 * known (which are reported but do not gate).
 */
public record Report(String toolVersion, List<DocumentReport> documents, RuleCatalogue catalogue, boolean showPassed,
                     Baseline baseline, List<InputError> inputErrors) {

    /** A file given on the command line that could not be opened as a filing. */
    public record InputError(String path, String message) {}

    public Report {
        documents = List.copyOf(documents);
        inputErrors = List.copyOf(inputErrors);
        baseline = baseline == null ? Baseline.NONE : baseline;
    }

    public Report(String toolVersion, List<DocumentReport> documents, RuleCatalogue catalogue, boolean showPassed) {
        this(toolVersion, documents, catalogue, showPassed, Baseline.NONE, List.of());
    }

    /** Whether the finding is accepted: in the baseline, or waived in the filing's config. It does not gate. */
    public boolean inBaseline(Finding f) {
        return suppression(f).isPresent();
    }

    /** Why the finding is accepted (baseline or waiver), if it is. */
    public Optional<Suppression> suppression(Finding f) {
        if (baseline.isEmpty()) return Optional.empty();
        for (DocumentReport d : documents) {
            if (d.fingerprints().containsKey(f)) return baseline.lookup(f.getRuleId(), d.fingerprint(f), d.path());
        }
        return Optional.empty();
    }

    /** The document report a finding belongs to. */
    public Optional<DocumentReport> documentOf(Finding f) {
        return documents.stream().filter(d -> d.fingerprints().containsKey(f)).findFirst();
    }

    public Stream<Finding> findings() {
        return documents.stream().flatMap(d -> d.findings().stream());
    }

    /** Findings at or above {@code threshold} that are not in the baseline: what fails the run. */
    public List<Finding> gating(Severity threshold) {
        return findings().filter(f -> !inBaseline(f) && Severity.of(f.getSeverity()).rank() >= threshold.rank()).toList();
    }
}
