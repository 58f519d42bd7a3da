package io.tickmark.facts;

/** The industry a document's statements show by their shape (bank, insurer), with the lines that show it. */
public final class IndustryShape {
    private final String document;
    private final String industry;
    private final String evidence;

    public IndustryShape(String document, String industry, String evidence) {
        this.document = document;
        this.industry = industry;
        this.evidence = evidence;
    }

    public String getDocument() { return document; }
    public String getIndustry() { return industry; }
    public String getEvidence() { return evidence; }

    @Override public String toString() { return "IndustryShape[" + industry + ": " + evidence + "]"; }
}
