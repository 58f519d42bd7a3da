package io.tickmark.extract.narrative;

import io.tickmark.util.AsciiCase;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose event an asserted event phrase reports, and whether it is an event at all: ISA 570 conditions
 * are about the reporting entity (its group), not about a customer, a supplier, a former affiliate,
 * a subsidiary's own estate or the other companies of a director; a licence the entity itself ended
 * is a decision, not a loss; a termination clause is a right, not an event; a regulator's notice of
 * default is not a lender's. Returns the reading the event keeps: {@code asserted} when it is a fact
 * about the entity, else {@code other-party}, {@code own-decision}, {@code regulatory} or
 * {@code conditional}. It reads words; the rules decide what counts.
 */
final class EventSubject {
    static final String OTHER_PARTY = "other-party";
    static final String OWN_DECISION = "own-decision";
    static final String REGULATORY = "regulatory";

    /** Parties other than the reporting entity that a sentence can make the subject of an event. */
    private static final String OTHER = "(?:customers?|clients?|suppliers?|vendors?|tenants?|lessees?|borrowers?|counterpart(?:y|ies)|franchisees?"
            + "|licensees?|contractors?|competitors?|former (?:parent|affiliates?|subsidiar(?:y|ies)|employers?)|affiliates?|joint ventures?|investees?"
            + "|subsidiar(?:y|ies)|third[- ]part(?:y|ies)|another company|other companies|issuers?|obligors?|insureds?|guarantors?|merchants?|sellers?|retailers?)";
    private static final Pattern OTHER_WORD = Pattern.compile("(?i)\\b" + OTHER + "\\b");
    /** The entity as the subject of a clause (not as a possessive or object: "the Company's customer", "a subsidiary of the Company"). */
    private static final Pattern ENTITY_SUBJECT = Pattern.compile(
            "(?i)(?<!\\bof )(?<!\\bto )(?<!\\bwith )(?<!\\bfrom )(?<!\\bby )(?<!\\bfor )"
                    + "\\b(?:we|the company|the group|the corporation|the registrant|the partnership|the trust|the bank|the debtors|the issuer|the utility)\\b(?!['’]s)");
    /** "The Company and certain of its subsidiaries filed ...": the group, one subject. */
    private static final Pattern GROUP_WITH_SUBSIDIARIES = Pattern.compile(
            "(?i)\\b(?:and|together with|along with)\\s+(?:certain|each|some|all|most|substantially all)?\\s*(?:of\\s+)?(?:its|our|their)\\s+"
                    + "(?:[a-z-]+\\s+){0,3}?subsidiar(?:y|ies)\\b");
    private static final Pattern OTHER_AFTER = Pattern.compile(
            "(?i)^\\s*(?:cases?\\s+)?(?:of|by|filed by|involving|relating to|concerning|against)\\s+(?:[\\w’'&.-]+\\s+){0,4}?" + OTHER + "\\b");
    /** A director's or officer's biography: the companies it names are not the entity. */
    static final Pattern BIOGRAPHY = Pattern.compile(
            "(?i)\\b(?:served|serves|has served|had served|also served|previously served) (?:as|on)\\b|\\bprior to joining\\b|\\bbefore joining\\b"
                    + "|\\bpreviously (?:held|was (?:a|an|the))\\b|\\bfrom (?:19|20)\\d\\d (?:to|until|through) (?:(?:19|20)\\d\\d|present)\\b"
                    + "|\\b(?:is|was) (?:also )?(?:a|the) (?:director|trustee|member of the board|partner) of\\b|\\bbiograph");
    /** An officer's title held at a named company that is not the entity. */
    private static final Pattern TITLE_ELSEWHERE = Pattern.compile(
            "(?i)^[^.;]{0,20}?\\s+of\\s+(?!the (?:company|group|bank|board|corporation|registrant|partnership)\\b|our\\b|us\\b|its\\b|the\\s+[a-z])\\p{Lu}");
    /** The entity ended it: "we terminated", "the Company elected not to renew", "terminated by us". */
    private static final Pattern OWN_BEFORE = Pattern.compile(
            "(?i)\\b(?:we|the company|the group|the corporation|management|the board|our board)\\s+(?:[\\w’'-]+\\s+){0,3}?"
                    + "(?:terminated|cancell?ed|ended|discontinued|decided|elected|chose|opted|determined|exercised|gave notice|notified|agreed)\\b"
                    + "|\\b(?:our|its|the company['’]s|the group['’]s) (?:decision|election|choice) to\\b");
    private static final Pattern OWN_AFTER = Pattern.compile(
            "(?i)^[^.;]{0,60}?\\b(?:by (?:us|the company|the group|mutual (?:agreement|consent))|at (?:our|its) (?:election|request|option|discretion)|for convenience)\\b");
    /** A termination right written into a contract. */
    private static final Pattern CONTRACT_TERM = Pattern.compile(
            "(?i)\\b(?:may|can|could|shall|will) be terminated\\b|\\bterminable\\b|\\bright(?:s)? to terminate\\b|\\btermination (?:rights?|provisions?|clauses?)\\b"
                    + "|\\b(?:provides?|permits?|allows?) (?:for )?(?:the )?termination\\b|\\bsubject to termination\\b|\\beither party\\b|\\bfor convenience\\b"
                    + "|\\bupon (?:a |the )?(?:change (?:of|in) control|(?:material )?breach|default|insolvency|bankruptcy|expiration)\\b");
    /** A regulator's notice, and the debt that makes a notice of default a lender's. */
    private static final Pattern REGULATOR = Pattern.compile(
            "(?i)\\b(?:environmental|EPA|agency|department of|regulators?|regulatory|commission|permits?|consent (?:decree|order)|water (?:board|quality)"
                    + "|air quality|emissions?|violations?|remediation|superfund|OSHA|inspector)\\b");
    private static final Pattern DEBT = Pattern.compile(
            "(?i)\\b(?:lenders?|notes?|bonds?|debentures?|indentures?|credit (?:agreements?|facilit(?:y|ies))|loans?|borrowings?|trustees?|noteholders?|bondholders?"
                    + "|debt|indebtedness|creditors?|banks?|leases? financing)\\b");

