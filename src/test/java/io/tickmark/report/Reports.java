package io.tickmark.report;

import io.tickmark.engine.RuleEngine;
import io.tickmark.run.Checker;
import io.tickmark.run.ProfileLoader;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds reports from the fixtures under src/test/resources/fixtures, and renders them. */
final class Reports {
    private Reports() {}

    static Report of(Baseline baseline, List<Report.InputError> errors, String... fixtures) {
        try {
            Checker checker = new Checker(RuleEngine.builtIn(), ProfileLoader.load(null, null));
            List<DocumentReport> docs = new ArrayList<>();
            // The fixtures are consistency fixtures: the other packs (the going-concern assessment records a
            // check on every document) would only add to the counts the renderer tests assert.
            for (String f : fixtures) docs.add(checker.check(Path.of("src/test/resources/fixtures", f), Set.of("consistency", "extraction")));
            return new Report("0.0.0-test", docs, RuleEngine.builtIn().catalogue(), true, baseline, errors);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static Report of(String... fixtures) {
        return of(Baseline.NONE, List.of(), fixtures);
    }

    static String render(Renderer r, Report report) {
        StringWriter w = new StringWriter();
        try {
            r.render(report, w);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return w.toString();
    }
}
