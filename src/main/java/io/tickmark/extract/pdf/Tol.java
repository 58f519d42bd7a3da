package io.tickmark.extract.pdf;

/**
 * Comparisons of positions that treat values within a hundred-thousandth of a point as equal.
 * Documents set many distances exactly (a gap of one font size, a line spacing of one and a half);
 * the last bits of a double then depend on the order of the arithmetic, and an exact tie must be
 * decided as exact arithmetic would decide it, not by rounding noise.
 */
final class Tol {
    private static final double EPS = 1e-5;

    private Tol() {}

    static boolean lt(double a, double b) { return a < b - EPS; }
    static boolean le(double a, double b) { return a <= b + EPS; }
    static boolean gt(double a, double b) { return a > b + EPS; }
    static boolean ge(double a, double b) { return a >= b - EPS; }
}
