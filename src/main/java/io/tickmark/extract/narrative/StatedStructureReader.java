package io.tickmark.extract.narrative;

import io.tickmark.util.AsciiCase;
import io.tickmark.util.CueWords;
import io.tickmark.util.Regex;
import io.tickmark.util.Spaces;
import io.tickmark.extract.narrative.Quantities.Percent;
import io.tickmark.extract.narrative.StatedFigureReader.Read;
import io.tickmark.facts.Composition;
import io.tickmark.facts.StatedAmount;
import io.tickmark.facts.StatedHeadcount;
import io.tickmark.facts.StatedRatio;
import io.tickmark.facts.StatedSum;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how the figures of a sentence relate to each other as the text states it: totals made of
 * parts ("which included: (1) ... (2) ... (3)", "..., respectively, totalling ...", "of which ...
 * and ..."), shares of a whole ("of which approximately 31.79% ... and 68.21% ..."), ratios with
 * their stated definition, margins ("gross profit margin increased from 8.00% to 11.45%") and
 * headcounts. A sentence may refer back to a total stated just before it ("All of the borrowings ...
 * of which ..."), and a margin to the gross profit stated just before it; a short memory of recent
 * amounts serves both.
 */
final class StatedStructureReader {
    private static final Pattern INCLUDED = Pattern.compile("(?i)\\b(which includ(?:ed|es)|comprising|consisting of|made up of|including)\\b:?");
    private static final Pattern TOTALLING = Pattern.compile("(?i)(?:,\\s*)?(?:respectively,\\s*)?(?:totall?ing|totaling|aggregating|in aggregate of|in total of)\\s+(?:approximately\\s+)?$");
    private static final Pattern LIST_GAP = Pattern.compile("^\\s*(?:,|,?\\s*and)\\s*$");
    private static final Pattern OF_WHICH = Pattern.compile("(?i)\\bof which\\b");
    private static final Pattern EMPLOYEES = Pattern.compile(
            "(?i)\\b(?:employed|had|has|have|with|employs)\\s+(?:a total of\\s+)?(?:approximately\\s+)?(?<n>\\d{1,3}(?:,\\d{3})+|\\d+)\\s+(?<what>(?:full[- ]time\\s+)?(?:equivalent\\s+)?(?:employees|staff|workers))"
                    + "(?:\\s*\\((?<plabel>[^:()]{2,30}):\\s*(?<prior>\\d{1,3}(?:,\\d{3})+|\\d+)\\))?"
                    + "(?:,?\\s*of which\\s+(?<part>\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\s*\\([^:()]{2,30}:\\s*(?<partPrior>\\d{1,3}(?:,\\d{3})+|\\d+)\\))?\\s+(?:were|was|are|is)\\s+(?<partLabel>[a-z][a-z -]{2,40}))?");
    static final Pattern RATIO_DEFINED = Pattern.compile(
            "(?i)(?<name>(?:[a-z’'-]+\\s){0,3}?(?:ratio|gearing))\\s*\\((?<def>(?:calculated|computed|defined|being|which is|determined|represented)[^()]*)\\)\\s*"
                    + "(?:was|were|is|of|stood at|amounted to|reached)?\\s*(?:approximately\\s+|about\\s+)?(?=\\d)");
    static final Pattern RATIO_PLAIN = Pattern.compile(
            "(?i)(?<name>(?:net\\s+)?gearing ratio|debt[- ]to[- ]equity ratio|(?:total\\s+)?liabilit(?:y|ies)[- ]to[- ](?:total\\s+)?assets? ratio|asset[- ]liability ratio|debt[- ]to[- ]assets? ratio)\\s+"
                    + "(?:was|were|is|of|stood at|amounted to|reached)\\s+(?:approximately\\s+|about\\s+)?(?=\\d)");
    private static final Pattern DEFINITION = Pattern.compile(
            "(?i)(?:calculated|computed|defined|determined|represented)?\\s*(?:by|as)?\\s*(?:dividing\\s+(?<n1>.+?)\\s+by\\s+(?<d1>.+)"
                    + "|(?:the ratio of\\s+)?(?<n2>.+?)\\s+(?:divided by|over|to|as a percentage of)\\s+(?<d2>.+))");
    private static final Pattern MARGIN = Pattern.compile(
            "(?i)(?<name>gross profit margin|gross margin|net profit margin|net margin|operating (?:profit )?margin)\\s+(?:of the [a-z ]+?\\s+)?"
                    + "(?:(?<verb>increased|decreased|rose|fell|dropped|improved|declined|was|were|of|stood at|remained at)\\s+)?"
                    + "(?:from\\s+(?:approximately\\s+)?(?<p1>\\d+(?:\\.\\d+)?)\\s?%\\s+to\\s+(?:approximately\\s+)?(?<p2>\\d+(?:\\.\\d+)?)\\s?%"
                    + "|(?:approximately\\s+)?(?<p>\\d+(?:\\.\\d+)?)\\s?%)");
    private static final Pattern COMPARATIVE_PERCENT = Pattern.compile(
            "^[^();%]{0,50}\\(\\s*(?:[^:()]{2,30}):\\s*(?:approximately\\s+)?(\\d+(?:\\.\\d+)?)\\s?%\\s*\\)");
    private static final Set<String> STOP = Set.of("group", "company", "which", "were", "was", "total", "other", "their", "there",
            "these", "those", "about", "approximately", "year", "during", "with", "from", "that", "this", "have", "been");

    /**
     * Words each pattern needs, looked for in one pass over a sentence before the patterns: "includ",
     * "comprising", "consisting of" or "made up of" ({@link #INCLUDED}), "of which" ({@link #OF_WHICH}),
     * a word for staff ({@link #EMPLOYEES}), "ratio" or "gearing", "margin".
     */
    private static final CueWords CUES = new CueWords(List.of("includ", "comprising", "consisting of", "made up of", "of which",
            "employee", "staff", "worker", "ratio", "gearing", "margin"));
    private static final int[] INCLUDED_CUES = CUES.ids(List.of("includ", "comprising", "consisting of", "made up of"));
    private static final int[] OF_WHICH_CUES = CUES.ids(List.of("of which"));
    private static final int[] HEADCOUNT_CUES = CUES.ids(List.of("employee", "staff", "worker"));
    private static final int[] RATIO_CUES = CUES.ids(List.of("ratio", "gearing"));
    private static final int[] MARGIN_CUES = CUES.ids(List.of("margin"));

    private final String document;
    private final List<Object> out;
    private final Deque<StatedAmount> recent = new ArrayDeque<>();

    StatedStructureReader(String document, List<Object> out) {
        this.document = document;
        this.out = out;
    }

    void read(Sentence s, List<Read> reads) {
        // each pattern but the one of totals needs a word that most sentences lack: a look for them first
        boolean[] cues = CUES.scan(s.text());
        if (CueWords.any(cues, INCLUDED_CUES)) included(s, reads);
        totalling(s, reads);
        if (CueWords.any(cues, OF_WHICH_CUES)) ofWhich(s, reads);
        if (CueWords.any(cues, HEADCOUNT_CUES)) headcount(s);
        if (CueWords.any(cues, RATIO_CUES)) ratios(s);
        if (CueWords.any(cues, MARGIN_CUES)) margins(s, reads);
        for (Read r : reads) remember(r.amount());
    }

    private void remember(StatedAmount a) {
        recent.addFirst(a);
        while (recent.size() > 24) recent.removeLast();
    }

    /** "total assets ... which included: (1) share capital of ...; (2) reserves of ...; and (3) liabilities of ...". */
    private void included(Sentence s, List<Read> reads) {
        Matcher m = INCLUDED.matcher(s.text());
        if (!m.find()) return;
        // "including" and "which included" list parts only when they enumerate them: a colon or "(1)"
        boolean enumerated = m.group().endsWith(":") || Regex.matches(s.text().substring(m.end()), "(?s)^\\s*:?\\s*\\((?:1|i|a)\\).*");
        if (m.group(1).toLowerCase(Locale.ROOT).contains("includ") && !enumerated) return;
        Read total = lastBefore(reads, m.start());
        List<Read> parts = total == null ? List.of() : listedParts(s.text(), total.money().end(), m.start(), m.end(), s.text().length(), reads);
        if (total == null || parts.size() < 2 || !sameCurrency(total, parts)) return;
        boolean exhaustive = !m.group(1).toLowerCase(Locale.ROOT).startsWith("includ") && !m.group(1).toLowerCase(Locale.ROOT).startsWith("which");
        addSums(s, m.group(1).toLowerCase(Locale.ROOT), exhaustive, total.amount(), parts.stream().map(Read::amount).toList());
    }

    /** "RMB990,385, RMB4,350,434 and RMB8,387,167, respectively, totalling RMB13,727,986". */
    private void totalling(Sentence s, List<Read> reads) {
        String t = s.text();
        for (int i = 1; i < reads.size(); i++) {
            Read total = reads.get(i);
            Read before = reads.get(i - 1);
            if (!TOTALLING.matcher(t.substring(before.money().end(), total.money().start())).find()) continue;
            List<Read> parts = new ArrayList<>();
            parts.add(before);
            for (int j = i - 2; j >= 0; j--) {
                Read p = reads.get(j);
                if (!LIST_GAP.matcher(t.substring(p.money().end(), parts.get(0).money().start())).matches()) break;
                parts.add(0, p);
            }
            if (parts.size() < 2 || !sameCurrency(total, parts)) continue;
            List<String> labels = new ArrayList<>();
            for (int k = 0; k < parts.size(); k++) labels.add("part " + (k + 1));
            String measure = Measures.clean(parts.get(0).subjectRaw());
            out.add(new StatedSum(document, "totalling", true, measure.isEmpty() ? "total" : measure, total.amount().getValue(),
                    total.amount().getHalfUnit(), labels, parts.stream().map(p -> p.amount().getValue()).toList(),
                    parts.stream().map(p -> p.amount().getHalfUnit()).toList(), "current", total.amount().getCurrency(), t,
                    s.ref(parts.get(0).money().start(), total.money().end())));
        }
    }

    /** "... of which approximately 31.79% were made in USD and approximately 68.21% were made in RMB", and the same with amounts. */
    private void ofWhich(Sentence s, List<Read> reads) {
        String t = s.text();
        Matcher m = OF_WHICH.matcher(t);
        if (!m.find()) return;
        int end = t.indexOf(';', m.end());
        int stop = end < 0 ? t.length() : end;
        Read totalRead = lastBefore(reads, m.start());
        StatedAmount total = totalRead != null ? totalRead.amount() : referredTotal(t.substring(0, m.start()));
        String totalMeasure = total != null ? total.getMeasure() : Measures.clean(t.substring(0, m.start()));
        List<Percent> listed = listedShares(t, Quantities.percents(t).stream().filter(p -> p.start() > m.end() && p.start() < stop).toList());
        if (reads.stream().noneMatch(r -> r.money().start() > m.end() && r.money().start() < stop)) {
            for (List<Percent> pcts : partitions(listed)) composition(s, t, totalMeasure, pcts, stop);
        }
        List<Read> parts = listedParts(t, totalRead != null ? totalRead.money().end() : -1, m.start(), m.end(), stop, reads);
        if (total != null) inheritRole(parts, total.getRole());
        // "A and B (two periods), of which a and b": the parts are per period, not addends
        boolean perPeriod = totalRead != null && totalRead.amount().getPrior() != null && parts.stream().anyMatch(r -> r.amount().getPrior() != null);
        if (parts.size() >= 2 && total != null && !perPeriod && sameCurrency(total, parts)) {
            List<String> labels = parts.stream().map(r -> label(r.post())).toList();
            out.add(new StatedSum(document, "of which", false, total.getMeasure().isEmpty() ? "stated total" : total.getMeasure(), total.getValue(), total.getHalfUnit(), labels,
                    parts.stream().map(r -> r.amount().getValue()).toList(), parts.stream().map(r -> r.amount().getHalfUnit()).toList(),
                    "current", total.getCurrency(), t, s.ref(parts.get(0).money().start(), parts.get(parts.size() - 1).money().end())));
        }
    }

    /** A composition of the whole from shares stated "of which" it (at least two). */
    private void composition(Sentence s, String t, String totalMeasure, List<Percent> pcts, int stop) {
        if (pcts.size() < 2) return;
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < pcts.size(); i++) {
            int to = i + 1 < pcts.size() ? pcts.get(i + 1).start() : stop;
            labels.add(label(t.substring(pcts.get(i).end(), to)));
        }
        BigDecimal half = pcts.stream().map(StatedStructureReader::shareHalf).reduce(BigDecimal.ZERO, BigDecimal::max);
        out.add(new Composition(document, totalMeasure, labels, pcts.stream().map(Percent::value).toList(), half, false, t,
                s.ref(pcts.get(0).start(), pcts.get(pcts.size() - 1).end())));
    }

    private static BigDecimal shareHalf(Percent p) {
        return p.approximate() ? p.halfUnit().multiply(BigDecimal.valueOf(2)) : p.halfUnit();
    }

    /**
     * The shares stated "of which" a whole, up to where the sentence moves on: a sentence end the
     * splitter kept ("... are in the U.S. We own approximately 54% ..."); none when they are
     * alternatives ("more than 50% of the equity or more than 50% of the voting power"), not parts.
     */
    private static List<Percent> listedShares(String t, List<Percent> pcts) {
        List<Percent> out = new ArrayList<>();
        for (Percent p : pcts) {
            if (!out.isEmpty()) {
                String gap = t.substring(out.get(out.size() - 1).end(), p.start());
                if (OR.matcher(gap).find() && !AND.matcher(gap).find()) return List.of();
                if (SENTENCE_END.matcher(gap).find()) break;
            }
            out.add(p);
        }
        return out;
    }

    private static final Pattern OR = Pattern.compile("(?i)\\bor\\b");
    /**
     * A sentence end the splitter kept: a full stop after a lower-case word, then a capitalised word;
     * after an abbreviation ("U.S."), only before a word that opens sentences ("U.S. We own ...", not
     * "U.S. Treasury").
     */
    private static final Pattern SENTENCE_END = Pattern.compile("[a-z]\\.\\s+[A-Z][a-z]|\\.\\s+(?:We|Our|The|This|These|It|Its|They|In|As)\\b");

    /**
     * Shares of one whole stated one partition after another ("52 percent in the United States and 48
     * percent internationally and 36 percent identified as women, 63 percent as men ..."): a list is
     * split after the first run that makes up the whole (100% within the shares' displayed precision)
     * when more shares follow; each run is a composition of its own.
     */
    private static List<List<Percent>> partitions(List<Percent> pcts) {
        List<List<Percent>> out = new ArrayList<>();
        int from = 0;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal tolerance = BigDecimal.ZERO;
        for (int i = 0; i < pcts.size(); i++) {
            sum = sum.add(pcts.get(i).value());
            tolerance = tolerance.add(shareHalf(pcts.get(i)));
            boolean whole = i > from && sum.subtract(BigDecimal.valueOf(100)).abs().compareTo(tolerance) <= 0;
            if (whole && i + 1 < pcts.size()) {
                out.add(pcts.subList(from, i + 1));
                from = i + 1;
                sum = BigDecimal.ZERO;
                tolerance = BigDecimal.ZERO;
            }
        }
        out.add(pcts.subList(from, pcts.size()));
        return out;
    }

    /** Parts stated "of which" a total belong to the total's period: their maturity bands take its role. */
    private void inheritRole(List<Read> parts, String role) {
        for (int i = 0; i < out.size(); i++) {
            if (!(out.get(i) instanceof io.tickmark.facts.StatedMaturity mt) || !"unknown".equals(mt.getRole())) continue;
            for (Read p : parts) {
                if (p.amount().getSource().equals(mt.getSource())) {
                    out.set(i, new io.tickmark.facts.StatedMaturity(mt.getDocument(), mt.getBucket(), mt.isWithinOneYear(), mt.getAmount(),
                            mt.getCurrency(), role, mt.getQuote(), mt.getSource()));
                }
            }
        }
    }

    /** The total a sentence refers back to: a recent amount whose measure shares a content word with the sentence's opening words. */
    private StatedAmount referredTotal(String prefix) {
        List<String> words = new ArrayList<>();
        for (String w : Regex.split(prefix.toLowerCase(Locale.ROOT), "[^a-z]+")) if (w.length() >= 5 && !STOP.contains(w)) words.add(w);
        for (StatedAmount a : recent) {
            if (!"current".equals(a.getRole())) continue;
            for (String w : words) if (a.getMeasure().matches("(?s).*\\b" + w + "\\b.*")) return a;
        }
        return null;
    }

    private void headcount(Sentence s) {
        Matcher m = EMPLOYEES.matcher(s.text());
        if (!m.find()) return;
        BigDecimal n = Quantities.count(m.group("n"));
        BigDecimal prior = m.group("prior") != null ? Quantities.count(m.group("prior")) : null;
        BigDecimal part = m.group("part") != null ? Quantities.count(m.group("part")) : null;
        BigDecimal partPrior = m.group("partPrior") != null ? Quantities.count(m.group("partPrior")) : null;
        String partLabel = m.group("partLabel") != null ? m.group("partLabel").strip() : null;
        out.add(new StatedHeadcount(document, n, prior, partLabel, part, partPrior, s.text(), s.ref(m.start("n"), m.end())));
    }

    private void ratios(Sentence s) {
        String t = s.text();
        if (!mayStateRatio(t)) return;
        boolean bracket = t.indexOf('(') >= 0; // a defined ratio states its definition in brackets
        Matcher d = RATIO_DEFINED.matcher(t);
        while (bracket && d.find()) {
            Percent p = percentAt(t, d.end());
            if (p == null) continue;
            String def = d.group("def").strip();
            String[] nd = definition(def);
            String num = nd == null ? null : Measures.concept(Measures.clean(nd[0]));
            String den = nd == null ? null : Measures.concept(Measures.clean(nd[1]));
            addRatio(s, d.group("name").strip(), def, num, den, p, d.start());
        }
        Matcher r = RATIO_PLAIN.matcher(t);
        while (r.find()) {
            Percent p = percentAt(t, r.end());
            if (p == null) continue;
            String name = r.group("name").toLowerCase(Locale.ROOT);
            String num = name.contains("liabilit") || name.contains("asset-liability") || name.contains("asset liability") ? "TotalLiabilities"
                    : name.contains("debt") ? "Borrowings" : null;
            String den = name.contains("equity") ? "TotalEquity" : num != null ? "TotalAssets" : null;
            addRatio(s, r.group("name").strip(), null, num, den, p, r.start());
        }
    }

    /**
     * Whether a ratio pattern can match: a defined ratio's name ends in "ratio" or "gearing" followed
     * by optional white space and its bracketed definition ({@link #RATIO_DEFINED}: {@code (ratio|gearing)\s*\(}),
     * and every plain ratio's name ends in "ratio" followed by white space ({@link #RATIO_PLAIN}:
     * {@code ratio\s+}), ASCII letters in either case as the patterns' {@code (?i)} reads them. The
     * cue word "ratio" alone also lets through "operation", "corporation" and "generation", most
     * sentences of a 10-K, over which both patterns were tried at every position (4% of a PDF check).
     */
    static boolean mayStateRatio(String t) {
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            int after;
            if ((c == 'r' || c == 'R') && AsciiCase.startsAt(t, i, n, "ratio")) after = i + 5;
            else if ((c == 'g' || c == 'G') && AsciiCase.startsAt(t, i, n, "gearing")) after = i + 7;
            else continue;
            int j = after;
            while (j < n && Spaces.isSpace(t.charAt(j))) j++;
            if (j < n && t.charAt(j) == '(') return true;
            if (after == i + 5 && j > after) return true; // "ratio" and white space
        }
        return false;
    }

    private void addRatio(Sentence s, String name, String def, String num, String den, Percent p, int from) {
        String t = s.text();
        BigDecimal prior = comparativePercent(t, p.end());
        String type = ratioType(num, den);
        out.add(new StatedRatio(document + "#r" + from, document, "ratio", name.toLowerCase(Locale.ROOT), def, num, den, type, "",
                p.value(), prior, p.halfUnit(), p.approximate(), t, s.ref(from, p.end())));
    }

    static String ratioType(String num, String den) {
        if (num == null || den == null) return "unknown";
        if (num.equals("TotalLiabilities") && den.equals("TotalAssets")) return "liabilitiesToAssets";
        if (num.equals("Borrowings") && (den.equals("TotalEquity") || den.equals("ShareCapital"))) return "debtToEquity";
        if (num.equals("TotalCurrentAssets")) return "current";
        return "other";
    }

    /** "dividing total liabilities by total assets" -> [total liabilities, total assets]. */
    static String[] definition(String def) {
        Matcher m = DEFINITION.matcher(Regex.replaceAll(def, "(?i)^(calculated|computed|defined|determined|represented|being|which is)\\s+(by|as)?\\s*", ""));
        if (!m.matches()) return null;
        String n = m.group("n1") != null ? m.group("n1") : m.group("n2");
        String d = m.group("d1") != null ? m.group("d1") : m.group("d2");
        if (n == null || d == null) return null;
        return new String[]{Regex.replaceAll(n, "(?i)^the\\s+", ""), Regex.replaceAll(Regex.replaceAll(d, "(?i)^the\\s+", ""), "[.;,]+$", "")};
    }

    /** "gross profit margin increased from 8.00% to 11.45%": a margin for the segment of the gross profit stated just before. */
    private void margins(Sentence s, List<Read> reads) {
        String t = s.text();
        Matcher m = MARGIN.matcher(t);
        while (m.find()) {
            String name = m.group("name").toLowerCase(Locale.ROOT);
            String num = name.startsWith("gross") ? "GrossProfit" : name.startsWith("net") ? "NetProfit" : "OperatingIncome";
            String canonical = num.equals("GrossProfit") ? "gross profit margin" : name;
            BigDecimal value;
            BigDecimal prior;
            Percent cur;
            if (m.group("p2") != null) {
                cur = percentAt(t, m.start("p2"));
                Percent pr = percentAt(t, m.start("p1"));
                value = cur.value();
                prior = pr.value();
                if (pr.halfUnit().compareTo(cur.halfUnit()) > 0) cur = pr;
            } else {
                cur = percentAt(t, m.start("p"));
                value = cur.value();
                prior = comparativePercent(t, cur.end());
            }
            String segment = Measures.segment(t.substring(m.start(), m.end()).toLowerCase(Locale.ROOT));
            if (segment.isEmpty()) segment = segmentOfLast(num, reads, m.start());
            boolean approx = cur.approximate() || t.substring(m.start(), m.end()).contains("approximately");
            out.add(new StatedRatio(document + "#m" + m.start(), document, "margin", canonical, null, num, "Revenue", "margin", segment,
                    value, prior, cur.halfUnit(), approx, t, s.ref(m.start(), m.end())));
        }
    }

    private String segmentOfLast(String concept, List<Read> reads, int before) {
        for (int i = reads.size() - 1; i >= 0; i--) {
            Read r = reads.get(i);
            if (r.money().start() < before && concept.equals(r.amount().getConcept())) return r.amount().getSegment();
        }
        for (StatedAmount a : recent) if (concept.equals(a.getConcept())) return a.getSegment();
        return "";
    }

    /** A comparative percentage right after a stated one: "78.87% as at 31 December 2020 (31 December 2019: 58.11%)". */
    private static BigDecimal comparativePercent(String t, int from) {
        Matcher m = COMPARATIVE_PERCENT.matcher(t.substring(from));
        return m.find() ? new BigDecimal(m.group(1)) : null;
    }

    private void addSums(Sentence s, String wording, boolean exhaustive, StatedAmount total, List<StatedAmount> parts) {
        List<String> labels = parts.stream().map(StatedAmount::getMeasure).toList();
        out.add(new StatedSum(document, wording, exhaustive, total.getMeasure(), total.getValue(), total.getHalfUnit(), labels,
                parts.stream().map(StatedAmount::getValue).toList(), parts.stream().map(StatedAmount::getHalfUnit).toList(),
                "current", total.getCurrency(), s.text(), spanOf(total, parts)));
        if (total.getPrior() != null && parts.stream().allMatch(p -> p.getPrior() != null)) {
            out.add(new StatedSum(document, wording, exhaustive, total.getMeasure(), total.getPrior(), total.getPriorHalfUnit(), labels,
                    parts.stream().map(StatedAmount::getPrior).toList(), parts.stream().map(StatedAmount::getPriorHalfUnit).toList(),
                    "comparative " + total.getPriorLabel(), total.getCurrency(), s.text(), spanOf(total, parts)));
        }
    }

    private static io.tickmark.facts.SourceRef spanOf(StatedAmount total, List<StatedAmount> parts) {
        io.tickmark.facts.SourceRef a = total.getSource();
        io.tickmark.facts.SourceRef b = parts.get(parts.size() - 1).getSource();
        return new io.tickmark.facts.SourceRef(a.getFile(), a.getPage(), a.getLine(), b.getLineEnd(), a.getColumn(), b.getColumnEnd(), null);
    }

    /** "(ii)", "(b)", "(2)": an item marker of an enumeration in running text. */
    private static final Pattern ENUMERATOR = Pattern.compile("\\((?:[ivx]{1,4}|[a-h]|\\d{1,2})\\)\\s");
    private static final Pattern AND = Pattern.compile("(?i)\\band\\b");
    /** The words that may stand between "and" and the next part's amount without making it a clause of its own. */
    private static final Set<String> PART_LEAD = Set.of("approximately", "about", "around", "roughly", "nearly", "some", "a", "an",
            "further", "additional", "another", "the", "remaining", "rest", "balance", "of", "us");

    /**
     * The amounts a keyword ("of which", "consisting of") at {@code keyStart}-{@code keyEnd} lists as the
     * parts of the total before it, in order, up to where the list ends: {@code stop}, the next item
     * marker of an enumeration the total is itself an item of ("(i) $6.3 billion ..., consisting of
     * ..., (ii) $6.1 billion ..."), or a part that opens a clause of its own after "and" ("..., and our
     * total unearned revenue as of December 31, 2019 was $10.2 billion", "and tiered sales milestones
     * of up to $3.5 billion"): that amount is the sentence's next statement, not a part. Amounts in
     * brackets opened inside the list break a part down further and are not parts themselves. Empty
     * when the amounts listed are not addends: a range ("$100 million to $110 million"), parts of a
     * total that is one of several paired with items ("$1.9 billion and $2.4 billion, respectively, of
     * which ..."), or a part offset against the others. {@code totalEnd}: where the total's amount
     * ends, or -1 when the total is referred to, not stated in the sentence.
     */
    private static List<Read> listedParts(String t, int totalEnd, int keyStart, int keyEnd, int stop, List<Read> reads) {
        // "were $1.9 billion and $2.4 billion, respectively, of which ...": totals paired with items, and so their parts
        if (totalEnd >= 0 && totalEnd <= keyStart && AsciiCase.contains(t, totalEnd, keyStart, "respectively")) return List.of();
        int end = stop;
        if (ENUMERATOR.matcher(t).region(0, keyStart).find()) {
            Matcher next = ENUMERATOR.matcher(t);
            if (next.find(keyEnd) && next.start() < end) end = next.start();
        }
        // an enumerated list ("which included: (1) share capital of ...; (2) ...") names each part before its amount
        boolean enumerated = Regex.matches(t.substring(keyEnd), "(?is)^\\s*:?\\s*(?:approximately\\s+|about\\s+)?\\((?:1|i|a)\\).*");
        List<Read> parts = new ArrayList<>();
        for (Read r : reads) {
            int at = r.money().start();
            if (at <= keyEnd || at >= end) continue;
            if (bracketDepth(t, keyEnd, at) > 0) continue;
            if (!parts.isEmpty()) {
                String gap = t.substring(parts.get(parts.size() - 1).money().end(), at);
                if (Regex.matches(gap, "(?is)\\s*to\\s+(?:approximately\\s+|about\\s+)?")) return List.of(); // a range
                if (!enumerated && opensClause(gap)) break;
            }
            parts.add(r);
        }
        int listEnd = parts.isEmpty() ? keyEnd : Math.min(Math.min(end, t.length()), parts.get(parts.size() - 1).money().end());
        if (parts.size() >= 2 && AsciiCase.contains(t, keyEnd, listEnd, "offset")) return List.of();
        return parts;
    }

    /** Brackets opened and not closed between {@code from} and {@code to}. */
    private static int bracketDepth(String t, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
        }
        return depth;
    }

    /** Whether the words after the last "and" of a gap between two amounts name a subject of their own (two words or more). */
    private static boolean opensClause(String gap) {
        int and = -1;
        Matcher m = AND.matcher(gap);
        while (m.find()) and = m.start();
        if (and < 0) return false;
        int words = 0;
        for (String w : Regex.split(gap.substring(and + 3).toLowerCase(Locale.ROOT), "[^a-z0-9]+")) {
            if (w.chars().anyMatch(Character::isLetter) && !PART_LEAD.contains(w)) words++; // "2024; (2)" names nothing
        }
        return words >= 2;
    }

    private static Read lastBefore(List<Read> reads, int pos) {
        Read last = null;
        for (Read r : reads) if (r.money().end() <= pos) last = r;
        return last;
    }

    private static boolean sameCurrency(Read total, List<Read> parts) {
        return parts.stream().allMatch(p -> p.amount().getCurrency().equals(total.amount().getCurrency()));
    }

    private static boolean sameCurrency(StatedAmount total, List<Read> parts) {
        return parts.stream().allMatch(p -> p.amount().getCurrency().equals(total.getCurrency()));
    }

    private static String label(String after) {
        String l = Regex.split(Regex.replaceAll(after, "\\([^)]*\\)", " "), "(?i)\\band\\b|;|,")[0];
        l = Spaces.collapse(Regex.replaceAll(l, "(?i)^\\s*(?:were|was|is|are|being)\\s+", "")).strip();
        return l.length() > 60 ? l.substring(0, 60) : l;
    }

    private static Percent percentAt(String t, int pos) {
        for (Percent p : Quantities.percents(t)) if (p.start() == pos) return p;
        return null;
    }
}
