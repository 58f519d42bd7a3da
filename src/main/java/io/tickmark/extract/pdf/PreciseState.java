package io.tickmark.extract.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Where text is drawn, kept in double precision from the numbers as written in the content stream.
 * PDFBox composes its matrices in single precision, which on pages drawn with large offsets (a
 * translation of 58719.82 scaled by 0.675) moves text by thousandths of a point: enough to decide
 * whether two lines are one and a half font sizes apart, or a word a font size beside a block.
 *
 * <p>The state follows the operators as a layout-text reader does: the transformation matrix from
 * the top-left corner of the page (y downwards) through every {@code cm}, the text matrix, the
 * start of the current text line, and the current point, which each glyph and each TJ adjustment
 * moves in user space. Before each glyph the state is compared with PDFBox's; where they disagree
 * beyond single-precision noise (something this class does not follow), PDFBox's values are taken.
 */
final class PreciseState {
    private final Deque<double[]> stack = new ArrayDeque<>();
    private double[] flip = {1, 0, 0, -1, 0, 0};
    private double[] ctm;
    private double[] textMat = {1, 0, 0, 1, 0, 0};
    private double lineX;
    private double lineY;
    private double curX;
    private double curY;
    private double leading;
    private double hs = 1;
    private float[][] checkedCtm;
    private double[] checkedAgainst;
    /**
     * What {@link #origin} and {@link #advance} found for the glyph at hand, read right after the
     * call: asked for every glyph, they return without an array each (the launcher's compiler does
     * not take a short-lived array off the heap).
     */
    private double[] sizedTextMat;
    private double[] sizedCtm;
    private double sizedSize;
    private double sized;
    private double originX;
    private double originY;
    private double advanceX;
    private double advanceY;

    /** Starts a page: device space has its origin at the crop box's top-left corner, y downwards. */
    void startPage(double cropX, double cropY, double cropHeight) {
        flip = new double[]{1, 0, 0, -1, -cropX, cropY + cropHeight};
        ctm = null;
        stack.clear();
        textMat = new double[]{1, 0, 0, 1, 0, 0};
        moveTo(0, 0);
        leading = 0;
    }

    void operator(String name, List<COSBase> operands, Matrix pdfboxCtm) {
        if (ctm == null) ctm = concat(of(pdfboxCtm), flip);
        switch (name) {
            case "q" -> stack.push(ctm.clone());
            case "Q" -> {
                if (!stack.isEmpty()) ctm = stack.pop();
            }
            case "cm" -> {
                double[] m = numbers(operands, 6);
                if (m != null) ctm = concat(m, ctm);
            }
            case "BT" -> {
                textMat = new double[]{1, 0, 0, 1, 0, 0};
                moveTo(0, 0);
            }
            case "Tm" -> {
                double[] m = numbers(operands, 6);
                if (m != null) {
                    textMat = m;
                    moveTo(0, 0);
                }
            }
            case "Td", "TD" -> {
                double[] t = numbers(operands, 2);
                if (t != null) {
                    if (name.equals("TD")) leading = -t[1];
                    moveTo(lineX + t[0], lineY + t[1]);
                }
            }
            case "TL" -> {
                double[] t = numbers(operands, 1);
                if (t != null) leading = t[0];
            }
            case "T*", "'", "\"" -> moveTo(lineX, lineY - leading);
            default -> { }
        }
    }

    /** Enters a form or group drawn with its own matrix. */
    void enter(COSArray matrix, Matrix pdfboxCtm) {
        if (ctm == null) ctm = concat(of(pdfboxCtm), flip);
        stack.push(ctm.clone());
        double[] m = matrix == null ? null : numbers(matrix.toList(), 6);
        if (m != null) ctm = concat(m, ctm);
    }

    void leave() {
        if (!stack.isEmpty()) ctm = stack.pop();
    }

