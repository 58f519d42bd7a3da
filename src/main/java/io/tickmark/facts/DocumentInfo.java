package io.tickmark.facts;

/** The header of a document: what it is, whose, for which period, in which currency. */
public final class DocumentInfo {
    private final String id;
    private final String path;
    private final String kind;
    private final String entity;
    private final String periodEnd;
    private final String currency;
    private final String framework;

    public DocumentInfo(String id, String path, String kind, String entity, String periodEnd, String currency,
                        String framework) {
        this.id = id;
        this.path = path;
        this.kind = kind;
        this.entity = entity;
        this.periodEnd = periodEnd;
        this.currency = currency;
        this.framework = framework;
    }

    /** The same header with the period end the document was found to report on. */
    public DocumentInfo withPeriodEnd(String end) {
        return new DocumentInfo(id, path, kind, entity, end, currency, framework);
    }

    public String getId() { return id; }
    public String getPath() { return path; }
    public String getKind() { return kind; }
    public String getEntity() { return entity; }
    public String getPeriodEnd() { return periodEnd; }
    public String getCurrency() { return currency; }
    public String getFramework() { return framework; }
}
