package io.tickmark.run;

import java.util.List;

/** The enrichers that run after table extraction, in order. */
final class Enrichers {
    private Enrichers() {}

    static List<Enricher> all() {
        return List.of(new io.tickmark.extract.disclosure.DisclosureEnricher());
    }
}
