package io.tickmark.facts;

import java.math.BigDecimal;

/**
 * The group's own statement that it did not pay social insurance and/or housing provident fund
 * contributions in full. It rests on the passage that says so about the group, never on a sentence
 * that states the law. {@code damaged} marks a passage whose words came out of extraction
 * interleaved (a table flattened column by column); it is quoted as read.
 */
public final class SocialInsuranceShortfall {
    private final String document;
    private final String id;
    private final boolean socialInsurance;
    private final boolean housingFund;
    private final BigDecimal amount;
    private final boolean damaged;
    private final String quote;
    private final SourceRef source;

    public SocialInsuranceShortfall(String document, String id, boolean socialInsurance, boolean housingFund,
                                    BigDecimal amount, boolean damaged, String quote, SourceRef source) {
        this.document = document;
        this.id = id;
        this.socialInsurance = socialInsurance;
        this.housingFund = housingFund;
        this.amount = amount;
        this.damaged = damaged;
        this.quote = quote;
        this.source = source;
    }

    public String getDocument() { return document; }
    public String getId() { return id; }
    public boolean isSocialInsurance() { return socialInsurance; }
    public boolean isHousingFund() { return housingFund; }
    /** The shortfall in RMB as the document states it; null when it does not quantify it. */
    public BigDecimal getAmount() { return amount; }
    public boolean isDamaged() { return damaged; }
    public String getQuote() { return quote; }
    public SourceRef getSource() { return source; }

    /** "social insurance and housing provident fund": the schemes the shortfall concerns. */
    public String getSchemes() {
        if (socialInsurance && housingFund) return "social insurance and housing provident fund";
        return socialInsurance ? "social insurance" : "housing provident fund";
    }
}
