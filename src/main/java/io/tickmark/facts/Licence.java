package io.tickmark.facts;

import java.time.LocalDate;

/** One licence or permit listed in the document, with its holder, granting authority and dates. */
public final class Licence {
    private final String document;
    private final String id;
    private final String name;
    private final String holder;
    private final String authority;
    private final LocalDate grantDate;
    private final LocalDate expiryDate;
    private final String quote;
    private final SourceRef source;

    public Licence(String document, String id, String name, String holder, String authority, LocalDate grantDate,
                   LocalDate expiryDate, String quote, SourceRef source) {
        this.document = document;
        this.id = id;
        this.name = name;
        this.holder = holder;
        this.authority = authority;
        this.grantDate = grantDate;
        this.expiryDate = expiryDate;
        this.quote = quote;
        this.source = source;
    }

    public String getDocument() { return document; }
    public String getId() { return id; }
    public String getName() { return name; }
    public String getHolder() { return holder; }
    public String getAuthority() { return authority; }
    public LocalDate getGrantDate() { return grantDate; }
    public LocalDate getExpiryDate() { return expiryDate; }
    public String getQuote() { return quote; }
    public SourceRef getSource() { return source; }
    /** Whether an expiry date could be read; a licence without one is not judged on expiry. */
    public boolean isDated() { return expiryDate != null; }
    public long getExpiryEpochDay() { return expiryDate == null ? Long.MAX_VALUE : expiryDate.toEpochDay(); }
    /** "IDC and ISP Licence held by Dejiu": how a finding names the licence. */
    public String getTitle() { return name + (holder == null || holder.isEmpty() ? "" : " held by " + holder); }
}
