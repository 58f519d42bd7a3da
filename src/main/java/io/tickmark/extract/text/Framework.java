package io.tickmark.extract.text;

/** Which accounting framework's wording a document uses, detected from the text. */
public final class Framework {
    private Framework() {}

    public static String detect(String text) {
        String head = text.length() > 400_000 ? text.substring(0, 400_000) : text;
        if (head.contains("Form 10-K") || head.contains("FORM 10-K") || head.contains("Form 10-Q") || head.contains("FORM 10-Q")
                || head.contains("SECURITIES AND EXCHANGE COMMISSION")) return "usgaap";
        // US presentation without the SEC cover: statements of operations in dollars.
        if ((head.contains("STATEMENT OF OPERATIONS") || head.contains("STATEMENTS OF OPERATIONS")) && head.contains("$")) return "usgaap";
        if (head.contains("HKFRS") || head.contains("IFRS") || head.contains("HKAS") || head.contains("HK$")) return "ifrs";
        if (head.contains("CNY") || head.contains("RMB") || head.contains("Accounting Standards for Business Enterprises")) return "cas";
        return "ifrs";
    }

    /**
     * What the document is: an annual or interim report (which presents primary statements), a
     * prospectus, or "other" (an excerpt, a narrative) where nothing says it holds financial
     * statements.
     */
    public static String kind(String text) {
        String head = text.length() > 200_000 ? text.substring(0, 200_000) : text;
        String h = head.toLowerCase();
        int k = h.indexOf("form 10-k");
        int q = h.indexOf("form 10-q");
        if (k >= 0 && (q < 0 || k < q)) return "annual-report";
        boolean statements = h.contains("financial statements") || h.contains("balance sheet") || h.contains("financial position")
                || h.contains("cash flow") || h.contains("financial report");
        if (q >= 0 || (h.contains("semi-annual") || h.contains("interim report") || h.contains("half year")) && statements) return "interim-report";
        if (h.contains("prospectus")) return "prospectus";
        return statements ? "annual-report" : "other";
    }
}
