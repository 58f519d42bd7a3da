package io.tickmark.extract.narrative;

import io.tickmark.facts.GoingConcernDisclosure;
import io.tickmark.util.CueWords;
import io.tickmark.facts.GoingConcernStatement;
import io.tickmark.facts.LiquidityClaim;
import io.tickmark.facts.NarrativeEvent;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads going-concern language: statements of substantial doubt or material uncertainty (and how
 * each is meant), passages that address going concern at all, the events ISA 570 lists as
 * conditions or mitigants, and management's claims about its own liquidity. It records what the
 * words say; the rules decide what that means.
 */
final class LanguageReader {
    private static final Pattern DOUBT = Pattern.compile("(?i)\\b(?:substantial|significant)\\s+doubts?\\b|\\bmaterial\\s+uncertaint(?:y|ies)\\b");
    private static final Pattern GC_CONTEXT = Pattern.compile("(?i)going[- ]concerns?|continue as a going|ability to continue|continue (?:in|its) operations?|continuing as a going");
    private static final Pattern STANDARD = Pattern.compile(
            "(?i)\\bASU\\b|\\bASC\\s*205-40|accounting standards update|subtopic 205-40|\\brequires?\\s+(?:management|an entity|entities|companies|us|the company|the group|the directors)\\s+to"
                    + "|\\b(?:is|are)\\s+required\\s+to\\s+(?:evaluate|assess|consider|determine)|\\b(?:evaluate|assess|determine|consider)s?\\s+whether|\\bwhether\\s+(?:there\\s+(?:is|are)|conditions|events|substantial)"
                    + "|\\bguidance\\b|\\bstandard\\s+(?:requires|provides)"
                    // the auditor's responsibilities paragraph: what an auditor must conclude, not what it concluded
                    + "|\\bconclude\\s+(?:on|whether)\\b|\\bwhether\\s+(?:a\\s+)?material\\s+uncertaint|\\bif we conclude\\b|\\bauditor['’]?s['’]? responsibilit"
                    + "|\\bour (?:objectives?|responsibilit(?:y|ies)) (?:are|is)\\b");
    private static final Pattern DOUBT_NEGATION = Pattern.compile(
            "(?i)\\b(?:no|not|nor|never|without|none|neither|did not|has not|have not|does not|do not|is not|are not)\\b");
    private static final Pattern ASSERT_BEFORE = Pattern.compile(
            "(?i)(?:\\braise[sd]?|\\bgive[sn]? rise to|\\bgave rise to|\\bthere (?:is|was|are|were|exists?|remains?)|\\bindicat(?:e|es|ed|ing)(?: that)?(?: the existence of)?"
                    + "|\\bcast[s]?|\\bconstitut(?:e|es|ed)|\\bcreat(?:e|es|ed)|\\bresult(?:s|ed)? in|\\bexists?|\\bconcluded that[^.;]{0,80}?)\\s+(?:a\\s+|an\\s+)?$");
    /** The doubt resolved: "the previously raised substantial doubt ... has been alleviated", "no longer exists". */
    private static final Pattern ALLEVIATED = Pattern.compile(
            "(?i)\\balleviat\\w*|\\bno longer (?:exists?|present|applies|appl(?:y|ies))\\b|\\b(?:has|have|was|were|had) been (?:resolved|removed|eliminated|dispelled)\\b");
    /** ... but not when the plans have not alleviated it, or are only meant to. */
    private static final Pattern ALLEVIATION_DENIED = Pattern.compile(
            "(?i)(?:\\bnot|n['’]t|\\bnever|\\bcannot|\\bunable to|\\bfail(?:s|ed)? to)\\s+(?:\\w+\\s+){0,2}?alleviat");
    private static final Pattern ALLEVIATION_INTENDED = Pattern.compile(
            "(?i)\\b(?:may|might|could|would|will|should|can|whether|if)\\b(?:\\s+\\w+){0,3}?\\s+alleviat|\\bto\\s+(?:\\w+\\s+)?alleviat");
    private static final Pattern ASSERT_AFTER = Pattern.compile("(?i)^\\s*(?:exists?|existed|remains?|continues to exist|has arisen)\\b");
    private static final Pattern AUDITOR_CUE = Pattern.compile(
            "(?i)\\bauditor|\\baccountants\\b|\\bour opinion\\b|\\bwe draw attention\\b|\\bemphasis of matter\\b|\\bexplanatory paragraph\\b|\\bour audit");
    private static final Pattern MANAGEMENT_CUE = Pattern.compile(
            "(?i)\\bmanagement\\b|\\bthe directors\\b|\\bthe board\\b|\\bwe have concluded\\b|\\bhas concluded\\b|\\bhave concluded\\b");
    private static final Pattern BASIS = Pattern.compile(
            "(?i)(?:prepared|presented)\\s+(?:on|under|using|assuming)\\s+(?:a\\s+|the\\s+)?going[- ]concern|prepared assuming that[^.]{0,80}continue as a going concern"
                    + "|going[- ]concern\\s+(?:basis|assumption)|operation on going concern basis|assessed\\s+(?:its|the)[^.]{0,60}going[- ]concern");

