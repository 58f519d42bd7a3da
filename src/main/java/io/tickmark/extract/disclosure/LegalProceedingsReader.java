package io.tickmark.extract.disclosure;

import io.tickmark.facts.LegalProceedingsStatement;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the document says about legal proceedings against the group: "we had not been a party to any
 * material legal, arbitral or administrative proceedings" (none), or that the group is a party to,
 * or has been served with, proceedings or claims (some).
 */
final class LegalProceedingsReader {
    private static final Pattern NONE = Pattern.compile("(?i)\\b(?:had|have|has|were|was)\\s+not\\s+been\\s+(?:a\\s+party|involved|subject)\\s+(?:to|in)\\s+any\\s+(?:material\\s+)?(?:legal|litigation|arbitra)"
            + "|\\bnot\\s+(?:a\\s+party|involved)\\s+(?:to|in)\\s+any\\s+(?:material\\s+)?(?:legal|litigation|arbitra)|\\bno\\s+(?:material\\s+)?(?:legal|litigation|arbitral)\\s+(?:proceedings|claims)\\s+(?:pending|against)");
    private static final Pattern SOME = Pattern.compile("(?i)\\b(?:we|our group|the group|the company)\\s+(?:are|were|is|was|have\\s+been|had\\s+been)\\s+(?:a\\s+(?:party|defendant|respondent)|involved|named)\\s+(?:to|in|as)\\s+(?:a|an|the|certain|several|\\d+)\\b[^.]{0,80}\\b(?:proceedings?|lawsuits?|litigation|arbitration|claims?)");

    private LegalProceedingsReader() {}

    static void read(DocumentText doc, List<Object> out) {
        for (Passage p : doc.passages()) {
            Matcher some = SOME.matcher(p.text());
            if (some.find()) {
                out.add(new LegalProceedingsStatement(doc.document(), true, Quotes.around(p.text(), some.start(), some.end()), doc.ref(p)));
                return;
            }
        }
        for (Passage p : doc.passages()) {
            Matcher none = NONE.matcher(p.text());
            if (none.find()) {
                out.add(new LegalProceedingsStatement(doc.document(), false, Quotes.around(p.text(), none.start(), none.end()), doc.ref(p)));
                return;
            }
        }
    }
}
