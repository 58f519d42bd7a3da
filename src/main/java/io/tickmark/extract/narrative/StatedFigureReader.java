package io.tickmark.extract.narrative;

import io.tickmark.util.AsciiCase;
import io.tickmark.util.Regex;
import io.tickmark.util.Spaces;
import io.tickmark.extract.narrative.Quantities.Money;
import io.tickmark.extract.narrative.Quantities.Percent;
import io.tickmark.facts.StatedAmount;
import io.tickmark.facts.StatedChange;
import io.tickmark.facts.StatedMaturity;
import io.tickmark.facts.UndrawnFacility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the amounts a sentence states, each with its subject and, where the sentence gives one, its
 * comparative ("(2019: RMB1,750,632,000)", "compared with ... of $3.4 billion during 2021",
 * "$10.6 billion and $11.8 billion at April 30, 2023 and 2022, respectively") and the change it
 * states ("representing a decrease of approximately 47.92%", "decreased by 6% from $20,496 million").
 * Sums, shares, ratios and headcounts are read by {@link StatedStructureReader} over the same
 * amounts; what the amounts mean for going concern is left to the rules.
 */
final class StatedFigureReader {
    private static final Pattern COMPARATIVE = Pattern.compile(
            "^\\(\\s*(?<label>(?:\\d{1,2}\\s+[A-Z][a-z]+\\s+)?(?:19|20)\\d\\d|[A-Z][a-z]+\\s+\\d{1,2},\\s+(?:19|20)\\d\\d|[A-Z][a-z]+\\s+(?:19|20)\\d\\d|(?:FY|fiscal\\s+)(?:19|20)?\\d\\d)\\s*:");
    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d\\d)\\b");
    private static final Pattern COMPARED = Pattern.compile(
            "^(?<gap>[^;()$]{0,70}?)[,\\s]*(?:as\\s+)?(?:compared\\s+(?:to|with)|versus|against)\\s+(?<q>[^;()$]{0,90}?)\\s*(?:approximately\\s+)?$");
    private static final Pattern RESPECTIVELY = Pattern.compile(
            "^\\s*(?:and|,)\\s*$");
    private static final Pattern YEAR_PAIR = Pattern.compile(
            "((?:19|20)\\d\\d)\\s*(?:and|,)\\s*(?:[A-Z][a-z]+\\s+\\d{1,2},\\s+|\\d{1,2}\\s+[A-Z][a-z]+\\s+)?((?:19|20)\\d\\d)");
    private static final Pattern RESPECTIVE_YEARS = Pattern.compile(
            "^[^;$]{0,80}?((?:19|20)\\d\\d)\\s*(?:and|,)\\s*(?:[A-Z][a-z]+\\s+\\d{1,2},\\s+|\\d{1,2}\\s+[A-Z][a-z]+\\s+)?((?:19|20)\\d\\d),?\\s+respectively");
    private static final Pattern CHANGE_WORDS = Pattern.compile(
            "^[^;$]{0,60}?(?:,\\s*)?(?:representing|represents|represented|which represented|which represents|or)\\s+(?:an?\\s+)?(?:year-on-year\\s+)?"
                    + "(?<dir>increase|decrease|drop|decline|growth|rise|fall|reduction)\\s+(?:of\\s+)?(?:approximately\\s+|about\\s+)?(?=\\d)");
    private static final Pattern CHANGE_FROM = Pattern.compile(
            "^(?<gap>[^;$]{0,50}?)\\s(?<dir>increased|decreased|declined|rose|fell|grew|dropped)\\s+(?:by\\s+)?(?:approximately\\s+)?(?=\\d)");
    private static final Pattern FROM_AMOUNT = Pattern.compile("^\\s*(?:from|compared (?:to|with))\\s+(?:approximately\\s+)?$");
    private static final Pattern POST_OF = Pattern.compile(
            "^\\s+of\\s+(?<np>[^,;.()$]+?)(?=\\s*(?:,|;|\\.|\\(|$)|\\s+and\\s+|\\s+at\\s+|\\s+as\\s+of\\s+|\\s+on\\s+|\\s+in\\s+(?:19|20)\\d\\d|\\s+during\\s+)");
    /** What ends a subject's run-in start: a semicolon or colon, an enumeration or a linking phrase (case-sensitive). */
    static final Pattern SUBJECT_BREAK = Pattern.compile(
            ";|:|\\(\\d{1,2}\\)|\\b[ivx]{1,4}\\)|\\bof which\\b|\\bwhich includ(?:ed|es)\\b|\\bcomprising\\b|\\bconsisting of\\b|\\bincluding\\b|,\\s*and\\s+|\\bwhile\\b|\\bwhereas\\b");
    /** Where an inline heading run into a sentence may end: a capitalised word after a word ("Operating Activities Net cash ..."). */
    private static final Pattern INLINE_HEADING_END = Pattern.compile("(?<=[A-Za-z] )(?=[A-Z][a-z])");
    private static final Pattern GENERIC_SUBJECT = Pattern.compile("(?i)^(?:we|the group|the company|it|they|there|this|which|that|of which|and|or)?\\s*(?:had|has|have|was|were|is|are)?$");
    static final Pattern UNDRAWN = Pattern.compile(
            "(?i)undrawn|unutili[sz]ed|not (?:been )?(?:utili[sz]ed|drawn)|unused|available but not|available to but not"
                    // US wording of a liquidity section: "$2.5 billion available under our revolving credit facility"
                    + "|\\bavailable (?:for (?:future )?borrowings?|to (?:be )?borrow(?:ed)?|under)\\b|\\b(?:borrowing )?availability (?:under|of)\\b"
                    + "|\\b(?:remaining|unused|undrawn) (?:borrowing )?capacity\\b|\\bno (?:amounts|borrowings|balances?) (?:were |was )?outstanding\\b");
    private static final Pattern FACILITY = Pattern.compile("(?i)facilit|credit lines?|lines of credit|borrowing capacity|revolving credit|credit agreements?");
    static final Pattern WITHIN_ONE_YEAR = Pattern.compile(
            "(?i)(?:repayable|due|payable|maturing|falling due|to be repaid|mature)\\s+within\\s+(?:one|1|twelve|12)\\s+(?:year|months)|current portion of (?:long-term |non-current )?(?:borrowings|debt|loans)"
                    + "|(?:were|was|are|is)\\s+classified\\s+as\\s+(?:short-term|current)");
    static final Pattern LATER_BUCKET = Pattern.compile(
            "(?i)(?:repayable|due|payable|maturing|falling due)\\s+(?:after one year[^,;]{0,40}|between one and (?:two|five) years|after five years|over five years|within (?:two|five) years)");

    private final String document;
    private final Integer reportingYear;
    private final Ids ids;
    private final List<Object> out;

    StatedFigureReader(String document, Integer reportingYear, Ids ids, List<Object> out) {
        this.document = document;
        this.reportingYear = reportingYear;
        this.ids = ids;
        this.out = out;
    }

    /** One main amount of a sentence with what was read about it. */
    record Read(Money money, StatedAmount amount, int consumedEnd, String subjectRaw, String post) {}

    /** Reads the amounts of one sentence; returns them in order (comparatives folded in). */
    List<Read> read(Sentence s) {
        String t = s.text();
        List<Money> ms = Quantities.money(t);
        List<int[]> regions = comparativeRegions(t);
        boolean[] inComparative = new boolean[ms.size()];
        for (int i = 0; i < ms.size(); i++) inComparative[i] = within(regions, ms.get(i).start()) != null;
        boolean[] consumed = new boolean[ms.size()];
        List<Read> reads = new ArrayList<>();
        int boundary = 0;
        sentencePair = null;
        for (int k = 0; k < ms.size(); k++) {
            if (inComparative[k] || consumed[k]) continue;
            Money m = ms.get(k);
            int nextMain = nextMain(ms, inComparative, consumed, k);
            int limit = nextMain < 0 ? t.length() : ms.get(nextMain).start();
            Money prior = null;
            String qualifier = "";
            String priorLabel = null;
            Integer mainYear = null;
            int consumedEnd = m.end();
            // "(2019: RMB1,750,632,000)" after the amount, perhaps after a date phrase
            int[] region = firstRegionAfter(regions, m.end(), limit);
            if (region != null && region[0] - m.end() <= 70 && t.substring(m.end(), region[0]).indexOf(';') < 0) {
                Money inside = firstMoneyIn(ms, region);
                if (inside != null) {
                    prior = inside;
                    Matcher lm = COMPARATIVE.matcher(t.substring(region[0], region[1]));
                    priorLabel = lm.find() ? lm.group("label") : "prior";
                    int colon = t.indexOf(':', region[0]);
                    qualifier = t.substring(colon + 1, inside.start());
                    consumedEnd = region[1];
                    mainYear = lastYear(t.substring(m.end(), region[0]));
                }
            }
            String changeDir = null;
            Percent changePct = null;
            if (prior == null && nextMain >= 0) {
                Money nx = ms.get(nextMain);
                String gap = t.substring(m.end(), nx.start());
                Matcher cm = COMPARED.matcher(gap);
                Matcher rm = RESPECTIVELY.matcher(gap);
                Matcher chm = CHANGE_FROM.matcher(gap);
                if (cm.matches()) {
                    prior = nx;
                    qualifier = cm.group("q");
                    consumed[nextMain] = true;
                    consumedEnd = nx.end();
                    mainYear = lastYear(cm.group("gap"));
                    Integer py = firstYear(t.substring(nx.end(), Math.min(t.length(), nx.end() + 80)));
                    Matcher ry = RESPECTIVE_YEARS.matcher(t.substring(nx.end()));
                    if (ry.find()) {
                        mainYear = Integer.valueOf(ry.group(1));
                        py = Integer.valueOf(ry.group(2));
                    }
                    priorLabel = py != null ? py.toString() : "compared";
                } else if (rm.matches()) {
                    // "$57.0 billion and $58.1 billion ... at December 31, 2022 and 2021" or "At December 31, 2022 and 2021 ... A and B"
                    int[] years = yearPair(t, m.start(), nx.end());
                    if (years == null) years = sentencePair;
                    if (years != null && years[1] < years[0]) {
                        prior = nx;
                        consumed[nextMain] = true;
                        consumedEnd = nx.end();
                        mainYear = years[0];
                        priorLabel = String.valueOf(years[1]);
                        sentencePair = years;
                    }
                } else if (chm.find()) {
                    Percent p = percentAt(t, m.end() + chm.end());
                    if (p != null && FROM_AMOUNT.matcher(t.substring(p.end(), nx.start())).matches()) {
                        prior = nx;
                        consumed[nextMain] = true;
                        consumedEnd = nx.end();
                        changeDir = chm.group("dir");
                        changePct = p;
                        mainYear = lastYear(chm.group("gap"));
                        Integer py = firstYear(t.substring(nx.end(), Math.min(t.length(), nx.end() + 60)));
                        priorLabel = py != null ? py.toString() : "from";
                    }
                }
            }
            int subjectStart = subjectStart(t, boundary, m.start());
            String subjectRaw = t.substring(subjectStart, m.start());
            int postEnd = nextMainStart(ms, inComparative, consumed, k, t.length());
            String post = t.substring(consumedEnd, Math.max(consumedEnd, postEnd));
            String measure = Measures.clean(subjectRaw);
            String concept = Measures.concept(measure);
            if (concept == null) {
                // an inline heading run into the sentence: "Operating Activities Net cash provided by operating activities was ..."
                Matcher cap = INLINE_HEADING_END.matcher(subjectRaw);
                int tries = 0;
                while (concept == null && cap.find() && tries++ < 4) {
                    String alt = Measures.clean(subjectRaw.substring(cap.start()));
                    String altConcept = Measures.concept(alt);
                    if (altConcept != null) {
                        measure = alt;
                        concept = altConcept;
                    }
                }
            }
            if (concept == null || GENERIC_SUBJECT.matcher(measure).matches()) {
                Matcher pm = POST_OF.matcher(t.substring(m.end()));
                if (pm.find()) {
                    String alt = Measures.clean(pm.group("np"));
                    String altConcept = Measures.concept(alt);
                    if (altConcept != null || measure.isEmpty() || GENERIC_SUBJECT.matcher(measure).matches()) {
                        measure = alt;
                        concept = altConcept;
                    }
                }
            }
            if (mainYear == null) mainYear = lastYear(subjectRaw);
            if (mainYear == null && prior == null) mainYear = firstYear(t.substring(m.end(), Math.min(postEnd, m.end() + 60)));
            String role = role(mainYear, prior != null, subjectRaw);
            int polarity = Measures.polarity(measure);
            int qualifierPolarity = prior != null && polarity != 0 ? Measures.polarity(qualifier) : 0;
            boolean flipped = qualifierPolarity != 0 && qualifierPolarity != polarity;
            boolean loss = polarity < 0;
            String quote = t;
            StatedAmount a = new StatedAmount(ids.next("a"), document, measure, concept, Measures.segment(measure), m.value(),
                    m.halfUnit(), m.currency(), prior == null ? null : prior.value(), prior == null ? null : prior.halfUnit(),
                    priorLabel, flipped, role, m.approximate(), loss, quote, s.ref(m.start(), m.end()));
            out.add(a);
            reads.add(new Read(m, a, consumedEnd, subjectRaw, post));
            // the change the sentence states for this amount
            if (prior != null && !flipped) {
                if (changePct == null) {
                    Matcher cw = CHANGE_WORDS.matcher(t.substring(consumedEnd, Math.max(consumedEnd, postEnd)));
                    if (cw.find()) {
                        changeDir = cw.group("dir");
                        changePct = percentAt(t, consumedEnd + cw.end());
                    }
                }
                if (changePct != null) {
                    String dir = Regex.matches(changeDir, "(?i)increase|increased|growth|grew|rise|rose") ? "increase" : "decrease";
                    out.add(new StatedChange(document, a.getId(), measure, dir, changePct.value(), changePct.halfUnit(), changePct.approximate(),
                            m.value(), m.halfUnit(), prior.value(), prior.halfUnit(), m.currency(), quote,
                            s.ref(m.start(), changePct.end())));
                }
            }
            maturity(s, a, subjectRaw, post);
            undrawn(s, a, subjectRaw, post);
            boundary = consumedEnd;
        }
        return reads;
    }

    /** The time band is read from the words right after the amount, else from its own subject. */
    private void maturity(Sentence s, StatedAmount a, String subjectRaw, String post) {
        if (!mayStateMaturity(post) && !mayStateMaturity(subjectRaw)) return;
        String after = Regex.split(post, "\\band\\b|;", 2)[0];
        String[] subjectParts = Regex.split(subjectRaw, "\\band\\b");
        String around = WITHIN_ONE_YEAR.matcher(after).find() || LATER_BUCKET.matcher(after).find() ? after
                : subjectParts[subjectParts.length - 1];
        Matcher w = WITHIN_ONE_YEAR.matcher(around);
        if (w.find()) {
            out.add(new StatedMaturity(document, "within one year", true, a.getValue(), a.getCurrency(), a.getRole(), s.text(), a.getSource()));
            return;
        }
        Matcher l = LATER_BUCKET.matcher(around);
        if (l.find()) {
            out.add(new StatedMaturity(document, l.group().toLowerCase(), false, a.getValue(), a.getCurrency(), a.getRole(), s.text(), a.getSource()));
        }
    }

    private void undrawn(Sentence s, StatedAmount a, String subjectRaw, String post) {
        String after = post.length() > 50 ? post.substring(0, 50) : post;
        String own = a.getMeasure() + " " + after;
        if (!mayStateUndrawn(own)) return;
        String window = a.getMeasure() + " " + subjectRaw.substring(Math.max(0, subjectRaw.length() - 160)) + " " + after;
        if (UNDRAWN.matcher(own).find() && FACILITY.matcher(window).find()) {
            out.add(new UndrawnFacility(document, a.getValue(), a.getCurrency(), a.getRole(), s.text(), a.getSource()));
        }
    }

    /**
     * Whether {@link #WITHIN_ONE_YEAR} or {@link #LATER_BUCKET} can match in the text or a part of it:
     * the first's forms need "within", "current portion" or "classified"; every band of the second
     * names a "year" after "payable", "due" or "maturing" ("repayable" and "falling due" hold them).
     * ASCII letters in either case, as the patterns' {@code (?i)} reads them.
     */
    static boolean mayStateMaturity(String t) {
        if (AsciiCase.contains(t, "within") || AsciiCase.contains(t, "current portion") || AsciiCase.contains(t, "classified")) return true;
        return AsciiCase.contains(t, "year") && (AsciiCase.contains(t, "payable") || AsciiCase.contains(t, "due") || AsciiCase.contains(t, "maturing"));
    }

    /**
     * Whether {@link #UNDRAWN} can match: each of its forms holds one of these words, ASCII letters in
     * either case ("undrawn" and "not drawn" hold "drawn", "unutilised" and "not utilized" "utili",
     * "available but not" and "available under" "available").
     */
    static boolean mayStateUndrawn(String t) {
        return AsciiCase.contains(t, "drawn") || AsciiCase.contains(t, "utili") || AsciiCase.contains(t, "unused")
                || AsciiCase.contains(t, "availab") || AsciiCase.contains(t, "capacity") || AsciiCase.contains(t, "outstanding");
    }

    /** The year the amount belongs to decides its role; a comparative or "for the Year" with no year means current. */
    private String role(Integer year, boolean hasPrior, String subject) {
        if (year != null) return reportingYear == null ? (hasPrior ? "current" : "unknown") : year.equals(reportingYear) ? "current" : "other";
        if (hasPrior) return "current";
        if (Regex.matches(subject, "(?is).*\\b(?:for|during|in) the (?:year|period)\\b.*|.*\\bthe Year\\b.*")) return "current";
        return "unknown";
    }

    private int[] sentencePair;

    /** The two years a pair of amounts belongs to: named just before the pair ("At December 31, 2022 and 2021 ...") or after it ("..., respectively"). */
    private static int[] yearPair(String t, int pairStart, int pairEnd) {
        Matcher after = RESPECTIVE_YEARS.matcher(t.substring(pairEnd));
        if (after.find()) return new int[]{Integer.parseInt(after.group(1)), Integer.parseInt(after.group(2))};
        String before = t.substring(Math.max(0, pairStart - 120), pairStart);
        if (before.contains("$") || Regex.matches(before, "(?s).*(?:RMB|HK\\$|USD)\\s?\\d.*")) before = before.substring(Math.max(before.lastIndexOf('$'), 0));
        Matcher b = YEAR_PAIR.matcher(before);
        int[] found = null;
        while (b.find()) found = new int[]{Integer.parseInt(b.group(1)), Integer.parseInt(b.group(2))};
        if (found != null) return found;
        Matcher a2 = YEAR_PAIR.matcher(t.substring(pairEnd, Math.min(t.length(), pairEnd + 80)));
        if (a2.find() && !t.substring(pairEnd, pairEnd + a2.start()).contains("$")) return new int[]{Integer.parseInt(a2.group(1)), Integer.parseInt(a2.group(2))};
        return null;
    }

    /** Where the subject of an amount starts: after the previous amount, a semicolon or colon, an enumeration or a linking phrase. */
    static int subjectStart(String t, int boundary, int moneyStart) {
        int b = boundary;
        String seg = t.substring(boundary, moneyStart);
        if (!mayBreakSubject(seg)) return b;
        Matcher m = SUBJECT_BREAK.matcher(seg);
        while (m.find()) b = boundary + m.end();
        return b;
    }

    /**
     * Whether {@link #SUBJECT_BREAK} can match: each of its forms has a semicolon, colon or bracket,
     * a comma with "and" after white space, or one of the words "which" (in "of which" and "which
     * includ..."), "comprising", "consisting of", "including", "while" or "whereas", all
     * case-sensitive as the pattern is. A subject's commas are mostly not before "and".
     */
    static boolean mayBreakSubject(String seg) {
        int n = seg.length();
        for (int i = 0; i < n; i++) {
            char c = seg.charAt(i);
            if (c == ';' || c == ':' || c == '(' || c == ')') return true;
            if (c == ',') {
                int j = i + 1;
                while (j < n && Spaces.isSpace(seg.charAt(j))) j++;
                if (seg.startsWith("and", j)) return true;
            }
        }
        return seg.contains("which") || seg.contains("comprising") || seg.contains("consisting of") || seg.contains("including")
                || seg.contains("while") || seg.contains("whereas");
    }

    private static List<int[]> comparativeRegions(String t) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) != '(') continue;
            int depth = 0;
            int j = i;
            for (; j < t.length(); j++) {
                if (t.charAt(j) == '(') depth++;
                else if (t.charAt(j) == ')' && --depth == 0) break;
            }
            if (j >= t.length()) continue;
            if (COMPARATIVE.matcher(t.substring(i, j + 1)).find()) out.add(new int[]{i, j + 1});
        }
        return out;
    }

    private static int[] within(List<int[]> regions, int pos) {
        for (int[] r : regions) if (pos > r[0] && pos < r[1]) return r;
        return null;
    }

    private static int[] firstRegionAfter(List<int[]> regions, int pos, int limit) {
        for (int[] r : regions) if (r[0] >= pos && r[0] < limit) return r;
        return null;
    }

    private static Money firstMoneyIn(List<Money> ms, int[] region) {
        for (Money m : ms) if (m.start() > region[0] && m.end() <= region[1]) return m;
        return null;
    }

    private static int nextMain(List<Money> ms, boolean[] inComparative, boolean[] consumed, int k) {
        for (int j = k + 1; j < ms.size(); j++) if (!inComparative[j] && !consumed[j]) return j;
        return -1;
    }

    private static int nextMainStart(List<Money> ms, boolean[] inComparative, boolean[] consumed, int k, int dflt) {
        int j = nextMain(ms, inComparative, consumed, k);
        return j < 0 ? dflt : ms.get(j).start();
    }

    private static Percent percentAt(String t, int pos) {
        for (Percent p : Quantities.percents(t)) if (p.start() == pos) return p;
        return null;
    }

    static Integer lastYear(String s) {
        Matcher m = YEAR.matcher(s);
        Integer y = null;
        while (m.find()) y = Integer.valueOf(m.group(1));
        return y;
    }

    static Integer firstYear(String s) {
        Matcher m = YEAR.matcher(s);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** Document-wide identifiers for stated figures. */
    static final class Ids {
        private final String document;
        private int n;

        Ids(String document) {
            this.document = document;
        }

        String next(String kind) {
            return document + "#" + kind + (++n);
        }
    }

    static BigDecimal sum(List<BigDecimal> l) {
        return l.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
