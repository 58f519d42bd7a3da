package io.tickmark.extract.table;

import io.tickmark.util.Regex;
import io.tickmark.util.Spaces;
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

    /**
     * A legend under a table that explains a cell mark: "n/m Not meaningful", "NM - not meaningful",
     * "* Less than $1 million". Not a label, nor the continuation of the label above it.
     */
    public static boolean isLegend(String text) {
        return Regex.matches(text.trim(), "(?i)(n/?m|n\\.m\\.|n/?a|n\\.a\\.|\\*{1,3}|[†‡])\\s*[-–—=:]?\\s*(not|less|no|amount)\\b.*");
    }

    /** A label that cannot end where it does: a connective, a comma or hyphen, an open bracket or quote. */
    public static boolean isIncomplete(String label) {
        String t = label.trim();
        if (t.isEmpty()) return false;
        char last = t.charAt(t.length() - 1);
        if (last == ',' || last == '-' || last == '(' || last == '/' || last == '&') return true;
        // Brackets, not quotes: translated filings mismatch their quote marks (“-“).
        if (unclosedBracket(t)) return true;
        // the last word: after the last white space ({@code \s}); a connective has at most seven letters
        int w = t.length();
        while (w > 0 && !Spaces.isSpace(t.charAt(w - 1))) w--;
        String lastWord = t.substring(w).toLowerCase();
        if (lastWord.equals("net") && setOff(t, w)) return false; // "Accounts receivable — net", "Goodwill, net": the line's own qualifier
        return t.length() - w <= 7 && CONNECTIVES.contains(lastWord);
    }

    /** The word at {@code w} follows a comma or a dash: it qualifies the line, it does not run on into the next. */
    private static boolean setOff(String t, int w) {
        int k = w - 1;
        while (k >= 0 && Spaces.isSpace(t.charAt(k))) k--;
        if (k < 0) return false;
        char c = t.charAt(k);
        return c == ',' || c == '—' || c == '–' || c == '-';
    }

    /** More "(" than ")", or more "（" than "）", counted in one pass. */
    private static boolean unclosedBracket(String t) {
        int open = 0;
        int wideOpen = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '(') open++;
            else if (c == ')') open--;
            else if (c == '（') wideOpen++;
            else if (c == '）') wideOpen--;
        }
        return open > 0 || wideOpen > 0;
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
        return Regex.matches(label.trim().toLowerCase(), "^(less|deduct|minus)\\s*[:：].*");
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

    /** The label given to a line of figures under a run of items that names nothing itself. */
    public static final String UNLABELLED_SUBTOTAL = io.tickmark.facts.Figure.UNLABELLED_SUBTOTAL;

    public static boolean isTotal(String label) {
        if (isSubItem(label)) return false;
        String t = strip(label).toLowerCase();
        return t.startsWith("total") || t.startsWith("subtotal") || t.startsWith("sub-total") || t.startsWith("sub total")
                || t.equals("in total") || t.startsWith("grand total") || Regex.matches(t, "^gross (property|carrying|amount|investment).*")
                // "Net cash provided by operating activities", "Cash generated by operating activities"
                || Regex.matches(t, "^net cash (flows? )?(generated|provided|used|from|arising|\\(used)\\b.*activit(y|ies).*")
                // "Net cash from operations", "Net cash used in financing": the section named without "activities"
                || Regex.matches(t, "^net cash (flows? )?(generated|provided|used|from|\\(used)\\b(?!.*discontinued).*\\b(operations|operating|investing|financing)$")
                || Regex.matches(t, "^cash (generated|provided|used)\\b.*activit(y|ies).*");
    }

    /** A row labelled as the grand total of its table: "Total", "In total", "Sum". */
    public static boolean isPlainTotal(String label) {
        String t = Regex.replaceAll(strip(label).toLowerCase(), "[:：]$", "").trim();
        return Regex.matches(t, "total|in total|total amount|sum|grand total|totals");
    }

    /** The label without numbering, "Including:"-style prefixes and sign notes. */
    public static String strip(String label) {
        return STRIPPED.get(label);
    }

    /** Labels stripped so far: the readers strip the same row labels many times over. */
    private static final io.tickmark.util.Memo<String, String> STRIPPED = new io.tickmark.util.Memo<>(50_000, Labels::stripNow);

    private static String stripNow(String label) {
        String t = label.trim();
        t = Regex.replaceAll(t, "^[(（]?([IVX]{1,5}|\\d{1,2}|[a-z])[.)）、]\\s*", "");
        t = Regex.replaceAll(t, "^\\d{1,2}\\s+(?=[A-Z])", "");
        t = Regex.replaceAll(t, "^\\d{1,2}(?=[A-Z])", "");
        t = Regex.replaceAll(t, "(?i)^(including|where|of which|plus|add|less|deduct|among which)\\s*[:：]\\s*", "");
        if (t.indexOf('(') >= 0) { // sign notes are in brackets
            t = Regex.replaceAll(t, "(?i)\\((net )?(total )?(loss|losses|decrease|net loss|increase)[^)]*(stated|listed|filled|expressed|marked)[^)]*\\)?", "");
            t = Regex.replaceAll(t, "(?i)\\([^)]*with\\s*[“\"]-[”\"]?\\)?", "");
        }
        t = Spaces.collapse(Regex.replaceAll(t, "[“”\"]", "")).trim();
        if (t.contains("- ")) t = Regex.replaceAll(t, "(?<=\\p{L})- (?=\\p{L})", "-"); // "Sub- total": a word hyphenated by a wrap
        return t;
    }

}
