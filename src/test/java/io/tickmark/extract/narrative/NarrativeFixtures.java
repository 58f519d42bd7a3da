package io.tickmark.extract.narrative;

import io.tickmark.extract.layout.LayoutDocument;

import java.util.List;

/** Reads narrative text written for the tests (never filing text) into narrative facts. */
public final class NarrativeFixtures {
    private NarrativeFixtures() {}

    public static List<Object> read(String text, Integer reportingYear) {
        return NarrativeEnricher.read("fixture", LayoutDocument.fromText("fixture.txt", text), reportingYear);
    }

    public static <T> List<T> of(List<Object> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
