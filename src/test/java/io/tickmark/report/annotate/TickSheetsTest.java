package io.tickmark.report.annotate;

import io.tickmark.extract.Extraction;
import io.tickmark.facts.Check;
import io.tickmark.facts.DocumentInfo;
import io.tickmark.facts.Figure;
import io.tickmark.facts.SourceRef;
import io.tickmark.report.DocumentReport;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Where marks go and which kind: outcomes decided by the rules, letters shared by tied figures. */
class TickSheetsTest {

    private static Figure figure(String id, int page, float y, String box) {
        return new Figure(id, "d.pdf", id.substring(0, id.indexOf('#')), "balance", "consolidated", 1, 1, id, null, "2022",
                "2022-12-31", BigDecimal.TEN, 0, 1, null, new SourceRef("d.pdf", page, 0, 0, 0, 0, box));
    }

    @Test
    void tiedFiguresShareALetterAndOutcomesGiveTheMark() {
        Figure a = figure("bs#1", 3, 700, "300,700,330,708");
        Figure b = figure("note#1", 9, 500, "300,500,330,508");
        Figure c = figure("note#2", 9, 480, "300,480,330,488");
        Figure d = figure("cf#1", 5, 400, "300,400,330,408");
        Figure noBox = figure("txt#1", 0, 0, null);
        Extraction ex = new Extraction(new DocumentInfo("d.pdf", "d.pdf", null, null, null, null, null));
        ex.figures().addAll(List.of(a, b, c, d, noBox));
        List<Check> checks = List.of(
                new Check("CON-010", "d.pdf", "tie:consolidated:X:2022-12-31:bs~note", "passed", "bs ~ note", "10", "10", List.of(a, b)),
                new Check("CON-010", "d.pdf", "tie:consolidated:X:2022-12-31:note~cf", "failed", "note ~ cf", "10", "11", List.of(b, d)),
                new Check("CON-001", "d.pdf", "R1@2022", "passed", "note", "10", "10", List.of(c, noBox)),
                new Check("GC-120", "d.pdf", "z", "computed", "statements", "", "", List.of(a, c)));
        TickSheet sheet = TickSheets.of(new DocumentReport(ex, checks, List.of()), "test");

        Map<String, TickMark> byId = sheet.marks().stream().filter(m -> m.figureId() != null)
                .collect(Collectors.toMap(TickMark::figureId, Function.identity()));
        assertThat(byId).containsOnlyKeys("bs#1", "note#1", "note#2", "cf#1");
        assertThat(byId.get("bs#1").kind()).isEqualTo(TickMark.Kind.TICK);
        assertThat(byId.get("note#1").kind()).isEqualTo(TickMark.Kind.CROSS);
        assertThat(byId.get("cf#1").kind()).isEqualTo(TickMark.Kind.CROSS);
        assertThat(byId.get("note#2").kind()).isEqualTo(TickMark.Kind.TICK);
        // a, b and d are joined by tie-outs (through b): one letter, first in reading order
        assertThat(byId.get("bs#1").letter()).isEqualTo("A");
        assertThat(byId.get("note#1").letter()).isEqualTo("A");
        assertThat(byId.get("cf#1").letter()).isEqualTo("A");
        assertThat(byId.get("note#2").letter()).isNull();
        assertThat(byId.get("bs#1").box()).containsExactly(300f, 700f, 330f, 708f);
        assertThat(byId.get("note#1").page()).isEqualTo(9);
    }

    @Test
    void lettersRunPastZ() {
        assertThat(TickSheets.Letters.name(0)).isEqualTo("A");
        assertThat(TickSheets.Letters.name(25)).isEqualTo("Z");
        assertThat(TickSheets.Letters.name(26)).isEqualTo("AA");
        assertThat(TickSheets.Letters.name(27)).isEqualTo("AB");
    }
}
