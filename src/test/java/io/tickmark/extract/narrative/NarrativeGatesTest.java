package io.tickmark.extract.narrative;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cheap looks the narrative readers take before their patterns are exact: whenever a pattern
 * would match, the look lets the text through. Checked on written edge cases and on phrases put
 * together at random from the patterns' own words, with white space, case, brackets and characters
 * that fold to ASCII letters; each test also asserts that its phrases did match the patterns, so
 * that the comparison is not vacuous.
 */
class NarrativeGatesTest {
    static final String[] SEPARATORS = {" ", " ", " ", "  ", "\t", "\n", "\r\n", ", ", ",", ".", ";", ":", "(", ")", "", "-", "\u00a0",
            "\u2028", "\u0085", "’", "'", "é", "\u212a", "\u0130", "RMB", "$", "2021", "12.5%", "3"};

    /** Random phrases of the pieces and separators, each piece maybe in capitals or capitalised. */
    static String phrase(Random r, String[] pieces, int words) {
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(words);
        for (int k = 0; k < n; k++) {
            String p = pieces[r.nextInt(pieces.length)];
            int c = r.nextInt(6);
            if (c == 0) p = p.toUpperCase(java.util.Locale.ROOT);
            else if (c == 1 && !p.isEmpty()) p = Character.toUpperCase(p.charAt(0)) + p.substring(1);
            b.append(p);
            b.append(r.nextInt(4) == 0 ? SEPARATORS[r.nextInt(SEPARATORS.length)] : " ");
        }
        return b.toString();
    }

    /** Asserts the gate lets every phrase through that one of the patterns finds a match in; returns how many matched. */
    static int assertExact(Predicate<String> gate, List<Pattern> patterns, String[] pieces, int rounds, int words, long seed) {
        Random r = new Random(seed);
        int matched = 0;
        for (int i = 0; i < rounds; i++) {
            String s = phrase(r, pieces, words);
            boolean any = false;
            for (Pattern p : patterns) any |= p.matcher(s).find();
            if (any) {
                matched++;
                assertThat(gate.test(s)).as("[%s]", s).isTrue();
            }
        }
        return matched;
    }

    @Test
    void ratioLook() {
        List<Pattern> ratios = List.of(StatedStructureReader.RATIO_DEFINED, StatedStructureReader.RATIO_PLAIN);
        for (String s : new String[] {"gearing ratio was 12%", "gearing(calculated by dividing debt by equity) 5", "RATIO\t(defined as x) 3",
                "the ratio\n(being a over b) 4", "debt-to-equity ratio of 0.5", "Gearing  (being net debt to equity) was 30%"}) {
            assertThat(ratios.stream().anyMatch(p -> p.matcher(s).find())).as(s).isTrue();
            assertThat(StatedStructureReader.mayStateRatio(s)).as(s).isTrue();
        }
        for (String s : new String[] {"", "ratio", "operation", "operations of the Corporation were 5", "ratios of 5", "gearing was 5%",
                "ratio-based 5", "gearings (x) 5"}) {
            assertThat(StatedStructureReader.mayStateRatio(s)).as(s).isFalse();
        }
        String[] pieces = {"ratio", "ratios", "gearing", "net", "debt-to-equity", "debt to equity", "liabilities-to-assets", "total liabilities to total assets",
                "asset-liability", "debt-to-assets", "current", "corporation", "operation", "was", "were", "is", "of", "stood at", "amounted to",
                "reached", "approximately", "about", "(calculated", "(defined as", "(being", "(which is", "dividing", "by", "total debt", "equity",
                "assets", ")", "(", "12.5%", "30", "0.8", "ratio was 12%", "ratio of 0.5", "gearing ratio (being", "ratio(defined as debt over equity) 3",
                "gearing (calculated as debt to equity) 4%", "12.5%", "30"};
        int matched = assertExact(StatedStructureReader::mayStateRatio, ratios, pieces, 200_000, 8, 7);
        assertThat(matched).isGreaterThan(5000);
    }

