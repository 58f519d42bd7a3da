package io.tickmark.facts;

import java.util.List;

/** A named party (customer, supplier, client-supplier) that the document's tables show, with where. */
public final class TableParty {
    private final String document;
    private final String kind;
    private final String name;
    private final String section;
    private final String tables;
    private final List<SourceRef> sources;

    public TableParty(String document, String kind, String name, String section, String tables, List<SourceRef> sources) {
        this.document = document;
        this.kind = kind;
        this.name = name;
        this.section = section;
        this.tables = tables;
        this.sources = List.copyOf(sources);
    }

    public String getDocument() { return document; }
    public String getKind() { return kind; }
    public String getName() { return name; }
    public String getSection() { return section; }
    /** The tables it appears in, joined for messages. */
    public String getTables() { return tables; }
    public List<SourceRef> getSources() { return sources; }
}
