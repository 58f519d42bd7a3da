package io.tickmark.facts;

/**
 * One element of a disclosure found in the text about an incident (its reasons, rectification,
 * the directors' view, the statutory surcharge...), with the words that say it.
 */
public final class DisclosureElement {
    private final String document;
    private final String incident;
    private final String element;
    private final String quote;
    private final SourceRef source;

    public DisclosureElement(String document, String incident, String element, String quote, SourceRef source) {
        this.document = document;
        this.incident = incident;
        this.element = element;
        this.quote = quote;
        this.source = source;
    }

    public String getDocument() { return document; }
    public String getIncident() { return incident; }
    public String getElement() { return element; }
    public String getQuote() { return quote; }
    public SourceRef getSource() { return source; }
}