    /** Checks the state against PDFBox's before a glyph, taking PDFBox's values where they disagree. */
    void sync(Matrix pdfboxTextMatrix, Matrix pdfboxCtm) {
        if (ctm == null || !sameAsChecked(pdfboxCtm)) {
            double[] expected = concat(of(pdfboxCtm), flip);
            if (ctm == null || differs(ctm, expected)) ctm = snap(expected);
            checkedCtm = pdfboxCtm.getValues();
            checkedAgainst = ctm;
        }
        // PDFBox's text matrix, compared where it is: a copy is made only when the state is taken from it
        Matrix t = pdfboxTextMatrix;
        double e = t.getValue(2, 0);
        double f = t.getValue(2, 1);
        boolean off = far(textMat[0], t.getValue(0, 0)) | far(textMat[1], t.getValue(0, 1))
                | far(textMat[2], t.getValue(1, 0)) | far(textMat[3], t.getValue(1, 1));
        off |= far(curX, e) || far(curY, f);
        if (off) {
            textMat = snap(of(t));
            lineX = 0;
            lineY = 0;
            curX = e;
            curY = f;
        }
    }

    /** Whether PDFBox's matrix and this class's are the ones last found to agree (most glyphs). */
    private boolean sameAsChecked(Matrix pdfboxCtm) {
        if (checkedAgainst != ctm || checkedCtm == null) return false;
        Matrix v = pdfboxCtm; // getValue reads an entry; getValues would copy the matrix for every glyph
        return v.getValue(0, 0) == checkedCtm[0][0] && v.getValue(0, 1) == checkedCtm[0][1] && v.getValue(1, 0) == checkedCtm[1][0]
                && v.getValue(1, 1) == checkedCtm[1][1] && v.getValue(2, 0) == checkedCtm[2][0] && v.getValue(2, 1) == checkedCtm[2][1];
    }

    /**
     * The size of the font as drawn: the length of the text-space vertical unit on the page. Asked
     * for every glyph, it changes only with the matrices (replaced, never changed in place, by the
     * operators that set them) or the size: the last answer is kept with what it was worked out from.
     */
    double fontSize(double size) {
        if (textMat == sizedTextMat && ctm == sizedCtm && size == sizedSize) return sized;
        double x = textMat[2] * size;
        double y = textMat[3] * size;
        sized = Math.hypot(ctm[0] * x + ctm[2] * y, ctm[1] * x + ctm[3] * y);
        sizedTextMat = textMat;
        sizedCtm = ctm;
        sizedSize = size;
        return sized;
    }

    /**
     * Works out the glyph origin in device space (points from the crop box's top-left corner, y
     * down): {@link #originX()}, {@link #originY()}.
     */
    void origin(double rise) {
        double x = curX + textMat[2] * rise;
        double y = curY + textMat[3] * rise;
        originX = ctm[0] * x + ctm[2] * y + ctm[4];
        originY = ctm[1] * x + ctm[3] * y + ctm[5];
    }

    double originX() { return originX; }
    double originY() { return originY; }

    /**
     * Works out the device-space vector of a glyph's width (without character and word spacing):
     * {@link #advanceX()}, {@link #advanceY()}.
     */
    void advance(double width, double fontSize, double charSpacing, double wordSpacing, boolean vertical) {
        double full = width * fontSize + charSpacing + wordSpacing;
        double spacing = charSpacing + wordSpacing;
        double dx = deltaX(full, vertical) - deltaX(spacing, vertical);
        double dy = deltaY(full, vertical) - deltaY(spacing, vertical);
        advanceX = ctm[0] * dx + ctm[2] * dy;
        advanceY = ctm[1] * dx + ctm[3] * dy;
    }

    double advanceX() { return advanceX; }
    double advanceY() { return advanceY; }

    /** Moves past a glyph: its width plus character spacing and word spacing, scaled horizontally. */
    void afterGlyph(double width, double fontSize, double charSpacing, double wordSpacing, boolean vertical) {
        double amount = width * fontSize + charSpacing + wordSpacing;
        curX += deltaX(amount, vertical);
        curY += deltaY(amount, vertical);
    }

