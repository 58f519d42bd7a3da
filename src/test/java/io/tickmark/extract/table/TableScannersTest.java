package io.tickmark.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The table readers' char scanners give what the regex splits they replace gave. */
class TableScannersTest {
    private static final List<String> LINES = List.of("", "a", "(in millions)      2023      2022", "RMB'000   2021", "a  b", "a   b",
            "a\t\t\tb", "a \t b   c", "Total of", "Balance at the", "Net cash (used in", "Amounts due to (", "Revenue（note",
            "Revenue（note）", "Cost of sales", "Cost of SALES", "items WITHIN", "Between", "interest and", "x\u000Bfor", "long-", "a/b/");
    private static final Set<String> CONNECTIVES = Set.of("of", "the", "and", "or", "in", "with", "for", "to", "on",
            "from", "by", "at", "as", "a", "an", "its", "which", "that", "into", "under", "than", "per", "over", "less",
            "net", "non", "between", "within", "other", "due");

    @Test
    void headLikeTheSplitAtWideGaps() {
        for (String l : LINES) {
            String t = l.trim();
            assertEquals(t.split("\\s{3,}")[0], t.substring(0, TableLocator.headEnd(t)), l);
        }
    }

    @Test
    void unitLinesAsBefore() {
        java.util.regex.Pattern unit = java.util.regex.Pattern.compile(
                "(?i).*(\\bin (cny|rmb|hk\\$|usd|us\\$|\\$)\\b|rmb\\s*['’]000|hk\\$\\s*['’]000|\\$\\s*['’]000|in thousands|in millions|in billions|\\bcny 10,000\\b|unit\\s*:|rmb million|\\(in millions|\\(dollars in|\\(\\$ in|\\(in \\$).*");
        List<String> units = List.of("(in millions)", "(In Millions, except per share)      2023     2022", "RMB'000", "RMB ’000   2021",
                "Unit: RMB", "UNIT : yuan", "in RMB", "In US$", "in $", "expressed in HK$ thousands", "(Dollars in millions)", "($ in thousands)",
                "CNY 10,000", "RMB million", "a in millions", "in thousand", "interest in the company", "Revenue in 2023", "Amounts in Euros",
                "x  (in millions)", "Sales", "", "in", "in ", "   in millions   2023", "Total revenue   in millions", "main business");
        for (String l : java.util.stream.Stream.concat(units.stream(), LINES.stream()).toList()) {
            String head = l.trim().split("\\s{3,}")[0];
            assertEquals(head.length() < 120 && unit.matcher(head).matches(), TableLocator.isUnit(l), l);
        }
    }

    @Test
    void incompleteLabelsAsBefore() {
        for (String l : LINES) assertEquals(isIncompleteByPatterns(l), Labels.isIncomplete(l), l);
    }

    private static boolean isIncompleteByPatterns(String label) {
        String t = label.trim();
        if (t.isEmpty()) return false;
        char last = t.charAt(t.length() - 1);
        if (last == ',' || last == '-' || last == '(' || last == '/' || last == '&') return true;
        if (t.chars().filter(c -> c == '(').count() > t.chars().filter(c -> c == ')').count()
                || t.chars().filter(c -> c == '（').count() > t.chars().filter(c -> c == '）').count()) return true;
        String[] words = t.split("\\s+");
        return CONNECTIVES.contains(words[words.length - 1].toLowerCase());
    }
}
