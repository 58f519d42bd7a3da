package io.tickmark.extract.table;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The primary statements, recognised from their titles in CAS, HKFRS/IFRS and US GAAP wording. */
public enum StatementKind {
    BALANCE_SHEET("balance", "(balance sheets?|statements? of financial (position|condition))"),
    INCOME("income", "(profit statements?|statements? of profits?|income statements?|statements? of (consolidated )?(operations|income|earnings|profit or loss)( and (other )?comprehensive (income|loss))?|profit and loss account)"),
    COMPREHENSIVE_INCOME("comprehensive", "(statements? of (consolidated )?comprehensive (income|loss)|comprehensive (income|loss) statements?)"),
    CASH_FLOW("cashflow", "(cash flows? statements?|statements? of (consolidated )?cash flows?)"),
    EQUITY("equity", "(statements? of (changes in )?((total|common|owners?[’'`s]*|shareholders?[’'`s]*|stockholders?[’'`s]*|members?[’'`s]*|partners?[’'`s]*) ?)+(equity|deficit|investment|capital)( and redeemable (non-?controlling )?interests?)?|statements? of (changes in )?(equity|deficit)|changes in owner.s equity|(shareholders?|stockholders?)[’'`s]* ?equity statements?)");

    private final String code;
    private final String regex;
    private final Pattern pattern;
    /** The title alone, give or take spaces around it. */
    private final Pattern alone;
    /** The title's words, to be removed from a line that holds it. */
    private final Pattern words;
    /** The title without spaces, between optional words, for titles whose letters a PDF set apart. */
    private final Pattern squashed;

    StatementKind(String code, String regex) {
        this.code = code;
        this.regex = regex;
        this.pattern = Pattern.compile(".*\\b" + regex + "\\b.*");
        this.alone = Pattern.compile("\\s*(?:" + regex + ")\\s*");
        this.words = Pattern.compile(regex);
        String body = regex.replace(" ?", "").replace(" ", "").replace("(consolidated)?", "");
        this.squashed = Pattern.compile(SQUASHED_OPTIONAL + "(?:" + body + ")" + SQUASHED_OPTIONAL);
    }

    // The patterns below are compiled once: fromHeading runs on every line of a document, several times.
    private static final String SQUASHED_OPTIONAL = "(?:consolidated|condensed|unaudited|interim|combined|separate|the|of|and|subsidiaries|company|parent|only|continued)*";
    private static final Pattern LEADERS = Pattern.compile(".*\\.{3,}.*");
    private static final Pattern ITEM_OR_NOTE = Pattern.compile("^(item|note)\\s*\\d.*");
    private static final Pattern NUMBERING = Pattern.compile("^(\\d{1,2}|[ivx]{1,4})\\s?[.、)]\\s*");
    private static final Pattern PARENTHETICAL = Pattern.compile("\\(.*?\\)");
    private static final Pattern COMMA_COLON = Pattern.compile("[,:]");
    private static final Pattern SCOPE_WORDS = Pattern.compile("\\b(consolidated|condensed|unaudited|interim|combined|separate|company|parent|of the|the|only)\\b");
    private static final Pattern CONTINUED = Pattern.compile("[-–—]?\\s*\\bcontinued\\b");
    private static final Pattern COLUMN_GAP = Pattern.compile("\\s{3,}|\t+");
    private static final Pattern DIGIT = Pattern.compile(".*\\d.*");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z'`]");
    private static final Pattern PARENT_WORD = Pattern.compile(".*\\bparent\\b.*");

    public String code() { return code; }

    /**
     * The statement a heading line names, or null. A heading is short and is not a sentence; the
     * comprehensive-income statement is recognised before the income statement that its title contains.
     */
    public static StatementKind fromHeading(String line) {
        String t = io.tickmark.util.Spaces.collapse(line.trim()).toLowerCase(Locale.ROOT).replace('’', '\'');
        if (t.length() > 110 || t.endsWith(".") || t.endsWith(",") || t.contains("...") && LEADERS.matcher(t).matches()
                || ITEM_OR_NOTE.matcher(t).matches()) {
            return null;
        }
        String core = core(t);
        StatementKind k = ofCore(core);
        if (k == null) {
            String corrected = corrected(core);
            // nothing corrected is the core again, already not a title
            if (!corrected.equals(core)) k = ofCore(corrected);
        }
        if (k == null) k = ofSquashed(t);
        return k;
    }

