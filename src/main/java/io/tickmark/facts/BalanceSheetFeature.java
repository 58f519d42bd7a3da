package io.tickmark.facts;

/**
 * A feature of the shape of a consolidated balance sheet that tells an industry apart without its
 * name: {@code current-classification} (current assets or liabilities totalled), {@code deposits},
 * {@code customer-loans}, {@code insurance-liabilities}. {@code label} is the line that shows it.
 */
public final class BalanceSheetFeature {
    private final String document;
    private final String feature;
    private final String label;
    private final SourceRef source;

    public BalanceSheetFeature(String document, String feature, String label, SourceRef source) {
        this.document = document;
        this.feature = feature;
        this.label = label;
        this.source = source;
    }

    public String getDocument() { return document; }
    public String getFeature() { return feature; }
    public String getLabel() { return label; }
    public SourceRef getSource() { return source; }

    @Override public String toString() { return "BalanceSheetFeature[" + feature + ": " + label + "]"; }
}
