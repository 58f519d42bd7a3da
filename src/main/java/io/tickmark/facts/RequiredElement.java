package io.tickmark.facts;

/**
 * Something a disclosure must say, from {@code resources/legal/*.json}: the listing guide's elements
 * for every material non-compliance ({@code scope = listing-guide}), a statute's consequences that
 * the legal-consequences paragraph should describe ({@code scope = statute}), or what a title-defect
 * disclosure should cover ({@code scope = title-defect}).
 */
public final class RequiredElement {
    private final String scope;
    private final String incidentKind;
    private final String element;
    private final String description;
    private final String authority;

    public RequiredElement(String scope, String incidentKind, String element, String description, String authority) {
        this.scope = scope;
        this.incidentKind = incidentKind;
        this.element = element;
        this.description = description;
        this.authority = authority;
    }

    public String getScope() { return scope; }
    /** The kind of non-compliance it applies to, or {@code *} for all. */
    public String getIncidentKind() { return incidentKind; }
    public String getElement() { return element; }
    public String getDescription() { return description; }
    public String getAuthority() { return authority; }
    public boolean appliesTo(String kind) { return "*".equals(incidentKind) || incidentKind.equals(kind); }
}