    /**
     * A heading (spaces collapsed, lower case) without its numbering, parentheticals, commas and colons,
     * scope words and "continued": the title must be the whole heading, give or take those, so that
     * "Statement of income tax expense" is a note, not a statement. Each pattern is tried only where the
     * character or word it needs is there (every line of a document is asked).
     */
    static String core(String t) {
        String core = mayBeNumbered(t) ? NUMBERING.matcher(t).replaceAll("") : t;
        if (core.indexOf('(') >= 0) core = PARENTHETICAL.matcher(core).replaceAll(" ");
        if (core.indexOf(',') >= 0 || core.indexOf(':') >= 0) core = COMMA_COLON.matcher(core).replaceAll(" ");
        core = SCOPE_WORDS.matcher(core).replaceAll(" ");
        if (core.contains("continued")) core = CONTINUED.matcher(core).replaceAll(" ");
        return io.tickmark.util.Spaces.collapse(core).trim();
    }

    /**
     * The statement a line of a page names: the whole line as a heading, or a heading set beside
     * the company's name on one line ("Consolidated Statements of Income      Corning Incorporated
     * and Subsidiary Companies"): one part of the line a title, the others words without figures.
     */
    public static StatementKind ofLine(String line) {
        // the table locator asks of the same lines again as it looks back and ahead from each table
        return LINES.get(line);
    }

    /** Lines read so far, to the statement each names (or none). */
    private static final io.tickmark.util.Memo<String, StatementKind> LINES = new io.tickmark.util.Memo<>(50_000, StatementKind::ofLineNow);

    private static StatementKind ofLineNow(String line) {
        StatementKind k = fromHeading(line);
        if (k != null) return k;
        String[] parts = COLUMN_GAP.split(line.trim());
        if (parts.length < 2 || parts.length > 3) return null;
        StatementKind found = null;
        for (String p : parts) {
            StatementKind pk = fromHeading(p);
            if (pk != null) {
                if (found != null) return null; // two titles side by side: a list, not a heading
                found = pk;
            } else if (DIGIT.matcher(p).matches() || p.length() > 80) {
                return null;
            }
        }
        return found;
    }

    private static StatementKind ofCore(String core) {
        if (COMPREHENSIVE_INCOME.full(core) && !core.contains("profit or loss and") && !core.contains("operations and")
                && !core.contains("income and")) return COMPREHENSIVE_INCOME;
        for (StatementKind k : values()) {
            if (k != COMPREHENSIVE_INCOME && k.full(core)) return k;
        }
        return null;
    }

    /** Words of statement titles, against which a title's misspelt words are corrected. */
    private static final List<String> VOCABULARY = List.of("statement", "statements", "balance", "sheet", "sheets", "income",
            "operations", "financial", "position", "condition", "comprehensive", "changes", "equity", "stockholders",
            "shareholders", "earnings", "profit", "flows", "deficit");

    /**
     * The title with each word that is one letter off a title word ("Statments", "Incme",
     * "Opeartions") replaced by it; words of four letters or fewer are left alone.
     */
    static String corrected(String core) {
        StringBuilder out = new StringBuilder();
        for (String w : core.split(" ")) {
            String best = w;
            if (w.length() >= 5 && !VOCABULARY.contains(w)) {
                for (String v : VOCABULARY) {
                    if (oneEditApart(w, v)) {
                        best = v;
                        break;
                    }
                }
            }
            out.append(out.length() > 0 ? " " : "").append(best);
        }
        return out.toString();
    }

