package io.tickmark.run;

import io.tickmark.engine.EngineResult;
import io.tickmark.engine.RuleEngine;
import io.tickmark.extract.Extraction;
import io.tickmark.extract.narrative.NarrativeEnricher;
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
    private final io.tickmark.facts.Profile profile;
    private final String pdfPassword;

    public Checker(RuleEngine engine) {
        this(engine, null);
    }

    public Checker(RuleEngine engine, io.tickmark.facts.Profile profile) {
        this(engine, profile, null);
    }

    /** @param pdfPassword the user password for encrypted PDFs, or null */
    public Checker(RuleEngine engine, io.tickmark.facts.Profile profile, String pdfPassword) {
        this.engine = engine;
        this.profile = profile;
        this.pdfPassword = pdfPassword;
    }

    public RuleEngine engine() { return engine; }

    /** Opens and extracts a file; unreadable input is reported as such, never as a stack trace. */
    public Extraction extract(Path path) throws UnreadableInputException {
        try (Source source = SourceOpener.open(path)) {
            Extraction ex = switch (source.kind()) {
                case TEXT -> readText(source);
                case FACTS_JSON -> withLinkbase(FactsJson.read(source.text(), source.displayName()));
                case PDF -> PdfSupport.extract(source, pdfPassword);
            };
            ex.setEncoding(source.encoding());
            return ex;
        } catch (IOException e) {
            throw new UnreadableInputException(path + ": " + oneLine(e.getMessage()));
        }
    }

    public DocumentReport check(Path path, Set<String> packs) throws UnreadableInputException {
        return check(extract(path), packs);
    }

    /** A layout text read: its tables, then the enrichers over the same lines. */
    static Extraction readText(Source source) {
        // one layout for the tables and the enrichers: laying out the lines is a large share of reading a text
        io.tickmark.extract.layout.LayoutDocument layout = TextExtractor.layoutOf(source);
        return read(layout, source.text(), source.displayName(),
                () -> new TextExtractor().extract(layout, source.text(), source.displayName()));
    }

    /**
     * A laid-out document's facts: its tables ({@code tables}), then the enrichers over the same lines,
     * with the narrative read meanwhile on a spare core ({@link NarrativeAhead}).
     */
    static Extraction read(io.tickmark.extract.layout.LayoutDocument layout, String text, String document,
                           java.util.function.Supplier<Extraction> tables) {
        NarrativeEnricher.EarlyRead narrative = NarrativeAhead.startIfCoreFree(document, layout, text);
        Extraction ex;
        try {
            ex = tables.get();
        } catch (RuntimeException | Error e) {
            narrative.cancel();
            throw e;
        }
        for (Enricher e : Enrichers.all(narrative)) e.enrich(ex, layout, text);
        return ex;
    }

    public DocumentReport check(Extraction ex, Set<String> packs) {
        return check(ex, packs, FilingConfig.NONE);
    }

    /** Checks a filing under its config: rules switched off do not fire, severities are the config's. */
    public DocumentReport check(Path path, Set<String> packs, FilingConfig config) throws UnreadableInputException {
        return check(extract(path), packs, config);
    }

    public DocumentReport check(Extraction ex, Set<String> packs, FilingConfig config) {
        if (profile != null && !ex.otherFacts().contains(profile)) ex.otherFacts().add(profile);
        EngineResult r = engine.run(ex, packs, config.disabled());
        return config.withSeverities(new DocumentReport(ex, r.checks(), r.findings()));
    }

    /**
     * A facts file written by {@code extract} carries its relations; one from another system that
     * states none gets the linkbase's, applied to every table.
     */
    private static Extraction withLinkbase(Extraction ex) {
        if (!ex.relations().isEmpty()) return ex;
        ex.relations().addAll(Linkbase.load().relationsFor(ex.document().getPath(), ex.document().getFramework()));
        return ex;
    }

    /** A parser's message on one line, without the location dump some libraries append. */
    private static String oneLine(String message) {
        if (message == null) return "cannot be read";
        String m = message.split("\\R", 2)[0].trim();
        int at = m.indexOf(" at [Source");
        return at > 0 ? m.substring(0, at) : m;
    }
}
