package io.tickmark.extract.narrative;

import io.tickmark.extract.layout.LayoutDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return ParagraphReader.read(LayoutDocument.fromText("t.txt", text)).stream()
                .flatMap(p -> SentenceSplitter.split(p).stream()).map(Sentence::text).toList();
    }

    @Test
    void splitsAtFullStopsButNotAfterAbbreviationsOrInsideDecimals() {
        List<String> s = sentences("Mr. Wong joined Alpha Trading Co., Ltd. (\u201cAlpha\u201d) in 2019. Revenue was RMB1.5 million. "
                + "The U.S. market grew. Sales rose 4.5% in the year.");
        assertThat(s).containsExactly("Mr. Wong joined Alpha Trading Co., Ltd. (\u201cAlpha\u201d) in 2019.", "Revenue was RMB1.5 million.",
                "The U.S. market grew.", "Sales rose 4.5% in the year.");
    }

    @Test
    void oneLongLineKeepsCharacterOffsetsAsColumns() {
        String filler = "The Group sells widgets in many markets. ".repeat(40);
        String text = filler + "Revenue was RMB100,000 (2019: RMB80,000).";
        List<Paragraph> ps = ParagraphReader.read(LayoutDocument.fromText("t.txt", text));
        assertThat(ps).hasSize(1);
        Sentence last = SentenceSplitter.split(ps.get(0)).stream().reduce((a, b) -> b).orElseThrow();
        int at = text.indexOf("RMB100,000");
        var ref = last.ref(last.text().indexOf("RMB100,000"), last.text().indexOf("RMB100,000") + 10);
        assertThat(ref.getLine()).isEqualTo(1);
        assertThat(ref.getColumn()).isEqualTo(at);
        assertThat(ref.getColumnEnd()).isEqualTo(at + 10);
    }

    @Test
    void layoutTextJoinsWrappedLinesAndSkipsTableLinesAndHeadings() {
        String text = String.join("\n",
                "Liquidity",
                "Net cash provided by operating activities was $4.6 billion during 2022, compared with",
                "net cash used in operating activities of $3.8 billion during 2021. The rest of this para-",
                "graph continues here.",
                "",
                "Revenue                                   1,234        1,100",
                "Cost of sales                               900          800");
        List<String> s = sentences(text);
        assertThat(s).containsExactly("Liquidity",
                "Net cash provided by operating activities was $4.6 billion during 2022, compared with net cash used in operating activities of $3.8 billion during 2021.",
                "The rest of this para-graph continues here.");
    }
}
