package io.tickmark.facts;

import java.math.BigDecimal;

/**
 * A parameter of law the rules apply (a fine range, a surcharge rate), read from
 * {@code resources/legal/*.json} with the instrument, article and edition it comes from.
 */
public final class LegalParameter {
    private final String key;
    private final BigDecimal value;
    private final String unit;
    private final String instrument;
    private final String article;
    private final String edition;

    public LegalParameter(String key, BigDecimal value, String unit, String instrument, String article, String edition) {
        this.key = key;
        this.value = value;
        this.unit = unit;
        this.instrument = instrument;
        this.article = article;
        this.edition = edition;
    }

    public String getKey() { return key; }
    public BigDecimal getValue() { return value; }
    public String getUnit() { return unit; }
    public String getInstrument() { return instrument; }
    public String getArticle() { return article; }
    public String getEdition() { return edition; }
    /** "Administrative Measures for Commodity House Leasing art 23 (2010 edition)". */
    public String getReference() { return instrument + " " + article + " (" + edition + ")"; }
}
