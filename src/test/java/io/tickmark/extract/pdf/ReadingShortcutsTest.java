package io.tickmark.extract.pdf;

import io.tickmark.extract.layout.LayoutDocument;
import io.tickmark.extract.layout.LayoutLine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shortcuts PDF reading takes for speed give what the plain computations they stand in for
 * give: a glyph's box from its four corners written out, the ASCII looks of {@link Glyph#isSpace}
 * and {@link Glyph#isDigit}, and the page lines handed to the layout reader as lines instead of
 * being split again out of the joined text.
 */
class ReadingShortcutsTest {

    /** The box as it was computed before: the four corners in a loop, min and max from infinity. */
    private static float[] loopBox(Glyph g) {
        double len = g.ay() == 0 ? Math.abs(g.ax()) : g.ax() == 0 ? Math.abs(g.ay()) : Math.hypot(g.ax(), g.ay());
        double dx = len == 0 ? 1 : g.ax() / len;
        double dy = len == 0 ? 0 : g.ay() / len;
        double asc = g.ascent() * g.fontSize();
        double desc = g.descent() * g.fontSize();
        double x0 = Double.POSITIVE_INFINITY, y0 = Double.POSITIVE_INFINITY, x1 = Double.NEGATIVE_INFINITY, y1 = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < 2; a++) {
            for (int u = 0; u < 2; u++) {
                double along = a == 0 ? 0 : len;
                double up = u == 0 ? desc : asc;
                double x = g.ux() + dx * along - dy * up;
                double y = g.uy() + dy * along + dx * up;
                x0 = Math.min(x0, x);
                y0 = Math.min(y0, y);
                x1 = Math.max(x1, x);
                y1 = Math.max(y1, y);
            }
        }
        return new float[]{(float) x0, (float) y0, (float) x1, (float) y1};
    }

    @Test
    void boxIsTheLoopsBoxToTheBit() {
        Random r = new Random(11);
        double[] special = {0.0, -0.0, 1, -1, 0.5, 1e-9, -3.25, 612};
        for (int i = 0; i < 200_000; i++) {
            double ax = r.nextInt(4) == 0 ? special[r.nextInt(special.length)] : (r.nextDouble() - 0.5) * 20;
            double ay = r.nextInt(3) == 0 ? 0 : r.nextInt(4) == 0 ? special[r.nextInt(special.length)] : (r.nextDouble() - 0.5) * 20;
            double ux = r.nextInt(5) == 0 ? special[r.nextInt(special.length)] : (r.nextDouble() - 0.2) * 800;
            double uy = r.nextInt(5) == 0 ? special[r.nextInt(special.length)] : (r.nextDouble() - 0.2) * 800;
            double ascent = r.nextInt(5) == 0 ? 0 : r.nextDouble() * 1.2;
            double descent = r.nextInt(5) == 0 ? -0.0 : -r.nextDouble() * 0.5;
            Glyph g = new Glyph('a', 0, 1, 0, 1 + r.nextDouble() * 20, ascent, descent, null, 0, i, ux, uy, ax, ay);
            float[] box = new float[4];
            g.box(box, 0);
            float[] expected = loopBox(g);
            for (int k = 0; k < 4; k++) {
                assertThat(Float.floatToRawIntBits(box[k])).as("%s corner %d", g, k).isEqualTo(Float.floatToRawIntBits(expected[k]));
            }
        }
    }

    @Test
    void asciiLooksAnswerAsCharacterDoes() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            Glyph g = new Glyph(cp, 0, 1, 0, 10, 0.75, -0.25, null, 0, 0, 0, 0, 1, 0);
            boolean space = Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0xA0;
            if (g.isSpace() != space) throw new AssertionError("isSpace " + Integer.toHexString(cp));
            if (Glyph.isDigit(cp) != Character.isDigit(cp)) throw new AssertionError("isDigit " + Integer.toHexString(cp));
        }
    }

    @Test
    void pageLinesReadAsTheJoinedText() {
        Random r = new Random(5);
        String[] pieces = {"Total revenue", "  1,234", "", "12", "- 3 -", "Page 4 of 9", "$   (5.5)", "Apple’s “Net” sales", "Notes .......... 7",
                "A | Form 10-K | 28", "    ", "2023(1)", "漢字 10"};
        for (int doc = 0; doc < 500; doc++) {
            PdfReader.Assembler out = new PdfReader.Assembler();
            int pages = r.nextInt(6);
            for (int p = 0; p < pages; p++) {
                List<PageLine> lines = new ArrayList<>();
                int n = r.nextInt(4) == 0 ? 0 : r.nextInt(8);
                for (int i = 0; i < n; i++) {
                    String t = pieces[r.nextInt(pieces.length)];
                    lines.add(t.isEmpty() && r.nextBoolean() ? PageLine.BLANK : new PageLine(t, new float[4 * t.length()]));
                }
                out.page(lines);
            }
            String text = out.text.toString();
            List<LayoutLine> expected = LayoutDocument.fromText("x", text).lines();
            List<LayoutLine> got = out.layout("x").lines();
            assertThat(got).hasSize(expected.size());
            for (int i = 0; i < got.size(); i++) {
                LayoutLine a = got.get(i);
                LayoutLine b = expected.get(i);
                assertThat(List.of(a.page(), a.lineNo(), a.text(), a.tokens())).as(text).isEqualTo(List.of(b.page(), b.lineNo(), b.text(), b.tokens()));
            }
        }
    }
}
