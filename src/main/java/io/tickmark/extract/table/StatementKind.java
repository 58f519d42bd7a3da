package io.tickmark.extract.table;

import java.util.Locale;
import java.util.regex.Pattern;

/** The primary statements, recognised from their titles in CAS, HKFRS/IFRS and US GAAP wording. */
public enum StatementKind {
    BALANCE_SHEET("balance", "(balance sheets?|statements? of financial (position|condition))"),
    INCOME("income", "(profit statements?|statements? of profits?|income statements?|statements? of (consolidated )?(operations|income|earnings|profit or loss)( and (other )?comprehensive (income|loss))?|profit and loss account)"),
    COMPREHENSIVE_INCOME("comprehensive", "statements? of (consolidated )?comprehensive (income|loss)"),
    CASH_FLOW("cashflow", "(cash flow statements?|statements? of (consolidated )?cash flows?)"),
    EQUITY("equity", "(statements? of changes in (owners?[’'`s]*|shareholders?[’'`s]*|stockholders?[’'`s]*)? ?equity|statements? of (shareholders?[’'`s]*|stockholders?[’'`s]*|changes in) (equity|deficit)|changes in owner.s equity|statements? of (shareholders|stockholders|equity)[’'`]* ?(equity|deficit)?)");

    private final String code;
    private final String regex;
    private final Pattern pattern;

    StatementKind(String code, String regex) {
        this.code = code;
        this.regex = regex;
        this.pattern = Pattern.compile(".*\\b" + regex + "\\b.*");
    }

    public String code() { return code; }

    /**
     * The statement a heading line names, or null. A heading is short and is not a sentence; the
     * comprehensive-income statement is recognised before the income statement that its title contains.
     */
    public static StatementKind fromHeading(String line) {
        String t = line.trim().toLowerCase(Locale.ROOT).replace('’', '\'');
        if (t.length() > 110 || t.endsWith(".") || t.endsWith(",") || t.matches(".*\\.{3,}.*") || t.matches("^(item|note)\\s*\\d.*")) {
            return null;
        }
        // The title must be the whole heading, give or take numbering, "consolidated", a scope and a
        // parenthetical: "Statement of income tax expense" is a note, not a statement.
        String core = t.replaceAll("^(\\d{1,2}|[ivx]{1,4})\\s?[.、)]\\s*", "")
                .replaceAll("\\(.*?\\)", " ")
                .replaceAll("[,:]", " ")
                .replaceAll("\\b(consolidated|condensed|unaudited|interim|combined|separate|company|parent|of the|the|only)\\b", " ")
                .replaceAll("\\s+", " ").trim();
        if (COMPREHENSIVE_INCOME.full(core) && !core.contains("profit or loss and") && !core.contains("operations and")
                && !core.contains("income and")) return COMPREHENSIVE_INCOME;
        for (StatementKind k : values()) {
            if (k != COMPREHENSIVE_INCOME && k.full(core)) return k;
        }
        return null;
    }

    private boolean full(String core) {
        if (core.matches("\\s*(?:" + regexOf() + ")\\s*")) return true;
        return pattern.matcher(core).matches() && core.replaceAll(regexOf(), "").trim().length() <= 3;
    }

    private String regexOf() {
        return regex;
    }

    /** Parent-company (separate) statements as opposed to consolidated ones. */
    public static boolean isParentScope(String heading) {
        String t = heading.toLowerCase(Locale.ROOT);
        return t.contains("parent company") || t.contains("of the company") || t.contains("company only")
                || t.contains("parent only") || t.contains("registrant") || t.matches(".*\\bparent\\b.*");
    }
}
