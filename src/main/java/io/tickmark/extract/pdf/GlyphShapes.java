package io.tickmark.extract.pdf;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Checks the text a font's map gives a glyph against the glyph's own outline, for the characters a
 * figure is made of, and reads the glyph as its outline shows where the two contradict.
 *
 * <p>Why: a PDF's text is what its fonts' text maps (ToUnicode) say the glyphs are, and a writer can
 * get those maps wrong while the page still prints right. Ghostscript 10.00's {@code pdfwrite} maps
 * every character from U+2000 to U+20FF to its low byte plus 0x20: the em dash of every nil in a
 * table becomes the digit "4", the apostrophe "9", quotation marks "&lt;" and "=". The page shows a
 * dash; the text says 4, and a total over it no longer foots. No text reader gets the figure back from
 * such a map, but the glyph's outline is in the file: a digit is a tall shape standing on the
 * baseline, a dash a flat bar above it, an apostrophe a small mark near the top of the em.
 *
 * <p>The same writer maps the invisible characters of that range (U+200E left-to-right mark, U+2009
 * thin space) to full stops, parentheses and commas: a glyph that draws nothing cannot be a character
 * that always has ink, and is read as a space where it advances, as nothing where it does not.
 *
 * <p>Only embedded fonts are checked (the outline of a font that is not embedded is a stand-in's),
 * and only glyphs mapped to {@link #INKED} characters; each code of a font is looked at once. A glyph
 * whose outline is neither clearly a rule, nor clearly a high mark, nor empty keeps its mapped text:
 * the check corrects contradictions, it does not guess.
 */
final class GlyphShapes {

    /** Characters that always leave ink: digits, and the marks the damaged map above puts in place of others. */
    static final String INKED = "0123456789<=>\"#'()+,-./";
    /** The outline does not contradict the map. */
    private static final String AGREES = new String("agrees");
    /** Per font, per code: what the outline of a glyph mapped to an {@link #INKED} character shows, or {@link #AGREES}. */
    private final Map<PDFont, Map<Integer, String>> readings = new IdentityHashMap<>();
    private final Misreadings tally;
    private PDFont lastFont;
    private Map<Integer, String> lastReadings;

    GlyphShapes(Misreadings tally) {
        this.tally = tally;
    }

    /**
     * The text of a glyph: {@code mapped} (what the font's map says), or what the glyph's outline shows
     * where it contradicts the map; a correction is counted against the page.
     */
    String text(PDFont font, int code, String mapped, int page) {
        if (mapped.length() != 1) return mapped;
        char c = mapped.charAt(0);
        if (c < '"' || c > '>' || INKED.indexOf(c) < 0) return mapped;
        Map<Integer, String> known;
        if (font == lastFont && lastReadings != null) {
            known = lastReadings;
        } else {
            known = readings.computeIfAbsent(font, f -> new HashMap<>());
            lastFont = font;
            lastReadings = known;
        }
        String read = known.get(code);
        if (read == null) {
            read = outlineReading(font, code, c);
            known.put(code, read);
        }
        if (read == AGREES) return mapped;
        tally.add(page, c, read.isEmpty() ? Misreadings.NOTHING : read.charAt(0));
        return read;
    }

    /**
     * The text the glyph's outline shows, where it contradicts {@code mapped}: a dash, a quotation
     * mark, a space, or nothing (a glyph that neither draws nor advances); {@link #AGREES} where it
     * does not contradict it.
     */
    private static String outlineReading(PDFont font, int code, char mapped) {
        if (!(font instanceof PDVectorFont vector) || !font.isEmbedded()) return AGREES;
        GeneralPath path;
        float advance;
        try {
            if (!vector.hasGlyph(code)) return AGREES;
            // in the PostScript 1000-unit em, whatever the font's own units
            path = vector.getNormalizedPath(code);
            advance = font.getWidth(code);
        } catch (IOException | RuntimeException e) {
            // an outline that cannot be read contradicts nothing
            return AGREES;
        }
        Rectangle2D box = path.getBounds2D();
        if (box.isEmpty()) return advance > 0 ? " " : "";
        boolean digitOrSign = mapped >= '0' && mapped <= '9' || mapped >= '<' && mapped <= '>';
        if (!digitOrSign) return AGREES;
        Shape shape = Shape.of(box);
        if (shape == Shape.RULE && mapped <= '9') {
            // an em dash is an em wide; an en dash about half; a hyphen a third
            if (advance >= 750) return "—";
            return box.getWidth() >= 400 ? "–" : "-";
        }
        // two marks side by side (two contours) are a double quotation mark
        if (shape == Shape.HIGH_MARK) return contours(path) >= 2 ? "\"" : "’";
        return AGREES;
    }

    private static int contours(GeneralPath path) {
        int n = 0;
        double[] coords = new double[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            if (it.currentSegment(coords) == PathIterator.SEG_MOVETO) n++;
        }
        return n;
    }

    /**
     * The outlines a digit or a comparison sign can never have. Digits stand on the baseline and rise
     * at least to the x-height (old-style figures included), a comparison sign sits on the maths axis
     * and is as tall as a lower-case letter; superior figures (footnote marks drawn as their own
     * glyphs) start well below the top of the em.
     */
    enum Shape {
        /** A flat bar above the baseline: a dash (not an underscore, which sits below it). */
        RULE,
        /** A small mark near the top of the em: an apostrophe or quotation mark. */
        HIGH_MARK,
        OTHER;

        static Shape of(Rectangle2D b) {
            double height = b.getHeight();
            double bottom = b.getMinY();
            if (height <= 150 && bottom >= 80 && b.getWidth() >= 150) return RULE;
            // a bold quotation mark sits lower (Liberation Serif Bold: 363 to 665); a superior figure is taller
            if (bottom >= 340 && height <= 320) return HIGH_MARK;
            return OTHER;
        }
    }
}
