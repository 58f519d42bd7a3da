package io.tickmark.extract.disclosure;

import io.tickmark.facts.DisclosureElement;
import io.tickmark.facts.NonCompliance;
import io.tickmark.facts.SocialInsuranceShortfall;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The group's own social insurance / housing provident fund shortfall. The anchor is a passage where
 * the group says it did not pay in full ("Our under-contribution to social insurance...", "we did not
 * make full contributions"): the words of the shortfall follow a first-person subject, not "an
 * employer who" or "pursuant to", which is how a sentence stating the law reads. The passage may be
 * a table flattened column by column (words interleaved); it is then marked damaged and quoted as read.
 */
final class SocialInsuranceReader {
    private static final Pattern SHORTFALL = Pattern.compile("(?i)\\bunder-?contribut\\w*|\\bunder-?pa(id|yment)\\b|\\bshortfall\\b"
            + "|\\b(did|do|does|had|has|have)\\s+not\\s+(make|made|pay|paid)\\s+(the\\s+)?(full|sufficient|adequate)\\b"
            + "|\\bfailed\\s+to\\s+(make|pay)\\s+(the\\s+)?(full\\s+)?(social|housing|contributions)\\b|\\bnot\\s+fully\\s+(paid|contributed|made)\\b"
            + "|\\bnot\\s+(make|made|pay|paid)\\b[^.]{0,60}\\bin\\s+full\\b");
    private static final Pattern OWN = Pattern.compile("(?i)\\b(we|our|us|our group|the group|the company|our company)\\b");
    private static final Pattern LAW = Pattern.compile("(?i)\\b(an?|any|the)\\s+employers?\\b|\\bemployers\\s+(who|which|that)\\b|\\bpursuant\\s+to\\b|\\baccording\\s+to\\s+the\\s+relevant\\b|\\bshall\\b|\\bmay\\s+be\\s+ordered\\b");
    private static final Pattern SOCIAL = Pattern.compile("(?i)\\bsocial\\s+(insurance|security)\\b");
    private static final Pattern HOUSING = Pattern.compile("(?i)\\bhousing\\s+provident\\b");
    private static final String SHORT_WORDS = "\\b(shortfall|unpaid|outstanding|under-?contribut\\w*|under-?paid)\\b";
    private static final Pattern AMOUNT_AFTER = Pattern.compile("(?i)" + SHORT_WORDS + "[^.]{0,120}?RMB\\s?\\d");
    private static final Pattern AMOUNT_BEFORE = Pattern.compile("(?i)RMB\\s?\\d[\\d,.]*(\\s?(million|billion|thousand))?[^.]{0,60}?" + SHORT_WORDS);

    private SocialInsuranceReader() {}

    static void read(DocumentText doc, List<Object> out) {
        for (Passage p : doc.passages()) {
            String text = p.text();
            boolean social = SOCIAL.matcher(text).find();
            boolean housing = HOUSING.matcher(text).find();
            if (!social && !housing) continue;
            Matcher m = SHORTFALL.matcher(text);
            while (m.find()) {
                if (!ownShortfall(text, m.start())) continue;
                anchor(doc, p, m, social, housing, out);
                return;
            }
        }
    }

    /**
     * Whether the shortfall words at {@code at} are said of the group: a first-person subject within
     * the dozen words before them, and no generic employer or statutory phrasing between it and them.
     */
    static boolean ownShortfall(String text, int at) {
        int from = Math.max(0, at - 90);
        String before = text.substring(from, at);
        int cut = Math.max(before.lastIndexOf(". "), before.lastIndexOf("; "));
        if (cut >= 0) before = before.substring(cut + 2);
        Matcher own = OWN.matcher(before);
        int lastOwn = -1;
        while (own.find()) lastOwn = own.start();
        if (lastOwn < 0) return false;
        return !LAW.matcher(before.substring(lastOwn)).find();
    }

    private static void anchor(DocumentText doc, Passage p, Matcher m, boolean social, boolean housing, List<Object> out) {
        String id = "social-insurance@" + p.first();
        boolean damaged = ElementFinder.looksDamaged(p.text());
        String quote = damaged ? Quotes.window(p.text(), m.start(), m.end(), 20, 200) : Quotes.around(p.text(), m.start(), m.end());
        int[] sec = doc.sections().sectionOf(p.first(), doc.size());
        List<Passage> scope = doc.passagesIn(sec[0], sec[1]);
        BigDecimal amount = amountIn(scope);
        out.add(new SocialInsuranceShortfall(doc.document(), id, social, housing, amount, damaged, quote, doc.ref(p)));
        String title = (social && housing ? "social insurance and housing provident fund" : social ? "social insurance" : "housing provident fund")
                + " contributions not paid in full";
        out.add(new NonCompliance(doc.document(), id, "social-insurance", title, quote, doc.ref(p)));
        List<DisclosureElement> elements = new ArrayList<>();
        elements.add(new DisclosureElement(doc.document(), id, "particulars", quote, doc.ref(p)));
        elements.addAll(ElementFinder.find(doc, id, scope, ElementFinder.LISTING_GUIDE));
        elements.addAll(ElementFinder.find(doc, id, scope, ElementFinder.SOCIAL_INSURANCE));
        DisclosureElement timing = RectificationTiming.find(doc, id, scope);
        if (timing != null) elements.add(timing);
        out.addAll(elements);
    }

    /** An amount the group states for its own shortfall; statements of the law do not count. */
    private static BigDecimal amountIn(List<Passage> scope) {
        for (Passage p : scope) {
            for (String s : Quotes.sentences(p.text())) {
                if (LAW.matcher(s).find() || !OWN.matcher(s).find()) continue;
                Matcher a = AMOUNT_AFTER.matcher(s);
                Matcher b = AMOUNT_BEFORE.matcher(s);
                int at = a.find() ? a.start() : b.find() ? b.start() : -1;
                if (at >= 0) {
                    BigDecimal v = Numbers.rmb(s.substring(at));
                    if (v != null) return v;
                }
            }
        }
        return null;
    }
}
