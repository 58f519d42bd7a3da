package io.tickmark.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The run's thresholds and reference date, inserted into every session so that rules read their
 * parameters from data: {@code Profile( $t : threshold("gearing.max") )}. Defaults live in
 * {@code profiles/default.json}; {@code --profile FILE} overrides them; {@code --as-of} sets the
 * reference date.
 */
public final class Profile {
    private final Map<String, BigDecimal> thresholds;
    private final Map<String, String> documentation;
    private final LocalDate asOf;

    public Profile(Map<String, BigDecimal> thresholds, Map<String, String> documentation, LocalDate asOf) {
        this.thresholds = new TreeMap<>(thresholds);
        this.documentation = new TreeMap<>(documentation);
        this.asOf = asOf;
    }

    /** A threshold by key; an unknown key is a programming error in a rule pack. */
    public BigDecimal threshold(String key) {
        BigDecimal v = thresholds.get(key);
        if (v == null) throw new IllegalArgumentException("profile has no threshold " + key);
        return v;
    }

    public Map<String, BigDecimal> getThresholds() { return thresholds; }
    public Map<String, String> getDocumentation() { return documentation; }
    /** The reference date for expiry windows; null when neither --as-of nor the document gives one. */
    public LocalDate getAsOf() { return asOf; }
}
