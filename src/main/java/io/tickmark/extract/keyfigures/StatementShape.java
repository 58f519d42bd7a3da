package io.tickmark.extract.keyfigures;

import io.tickmark.extract.Extraction;
import io.tickmark.facts.BalanceSheetFeature;
import io.tickmark.facts.Figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the shape of the consolidated balance sheet: whether it classifies current and non-current,
 * and whether it states deposits, loans to customers or insurance liabilities. One feature per kind,
 * from the first line that shows it. The rules derive the industry from these; a name never counts.
 */
public final class StatementShape {
    private static final Map<String, Pattern> FEATURES = new LinkedHashMap<>();

    static {
        FEATURES.put("current-classification", Pattern.compile("^total current (?:assets|liabilities)\\b"));
        FEATURES.put("deposits", Pattern.compile(
                "^(?:total )?(?:customer |client |interest[- ]bearing |non-?interest[- ]bearing |time |savings )?deposits\\b(?! (?:paid|made|on|for|and prepayments))"
                        + "|\\bdeposits (?:from|due to|by|of) (?:customers|clients|banks)\\b|^due to (?:customers|banks)\\b"));
        FEATURES.put("customer-loans", Pattern.compile(
                "\\bloans and advances (?:to|due from) (?:customers|banks)\\b|^(?:total )?loans(?: and leases)?(?: held for investment)?,? net\\b"
                        + "|^(?:net )?loans(?: and leases)?,? net of (?:allowance|unearned)|\\bcard ?member loans\\b|^loans receivable\\b|^(?:total )?loans(?: and leases)?$"));
        FEATURES.put("insurance-liabilities", Pattern.compile(
                "\\bpolicyholders?['’]?\\b|\\binsurance contract liabilit|\\bfuture policy benefits\\b|\\bunearned premiums?\\b"
                        + "|\\breserves? for (?:losses|unpaid (?:losses|claims))\\b|\\bloss(?:es)? and loss adjustment expenses?\\b"));
    }

    private StatementShape() {}

    public static List<BalanceSheetFeature> read(Extraction ex) {
        String doc = ex.document().getId();
        Map<String, BalanceSheetFeature> found = new LinkedHashMap<>();
        for (Figure f : ex.figures()) {
            if (!"balance".equals(f.getStatement()) || !"consolidated".equals(f.getScope()) || f.getLabel() == null) continue;
            String label = f.getLabel().toLowerCase(Locale.ROOT).strip();
            if ("TotalCurrentAssets".equals(f.getConcept()) || "TotalCurrentLiabilities".equals(f.getConcept())) {
                found.putIfAbsent("current-classification", new BalanceSheetFeature(doc, "current-classification", f.getLabel(), f.getSource()));
            }
            for (Map.Entry<String, Pattern> e : FEATURES.entrySet()) {
                if (!found.containsKey(e.getKey()) && e.getValue().matcher(label).find()) {
                    found.put(e.getKey(), new BalanceSheetFeature(doc, e.getKey(), f.getLabel(), f.getSource()));
                }
            }
        }
        return new ArrayList<>(found.values());
    }
}