    private static final Map<String, List<Pattern>> EVENTS = new LinkedHashMap<>();
    /**
     * For each kind, for each of its patterns in order, the words the pattern cannot match without:
     * one word of every group ("a|b") must be in the sentence (lower case; the patterns match ASCII
     * letters case-insensitively, and each word is a literal part of every form of the pattern's
     * alternative it stands for, spaces included: "repay" for "to repay", "repayment" and "early
     * repayment"). A sentence without them is not matched against the pattern, which most sentences
     * would fail only after trying at every position. A kind's one cue word per kind ("credit",
     * "customer", "left", "filed") let through most sentences of a 10-K.
     */
    private static final Map<String, List<List<String>>> EVENT_NEEDS = Map.ofEntries(
            Map.entry("creditor-demand", List.of(
                    List.of("bank|creditor|lender|financial institution|bondholder|noteholder", "required|demanded|requested|asked|pressed|urged|called on|forced",
                            "repay|to settle"),
                    List.of("demand|notice|accelerat|called in|called back"),
                    List.of("bank|creditor|lender", "efforts to collect|refused to|withdr"),
                    List.of("defaulted on|overdue|to repay"))),
            Map.entry("credit-tightening", List.of(
                    List.of("bank|lender|creditor|financial institution", "tighten|stricter|strengthened", "credit|lending|loan"),
                    List.of("tighten|stricter", "credit|lending|loan", "bank|lender|financial institution"),
                    List.of("bank|lender", "tightened"))),
            Map.entry("licence-loss", List.of(
                    List.of("withdrawal of|loss of|lost|terminat|revo|cancel|non-renewal of|not to renew|did not renew|suspension of",
                            "dealership|licen|franchise|distribution right|concession|operating permit"),
                    List.of("dealership|licen|franchise|authori|operating permit|concession", "withdrawn|revoked|terminated|cancel|suspended|not renewed"))),
            Map.entry("customer-or-supplier-loss", List.of(
                    List.of("loss of|lost|terminat|ceased", "customer|client|supplier"))),
            Map.entry("management-arrest", List.of(
                    List.of("arrest|detained|indicted|convicted|criminal|placed under investigation"))),
            Map.entry("management-departure", List.of(
                    List.of("resigned as|resigned from|stepped down as|stepped down from|departed as|left the company as|left the group as",
                            "chair|chief|ceo|cfo|executive director|president|legal representative|managing director|general manager"))),
            Map.entry("insolvency-proceedings", List.of(
                    List.of("petition|filed for|chapter 11|winding|liquidat|insolvency proceeding|receivership"))),
            Map.entry("trial", List.of(
                    List.of("under trial|pending trial|heard by the court|final judg"))),
            Map.entry("new-financing", List.of(
                    List.of("entered into|obtained|secured|raised|drew down|completed",
                            "credit agreement|credit facilit|loan facilit|revolving credit|term loan|debtor-in-possession|dip financing|new financing|bridge loan"))),
            Map.entry("asset-disposal", List.of(
                    List.of("ceased to be|complet|disposed of|sold its|sold our"))),
            Map.entry("loan-rescheduled", List.of(
                    List.of("rescheduled|refinanced|extended the|renewed and extended|rolled over", "loan|borrowing|debt|facilit|credit|notes"),
                    List.of("loan|borrowing|facilit", "rescheduled|refinanced|extended|renewed|rolled over"))));
    /** Words of which every liquidity claim needs one. */
    private static final List<String> CLAIM_WORDS = List.of("financial", "liquidity", "cash");
    /** ... and one of the words of its standing (every pattern of {@link #CLAIMS} names one). */
    private static final List<String> CLAIM_STANDING = List.of("stable", "healthy", "strong", "sound", "solid", "sufficient", "adequate", "robust");
    /** Every going-concern context and basis needs one of these: other sentences say nothing of doubt. */
    private static final List<String> DOUBT_WORDS = List.of("going", "continu");
    /** All the words above, looked for in one pass over each sentence. */
    private static final CueWords CUES = new CueWords(java.util.stream.Stream.concat(
            java.util.stream.Stream.of(DOUBT_WORDS, CLAIM_WORDS, CLAIM_STANDING).flatMap(List::stream),
            EVENT_NEEDS.values().stream().flatMap(List::stream).flatMap(List::stream).flatMap(g -> java.util.Arrays.stream(g.split("\\|"))))
            .distinct().toList());
    private static final int[] DOUBT_CUES = CUES.ids(DOUBT_WORDS);
    private static final int[] CLAIM_CUES = CUES.ids(CLAIM_WORDS);
    private static final int[] CLAIM_STANDING_CUES = CUES.ids(CLAIM_STANDING);
    /** {@link #EVENT_NEEDS} as cue indexes: kind, pattern, group, word. */
    private static final Map<String, int[][][]> EVENT_CUES = EVENT_NEEDS.entrySet().stream()
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream()
                    .map(groups -> groups.stream().map(g -> CUES.ids(List.of(g.split("\\|")))).toArray(int[][]::new)).toArray(int[][][]::new)));
    private static final Pattern AIM_BEFORE = Pattern.compile("(?is).*\\bto\\s*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static {
        e("creditor-demand",
                "\\b(?:banks?|creditors?|lenders?|financial institutions?|bondholders?|noteholders?)\\b[^.;]{0,120}?\\b(?:required|demanded|requested|asked|pressed|urged|called on|forced)\\b[^.;]{0,80}?\\b(?:to repay|repayment|to settle|early repayment)",
                "\\b(?:demands? for (?:immediate |early )?repayment|notices? of (?:default|acceleration)|accelerat(?:ed|ion of) (?:the )?(?:repayment|loans?|debt|borrowings|indebtedness)|called (?:in|back) (?:the |their )?loans?)",
                "\\b(?:banks?|creditors?|lenders?)\\b[^.;]{0,60}?\\b(?:strengthened (?:their )?efforts to collect|refused to (?:renew|roll over|extend)|withdr[ae]w\\w* (?:their )?(?:financial |banking )?(?:support|facilities))",
                "\\b(?:defaulted on (?:its|our|the) (?:loans?|debt|borrowings|notes|bonds)|overdue (?:bank )?(?:loans|borrowings)|(?:failed|unable) to repay (?:its|our|the) (?:loans?|debt|borrowings))");
        // lenders tightening credit to the entity; the entity tightening its own credit terms to customers is not a condition
        e("credit-tightening",
                "\\b(?:banks?|lenders?|creditors?|financial institutions?)\\b[^.;]{0,80}?\\b(?:tighten(?:ed|ing)?|stricter|strengthened)\\b[^.;]{0,50}?\\b(?:credit|lending|loan)",
                "\\b(?:tighten(?:ed|ing)?|stricter)\\b[^.;]{0,50}?\\b(?:credit|lending|loan)\\b[^.;]{0,40}?\\bby\\s+(?:the\\s+)?(?:local\\s+)?(?:banks?|lenders?|financial institutions?)",
                "\\b(?:banks?|lenders?)['’]?\\s+(?:credit|lending) (?:approval )?(?:standards|criteria|conditions) (?:were |have been |had been )?tightened");
        e("licence-loss",
                "\\b(?:withdrawal of|loss of|lost|termination of|terminated|revocation of|revoked|cancell?ation of|cancell?ed|non-renewal of|ceased or opted not to renew|opted not to renew|not to renew|did not renew|suspension of)\\b[^.;]{0,40}?\\b(?:authori[sz]ed dealerships?|dealerships?|dealership authori[sz]ations?|licen[cs]es?|franchises?|distribution rights?|concessions?|operating permits?)\\b",
                "\\b(?:dealerships?|licen[cs]es?|franchises?|authori[sz]ations?|operating permits?|concessions?)\\b[^.;]{0,30}?\\b(?:was|were|have been|has been|had been)\\s+(?:withdrawn|revoked|terminated|cancell?ed|suspended|not renewed)");
        e("customer-or-supplier-loss",
                "\\b(?:loss of|lost|termination of|terminated|ceased)\\b[^.;]{0,40}?\\b(?:key|major|largest|principal|significant|main)\\s+(?:customers?|clients?|suppliers?)");
        e("management-arrest",
                "(?:\\b(?:his|her|their) arrest\\b|['’]s arrest\\b|\\barrest of\\b|\\b(?:was|were|has been|had been) (?:arrested|detained|indicted|convicted)\\b|\\bcriminal (?:investigation|proceedings|charges?) against\\b|\\bplaced under investigation\\b)");
        e("management-departure",
                "\\b(?:resigned as|resigned from|stepped down as|stepped down from|departed as|left the (?:company|group) as)\\b[^.;]{0,60}?\\b(?:chairman|chairwoman|chief executive|ceo|chief financial officer|cfo|(?<!non-)(?<!non )executive director|president|legal representative|managing director|general manager)\\b");
        e("insolvency-proceedings",
                "\\b(?:filed (?:a )?(?:voluntary )?petitions? for (?:relief|bankruptcy)|filed for (?:chapter 11|bankruptcy)|chapter 11 (?:cases?|proceedings?|filing|petitions?)|winding[- ]up (?:petitions?|orders?|proceedings?)|liquidation (?:proceedings?|orders?)|insolvency proceedings?|into receivership|provisional liquidators? (?:was|were|have been) appointed)");
        e("trial",
                "\\b(?:currently under trial|under trial|pending trial|heard by the court|has not (?:yet )?made a final judg(?:e)?ment)\\b");
        e("new-financing",
                "\\b(?:entered into|obtained|secured|raised|drew down|completed (?:the )?(?:issuance|placing|placement|rights issue) of)\\b[^.;]{0,60}?\\b(?:new |additional )?(?:credit agreements?|credit facilit(?:y|ies)|loan facilit(?:y|ies)|revolving credit|term loans?|debtor-in-possession|dip financing|new financing|bridge loan)");
        e("asset-disposal",
                "\\b(?:ceased to be (?:a )?subsidiar(?:y|ies)|(?:completed|completion of) (?:the )?(?:sale|disposal)|completion of the [^.;]{0,60}?disposal|disposed of (?:its|our|the)|sold (?:its|our) [^.;]{0,40}?(?:interests?|subsidiar\\w*|business|assets|properties|stake))");
        e("loan-rescheduled",
                "\\b(?:rescheduled|refinanced|extended the (?:maturity|term)|renewed and extended|rolled over)\\b[^.;]{0,60}?\\b(?:loans?|borrowings?|debt|facilit(?:y|ies)|credit|notes)",
                "\\b(?:loans?|borrowings?|facilit(?:y|ies))\\b[^.;]{0,40}?\\b(?:were|was|have been|has been) (?:rescheduled|refinanced|extended|renewed|rolled over)");
    }

    private static final List<Pattern> CLAIMS = List.of(
            Pattern.compile("(?i)\\b(?:maintain(?:s|ed)?|remain(?:s|ed)?|continued to maintain|continues to maintain|is|was|were|are|has|have|had)\\s+(?:a\\s+|an\\s+)?(?:very\\s+)?"
                    + "(?:stable|healthy|strong|sound|solid|sufficient|adequate|robust)(?:\\s+and\\s+(?:stable|healthy|strong|sound|sufficient|adequate|robust))?\\s+"
                    + "(?:financial position|liquidity(?: position)?|position of liquidity|cash position|operating cash flows?|cash flows?|financial condition)"),
            Pattern.compile("(?i)\\bliquidity\\b[^.;]{0,60}?\\bremain(?:s|ed)?\\s+(?:healthy|stable|strong|sound|sufficient|adequate|robust)"),
            Pattern.compile("(?i)\\bsources of liquidity (?:will )?(?:continue to )?be (?:sufficient|adequate)"));

    private static void e(String kind, String... regex) {
        EVENTS.put(kind, java.util.Arrays.stream(regex).map(r -> Pattern.compile("(?i)" + r)).toList());
    }

    private final String document;
    private final List<Object> out;

    private final Integer reportingYear;

    LanguageReader(String document, List<Object> out) {
        this(document, null, out);
    }

    LanguageReader(String document, Integer reportingYear, List<Object> out) {
        this.document = document;
        this.reportingYear = reportingYear;
        this.out = out;
    }

    void read(Sentence s, boolean inAuditorsReport) {
        read(s, inAuditorsReport, false);
    }

    /** In a risk-factors section every event is read as what could happen, not as what happened. */
    void read(Sentence s, boolean inAuditorsReport, boolean inRiskFactors) {
        String t = s.text();
        boolean[] cues = CUES.scan(t);
        if (CueWords.any(cues, DOUBT_CUES)) doubt(s, t, inAuditorsReport);
        events(s, t, cues, inRiskFactors);
        if (CueWords.any(cues, CLAIM_CUES) && CueWords.any(cues, CLAIM_STANDING_CUES)) claims(s, t);
    }

    private void doubt(Sentence s, String t, boolean inAuditorsReport) {
        boolean context = GC_CONTEXT.matcher(t).find();
        Matcher d = DOUBT.matcher(t);
        String reading = null;
        String phrase = null;
        String quote = t;
        while (context && d.find()) {
            String r = doubtReading(t, d.start(), d.end());
            if (reading == null || rank(r) < rank(reading)) {
                reading = r;
                quote = t.length() > 320 ? window(t, d.start(), d.end()) : t;
                phrase = SPACES.matcher(d.group().toLowerCase()).replaceAll(" ").replace("doubts", "doubt").replace("uncertainties", "uncertainty");
            }
        }
        if (reading != null) {
            out.add(new GoingConcernStatement(document, phrase, reading, speaker(t, inAuditorsReport), quote, s.ref()));
            if (reading.equals("statement") || reading.equals("negated") || reading.equals("alleviated")) {
                out.add(new GoingConcernDisclosure(document, reading.equals("statement") ? "doubt" : "assessment", t, s.ref()));
                return;
            }
        }
        Matcher b = BASIS.matcher(t);
        if (b.find() && !Reading.modal(t.substring(0, b.start())) && !STANDARD.matcher(t).find()) {
            out.add(new GoingConcernDisclosure(document, "basis", t, s.ref()));
        }
    }

    /** statement, negated, standard, conditional or reference, for one occurrence of the phrase. */
    static String doubtReading(String t, int start, int end) {
        int clause = Math.max(t.lastIndexOf(';', start), 0);
        String pre = t.substring(Math.max(clause, start - 160), start);
        String near = pre.length() > 80 ? pre.substring(pre.length() - 80) : pre;
        String post = t.substring(end, Math.min(t.length(), end + 40));
        if (STANDARD.matcher(pre).find()) return "standard";
        String alleviation = alleviation(t);
        if (alleviation != null) return alleviation;
        if (DOUBT_NEGATION.matcher(near).find()) return "negated";
        if (ASSERT_AFTER.matcher(post).find()) return "statement";
        String modalWindow = pre.length() > 60 ? pre.substring(pre.length() - 60) : pre;
        if (Reading.modal(modalWindow)) return "conditional";
        if (ASSERT_BEFORE.matcher(pre).find()) return "statement";
        return "reference";
    }

    /**
     * "alleviated" when the sentence says the doubt was resolved; "statement" when it says management's
     * plans did not alleviate it; null when the sentence says nothing about alleviation (or only that
     * plans are meant to alleviate it, which leaves the doubt as the rest of the sentence reads it).
     */
    private static String alleviation(String t) {
        if (!ALLEVIATED.matcher(t).find()) return null;
        if (ALLEVIATION_DENIED.matcher(t).find()) return "statement";
        if (ALLEVIATION_INTENDED.matcher(t).find()) return null;
        return "alleviated";
    }

    private static int rank(String reading) {
        return switch (reading) {
            case "statement" -> 0;
            case "alleviated" -> 1;
            case "negated" -> 2;
            case "standard" -> 3;
            case "conditional" -> 4;
            default -> 5;
        };
    }

    private static String speaker(String t, boolean inAuditorsReport) {
        boolean auditor = inAuditorsReport || AUDITOR_CUE.matcher(t).find();
        boolean management = !inAuditorsReport && (MANAGEMENT_CUE.matcher(t).find() || !auditor);
        if (auditor && management) return "management and auditor";
        return auditor ? "auditor" : "management";
    }

    private void events(Sentence s, String t, boolean[] cues, boolean inRiskFactors) {
        for (Map.Entry<String, List<Pattern>> e : EVENTS.entrySet()) {
            int[][][] needs = EVENT_CUES.get(e.getKey());
            Set<String> seen = null;
            for (int i = 0; i < needs.length; i++) {
                if (!mayMatch(cues, needs[i])) continue;
                if (seen == null) seen = new HashSet<>();
                Matcher m = e.getValue().get(i).matcher(t);
                while (m.find()) {
                    String reading = inRiskFactors ? Reading.CONDITIONAL : Reading.of(t, m.start(), m.end(), true);
                    if (reading.equals(Reading.ASSERTED)) reading = EventSubject.of(e.getKey(), t, m.start(), m.end(), reportingYear);
                    if (!seen.add(reading)) continue;
                    out.add(new NarrativeEvent(document, e.getKey(), reading, m.group(), window(t, m.start(), m.end()), s.ref(m.start(), m.end())));
                }
            }
        }
    }

    /** Whether the sentence has a word of every group a pattern needs. */
    private static boolean mayMatch(boolean[] cues, int[][] groups) {
        for (int[] g : groups) if (!CueWords.any(cues, g)) return false;
        return true;
    }

    /** Whether a sentence passes the look before the kind's pattern of that index (for the test that compares it with the pattern). */
    static boolean mayMatchEvent(String kind, int pattern, String sentence) {
        return mayMatch(CUES.scan(sentence), EVENT_CUES.get(kind)[pattern]);
    }

    /** The kinds' patterns, for that test. */
    static Map<String, List<Pattern>> eventPatterns() {
        return EVENTS;
    }

    /** The clause around a match, so that a quote shows the words that matter even in a long sentence. */
    static String window(String t, int start, int end) {
        int from = Math.max(0, start - 140);
        int semi = Math.max(t.lastIndexOf(';', start), t.lastIndexOf(':', start));
        if (semi >= from) from = semi + 1;
        else if (from > 0) from = Math.max(from, t.indexOf(' ', from) + 1);
        int to = Math.min(t.length(), end + 140);
        int next = t.indexOf(';', end);
        if (next >= 0 && next < to) to = next;
        else if (to < t.length()) to = Math.max(end, t.lastIndexOf(' ', to));
        return (from > 0 ? "… " : "") + t.substring(from, to).strip() + (to < t.length() ? " …" : "");
    }

    private void claims(Sentence s, String t) {
        for (Pattern p : CLAIMS) {
            Matcher m = p.matcher(t);
            if (m.find()) {
                String reading = Reading.of(t, m.start(), false);
                // "the ability ... to maintain adequate liquidity depends on": an aim, not a claim
                String before = t.substring(Math.max(0, m.start() - 12), m.start());
                if (AIM_BEFORE.matcher(before).matches()) reading = Reading.CONDITIONAL;
                out.add(new LiquidityClaim(document, m.group(), reading, t, s.ref(m.start(), m.end())));
                return;
            }
        }
    }
}
