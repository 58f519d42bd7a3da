package io.tickmark.extract;

import io.tickmark.facts.DocumentInfo;
import io.tickmark.facts.ExtractionIssue;
import io.tickmark.facts.Figure;
import io.tickmark.facts.Relation;
import io.tickmark.facts.TableInfo;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything read from one document: its header, the tables found (with coverage), the figures,
 * the relations that the layout and the concept linkbase say hold between them, and what could not
 * be read. Other extractors (narrative, disclosures, PDF) add to the same lists.
 */
public final class Extraction {
    private DocumentInfo document;
    private final List<TableInfo> tables = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final List<ExtractionIssue> issues = new ArrayList<>();
    private final List<Object> otherFacts = new ArrayList<>();
    private String encoding;

    private Pages pages = Pages.NONE;

    public Extraction(DocumentInfo document) {
        this.document = document;
    }

    public DocumentInfo document() { return document; }

    /** Replaces the header once more is known of the document (its period end, read after its statements). */
    public void setDocument(DocumentInfo document) { this.document = document; }
    public List<TableInfo> tables() { return tables; }
    public List<Figure> figures() { return figures; }
    public List<Relation> relations() { return relations; }
    public List<ExtractionIssue> issues() { return issues; }
    /** Facts of other kinds (stated figures, disclosure facts) contributed by other extractors. */
    public List<Object> otherFacts() { return otherFacts; }

    /** The character set the text or facts JSON was decoded from (named in reports); null for a PDF. */
    public String encoding() { return encoding; }

    public void setEncoding(String encoding) { this.encoding = encoding; }

    /** Where the pages of a PDF start in the extracted lines ({@link Pages#NONE} for other input). */
    public Pages pages() { return pages; }

    public void setPages(Pages pages) { this.pages = pages == null ? Pages.NONE : pages; }

    /** All facts to insert into a rule session. */
    public List<Object> allFacts() {
        List<Object> all = new ArrayList<>();
        all.add(document);
        all.addAll(tables);
        all.addAll(figures);
        all.addAll(relations);
        all.addAll(issues);
        all.addAll(otherFacts);
        return all;
    }
}
