package io.tickmark.extract.keyfigures;

import io.tickmark.extract.narrative.Measures;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Narrative amounts are written unsigned with the sign in words ("loss of RMB466,748,000", "net cash
 * used in operating activities of $3.8 billion", "working capital deficit was $17.0 billion"); key
 * figures carry the sign of their concept.
 */
final class Signs {
    private static final Set<String> WORDED = Set.of("NetProfit", "NetProfitAttributableToParent", "OperatingIncome",
            "NetCashFromOperating", "NetCurrentAssets", "TotalEquity");

    private Signs() {}

    static BigDecimal signed(String concept, String measure, BigDecimal written, boolean comparativeWordedOpposite) {
        if (concept.equals("Impairment")) return written.abs();
        BigDecimal v = written;
        if (WORDED.contains(concept) && Measures.polarity(measure) < 0) v = written.abs().negate();
        return comparativeWordedOpposite ? v.negate() : v;
    }
}
