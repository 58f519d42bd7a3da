package io.tickmark.extract.pdf;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import java.util.List;

/**
 * The text matrix kept in double precision, following the text operators and glyph advances as
 * PDFBox does in single precision (see {@link PreciseCtm} for why). Before each glyph it is
 * compared with PDFBox's; if they have drifted apart (a glyph this class did not see advance),
 * it starts again from PDFBox's value.
 */
final class PreciseText {
    private double[] tm = {1, 0, 0, 1, 0, 0};
    private double[] lm = {1, 0, 0, 1, 0, 0};
    private double leading;

    void operator(String name, List<COSBase> operands) {
        switch (name) {
            case "BT" -> {
                tm = new double[]{1, 0, 0, 1, 0, 0};
                lm = tm.clone();
            }
            case "Tm" -> {
                if (operands.size() >= 6 && allNumbers(operands, 6)) {
                    double[] m = new double[6];
                    for (int i = 0; i < 6; i++) m[i] = PreciseCtm.value((COSNumber) operands.get(i));
                    tm = m;
                    lm = m.clone();
                }
            }
            case "Td", "TD" -> {
                if (operands.size() >= 2 && allNumbers(operands, 2)) {
                    double tx = PreciseCtm.value((COSNumber) operands.get(0));
                    double ty = PreciseCtm.value((COSNumber) operands.get(1));
                    if (name.equals("TD")) leading = -ty;
                    moveLine(tx, ty);
                }
            }
            case "TL" -> {
                if (!operands.isEmpty() && operands.get(0) instanceof COSNumber n) leading = PreciseCtm.value(n);
            }
            case "T*", "'", "\"" -> moveLine(0, -leading);
            default -> { }
        }
    }

    private void moveLine(double tx, double ty) {
        lm = translate(lm, tx, ty);
        tm = lm.clone();
    }

    /** The matrix for the next glyph: this class's when it agrees with PDFBox's, else PDFBox's. */
    double[] beforeGlyph(Matrix pdfbox) {
        double[] p = {pdfbox.getValue(0, 0), pdfbox.getValue(0, 1), pdfbox.getValue(1, 0), pdfbox.getValue(1, 1),
                pdfbox.getValue(2, 0), pdfbox.getValue(2, 1)};
        for (int i = 0; i < 6; i++) {
            if (Math.abs(tm[i] - p[i]) > 1e-5 * Math.max(1, Math.abs(p[i])) + 1e-3) {
                for (int k = 0; k < 6; k++) p[k] = GlyphCollector.d((float) p[k]);
                tm = p;
                break;
            }
        }
        return tm;
    }

    /** Moves past a glyph: its width, character spacing and (for a single-byte space) word spacing. */
    void advance(PDFont font, int code, Vector w, double fontSize, double charSpacing, double wordSpacing, double horizontalScaling) {
        double ws = code == 32 && !(font instanceof PDType0Font) ? wordSpacing : 0;
        if (font.isVertical()) {
            tm = translate(tm, 0, w.getY() * fontSize + charSpacing + ws);
        } else {
            tm = translate(tm, (w.getX() * fontSize + charSpacing + ws) * horizontalScaling, 0);
        }
    }

    /** A number in a TJ array moves the text the other way. */
    void adjust(double tx, double ty) {
        tm = translate(tm, GlyphCollector.d((float) tx), GlyphCollector.d((float) ty));
    }

    private static double[] translate(double[] m, double tx, double ty) {
        return new double[]{m[0], m[1], m[2], m[3], tx * m[0] + ty * m[2] + m[4], tx * m[1] + ty * m[3] + m[5]};
    }

    private static boolean allNumbers(List<COSBase> operands, int n) {
        for (int i = 0; i < n; i++) if (!(operands.get(i) instanceof COSNumber)) return false;
        return true;
    }
}
