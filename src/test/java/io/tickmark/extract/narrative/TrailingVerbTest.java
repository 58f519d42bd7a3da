package io.tickmark.extract.narrative;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The trailing-verb cut searched near the end only gives what the plain search over the phrase gave. */
class TrailingVerbTest {
    private static final String[] PIECES = {"revenue", "Total assets", " was", " were", " amounted to", " of", " at", " stood at",
            " approximately", " approx.", " about", " a total of", " in aggregate", ", ", ",", " ", "  ", "\t", "\n", "\r\n",
            "RMB", "HK$", "(1)", "2023", "净利润", "é", "’s", " which was", " that had", " increased to", " TOTALLED", ".", ";",
            "\u0085", "\u2028", "\u00a0", "K", "\u212a", " To", " HAS BEEN"};

    private static String plain(String s) {
        return Measures.TRAILING_VERB.matcher(s).replaceFirst("");
    }

    @Test
    void examples() {
        for (String s : new String[] {"", "revenue", "revenue was", "Revenue amounted to approximately", "the loss, which was",
                "净利润 was about", "cash at", "assets of RMB", "revenue was\n", "revenue was\u2028", "revenue was\u0085",
                "total , , ", "approx.", "净利润"}) {
            assertThat(Measures.withoutTrailingVerb(s)).as(s).isEqualTo(plain(s));
        }
    }

    @Test
    void randomPhrases() {
        Random r = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(8);
            for (int k = 0; k < n; k++) b.append(PIECES[r.nextInt(PIECES.length)]);
            String s = b.toString();
            assertThat(Measures.withoutTrailingVerb(s)).as("[%s]", s).isEqualTo(plain(s));
        }
    }
}
