package io.tickmark.run;

import io.tickmark.engine.EngineResult;
import io.tickmark.engine.RuleEngine;
import io.tickmark.extract.Extraction;
import io.tickmark.extract.json.FactsJson;
import io.tickmark.extract.text.TextExtractor;
import io.tickmark.normalize.Linkbase;
import io.tickmark.report.DocumentReport;
import io.tickmark.source.Source;
import io.tickmark.source.SourceOpener;
import io.tickmark.source.UnreadableInputException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * The pipeline for one document: open, extract by kind, run the rules. Shared by the CLI, the
 * tests and the benchmark.
 */
public final class Checker {
    private final RuleEngine engine;

    public Checker(RuleEngine engine) {
        this.engine = engine;
    }

    public RuleEngine engine() { return engine; }

    /** Opens and extracts a file; unreadable input is reported as such, never as a stack trace. */
    public Extraction extract(Path path) throws UnreadableInputException {
        Source source = SourceOpener.open(path);
        try {
            return switch (source.kind()) {
                case TEXT -> new TextExtractor().extract(source);
                case FACTS_JSON -> withLinkbase(FactsJson.read(source.bytes(), source.displayName()));
                case PDF -> PdfSupport.extract(source);
            };
        } catch (IOException e) {
            throw new UnreadableInputException(path + ": " + e.getMessage());
        }
    }

    public DocumentReport check(Path path, Set<String> packs) throws UnreadableInputException {
        return check(extract(path), packs);
    }

    public DocumentReport check(Extraction ex, Set<String> packs) {
        EngineResult r = engine.run(ex, packs);
        return new DocumentReport(ex, r.checks(), r.findings());
    }

    /** A facts file carries layout relations; the linkbase's are added for its framework. */
    private static Extraction withLinkbase(Extraction ex) {
        ex.relations().addAll(Linkbase.load().relationsFor(ex.document().getPath(), ex.document().getFramework()));
        return ex;
    }
}
