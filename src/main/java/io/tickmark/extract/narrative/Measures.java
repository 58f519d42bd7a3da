package io.tickmark.extract.narrative;

import io.tickmark.util.AsciiCase;
import io.tickmark.util.Regex;
import io.tickmark.util.Spaces;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a stated amount is: the subject phrase cleaned of dates, verbs and hedges, the canonical
 * concept it names (by its head words, so "the fair value change ..., recording a revenue" is not
 * revenue), the business segment it is limited to, and whether it is worded as a loss, outflow or
 * deficit.
 */
public final class Measures {
    static final Pattern LEADING_ADVERBIAL = Pattern.compile(
            "(?i)^(?:(?:moreover|in addition|additionally|meanwhile|however|further(?:more)?|also|besides|thus|hence|therefore|as a result|accordingly)\\s*,?\\s*"
                    + "|(?:as at|as of|at|during|for|in|on|by|since|after|before)\\s+[^,]{0,90}?,\\s*)+");
    static final Pattern TRAILING_VERB = Pattern.compile(
            "(?i)[,\\s]*(?:which |that )?(?:was|were|is|are|has been|had been|have been|amounted to|amounting to|amounts to|totall?ed|totall?ing|totaling|reached|recorded|of|at|stood at|"
                    + "increased to|decreased to|rose to|fell to|came to|equal to|equalled|being|had|has|have|with|to)?"
                    + "(?:\\s+(?:approximately|approx\\.?|about|around|nearly|some|roughly|a total of|in aggregate|in total))*[,\\s]*$");
    static final Pattern DETERMINERS = Pattern.compile(
            "(?i)^(?:(?:the group had|the company had|the group has|the company has|we had|we have|the group['’]s|the company['’]s|group['’]s|company['’]s|the|a|an|its|our|their|this|these|all|total|aggregate|consolidated|overall)\\s+)+");
    static final Pattern SEGMENT = Pattern.compile(
            "(?i)(?:the group['’]s|the company['’]s|our|its)\\s+((?:[a-z-]+,?\\s+){0,6}?(?:business|segment|division))\\b"
                    + "|(?:of|from|for|in)\\s+the\\s+((?:[a-z-]+,?\\s+){0,6}?(?:business|segment|division))(?:es)?\\s+(?:of|in)\\s+the\\s+(?:group|company)"
                    + "|(?:of|from|for|in)\\s+the\\s+((?:[a-z-]+,?\\s+){0,6}?(?:business|segment|division))\\b");

    /** Words of gain (group 1) or of loss (group 2), in a lower-case text. */
    private static final Pattern POLARITY = Pattern.compile(
            "\\b(gain|gains|profit|profits|income|earnings|inflow|inflows|provided|generated|surplus|credit|net current assets)\\b"
                    + "|\\b(loss|losses|expense|expenses|outflow|outflows|used|deficit|charge|charges|net current liabilities|net liabilities)\\b");

    static final Pattern TAX_ATTRIBUTE = Pattern.compile("(?i)\\bcarry[- ]?(?:forwards?|overs?|backs?)\\b|\\bcarried (?:forward|over|back)\\b");

    /** Concepts in the order they are tried; each pattern must match at the head of the measure. */
    private static final Map<String, Pattern> CONCEPTS = new LinkedHashMap<>();
    private static final Map<String, Boolean> HEAD_ONLY = new LinkedHashMap<>();

    static {
        c("NetProfitAttributableToParent", "(?:net )?(?:profit|loss|income|earnings)(?: for the (?:year|period))? attributable to (?:the )?(?:equity |ordinary )?(?:shareholders|owners|holders|equity holders)");
        c("NetProfit", "(?:net (?:profit|loss|income|earnings)|(?:profit|loss) for the (?:year|period)|net (?:loss|income) of)\\b(?! per)(?! margin)");
        c("OperatingIncome", "(?:operating (?:profit|loss|income)|(?:loss|income|profit|earnings) from operations)\\b(?! margin)");
        c("GrossProfit", "gross (?:profit|margin)\\b(?! margin)(?! percentage)(?! rate)");
        c("Revenue", "(?:revenues?|turnover|net sales|total net sales|sales revenue)\\b(?! per)");
        c("NetCashFromOperating", "(?:net cash (?:inflows?|outflows?|provided|used|generated|from|flows?)[^,;]{0,30}operating activities|(?:operating cash (?:flows?|inflows?|outflows?)))");
        c("CashAndEquivalents", "(?:cash and cash equivalents|bank balances and cash|cash and bank balances|cash(?: on hand)?)$");
        c("NetCurrentAssets", "(?:net current (?:assets|liabilities)|working capital(?: deficit)?)\\b");
        c("TotalAssets", "assets$|assets of\\b");
        c("TotalCurrentAssets", "current assets$");
        c("TotalLiabilities", "liabilities$");
        c("TotalEquity", "(?:equity|net assets|net liabilities|(?:shareholders|stockholders)['’] (?:equity|deficit))$");
        c("ShareCapital", "share capital\\b");
        c("Reserves", "reserves$");
        c("RetainedEarnings", "(?:retained earnings|accumulated (?:deficit|losses))\\b");
        c("Impairment", "(?:impairment (?:losses?|charges?|provisions?)|allowance for (?:expected )?credit losses|provision for impairment|impairment)\\b");
        c("Borrowings", "(?:(?:bank and other |bank |interest-bearing )?borrowings|debt|indebtedness)\\b");
        c("MarketValueOfEquity", "(?:market value of (?:the )?[a-z -]{0,40}?(?:stock|shares|equity)|market capitali[sz]ation)\\b");
    }

