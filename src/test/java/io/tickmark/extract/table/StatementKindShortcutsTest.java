package io.tickmark.extract.table;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shortcuts in recognising a statement's title (patterns tried only where what they need is there,
 * a heading's letters taken without regexes, squashed titles looked for only where a title word is)
 * give what the patterns alone gave.
 */
class StatementKindShortcutsTest {
    // the patterns the shortcuts stand in front of or replace, as they were
    private static final Pattern NUMBERING = Pattern.compile("^(\\d{1,2}|[ivx]{1,4})\\s?[.、)]\\s*");
    private static final Pattern PARENTHETICAL = Pattern.compile("\\(.*?\\)");
    private static final Pattern COMMA_COLON = Pattern.compile("[,:]");
    private static final Pattern SCOPE_WORDS = Pattern.compile("\\b(consolidated|condensed|unaudited|interim|combined|separate|company|parent|of the|the|only)\\b");
    private static final Pattern CONTINUED = Pattern.compile("[-–—]?\\s*\\bcontinued\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z'`]");

    private static String coreByPatterns(String t) {
        String core = NUMBERING.matcher(t).replaceAll("");
        core = PARENTHETICAL.matcher(core).replaceAll(" ");
        core = COMMA_COLON.matcher(core).replaceAll(" ");
        core = SCOPE_WORDS.matcher(core).replaceAll(" ");
        core = CONTINUED.matcher(core).replaceAll(" ");
        return SPACES.matcher(core).replaceAll(" ").trim();
    }

    private static String lettersByPatterns(String t) {
        return NOT_LETTER.matcher(PARENTHETICAL.matcher(t).replaceAll("")).replaceAll("");
    }

    private static String heading(String line) {
        return SPACES.matcher(line.trim()).replaceAll(" ").toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** Headings and lines of the kinds the readers meet, with the characters the shortcuts look for. */
    private static List<String> samples() {
        List<String> out = new ArrayList<>(List.of("", "(", ")", "()", "(a)(b", "a (b) c (d", "12. balance sheets", "iv) statement of income",
                "x. consolidated statements of cash flows (continued)", "ix statements of operations", "9 balance sheet",
                "statements of income — continued", "income statement, continued", "notes: (1) see page 3", "b alance s heets",
                "statem ents of incom e", "profit and loss account", "changes in owner's equity", "statement of (x\u2028y) income",
                "consolidated balance sheets (in millions, except per share data)", "(unaudited) condensed statements of operations",
                "stockholders' equity statements", "x", "v", "i.", "1)", "vii. note", "item 8. financial statements"));
        Random random = new Random(18);
        String[] pieces = {"statement", "s", " of ", "income", "(", ")", ",", ":", " continued", "—", "1", "2.", "iv", "x", "v)", " ",
                "  ", "balance", "sheet", "cash", " flows", "the", " company", "\u2028", "'", "`", "é", "\t", "equity", "changes in owner"};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(12);
            for (int k = 0; k < n; k++) b.append(pieces[random.nextInt(pieces.length)]);
            out.add(heading(b.toString()));
        }
        return out;
    }

    @Test
    void aHeadingsCoreIsWhatThePatternsLeave() {
        for (String t : samples()) assertEquals(coreByPatterns(t), StatementKind.core(t), t);
    }

    @Test
    void aHeadingsLettersAreWhatThePatternsLeave() {
        for (String t : samples()) assertEquals(lettersByPatterns(t), StatementKind.lettersOutsideBrackets(t), t);
    }

    @Test
    void everySquashedTitleHoldsATitleWord() {
        // each form of each title, squashed, with and without the optional words around it
        String[] titles = {"balancesheet", "balancesheets", "statementoffinancialposition", "statementsoffinancialcondition",
                "profitstatement", "statementofprofits", "incomestatements", "statementsofoperations", "statementofearnings",
                "statementsofprofitorlossandothercomprehensiveincome", "statementofincomeandcomprehensiveloss", "profitandlossaccount",
                "statementsofcomprehensiveincome", "comprehensivelossstatement", "cashflowstatements", "statementofcashflows",
                "statementsofchangesinshareholdersequity", "statementofstockholders'deficit", "statementofpartnerscapital",
                "statementsofequityandredeemablenoncontrollinginterests", "statementofchangesinequity", "changesinowner'sequity",
                "shareholdersequitystatement", "statementofmembersinvestment"};
        int matched = 0;
        for (String title : titles) {
            for (String around : new String[]{"%s", "consolidated%s", "condensedconsolidated%s", "%scontinued", "the%softhecompany"}) {
                String squashed = String.format(around, title);
                boolean anyKind = false;
                for (StatementKind k : StatementKind.values()) anyKind |= k.isSquashedTitle(squashed);
                if (!anyKind) continue;
                matched++;
                assertTrue(StatementKind.mayHoldSquashedTitle(squashed), squashed);
            }
        }
        assertTrue(matched >= titles.length * 4, "the forms above are titles: " + matched);
        // and on random letters from the titles' words, a title is never found without a title word
        Random random = new Random(7);
        String[] words = {"statement", "s", "of", "income", "balance", "sheet", "cash", "flow", "equity", "changesin", "owner", "'",
                "profitandloss", "account", "consolidated", "comprehensive", "loss", "operations", "stockholders", "deficit", "statemen", "shee"};
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(6);
            for (int k = 0; k < n; k++) b.append(words[random.nextInt(words.length)]);
            String squashed = b.toString();
            for (StatementKind k : StatementKind.values()) {
                if (k.isSquashedTitle(squashed)) assertTrue(StatementKind.mayHoldSquashedTitle(squashed), squashed);
            }
        }
    }

    @Test
    void theSharedFilingsLinesAreReadAsThePatternsReadThem() throws IOException {
        Path seeds = Path.of(System.getProperty("tickmark.shared", "../shared"), "seeds");
        List<Path> texts = new ArrayList<>();
        if (Files.isDirectory(seeds)) try (Stream<Path> s = Files.list(seeds)) { s.filter(p -> p.toString().endsWith(".txt")).forEach(texts::add); }
        try (Stream<Path> s = Files.list(Path.of("examples"))) { s.filter(p -> p.toString().endsWith(".txt")).forEach(texts::add); }
        int lines = 0;
        for (Path p : texts) {
            for (String line : Files.readAllLines(p)) {
                String t = heading(line);
                assertEquals(coreByPatterns(t), StatementKind.core(t), line);
                assertEquals(lettersByPatterns(t), StatementKind.lettersOutsideBrackets(t), line);
                lines++;
            }
        }
        assertTrue(lines > 100, "lines read: " + lines);
    }
}