    /** Contract language (definitions, obligations, conditions precedent): it sets terms, it reports nothing. */
    static final Pattern CONTRACT_LANGUAGE = Pattern.compile(
            "(?i)\\bshall\\b|\\bdeemed\\b|\\bprovided that\\b|\\bhere(?:under|of|in|to)\\b|\\b(?:shall )?means?\\b(?! of)|\\bis defined as\\b|[“\"]cause[”\"]");
    /** Covenant wording around a notice of default: "until we receive a notice of default ... the notice must be sent by". */
    private static final Pattern COVENANT = Pattern.compile("(?i)\\bmust\\b|\\buntil\\b|\\bunless\\b|\\bwould\\b|\\bin breach\\b");
    /** A list item naming a risk: the phrase right after a dash or bullet, and no verb reporting that it happened. */
    private static final Pattern LIST_ITEM = Pattern.compile("(?:^|\\s)[-–—•·]\\s*$");
    private static final Pattern REPORTED = Pattern.compile("(?i)\\b(?:was|were|has been|have been|had been|did|occurred|lost|terminated|revoked|withdrew|filed)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");

    private EventSubject() {}

    /**
     * As {@link #of(String, String, int, int)}, and an event the sentence dates only to years more
     * than one year before the reporting year is {@code history}, not a condition of the period.
     */
    static String of(String kind, String sentence, int start, int end, Integer reportingYear) {
        String r = of(kind, sentence, start, end);
        if (!r.equals(Reading.ASSERTED) || reportingYear == null) return r;
        Matcher y = YEAR.matcher(sentence);
        int latest = -1;
        while (y.find()) latest = Math.max(latest, Integer.parseInt(y.group()));
        return latest > 0 && latest < reportingYear - 1 ? HISTORY : r;
    }