    @Test
    void amountsFoundOnlyAtCurrencies() {
        String[] pieces = {"RMB", "HK$", "HKD", "US$", "USD", "CNY", "EUR", "GBP", "JPY", "S$", "$", "€", "£", "¥", "rmb", "usd", "H", "K", "S",
                "R", "RM", "US", "1,234", "1,234.5", "12", "0.5", "(1,000)", "-3", "-", "(", ")", "million", "billion", "bn", "mn", "cents", "cent",
                "thousand", "trillion", "millions", "revenue", "was", "approximately", "1", "2021"};
        Random r = new Random(5);
        int amounts = 0;
        for (String s : new String[] {"", "$", "$1", "HK$ 5", "RMB(1,000) million", "US$-3 bn", "S$1.5 cents", "$$5", "HHK$5", "USD5million"}) {
            assertThat(spans(Quantities.money(s))).as(s).isEqualTo(plainMoney(s));
        }
        for (int i = 0; i < 100_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + r.nextInt(8);
            for (int k = 0; k < n; k++) {
                b.append(pieces[r.nextInt(pieces.length)]);
                if (r.nextInt(3) == 0) b.append(SEPARATORS[r.nextInt(SEPARATORS.length)]);
            }
            String s = b.toString();
            List<String> want = plainMoney(s);
            amounts += want.size();
            assertThat(spans(Quantities.money(s))).as("[%s]", s).isEqualTo(want);
        }
        assertThat(amounts).isGreaterThan(20_000);
    }

    private static List<String> spans(List<Quantities.Money> ms) {
        return ms.stream().map(m -> m.start() + "-" + m.end()).toList();
    }

    /** Where the plain search finds amounts; the code that reads a found amount is the same either way. */
    private static List<String> plainMoney(String s) {
        List<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = Quantities.MONEY.matcher(s);
        while (m.find()) out.add(m.start() + "-" + m.end());
        return out;
    }

    @Test
    void maturityAndUndrawnLooks() {
        String[] maturity = {"repayable", "due", "payable", "maturing", "falling due", "to be repaid", "mature", "within", "one", "1", "twelve", "12",
                "year", "years", "months", "after one year", "between one and two years", "after five years", "over five years", "within two years",
                "current portion of", "long-term", "borrowings", "debt", "loans", "were", "is", "classified", "as", "short-term", "current", "the"};
        assertThat(assertExact(StatedFigureReader::mayStateMaturity, List.of(StatedFigureReader.WITHIN_ONE_YEAR, StatedFigureReader.LATER_BUCKET),
                maturity, 100_000, 6, 3)).isGreaterThan(5000);
        String[] undrawn = {"undrawn", "unutilised", "unutilized", "not", "been", "utilised", "utilized", "drawn", "unused", "available", "but", "to",
                "for", "future", "borrowings", "borrowing", "be", "borrow", "borrowed", "under", "availability", "of", "remaining", "capacity", "no",
                "amounts", "balances", "balance", "were", "was", "outstanding", "facility", "credit"};
        assertThat(assertExact(StatedFigureReader::mayStateUndrawn, List.of(StatedFigureReader.UNDRAWN), undrawn, 100_000, 5, 4)).isGreaterThan(5000);
        assertThat(StatedFigureReader.mayStateMaturity("revenue of the Corporation")).isFalse();
        assertThat(StatedFigureReader.mayStateUndrawn("revenue of the Corporation")).isFalse();
    }

    @Test
    void subjectBreakLook() {
        String[] pieces = {"of which", "which", "included", "includes", "comprising", "consisting of", "including", "while", "whereas", "and", "i)",
                "iv)", "(1)", "(12)", "revenue", "Which", "Including", "x"};
        assertThat(assertExact(StatedFigureReader::mayBreakSubject, List.of(StatedFigureReader.SUBJECT_BREAK), pieces, 100_000, 5, 9))
                .isGreaterThan(5000);
        assertThat(StatedFigureReader.mayBreakSubject("Revenue of the Corporation was")).isFalse();
    }

    @Test
    void conceptsTriedAtTheHead() {
        String[] pieces = {"net", "profit", "loss", "income", "earnings", "for the year", "attributable to", "the", "equity", "shareholders", "of",
                "operating", "from operations", "margin", "gross", "per", "revenue", "revenues", "turnover", "sales", "cash", "and cash equivalents",
                "on hand", "current", "assets", "liabilities", "working capital", "share capital", "reserves", "retained", "accumulated deficit",
                "impairment", "borrowings", "debt", "market value", "stock", "total", "our", "its", "group's", "company’s", "consolidated"};
        Random r = new Random(13);
        for (int i = 0; i < 100_000; i++) {
            String s = phrase(r, pieces, 6);
            for (int k = 0; k < Measures.CONCEPT_PATTERNS.length; k++) {
                Pattern p = Measures.CONCEPT_PATTERNS[k];
                if (Measures.CONCEPT_AT_HEAD[k]) assertThat(p.matcher(s).lookingAt()).as("%s [%s]", p, s).isEqualTo(p.matcher(s).find());
            }
            for (Pattern p : List.of(Measures.DETERMINERS, Measures.LEADING_ADVERBIAL)) {
                assertThat(Measures.withoutHead(p, s)).as("%s [%s]", p, s).isEqualTo(p.matcher(s).replaceFirst(""));
            }
            boolean segment = Measures.SEGMENT.matcher(s).find();
            if (!segment) assertThat(Measures.segment(s)).isEmpty();
            if (Measures.TAX_ATTRIBUTE.matcher(s).find()) assertThat(io.tickmark.util.AsciiCase.contains(s, "carr")).isTrue();
        }
        assertThat(Measures.anchoredAtHead("assets$|assets of\\b")).isFalse();
        assertThat(Measures.anchoredAtHead("(?:a|b)c[|]\\|")).isTrue();
        assertThat(java.util.stream.IntStream.range(0, Measures.CONCEPT_AT_HEAD.length).filter(i -> !Measures.CONCEPT_AT_HEAD[i]).count()).isEqualTo(1);
    }

