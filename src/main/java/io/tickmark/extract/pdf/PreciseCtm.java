package io.tickmark.extract.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.util.Matrix;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The current transformation matrix kept in double precision from the numbers as written in the
 * content stream. PDFBox keeps it in single precision, which on pages drawn with large offsets
 * (a translation of 58719.82 scaled by 0.675) moves text by a few thousandths of a point: enough
 * to decide whether two lines are one and a half font sizes apart. When this copy and PDFBox's
 * disagree beyond single-precision noise (a transformation this class does not follow), PDFBox's
 * value is used.
 */
final class PreciseCtm {
    private final Deque<double[]> stack = new ArrayDeque<>();
    private double[] current;

    /** Starts a page: the matrix is taken from PDFBox at the first operator. */
    void reset() {
        stack.clear();
        current = null;
    }

    void operator(String name, List<COSBase> operands, Matrix pdfboxCtm) {
        if (current == null) current = of(pdfboxCtm);
        switch (name) {
            case "q" -> stack.push(current.clone());
            case "Q" -> {
                if (!stack.isEmpty()) current = stack.pop();
            }
            case "cm" -> {
                double[] m = exact(operands);
                if (m != null) current = multiply(m, current);
            }
            default -> { }
        }
    }

    /** Enters a form or group drawn with its own matrix. */
    void enter(COSArray matrix, Matrix pdfboxCtm) {
        if (current == null) current = of(pdfboxCtm);
        stack.push(current.clone());
        double[] m = matrix == null ? null : exact(matrix.toList());
        if (m != null) current = multiply(m, current);
    }

    void leave() {
        if (!stack.isEmpty()) current = stack.pop();
    }

    /** The matrix as {a, b, c, d, e, f}: this class's when it agrees with PDFBox's, else PDFBox's. */
    double[] get(Matrix pdfboxCtm) {
        double[] p = of(pdfboxCtm);
        if (current == null) return p;
        for (int i = 0; i < 6; i++) {
            if (Math.abs(current[i] - p[i]) > 1e-5 * Math.max(1, Math.abs(p[i])) + 1e-4) return p;
        }
        return current;
    }

    private static double[] of(Matrix m) {
        return new double[]{m.getValue(0, 0), m.getValue(0, 1), m.getValue(1, 0), m.getValue(1, 1),
                m.getValue(2, 0), m.getValue(2, 1)};
    }

    private static double[] multiply(double[] m, double[] n) {
        return new double[]{
                m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3],
                m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3],
                m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5]};
    }

    private static double[] exact(List<? extends COSBase> operands) {
        if (operands.size() < 6) return null;
        double[] m = new double[6];
        for (int i = 0; i < 6; i++) {
            COSBase b = operands.get(i);
            if (!(b instanceof COSNumber n)) return null;
            m[i] = value(n);
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