    static final String HISTORY = "history";

    static String of(String kind, String sentence, int start, int end) {
        String before = clauseBefore(sentence, start);
        String after = sentence.substring(Math.min(end, sentence.length()), Math.min(sentence.length(), end + 80));
        if (mayBeBiography(sentence) && BIOGRAPHY.matcher(sentence).find()) return OTHER_PARTY;
        if (mayBeContractLanguage(sentence) && CONTRACT_LANGUAGE.matcher(sentence).find()) return Reading.CONDITIONAL;
        if (LIST_ITEM.matcher(before).find() && !REPORTED.matcher(sentence.substring(start)).find()) return Reading.CONDITIONAL;
        switch (kind) {
            case "insolvency-proceedings", "creditor-demand", "credit-tightening" -> {
                if (kind.equals("creditor-demand") && sentence.substring(start, end).toLowerCase().contains("notice")
                        && REGULATOR.matcher(sentence).find() && !DEBT.matcher(sentence).find()) return REGULATORY;
                if (kind.equals("creditor-demand") && COVENANT.matcher(sentence).find()) return Reading.CONDITIONAL;
                if (otherSubject(before) || OTHER_AFTER.matcher(after).find()) return OTHER_PARTY;
            }
            case "licence-loss", "customer-or-supplier-loss" -> {
                if (CONTRACT_TERM.matcher(sentence).find()) return Reading.CONDITIONAL;
                if (OWN_BEFORE.matcher(before + sentence.substring(start, end)).find() || OWN_AFTER.matcher(after).find()) return OWN_DECISION;
            }
            case "management-departure", "management-arrest" -> {
                if (TITLE_ELSEWHERE.matcher(after).find() || otherSubject(before)) return OTHER_PARTY;
            }
            default -> { }
        }
        return Reading.ASSERTED;
    }

    /**
     * Whether {@link #BIOGRAPHY} can match: each of its forms holds one of these words, ASCII letters in
     * either case as its {@code (?i)} reads them ("serve" for "served" and "serves"; "from 19" and
     * "from 20" for a span of years).
     */
    static boolean mayBeBiography(String t) {
        for (String w : BIOGRAPHY_WORDS) if (AsciiCase.contains(t, w)) return true;
        return false;
    }

    private static final String[] BIOGRAPHY_WORDS = {"serve", "joining", "previously", "from 19", "from 20", "director", "trustee",
            "member of the board", "partner", "biograph"};

    /** Whether {@link #CONTRACT_LANGUAGE} can match: each of its forms holds one of these words ("mean" for "means"), in either case. */
    static boolean mayBeContractLanguage(String t) {
        for (String w : CONTRACT_WORDS) if (AsciiCase.contains(t, w)) return true;
        return false;
    }

    private static final String[] CONTRACT_WORDS = {"shall", "deemed", "provided that", "hereunder", "hereof", "herein", "hereto", "mean",
            "is defined as", "cause"};

    /** The other party is the nearer subject: it comes after the last mention of the entity as a subject. */
    private static boolean otherSubject(String before) {
        String b = GROUP_WITH_SUBSIDIARIES.matcher(before).replaceAll(" ");
        int other = last(OTHER_WORD.matcher(b));
        if (other < 0) return false;
        return other > last(ENTITY_SUBJECT.matcher(b));
    }

    private static int last(Matcher m) {
        int at = -1;
        while (m.find()) at = m.start();
        return at;
    }

    /** The words of the sentence before the phrase, back to the last semicolon or colon, at most 200 characters. */
    private static String clauseBefore(String sentence, int start) {
        int from = Math.max(0, start - 200);
        int semi = Math.max(sentence.lastIndexOf(';', start - 1), sentence.lastIndexOf(':', start - 1));
        if (semi >= from) from = semi + 1;
        return sentence.substring(from, start);
    }
}
