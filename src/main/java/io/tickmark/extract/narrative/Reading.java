package io.tickmark.extract.narrative;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a phrase found in a sentence is meant: asserted, conditional (risk-factor and hypothetical
 * wording, plans) or negated. Only the words of the same clause before the phrase govern it, so "The
 * case is currently under trial and the court has not made a final judgement" asserts the trial.
 */
final class Reading {
    static final String ASSERTED = "asserted";
    static final String CONDITIONAL = "conditional";
    static final String NEGATED = "negated";

    /** Modal and hypothetical wording; "May" followed by a day or year is a month. */
    private static final Pattern MODAL = Pattern.compile(
            "(?i:\\b(?:could|might|would|should|if|unless|in the event|no assurance|cannot assure|can be no assurance|potential(?:ly)?|possible|possibly|likely|"
                    + "risks? (?:that|of)|whether|to the extent|subject to|depend(?:s|ing)? (?:on|upon)|in case)\\b)|\\b[Mm]ay\\b(?!\\s+\\d)");
    private static final Pattern FUTURE = Pattern.compile(
            "(?i)\\b(?:will|shall|expects?|expected|anticipates?|intends?|plans?|planned|seeks?|aims?|strives?|going to|consider(?:s|ing)?)\\b");
    private static final Pattern NEGATION = Pattern.compile(
            "(?i)\\b(?:no|not|never|neither|nor|without|none|cannot|did not|has not|have not|had not|does not|do not|nothing|absence of)\\b|n['’]t\\b");
    /** Purpose and permission: "a level that permits termination of the licence" describes, it does not report. */
    private static final Pattern PURPOSE = Pattern.compile(
            "(?i)\\b(?:permits?|allows?|enables?|in order to|so as to|to permit|to allow|designed to|intended to|such as|for example)\\b");
    private static final Pattern MODAL_AFTER = Pattern.compile("(?i)^\\s*(?:[\\w’'-]+\\s+){0,12}?(?:could|may|might|would|can|will|should)\\b(?!\\s+\\d)");
    /** A new clause after the phrase: its modal verb is not the phrase's. */
    private static final Pattern NEXT_CLAUSE = Pattern.compile("(?i)\\s(?:and|but|while|whereas|which|that|so|because|as a result)\\s");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(";|:|\\.\\s|,\\s+(?:but|while|whereas|although|though)\\b");

    private Reading() {}

    /**
     * Reads the phrase at {@code [start, end)} of {@code sentence}. With {@code plansAreConditional}
     * a future or intended event ("will dispose", "plans to") is not an event that happened.
     */
    static String of(String sentence, int start, boolean plansAreConditional) {
        return of(sentence, start, start, plansAreConditional);
    }

    /** As above; the words right after the phrase count too when they make it the subject of a modal ("The loss of X could ..."). */
    static String of(String sentence, int start, int end, boolean plansAreConditional) {
        String after = sentence.substring(Math.min(end, sentence.length()));
        int stop = after.length();
        for (char c : new char[]{',', ';', ':', '.'}) {
            int i = after.indexOf(c);
            if (i >= 0 && i < stop) stop = i;
        }
        Matcher next = NEXT_CLAUSE.matcher(after);
        if (next.find() && next.start() < stop) stop = next.start();
        if (MODAL_AFTER.matcher(after.substring(0, stop)).find()) return CONDITIONAL;
        return ofBefore(sentence, start, plansAreConditional);
    }

    private static String ofBefore(String sentence, int start, boolean plansAreConditional) {
        int clause = 0;
        var m = CLAUSE_BREAK.matcher(sentence);
        while (m.find() && m.end() <= start) clause = m.end();
        String before = sentence.substring(clause, start);
        String near = before.length() > 90 ? before.substring(before.length() - 90) : before;
        if (NEGATION.matcher(near).find()) return NEGATED;
        if (MODAL.matcher(before).find()) return CONDITIONAL;
        if (plansAreConditional && FUTURE.matcher(before).find()) return CONDITIONAL;
        if (plansAreConditional && PURPOSE.matcher(near.length() > 40 ? near.substring(near.length() - 40) : near).find()) return CONDITIONAL;
        return ASSERTED;
    }

    static boolean modal(String s) {
        return MODAL.matcher(s).find();
    }

    static boolean negated(String s) {
        return NEGATION.matcher(s).find();
    }
}
