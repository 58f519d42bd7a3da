package io.tickmark.extract.disclosure;

import io.tickmark.facts.DisclosureElement;
import io.tickmark.facts.LeasedProperties;
import io.tickmark.facts.NonCompliance;
import io.tickmark.facts.TitleDefectGroup;
import io.tickmark.facts.UnregisteredLeaseGroup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Leased properties, unregistered leases and title defects as a listing document states them:
 * "occupied 43 leased properties with an aggregate gross floor area of 7,943.7 sq.m.", "22 of our
 * leases had not been registered", "a fine of no less than RMB1,000 and not exceeding RMB10,000 for
 * each", "the estimated maximum penalty is RMB220,000", "lessor of 42 of our leases failed to provide
 * us with the relevant title documents".
 */
final class LeaseReader {
    private static final String LEASES = "(leases|lease agreements|leased properties|properties leased|lease contracts)";
    private static final Pattern PORTFOLIO = Pattern.compile("(?i)\\b(?:occupied|leased|rented|had|have)\\s+(?:a total of\\s+)?"
            + Numbers.COUNT + "\\s+(?:leased\\s+|rented\\s+)?properties\\b");
    private static final Pattern GFA = Pattern.compile("(?i)\\b(?:gross floor area|GFA)\\b[^.]{0,40}?\\b(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?)\\s?(?:sq\\.\\s?m|square met)");
    private static final Pattern UNREGISTERED = Pattern.compile("(?i)\\b" + Numbers.COUNT + "\\s+of\\s+(?:our|the|these|such)\\s+(?:\\d+\\s+)?" + LEASES
            + "[^.]{0,40}?\\b(?:had|have|has|were|was)\\s+not\\s+(?:been\\s+|yet\\s+been\\s+)?(?:registered|filed)");
    private static final Pattern UNREGISTERED_2 = Pattern.compile("(?i)\\bnot\\s+(?:yet\\s+)?(?:registered|filed)\\s+(?:the\\s+)?" + Numbers.COUNT + "\\s+(?:of\\s+(?:our|the)\\s+)?" + LEASES);
    private static final Pattern FINE_RANGE = Pattern.compile("(?i)\\bfines?\\s+of\\s+(?:no\\s+less\\s+than|not\\s+less\\s+than|between|from|ranging\\s+from)?\\s*"
            + Numbers.RMB + "\\s*(?:and|to|-|–)\\s*(?:not\\s+exceeding|no\\s+more\\s+than|not\\s+more\\s+than|up\\s+to)?\\s*" + Numbers.RMB);
    private static final Pattern MAXIMUM = Pattern.compile("(?i)\\bmaximum\\s+(?:potential\\s+|aggregate\\s+|total\\s+)?(?:penalty|penalties|fine|fines)\\b[^.]{0,30}?\\b(?:is|of|would\\s+be|will\\s+be|amounts?\\s+to|amounting\\s+to)\\s+(?:approximately\\s+)?" + Numbers.RMB);
    private static final Pattern TITLE = Pattern.compile("(?i)\\b" + Numbers.COUNT + "\\s+of\\s+(?:our|the)\\s+(?:\\d+\\s+)?" + LEASES
            + "\\s+(?:failed|had\\s+not|have\\s+not|did\\s+not|could\\s+not|were\\s+unable|was\\s+unable)\\s+(?:to\\s+)?provid\\w*[^.]{0,60}?\\b(?:title|ownership)\\b");
    private static final Pattern TITLE_2 = Pattern.compile("(?i)\\b(?:failed|had\\s+not|have\\s+not|did\\s+not|unable)\\s+(?:to\\s+)?provid\\w*[^.]{0,40}\\b(?:title|ownership)\\s+(?:documents|certificates)[^.]{0,40}?\\bfor\\s+" + Numbers.COUNT + "\\s+(?:of\\s+(?:our|the)\\s+)?" + LEASES);

    private LeaseReader() {}

    static void read(DocumentText doc, List<Object> out) {
        for (Passage p : doc.passages()) {
            Matcher m = PORTFOLIO.matcher(p.text());
            if (m.find()) {
                BigDecimal gfa = null;
                Matcher g = GFA.matcher(p.text());
                if (g.find()) gfa = Numbers.decimal(g.group(1));
                out.add(new LeasedProperties(doc.document(), Numbers.count(m.group(1)), gfa,
                        Quotes.around(p.text(), m.start(), m.end()), doc.ref(p)));
                break;
            }
        }
        for (Passage p : doc.passages()) {
            Matcher m = UNREGISTERED.matcher(p.text());
            if (!m.find()) {
                m = UNREGISTERED_2.matcher(p.text());
                if (!m.find()) continue;
            }
            unregistered(doc, p, m, out);
            break;
        }
        for (Passage p : doc.passages()) {
            Matcher m = TITLE.matcher(p.text());
            if (!m.find()) {
                m = TITLE_2.matcher(p.text());
                if (!m.find()) continue;
            }
            titleDefects(doc, p, m, out);
            break;
        }
    }

    private static void unregistered(DocumentText doc, Passage p, Matcher m, List<Object> out) {
        int count = Numbers.count(m.group(1));
        String id = "lease-registration@" + p.first();
        int[] sub = doc.sections().subsectionOf(p.first(), doc.size());
        List<Passage> scope = doc.passagesIn(sub[0], sub[1]);
        BigDecimal fineMin = null, fineMax = null, maximum = null;
        String maxQuote = null;
        io.tickmark.facts.SourceRef maxRef = null;
        for (Passage q : scope) {
            Matcher f = FINE_RANGE.matcher(q.text());
            if (fineMin == null && f.find()) {
                fineMin = Numbers.rmb(sub(f, 1));
                fineMax = Numbers.rmb(sub(f, 4));
            }
            Matcher x = MAXIMUM.matcher(q.text());
            if (maximum == null && x.find()) {
                maximum = Numbers.rmb(sub(x, 1));
                maxQuote = Quotes.around(q.text(), x.start(), x.end());
                maxRef = doc.ref(q);
            }
        }
        out.add(new UnregisteredLeaseGroup(doc.document(), id, count, fineMin, fineMax, maximum,
                Quotes.around(p.text(), m.start(), m.end()), maxQuote, doc.ref(p), maxRef));
        String particulars = Quotes.around(p.text(), m.start(), m.end());
        out.add(new NonCompliance(doc.document(), id, "lease-registration", "non-registration of lease agreements", particulars, doc.ref(p)));
        List<DisclosureElement> elements = new ArrayList<>();
        elements.add(new DisclosureElement(doc.document(), id, "particulars", particulars, doc.ref(p)));
        elements.addAll(ElementFinder.find(doc, id, scope, ElementFinder.LISTING_GUIDE));
        out.addAll(elements);
    }

    private static void titleDefects(DocumentText doc, Passage p, Matcher m, List<Object> out) {
        String id = "title-defects@" + p.first();
        out.add(new TitleDefectGroup(doc.document(), id, Numbers.count(m.group(1)), Quotes.around(p.text(), m.start(), m.end()), doc.ref(p)));
        int[] sec = doc.sections().sectionOf(p.first(), doc.size());
        out.addAll(ElementFinder.find(doc, id, doc.passagesIn(sec[0], sec[1]), ElementFinder.TITLE_DEFECT));
    }

    /** The RMB amount matched by the groups starting at {@code g} (digits, decimals, unit) as a string. */
    private static String sub(Matcher m, int g) {
        return "RMB" + m.group(g) + (m.group(g + 1) == null ? "" : m.group(g + 1)) + (m.group(g + 2) == null ? "" : " " + m.group(g + 2));
    }
}
