package io.tickmark.extract.disclosure;

import io.tickmark.extract.Extraction;
import io.tickmark.extract.layout.LayoutDocument;
import io.tickmark.facts.ExtractionIssue;
import io.tickmark.run.Enricher;
import io.tickmark.util.CueWords;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Adds the disclosure facts of a listing document to an extraction: reference dates, leased
 * properties and their registration and title, the social insurance shortfall, insurance and legal
 * proceedings statements, licences, the tab-delimited tables of figures (with their shares,
 * concentration and counterparties), lists of counterparties in the text, and the legal parameters
 * the rules apply.
 *
 * <p>The PRC/HK narrative readers run only on a document that uses the vocabulary of an HK listing
 * document ("Latest Practicable Date", "Track Record Period", the Listing Rules): those words
 * define the frame in which "we did not make full contributions" is a disclosure to check. Tables
 * and licences are read in any document.
 */
public final class DisclosureEnricher implements Enricher {
    private static final Pattern LISTING_DOCUMENT = Pattern.compile("(?i)\\blatest practicable date\\b|\\btrack record period\\b|\\blisting rules\\b");

    private static final CueWords LISTING_CUES = new CueWords(List.of("latest practicable date", "track record period", "listing rules"));
    private static final int[] ALL_LISTING_CUES = {0, 1, 2};

    /**
     * Whether the text has one of {@link #LISTING_DOCUMENT}'s phrases. The pattern runs over the whole
     * text only when one pass over it finds one of them (the pattern matches ASCII letters in any case).
     */
    private static boolean isListingDocument(String text) {
        return CueWords.any(LISTING_CUES.scan(text), ALL_LISTING_CUES) && LISTING_DOCUMENT.matcher(text).find();
    }

    @Override
    public void enrich(Extraction ex, LayoutDocument layout, String text) {
        String path = ex.document().getId();
        List<Object> facts = new ArrayList<>();
        List<ExtractionIssue> issues = new ArrayList<>();
        boolean listing = isListingDocument(text);
        boolean tabs = text.indexOf('\t') >= 0;
        // the readers' view of the text (lines, passages, sections) only where a reader runs
        DocumentText doc = listing || tabs ? new DocumentText(ex.document().getPath(), path, text, layout) : null;
        if (listing) {
            ReferenceDateReader.read(doc, facts);
            LeaseReader.read(doc, facts);
            SocialInsuranceReader.read(doc, facts);
            InsuranceReader.read(doc, facts);
            LegalProceedingsReader.read(doc, facts);
            PartyNames.readLists(doc, facts);
        }
        if (tabs) {
            List<TabBlocks.Block> blocks = TabBlocks.find(doc);
            LicenceReader.read(doc, blocks, facts, issues);
            new TableFacts(ex, doc).build(FigureTableReader.read(doc, blocks));
        }
        boolean any = !facts.isEmpty();
        ex.otherFacts().addAll(facts);
        ex.issues().addAll(issues);
        if (any || listing) ex.otherFacts().addAll(LegalData.facts());
    }
}
