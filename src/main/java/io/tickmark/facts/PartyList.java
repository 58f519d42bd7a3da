package io.tickmark.facts;

import java.util.List;

/** Parties the text names as a list, e.g. "client-supplier D, E, F, G, H and L". */
public final class PartyList {
    private final String document;
    private final String kind;
    private final List<String> names;
    private final String section;
    private final boolean exhaustive;
    private final String quote;
    private final SourceRef source;

    public PartyList(String document, String kind, List<String> names, String section, boolean exhaustive, String quote,
                     SourceRef source) {
        this.document = document;
        this.kind = kind;
        this.names = List.copyOf(names);
        this.section = section;
        this.exhaustive = exhaustive;
        this.quote = quote;
        this.source = source;
    }

    public String getDocument() { return document; }
    /** Normalised kind, e.g. "client-supplier". */
    public String getKind() { return kind; }
    /** Normalised names, e.g. "client-supplier D". */
    public List<String> getNames() { return names; }
    /** The section heading the list stands under; it is compared with the tables of that section. */
    public String getSection() { return section; }
    /** "These ... are D, E and F": the list claims to be complete, so a table party missing from it is a finding. */
    public boolean isExhaustive() { return exhaustive; }
    public String getQuote() { return quote; }
    public SourceRef getSource() { return source; }
}