    /** One insertion, deletion, substitution or swap of neighbours. */
    private static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) return false;
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) i++;
        if (a.length() == b.length()) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) return true;
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    /**
     * Titles whose glyphs a PDF set apart, so that extracted text splits words ("Statements of
     * Incom e", "B alance S heets"): the letters alone, with the title's optional words, are compared
     * with each statement's title written without spaces.
     */
    private static StatementKind ofSquashed(String t) {
        String squashed = lettersOutsideBrackets(t);
        if (squashed.length() < 8 || squashed.length() > 90) return null;
        // every title written without spaces holds one of these (SQUASHED_WORDS), and a match holds its title
        if (!mayHoldSquashedTitle(squashed)) return null;
        for (StatementKind k : SQUASHED_ORDER) {
            if (k.squashed.matcher(squashed).matches()) {
                if (k == COMPREHENSIVE_INCOME && (squashed.contains("operationsand") || squashed.contains("incomeand")
                        || squashed.contains("profitorlossand"))) continue;
                return k;
            }
        }
        return null;
    }

    /** Whether a numbering (NUMBERING: "3.", "iv)") can start the text: a digit or a roman numeral's letter first. */
    static boolean mayBeNumbered(String t) {
        if (t.isEmpty()) return false;
        char c = t.charAt(0);
        return c >= '0' && c <= '9' || c == 'i' || c == 'v' || c == 'x';
    }

    /**
     * The text's letters (a-z, ' and `) outside brackets: what PARENTHETICAL then NOT_LETTER leave of it,
     * written out. A bracket's text runs to the next closing bracket on the line (a line terminator ends
     * the look, as the pattern's dot stops there); an unclosed bracket is dropped as any non-letter is.
     */
    static String lettersOutsideBrackets(String t) {
        StringBuilder b = new StringBuilder(t.length());
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c == '(') {
                int close = closingBracket(t, i + 1);
                if (close >= 0) {
                    i = close;
                    continue;
                }
            }
            if (c >= 'a' && c <= 'z' || c == '\'' || c == '`') b.append(c);
        }
        return b.toString();
    }

    private static int closingBracket(String t, int from) {
        for (int j = from; j < t.length(); j++) {
            char c = t.charAt(j);
            if (c == ')') return j;
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') return -1;
        }
        return -1;
    }

    /**
     * Words that each squashed title holds, one of them at least: every title form is a "statement(s)
     * of ..." or "... statement(s)", a balance "sheet", a "profit and loss account" or "changes in owner's
     * equity" (StatementKindTest holds each kind's forms to this).
     */
    static final List<String> SQUASHED_WORDS = List.of("statement", "sheet", "profitandlossaccount", "changesinowner");

    /** Whether this kind's title, written without spaces, is the whole of {@code squashed} (tests). */
    boolean isSquashedTitle(String letters) {
        return squashed.matcher(letters).matches();
    }

    static boolean mayHoldSquashedTitle(String squashed) {
        for (String w : SQUASHED_WORDS) if (squashed.contains(w)) return true;
        return false;
    }

    /** Whether the text has a word that every form of this kind's title has: most lines are out before the patterns. */
    private boolean mayName(String core) {
        String[] needs = switch (this) {
            case BALANCE_SHEET -> new String[]{"sheet", "financial"};
            case INCOME -> new String[]{"profit", "income", "operations", "earnings"};
            case COMPREHENSIVE_INCOME -> new String[]{"comprehensive"};
            case CASH_FLOW -> new String[]{"cash flow"};
            case EQUITY -> new String[]{"equity", "deficit", "investment", "capital"};
        };
        for (String w : needs) if (core.contains(w)) return true;
        return false;
    }

    private static final StatementKind[] SQUASHED_ORDER = {COMPREHENSIVE_INCOME, BALANCE_SHEET, INCOME, CASH_FLOW, EQUITY};

    private boolean full(String core) {
        if (!mayName(core)) return false;
        if (alone.matcher(core).matches()) return true;
        return pattern.matcher(core).matches() && words.matcher(core).replaceAll("").trim().length() <= 3;
    }

    /** Parent-company (separate) statements as opposed to consolidated ones. */
    public static boolean isParentScope(String heading) {
        String t = heading.toLowerCase(Locale.ROOT);
        return t.contains("parent company") || t.contains("of the company") || t.contains("company only")
                || t.contains("parent only") || t.contains("registrant") || t.contains("parent") && PARENT_WORD.matcher(t).matches();
    }
}
