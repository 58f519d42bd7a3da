package io.tickmark.extract.narrative;

import org.junit.jupiter.api.Test;

import java.util.List;
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
}
