package io.tickmark.facts;

/** One operand of a relationship: a row (or column) key with the weight it carries (+1 or -1). */
public final class Operand {
    private final String key;
    private final int weight;
    private final boolean required;

    public Operand(String key, int weight) {
        this(key, weight, false);
    }

    /** @param required the relation cannot be verified when this operand is absent (a line the form always shows) */
    public Operand(String key, int weight, boolean required) {
        this.key = key;
        this.weight = weight;
        this.required = required;
    }

    public boolean isRequired() { return required; }
    public String getKey() { return key; }
    public int getWeight() { return weight; }
    @Override public String toString() { return (weight < 0 ? "-" : "+") + key; }
}
