package io.tickmark.extract.table;

import io.tickmark.extract.table.StructureInference.Inferred;
import io.tickmark.facts.Operand;
import io.tickmark.util.AsciiCase;
import io.tickmark.util.Spaces;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rows that another part of the same total already contains, by what their names mean rather than
 * by the layout. Regulatory capital (Basel III, as banks' filings state it): Common Equity Tier 1 and
 * Additional Tier 1 capital are the two parts of Tier 1 capital, so "Total capital" under a list
 * of "Common Equity Tier 1", "Tier 1 capital" and "Tier 2 capital" is Tier 1 plus Tier 2; summing all
 * three counts Common Equity Tier 1 twice.
 */
final class ContainedRows {
    private ContainedRows() {}

    /** "Tier 1 capital", "Total Tier 1 capital", "Tier 1 risk-based capital": not its common-equity or additional part. */
    private static final Pattern TIER_ONE = Pattern.compile("^(total )?tier (1|one|i)( risk[- ]based)? capital\\b.*");
    /** "Common Equity Tier 1 (capital)", "CET1 capital", "Additional Tier 1 capital". */
    private static final Pattern PART_OF_TIER_ONE = Pattern.compile("^(total )?(common equity tier (1|one|i)|cet ?1|additional tier (1|one|i))\\b.*");

    private static String norm(String label) {
        return Spaces.collapse(Labels.strip(label).toLowerCase(Locale.ROOT)).trim();
    }

    /** Relations by rows without the parts that a Tier 1 capital part among them contains. */
    static List<Inferred> without(Table t, List<Inferred> all) {
        List<Inferred> out = new ArrayList<>(all.size());
        for (Inferred i : all) {
            if (!i.kind().equals("rows") || i.parts().size() < 3) {
                out.add(i);
                continue;
            }
            boolean tierOne = false;
            for (Operand o : i.parts()) {
                String label = t.rows.get(Integer.parseInt(o.getKey())).label();
                // every form of TIER_ONE names a tier: most relations are out before the pattern
                tierOne |= AsciiCase.contains(label, "tier") && TIER_ONE.matcher(norm(label)).matches();
            }
            if (!tierOne) {
                out.add(i);
                continue;
            }
            List<Operand> kept = new ArrayList<>();
            for (Operand o : i.parts()) {
                if (!PART_OF_TIER_ONE.matcher(norm(t.rows.get(Integer.parseInt(o.getKey())).label())).matches()) kept.add(o);
            }
            out.add(kept.size() == i.parts().size() ? i : new Inferred(i.kind(), i.total(), kept, i.description(), i.group()));
        }
        return out;
    }
}