    /** A number in a TJ array moves the current point (PDFBox gives the text-space distance). */
    void adjust(double tx, double ty) {
        curX += textMat[0] * tx + textMat[2] * ty;
        curY += textMat[1] * tx + textMat[3] * ty;
    }

    /** Horizontal scaling of the current glyph (Tz / 100). */
    void horizontalScaling(double h) {
        hs = h;
    }

    /** The text-space move by {@code amount} along the line (scaled horizontally) or down a vertical one: x. */
    private double deltaX(double amount, boolean vertical) {
        return vertical ? textMat[2] * amount : textMat[0] * (amount * hs);
    }

    /** The same move: y. */
    private double deltaY(double amount, boolean vertical) {
        return vertical ? textMat[3] * amount : textMat[1] * (amount * hs);
    }

    private void moveTo(double tx, double ty) {
        lineX = tx;
        lineY = ty;
        curX = textMat[0] * tx + textMat[2] * ty + textMat[4];
        curY = textMat[1] * tx + textMat[3] * ty + textMat[5];
    }

    /**
     * A glyph's width in text space units per unit of font size. PDFBox gives it divided by 1000 in
     * single precision; the font's width in thousandths is a whole number (or a short decimal), so
     * it is recovered and divided again in double precision.
     */
    static double width(PDFont font, Vector displacement) {
        if (font instanceof PDType3Font) return displacement.getX();
        return snap(displacement.getX() * 1000.0) / 1000.0;
    }

    /** {@code m} then {@code n}: the product m x n of two PDF matrices written {a, b, c, d, e, f}. */
    static double[] concat(double[] m, double[] n) {
        return new double[]{
                m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3],
                m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3],
                m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5]};
    }

    private static double[] of(Matrix m) {
        return new double[]{m.getValue(0, 0), m.getValue(0, 1), m.getValue(1, 0), m.getValue(1, 1),
                m.getValue(2, 0), m.getValue(2, 1)};
    }

    private static boolean differs(double[] a, double[] b) {
        for (int i = 0; i < 6; i++) if (far(a[i], b[i])) return true;
        return false;
    }

    /** Apart by more than single precision can explain. */
    private static boolean far(double a, double b) {
        return Math.abs(a - b) > 2e-5 * Math.max(1, Math.max(Math.abs(a), Math.abs(b))) + 1e-4;
    }

    private static double[] snap(double[] m) {
        double[] r = new double[m.length];
        for (int i = 0; i < m.length; i++) r[i] = snap(m[i]);
        return r;
    }

    /**
     * A single-precision value as the document most likely wrote it: rounded to seven significant
     * digits, which recovers decimals such as 0.675 from their single-precision form (0.67499995).
     */
    static double snap(double v) {
        if (v == 0 || v == Math.rint(v) || !Double.isFinite(v)) return v;
        int exp = (int) Math.floor(Math.log10(Math.abs(v)));
        double scale = Math.pow(10, 6 - exp);
        double r = Math.round(v * scale) / scale;
        return Double.isFinite(r) ? r : v;
    }

    /** Operands read digit for digit as written (single precision cannot hold a large offset exactly). */
    private static double[] numbers(List<? extends COSBase> operands, int n) {
        if (operands.size() < n) return null;
        double[] m = new double[n];
        for (int i = 0; i < n; i++) {
            if (!(operands.get(i) instanceof COSNumber num)) return null;
            m[i] = value(num);
        }
        return m;
    }

    /** The number as written: a real keeps the digits it was parsed from. */
    static double value(COSNumber n) {
        if (n instanceof COSFloat f) {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream(16);
                f.writePDF(out);
                return Double.parseDouble(out.toString(StandardCharsets.ISO_8859_1));
            } catch (IOException | NumberFormatException e) {
                return f.floatValue();
            }
        }
        return n.longValue();
    }
}
