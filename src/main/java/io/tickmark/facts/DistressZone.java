package io.tickmark.facts;

import java.math.BigDecimal;

/** The zone a rule placed a distress score in, with the limits it used (from the profile). */
public final class DistressZone {
    private final DistressScore score;
    private final String zone;
    private final String limits;

    public DistressZone(DistressScore score, String zone, BigDecimal safeAbove, BigDecimal distressBelow) {
        this.score = score;
        this.zone = zone;
        this.limits = "safe > " + Amounts.plain(safeAbove) + ", grey " + Amounts.plain(distressBelow) + "-" + Amounts.plain(safeAbove)
                + ", distress < " + Amounts.plain(distressBelow);
    }

    public String getDocument() { return score.getDocument(); }
    public DistressScore getScore() { return score; }
    public String getZone() { return zone; }
    public String getLimits() { return limits; }

    public String describe() {
        return score.getVariant() + " = " + score.getValue().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + ": " + zone
                + " zone (" + limits + ")";
    }

    @Override public String toString() { return "DistressZone[" + describe() + "]"; }
}