    @Test
    void segmentLook() {
        String[] pieces = {"the group's", "the company’s", "our", "its", "of", "from", "for", "in", "the", "retail", "property", "business", "businesses",
                "segment", "division", "group", "company", "revenue", ","};
        assertThat(assertExact(s -> io.tickmark.util.AsciiCase.contains(s, "business") || io.tickmark.util.AsciiCase.contains(s, "segment")
                || io.tickmark.util.AsciiCase.contains(s, "division"), List.of(Measures.SEGMENT), pieces, 100_000, 6, 21)).isGreaterThan(5000);
    }

    /**
     * Each event pattern against its look, on phrases of the pattern's own literal pieces (its
     * alternatives cut at brackets, bars, word boundaries and gaps), which join into its phrases often
     * enough: a word left out of a look fails here.
     */
    @Test
    void eventLooks() {
        Map<String, List<Pattern>> events = LanguageReader.eventPatterns();
        assertThat(events).hasSize(11);
        int kindSeed = 0;
        for (Map.Entry<String, List<Pattern>> e : events.entrySet()) {
            for (int i = 0; i < e.getValue().size(); i++) {
                Pattern p = e.getValue().get(i);
                List<String> pieces = new java.util.ArrayList<>(List.of("the", "company", "its", "our", "of", "and", "was", "a", "in", "to"));
                for (String f : p.pattern().substring(4).split("\\(\\?<?!?:?|\\)\\??|\\||\\\\b|\\[\\^\\.;\\]\\{\\d+,\\d+\\}\\?|\\\\s\\+|\\\\w\\*")) {
                    String piece = f.replaceAll("\\[([a-z])[a-z’']*\\]", "$1").replace("?", "").replace("['’]", "’").strip();
                    if (!piece.isEmpty()) pieces.add(piece);
                }
                int kind = i;
                String name = e.getKey();
                int matched = assertExact(s -> LanguageReader.mayMatchEvent(name, kind, s), List.of(p), pieces.toArray(new String[0]),
                        10_000, 12, 100 + kindSeed++);
                assertThat(matched).as("%s %d: phrases that match", name, i).isPositive();
            }
        }
        assertThat(LanguageReader.mayMatchEvent("customer-or-supplier-loss", 0, "Our customers paid their bills.")).isFalse();
        assertThat(LanguageReader.mayMatchEvent("customer-or-supplier-loss", 0, "We LOST our largest Customer.")).isTrue();
    }

    @Test
    void eventSubjectLooks() {
        String[] biography = {"served", "serves", "has served", "had served", "also served", "previously served", "as", "on", "prior to joining",
                "before joining", "previously", "held", "was", "a", "an", "the", "from", "1998", "2015", "to", "until", "through", "present", "is",
                "also", "director", "trustee", "member of the board", "partner", "of", "biography", "biographical", "Mr. Smith"};
        assertThat(assertExact(EventSubject::mayBeBiography, List.of(EventSubject.BIOGRAPHY), biography, 100_000, 6, 31)).isGreaterThan(5000);
        String[] contract = {"shall", "deemed", "provided that", "hereunder", "hereof", "herein", "hereto", "here", "shall means", "means", "mean",
                "meaning", "of", "is defined as", "“cause”", "\"cause\"", "cause", "the", "lender", "there", "where"};
        assertThat(assertExact(EventSubject::mayBeContractLanguage, List.of(EventSubject.CONTRACT_LANGUAGE), contract, 100_000, 6, 37))
                .isGreaterThan(5000);
        assertThat(EventSubject.mayBeBiography("The Utility filed for Chapter 11 in 2019.")).isFalse();
        assertThat(EventSubject.mayBeContractLanguage("The Utility filed for Chapter 11 in 2019.")).isFalse();
    }
}
