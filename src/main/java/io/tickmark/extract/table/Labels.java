package io.tickmark.extract.table;

import java.util.Set;
import java.util.regex.Pattern;

/** Cues in row labels: wrapped-label continuation, numbering levels, "Including:" sub-items, "Less:". */
public final class Labels {
    private static final Set<String> CONNECTIVES = Set.of("of", "the", "and", "or", "in", "with", "for", "to", "on",
            "from", "by", "at", "as", "a", "an", "its", "which", "that", "into", "under", "than", "per", "over", "less",
            "net", "non", "between", "within", "other", "due");
    private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,5})[.、]\\s*.*");
    private static final Pattern PAREN_ROMAN = Pattern.compile("^[(（]([IVX]{1,5})[)）]\\s*.*");
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,2}[.、](?!\\d)|\\d{1,2}\\s+[A-Z]).*");
    private static final Pattern PAREN_ARABIC = Pattern.compile("^[(（]\\d{1,2}[)）].*");
    private static final Pattern LETTER = Pattern.compile("^[(（]?[a-z][)）.].*");
    private static final Pattern SUBITEM = Pattern.compile("(?i)^(including|where|of which|among which|among them|incl\\.|thereinto|in which)\\b.*");

    private Labels() {}

    /** A line that continues the label above it: starts in lower case or with closing punctuation. */
    public static boolean isContinuation(String text) {
        String t = text.trim();
        if (t.isEmpty()) return false;
        char c = t.charAt(0);
        if (Character.isLowerCase(c)) return !SUBITEM.matcher(t).matches();
        return c == '“' || c == '”' || c == '"' || c == ')' || c == '）' || c == '-' && t.length() > 1 && t.charAt(1) == '“'
                || c == '&';
    }

    /** A label that cannot end where it does: a connective, a comma or hyphen, an open bracket or quote. */
    public static boolean isIncomplete(String label) {
        String t = label.trim();
        if (t.isEmpty()) return false;
        char last = t.charAt(t.length() - 1);
        if (last == ',' || last == '-' || last == '(' || last == '/' || last == '&') return true;
        // Brackets, not quotes: translated filings mismatch their quote marks (“-“).
        if (count(t, '(') > count(t, ')') || count(t, '（') > count(t, '）')) return true;
        String[] words = t.split("\\s+");
        return CONNECTIVES.contains(words[words.length - 1].toLowerCase());
    }

    public static boolean isSectionHeader(String label) {
        String t = label.trim();
        return t.endsWith(":") || t.endsWith("：");
    }

    /** "Including:", "Where:", "Of which": a breakdown of the row above, not an addend of a total. */
    public static boolean isSubItem(String label) {
        return SUBITEM.matcher(label.trim()).matches();
    }

    /** "Less:" rows are subtracted in the total they belong to. */
    public static boolean isDeduction(String label) {
        return label.trim().toLowerCase().matches("^(less|deduct|minus)\\s*[:：].*");
    }

    /** Numbering level: 1 "I.", 2 "(I)", 3 "1." or "1 Name", 4 "(1)", 5 letters; 0 none. */
    public static int numberingLevel(String label) {
        String t = label.trim();
        if (ROMAN.matcher(t).matches()) return 1;
        if (PAREN_ROMAN.matcher(t).matches()) return 2;
        if (ARABIC.matcher(t).matches()) return 3;
        if (PAREN_ARABIC.matcher(t).matches()) return 4;
        if (LETTER.matcher(t).matches()) return 5;
        return 0;
    }

    public static boolean isTotal(String label) {
        if (isSubItem(label)) return false;
        String t = strip(label).toLowerCase();
        return t.startsWith("total") || t.startsWith("subtotal") || t.startsWith("sub-total") || t.startsWith("sub total")
                || t.equals("in total") || t.startsWith("grand total");
    }

    /** A row labelled as the grand total of its table: "Total", "In total", "Sum". */
    public static boolean isPlainTotal(String label) {
        String t = strip(label).toLowerCase().replaceAll("[:：]$", "").trim();
        return t.matches("total|in total|total amount|sum|grand total|totals");
    }

    /** The label without numbering, "Including:"-style prefixes and sign notes. */
    public static String strip(String label) {
        String t = label.trim();
        t = t.replaceAll("^[(（]?([IVX]{1,5}|\\d{1,2}|[a-z])[.)）、]\\s*", "");
        t = t.replaceAll("^\\d{1,2}\\s+(?=[A-Z])", "");
        t = t.replaceAll("^\\d{1,2}(?=[A-Z])", "");
        t = t.replaceAll("(?i)^(including|where|of which|plus|add|less|deduct|among which)\\s*[:：]\\s*", "");
        t = t.replaceAll("(?i)\\((net )?(total )?(loss|losses|decrease|net loss|increase)[^)]*(stated|listed|filled|expressed|marked)[^)]*\\)?", "");
        t = t.replaceAll("(?i)\\([^)]*with\\s*[“\"]-[”\"]?\\)?", "");
        t = t.replaceAll("[“”\"]", "").replaceAll("\\s+", " ").trim();
        return t;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }
}
