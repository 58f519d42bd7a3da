package io.tickmark.run;

import io.tickmark.extract.keyfigures.KeyFigureEnricher;
import io.tickmark.extract.narrative.NarrativeEnricher;

import java.util.List;

/** The enrichers that run after table extraction, in order (key figures read the narrative facts). */
final class Enrichers {
    private Enrichers() {}

    static List<Enricher> all() {
        return all(NarrativeEnricher.EarlyRead.NONE);
    }

    /** The enrichers, the narrative's facts taken from {@code narrative} where it read them early. */
    static List<Enricher> all(NarrativeEnricher.EarlyRead narrative) {
        return List.of(new NarrativeEnricher(narrative), new KeyFigureEnricher(), new io.tickmark.extract.disclosure.DisclosureEnricher(),
                new io.tickmark.extract.comparatives.RestatementReader(), new io.tickmark.extract.wording.ShareCapitalReader(),
                new io.tickmark.extract.wording.DepreciationPolicyReader());
    }
}
