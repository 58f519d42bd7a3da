package io.tickmark.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** How disclosure findings write amounts, shares and lists, so that messages read as an auditor writes. */
public final class Wording {
    private Wording() {}

    /** 220000 → "RMB220,000"; 7943.7 keeps its decimals. */
    public static String rmb(BigDecimal v) {
        if (v == null) return "an amount not stated";
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return "RMB" + f.format(v);
    }

    /** 42 of 43 → "97.7%". */
    public static String share(int part, int whole) {
        if (whole == 0) return "n/a";
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP) + "%";
    }

    /** "client-supplier E 60.2% (2018); client-supplier E 70.3% (2021)", earliest first. */
    public static String shares(List<?> list) {
        List<ConcentrationShare> l = new ArrayList<>();
        for (Object o : list) l.add((ConcentrationShare) o);
        l.sort(Comparator.comparingInt(ConcentrationShare::getYear).thenComparing(ConcentrationShare::getParty));
        StringBuilder s = new StringBuilder();
        for (ConcentrationShare c : l) {
            if (s.length() > 0) s.append("; ");
            if (!c.isTopFive()) s.append(c.getParty()).append(' ');
            s.append(c.getShare().toPlainString()).append("% (").append(c.getYear()).append(')');
        }
        return s.toString();
    }

    public static List<SourceRef> sources(List<?> list) {
        List<SourceRef> out = new ArrayList<>();
        for (Object o : list) if (o instanceof ConcentrationShare c && c.getSource() != null) out.add(c.getSource());
        out.sort(Comparator.comparingInt(SourceRef::getLine));
        return out;
    }

    /**
     * What a disclosure says the group did about an incident, from its elements: "rectification
     * by July 2022; confirmations from the authorities; indemnity from the controlling shareholders".
     */
    public static String mitigation(List<?> elements) {
        List<String> out = new ArrayList<>();
        boolean rectification = false;
        String timing = null;
        for (Object o : elements) {
            DisclosureElement e = (DisclosureElement) o;
            switch (e.getElement()) {
                case "rectification" -> rectification = true;
                case "rectification-timing" -> timing = e.getQuote();
                default -> { }
            }
        }
        if (timing != null) out.add("rectification planned by " + timing);
        else if (rectification) out.add("rectification described, no date given");
        for (Object o : elements) {
            DisclosureElement e = (DisclosureElement) o;
            if (e.getElement().equals("confirmations")) out.add("confirmations obtained from the authorities");
            if (e.getElement().equals("indemnity")) out.add("an indemnity given to the group");
        }
        return out.isEmpty() ? "no rectification, confirmation or indemnity is described" : String.join("; ", out);
    }

    /** A passage as a finding quotes it. */
    public static String quote(String q) {
        return q == null ? "" : "\u201c" + q + "\u201d";
    }
}