    private static void c(String concept, String regex) {
        CONCEPTS.put(concept, Pattern.compile("(?i)^" + regex));
        HEAD_ONLY.put(concept, anchoredAtHead(regex));
    }

    /** The concepts' names, patterns and whether each can match only at the start, as arrays (tried for every stated amount). */
    private static final String[] CONCEPT_NAMES = CONCEPTS.keySet().toArray(new String[0]);
    static final Pattern[] CONCEPT_PATTERNS = CONCEPTS.values().toArray(new Pattern[0]);
    static final boolean[] CONCEPT_AT_HEAD = new boolean[CONCEPT_NAMES.length];

    static {
        for (int i = 0; i < CONCEPT_NAMES.length; i++) CONCEPT_AT_HEAD[i] = HEAD_ONLY.get(CONCEPT_NAMES[i]);
    }

    private Measures() {}

    /** The subject phrase without leading adverbials, trailing verbs and hedges, lower case. */
    public static String clean(String subject) {
        String s = subject.strip();
        s = Spaces.collapse(Regex.replaceAll(s, "\\((?:the )?[“\"][^)]*[”\"]\\)", " ")).strip();
        for (int i = 0; i < 3; i++) {
            String before = s;
            s = withoutHead(LEADING_ADVERBIAL, s);
            s = withoutTrailingVerb(s);
            if (s.equals(before)) break;
        }
        s = Regex.replaceAll(s, "^[\\s,;:(0-9)]+", "").strip();
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * {@code TRAILING_VERB.matcher(s).replaceFirst("")}, searched only where a match can start. The
     * pattern is anchored at the end but not at the start, so a plain search tries it, with its forty
     * alternatives, at every position of the phrase (3% of a PDF check). Everything it can match is
     * ASCII letters, full stops, commas and white space, so its leftmost match starts within the run of
     * such characters that ends the phrase; the pattern looks neither behind nor at word boundaries, so
     * searching that run alone finds the same match. A phrase ending in a line terminator that
     * {@code $} may stop before and that is not white space goes to the plain search.
     */
    static String withoutTrailingVerb(String s) {
        int end = s.length();
        if (end > 0) {
            char last = s.charAt(end - 1);
            if (last == '\u0085' || last == '\u2028' || last == '\u2029') return TRAILING_VERB.matcher(s).replaceFirst("");
        }
        int from = end;
        while (from > 0 && mayEndInTrailingVerb(s.charAt(from - 1))) from--;
        Matcher m = TRAILING_VERB.matcher(s);
        // find's attempts in order, skipping the positions where a match cannot start
        for (int p = from; p < end; p++) {
            if (mayStartTrailingVerb(s, p, end) && m.region(p, end).lookingAt()) return s.substring(0, m.start()) + s.substring(m.end());
        }
        return s; // the empty match at the end, which changes nothing
    }

    /**
     * The words a match of {@link #TRAILING_VERB} can begin with after its leading commas and white
     * space: "which ", "that ", a verb or a hedge, each as a prefix of its forms ("total" for
     * "totalled", "totaling"; "has" for "has been"; "in " for "in aggregate" and "in total"), by its
     * first letter in either case.
     */
    private static final String[][] TRAILING_WORDS_BY_FIRST = new String[128][];

    static {
        String[] words = {"which ", "that ", "was", "were", "is", "are", "has", "had", "have", "amount", "total", "reached", "recorded", "of", "at",
                "stood at", "increased to", "decreased to", "rose to", "fell to", "came to", "equal", "being", "with", "to",
                "approx", "about", "around", "nearly", "some", "roughly", "a total of", "in "};
        for (char c = 'a'; c <= 'z'; c++) {
            char first = c;
            String[] these = java.util.Arrays.stream(words).filter(w -> w.charAt(0) == first).toArray(String[]::new);
            if (these.length > 0) {
                TRAILING_WORDS_BY_FIRST[c] = these;
                TRAILING_WORDS_BY_FIRST[c - 32] = these;
            }
        }
    }

    /**
     * Whether a match of {@link #TRAILING_VERB} can start at {@code p} (before {@code end}). Every part
     * of the pattern is optional and each begins with a comma, white space or a letter: a match starts
     * at a comma or white space, or at a letter that begins "which ", "that " or a verb. After its run
     * of commas and white space a match either reaches the end or goes on with one of those words or a
     * hedge (whose {@code \\s+} the run holds). A full stop starts nothing. Looser than the pattern,
     * never tighter: {@code lookingAt} decides.
     */
    static boolean mayStartTrailingVerb(String s, int p, int end) {
        int q = p;
        while (q < end && (s.charAt(q) == ',' || Spaces.isSpace(s.charAt(q)))) q++;
        if (q == end) return true;
        char c = s.charAt(q);
        String[] words = c < 128 ? TRAILING_WORDS_BY_FIRST[c] : null;
        if (words == null) return false;
        for (String w : words) if (AsciiCase.startsAt(s, q, end, w)) return true;
        return false;
    }

    private static boolean mayEndInTrailingVerb(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == ',' || Spaces.isSpace(c);
    }

    /** The canonical concept the measure names at its head, or null. */
    public static String concept(String measure) {
        // "operating loss carryforwards" are a tax attribute, never a loss of the period
        if (AsciiCase.contains(measure, "carr") && TAX_ATTRIBUTE.matcher(measure).find()) return null;
        String head = withoutHead(DETERMINERS, measure);
        for (int i = 0; i < CONCEPT_PATTERNS.length; i++) {
            Matcher m = CONCEPT_PATTERNS[i].matcher(head);
            if (CONCEPT_AT_HEAD[i] ? m.lookingAt() : m.find()) return CONCEPT_NAMES[i];
        }
        return null;
    }

    /**
     * {@code pattern.matcher(s).replaceFirst("")} for a pattern that starts with {@code ^} and has no
     * alternative outside its brackets: it can match only at the start, where {@code lookingAt} tries
     * it once; {@code replaceFirst}'s search tried it at every position of the phrase.
     */
    static String withoutHead(Pattern pattern, String s) {
        Matcher m = pattern.matcher(s);
        return m.lookingAt() ? s.substring(m.end()) : s;
    }

    /**
     * Whether every match of a pattern {@code "^" + regex} starts at the start of the text: true unless
     * the regex has an alternative outside brackets ({@code "assets$|assets of\\b"}: {@code ^} binds to
     * the first alternative alone). Escapes and character classes are skipped.
     */
    static boolean anchoredAtHead(String regex) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') i++;
            else if (inClass) { if (c == ']') inClass = false; }
            else if (c == '[') inClass = true;
            else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) return false;
        }
        return true;
    }

    /** The business segment the measure is limited to, or "" for the entity as a whole. */
    public static String segment(String measure) {
        // every form of the pattern ends in one of these words
        if (!AsciiCase.contains(measure, "business") && !AsciiCase.contains(measure, "segment") && !AsciiCase.contains(measure, "division")) return "";
        Matcher m = SEGMENT.matcher(measure);
        if (!m.find()) return "";
        String g = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        String s = Regex.replaceAll(Regex.replaceAll(g.toLowerCase(Locale.ROOT), "\\b(business|segment|division)$", ""), "[,\\s]+$", "").strip();
        s = Regex.replaceAll(s, "^(the|its|our)\\s+", "");
        return s.replace("automotive", "automobile").replace("services", "service");
    }

    /** +1 when worded as a gain, profit, income or inflow; -1 as a loss, expense, outflow or deficit; 0 when neutral. */
    public static int polarity(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        // each cut only where its words are: the patterns begin with them
        if (t.contains("income tax")) t = Regex.replaceAll(t, "income tax(es)?", "");
        if (t.contains("per share")) t = Regex.replaceAll(t, "per share", "");
        if (t.contains("credit loss")) t = Regex.replaceAll(t, "credit loss(es)?", "");
        Matcher m = POLARITY.matcher(t);
        if (!m.find()) return 0;
        return m.group(1) != null ? 1 : -1;
    }
}
