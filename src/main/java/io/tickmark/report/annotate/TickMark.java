package io.tickmark.report.annotate;

import java.util.List;

/**
 * One mark an auditor would put on a page: a tick beside a figure verified by every check that
 * used it, a cross beside a figure that took part in a failed check, a rounding tick, or a
 * pop-up note for a finding located on the page without a figure. {@code box} is the figure's (or
 * the finding's) box in PDF user space, {@code x0,y0,x1,y1}; {@code page} counts from 1 in the
 * original document.
 *
 * @param letter   the cross-reference letter shared by figures agreed to one another, or null
 * @param messages what the checks and findings say about the figure (the pop-up's text)
 */
public record TickMark(Kind kind, int page, float[] box, String figureId, String label, String letter,
                       List<String> messages) {

    public enum Kind {
        /** Verified: every check that used the figure passed. */
        TICK,
        /** Verified within the rounding of amounts shown to the cent: a note. */
        ROUNDING,
        /** The figure took part in a check that failed. */
        CROSS,
        /** A finding located on the page by its source, with no figure to mark. */
        NOTE
    }

    public TickMark {
        box = box.clone();
        messages = List.copyOf(messages);
    }

    public float x0() { return box[0]; }
    public float y0() { return box[1]; }
    public float x1() { return box[2]; }
    public float y1() { return box[3]; }

    /** A box written {@code x0,y0,x1,y1}, or null when it is absent or malformed. */
    public static float[] parseBox(String box) {
        if (box == null) return null;
        String[] p = box.split(",");
        if (p.length != 4) return null;
        float[] b = new float[4];
        try {
            for (int i = 0; i < 4; i++) b[i] = Float.parseFloat(p[i].trim());
        } catch (NumberFormatException e) {
            return null;
        }
        if (!(b[2] >= b[0] && b[3] >= b[1])) return null;
        return b;
    }
}
