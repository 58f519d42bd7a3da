package io.tickmark.extract.text;

import io.tickmark.extract.layout.LayoutDocument;
import io.tickmark.extract.layout.LayoutLine;
import io.tickmark.facts.Figure;
import io.tickmark.extract.disclosure.Dates;
import io.tickmark.util.Spaces;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose filing a document is and the period it reports on: the header of every report. Read from
 * what the document states, in order of how directly it states it, and left unset rather than
 * guessed (a wrong entity at the top of a report costs the reader's trust in everything under it).
 *
 * <p>The entity, first found wins:
 * <ol>
 *   <li>the name an SEC cover captions "(Exact name of registrant as specified in its charter)": the
 *   line above the caption, or the cell under it where the cover is a table of registrants;</li>
 *   <li>a line of the cover that is nothing but a company's name ("FIYTA Precision Technology Co.,
 *   Ltd.", "MICROSOFT CORPORATION"), before the cover's list of registered securities, whose
 *   exchanges ("The Nasdaq Stock Market LLC") are companies too;</li>
 *   <li>the name a text defines for itself: "New Focus Auto Tech Holdings Limited (the “Company”)",
 *   "Ulta Beauty, Inc. (NASDAQ: ULTA)", "Foot Locker, Inc. and its subsidiaries hereafter are referred to as the
 *   “Registrant,” ...".</li>
 * </ol>
 * A name is a run of capitalised words ending in a legal form (Inc., Corporation, Co., Ltd., Limited,
 * plc, LLC, ...), not a sentence and not a generic one ("The Company", "Emerging Growth Company").
 *
 * <p>The period end: the cover's "For the fiscal year ended ..." / "For the quarterly period ended
 * ..." ({@link #statedPeriodEnd}); where the cover states none (an interim report titled "2022
 * Semi-annual"), the latest date the balance sheet is drawn up at ({@link #balanceSheetDate}); where
 * there is no balance sheet either (a narrative), the date the text most often says a year or period
 * ended at ({@link #mostStatedPeriodEnd}).
 */
final class CoverPage {
    /** Lines read as the cover: an SEC cover takes 40-90, a listed company's report cover fewer. */
    private static final int COVER_LINES = 200;
    /** Lines searched for a name the text defines for itself: its opening paragraphs. */
    private static final int OPENING_LINES = 400;
    private static final int MAX_NAME_WORDS = 12;

    private static final Pattern REGISTRANT_CAPTION = Pattern.compile("(?i)\\bexact\\s+name\\s+of\\s+(?:the\\s+)?registrants?\\b");
    /** Where the cover's own lines end: the securities table names exchanges, which are companies. */
    private static final Pattern COVER_END = Pattern.compile("(?i)\\bsecurities\\s+registered\\s+pursuant\\b|\\bindicate\\s+by\\s+check\\s+mark\\b");
    /** Words that name no one on their own: "The Company", "Emerging Growth Company", "Holding Company". */
    private static final Set<String> GENERIC = Set.of("the", "a", "an", "our", "this", "its", "such", "emerging", "growth",
            "smaller", "reporting", "shell", "holding", "investment", "parent", "operating", "subsidiary", "accelerated",
            "large", "filer", "well-known", "seasoned", "issuer", "and", "of", "&");
    private static final Set<String> CONNECTORS = Set.of("and", "of", "&", "the", "de", "for", "du", "la", "del", "y", "et", "und", "in", "on");
    /** A sentence run into the text ("January 2018. Mr. Harmening is ..."), not a name; "Co. Ltd." aside. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[a-z0-9]\\.(?<!\\b(?:Co|co|Corp|Inc|Mfg|Bros|St|Intl|Ltd)\\.)\\s+\\S");
    private static final Pattern PROSE_VERB = Pattern.compile("(?i)\\s(?:is|are|was|were|has|have|had|will|shall|may)\\s");
    private static final Pattern LEADING_ROLE = Pattern.compile("(?i)^(?:prepared\\s+by|name\\s+of\\s+the\\s+(?:company|issuer|registrant))\\s*[:：]?\\s*");
    private static final String DATE = "(\\d{1,2}\\s+[A-Za-z]{3,9},?\\s+\\d{4}|[A-Za-z]{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4})";
    /** More years after a date: "31 December 2019, 2020 and 2021" ends in 2021. */
    private static final String MORE_YEARS = "((?:,\\s*(?:and\\s+)?(?:19|20)\\d\\d\\b)*(?:,?\\s+and\\s+(?:19|20)\\d\\d\\b)?)";
    /**
     * The cover's statement of its period, a line of its own ("For the fiscal year ended December 31,
     * 2021", "THE FISCAL YEAR ENDED MAY 29, 2022" under a line ending "FOR"): not a sentence of the
     * text ("For the year ended 31 December 2021, our revenue ..."), not a table's caption whose
     * dates head its columns.
     */
    private static final Pattern COVER_PERIOD = Pattern.compile("(?i)^[^A-Za-z]*(?:for\\s+)?the\\s+(?:fiscal\\s+year|financial\\s+year|year"
            + "|quarterly\\s+period|quarter|(?:three|six|nine|twelve)\\s+months|half[-\\s]?year|interim\\s+period|period)\\s+ended\\s*:?\\s+"
            + DATE + MORE_YEARS + "\\s*[.)]?$");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TRAILING_DEFINITION = Pattern.compile("\\s*\\([^()]*\\)$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;:]+$");
    private static final Pattern WORD_PUNCTUATION = Pattern.compile("[.,;:]+$");
    /** A word with a digit that can be a name's ("3M", "7-Eleven,"), not a year or a number. */
    private static final Pattern NAME_WITH_DIGIT = Pattern.compile("\\d*[A-Za-z][A-Za-z0-9&.-]*,?|\\d+-[A-Za-z]+,?");

    /** Patterns of the fallbacks, compiled only when a document needs them (most covers name the entity and the period). */
    private static final class Fallbacks {
        /** A definition the text gives itself, or a listing it names itself by. */
        private static final Pattern SELF_DEFINITION = Pattern.compile("\\(\\s*(?:(?:the|our)\\s+)?[\"“”']?(?:Company|Group|Issuer|Registrant|Bank)[\"“”']?\\s*\\)"
                + "|\\(\\s*(?:NYSE(?:\\s+American)?|NASDAQ|Nasdaq|NasdaqGS|TSX|LSE|HKEX|SEHK)\\s*:\\s*[A-Z][A-Z0-9.]*\\s*\\)"
                + "|\\(\\s*(?:Stock|Share)\\s+Code\\s*:?\\s*\\d+\\s*\\)"
                // "X and its subsidiaries hereafter are referred to as the “Registrant,” ...", "X and its wholly-owned subsidiaries (collectively ... the “Company”)"
                + "|\\s(?:and|together\\s+with)\\s+its\\s+(?:consolidated\\s+|wholly[-\\s]owned\\s+)?subsidiaries\\b[^.]{0,80}?[\"“](?:Company|Registrant|Group),?[\"”]");
        private static final Pattern PERIOD_ENDED = Pattern.compile("(?i)\\b(?:years?|periods?|months|weeks|quarter)\\s+ended\\s+" + DATE + MORE_YEARS);
    }

    /** The legal forms a name ends in, lower case and without their stops. */
    private static final Set<String> LEGAL_FORM_WORDS = Set.of("inc", "incorporated", "corporation", "corp", "company", "co", "ltd",
            "limited", "plc", "llc", "l.l.c", "l.p", "lp", "n.v", "s.a", "ag", "se", "holdings", "group", "partnership", "trust", "bancorp");

    private CoverPage() {}

    /** Whether a text holds a word, in any of the cases filings set it in ("ended", "Ended", "ENDED"). */
    private static boolean mentions(String text, String lower) {
        return text.contains(lower) || text.contains(lower.toUpperCase(Locale.ROOT))
                || text.contains(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
    }

    private static boolean coverEnds(String line) {
        return (mentions(line, "registered") || mentions(line, "check")) && COVER_END.matcher(line).find();
    }

    /** The reporting entity's name as the document states it, or null where it states none plainly. */
    static String entity(LayoutDocument doc) {
        List<LayoutLine> cover = coverLines(doc);
        String name = captionedRegistrant(cover);
        if (name == null) name = nameLine(cover);
        if (name == null) name = selfDefined(doc);
        return name;
    }

    /** The end of the period the cover says the document reports on, or null. */
    static LocalDate statedPeriodEnd(LayoutDocument doc) {
        for (LayoutLine l : coverLines(doc)) {
            if (coverEnds(l.text())) break;
            if (!mentions(l.text(), "ended") || cells(l.text()).size() != 1) continue;
            Matcher m = COVER_PERIOD.matcher(Spaces.collapse(l.text()).trim());
            if (m.find()) return date(m.group(1), m.group(2));
        }
        return null;
    }

    /** The latest date a balance sheet read from the document is drawn up at, or null. */
    static LocalDate balanceSheetDate(List<Figure> figures) {
        LocalDate latest = null;
        for (Figure f : figures) {
            if (!"balance".equals(f.getStatement()) || f.getPeriod() == null || !INSTANT.matcher(f.getPeriod()).matches()) continue;
            LocalDate d = LocalDate.parse(f.getPeriod());
            if (latest == null || d.isAfter(latest)) latest = d;
        }
        return latest;
    }

    /** The date the text most often says a year or period ended at (the later on a tie), or null. */
    static LocalDate mostStatedPeriodEnd(LayoutDocument doc) {
        Map<LocalDate, Integer> counts = new HashMap<>();
        for (String paragraph : paragraphs(doc.lines())) {
            Matcher m = Fallbacks.PERIOD_ENDED.matcher(paragraph);
            while (m.find()) {
                LocalDate d = date(m.group(1), m.group(2));
                if (d != null) counts.merge(d, 1, Integer::sum);
            }
        }
        LocalDate best = null;
        for (Map.Entry<LocalDate, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best) || e.getValue().equals(counts.get(best)) && e.getKey().isAfter(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** The document's first two pages, at most {@link #COVER_LINES} lines (text without page breaks is one page). */
    private static List<LayoutLine> coverLines(LayoutDocument doc) {
        List<LayoutLine> out = new ArrayList<>();
        if (doc.lines().isEmpty()) return out;
        int firstPage = doc.lines().get(0).page();
        for (LayoutLine l : doc.lines()) {
            if (l.page() > firstPage + 1 || out.size() >= COVER_LINES) break;
            out.add(l);
        }
        return out;
    }

    /**
     * The name an SEC cover captions as the registrant's: above a caption in parentheses (the name
     * line, or the first of several registrants' lines), or under a caption heading a table column.
     */
    private static String captionedRegistrant(List<LayoutLine> cover) {
        for (int i = 0; i < cover.size(); i++) {
            String t = cover.get(i).text();
            if (!mentions(t, "registrant")) continue;
            Matcher m = REGISTRANT_CAPTION.matcher(t);
            if (!m.find()) continue;
            boolean parenthesised = t.lastIndexOf('(', m.start()) >= 0;
            String name = parenthesised ? nameAbove(cover, i) : nameBelow(cover, i);
            if (name != null) return name;
        }
        return null;
    }

    /**
     * The name right above a caption: the line over it, and the lines over that while each is a name
     * too (co-registrants: the first is the parent); or, where the line over it is not a whole name,
     * that line with the one above (a name wrapped: "AMERICAN WATER WORKS / COMPANY, INC.").
     */
    private static String nameAbove(List<LayoutLine> cover, int caption) {
        int i = caption - 1;
        while (i >= 0 && isSpacer(cover.get(i))) i--;
        if (i < 0) return null;
        String last = cover.get(i).text().trim();
        if (name(last) == null) {
            return i > 0 && !isSpacer(cover.get(i - 1)) ? name(cover.get(i - 1).text().trim() + " " + last) : null;
        }
        String first = last;
        for (int j = i - 1; j >= 0 && j >= i - 3 && name(cover.get(j).text().trim()) != null; j--) first = cover.get(j).text().trim();
        return name(first);
    }

    /** The first name in a cell of the lines under a column caption ("Exact Name of Registrant / as Specified In Its Charter"). */
    private static String nameBelow(List<LayoutLine> cover, int caption) {
        for (int i = caption + 1; i < Math.min(cover.size(), caption + 6); i++) {
            for (String cell : cells(cover.get(i).text())) {
                String name = name(cell);
                if (name != null) return name;
            }
        }
        return null;
    }

    /** The first line of the cover that holds nothing but a name. */
    private static String nameLine(List<LayoutLine> cover) {
        for (LayoutLine l : cover) {
            if (coverEnds(l.text())) break;
            List<String> cells = cells(l.text());
            // a title spread over the line word by word ("MICROSOFT        CORPORATION", a fine-pitch
            // text of a centred title) is one cell; cells of several words are columns
            boolean spread = cells.size() > 1 && cells.stream().noneMatch(c -> c.indexOf(' ') >= 0);
            if (cells.size() != 1 && !spread) continue;
            String name = name(String.join(" ", cells));
            if (name != null) return name;
        }
        return null;
    }

    /** "X (the “Company”)", "X (NASDAQ: ULTA)", "X (Stock Code: 360)" in the opening paragraphs. */
    private static String selfDefined(LayoutDocument doc) {
        List<LayoutLine> opening = doc.lines().subList(0, Math.min(doc.lines().size(), OPENING_LINES));
        for (String paragraph : paragraphs(opening)) {
            if (paragraph.indexOf('(') < 0 && !paragraph.contains("subsidiaries")) continue;
            Matcher m = Fallbacks.SELF_DEFINITION.matcher(paragraph);
            while (m.find()) {
                String name = name(wordsBefore(paragraph, m.start()));
                if (name != null) return name;
            }
        }
        return null;
    }

    /**
     * The run of words ending at {@code end} that can be part of a name, back to the first that cannot.
     * A comma ends the run unless only a legal form follows it ("Best Buy Co., Inc.", "Co., Ltd.").
     */
    private static String wordsBefore(String text, int end) {
        List<String> words = List.of(text.substring(0, end).trim().split("\\s+"));
        int from = words.size();
        while (from > 0 && from > words.size() - MAX_NAME_WORDS) {
            String w = words.get(from - 1);
            if (!isNameWord(w)) break;
            if (w.endsWith(",") && from < words.size()
                    && (words.size() - from > 2 || !isLegalForm(words.get(words.size() - 1)))) break;
            from--;
        }
        // a name starts with a capitalised word: "of" or "the" before it is the sentence's
        while (from < words.size() && CONNECTORS.contains(words.get(from).toLowerCase(Locale.ROOT))) from++;
        return String.join(" ", words.subList(from, words.size()));
    }

    private static boolean isNameWord(String w) {
        if (CONNECTORS.contains(w.toLowerCase(Locale.ROOT))) return true;
        if (w.chars().anyMatch(c -> c == '(' || c == ')' || c == ':' || c == ';' || c == '"' || c == '“' || c == '”')) return false;
        if (w.chars().anyMatch(Character::isDigit) && !NAME_WITH_DIGIT.matcher(w).matches()) return false;
        return w.chars().anyMatch(Character::isUpperCase) || w.chars().anyMatch(Character::isDigit);
    }

    /** The cell as a company's name, cleaned of a role before it and a definition after it; null if it is not one. */
    static String name(String cell) {
        if (cell == null) return null;
        String t = Spaces.collapse(cell).trim();
        t = LEADING_ROLE.matcher(t).replaceFirst("");
        t = TRAILING_PUNCTUATION.matcher(TRAILING_DEFINITION.matcher(t).replaceFirst("")).replaceFirst("").trim();
        if (t.length() < 3 || t.length() > 90) return null;
        if (!isLegalForm(t.substring(t.lastIndexOf(' ') + 1))) return null;
        // "eBay Inc.": a name's first word has a capital or a digit, not always first
        if (!isNameWord(t.substring(0, t.indexOf(' ') < 0 ? t.length() : t.indexOf(' '))) || !Character.isLetterOrDigit(t.charAt(0))) return null;
        if (t.chars().anyMatch(c -> "☐☒☑□■●•|".indexOf(c) >= 0)) return null;
        if (SENTENCE_BREAK.matcher(t).find() || PROSE_VERB.matcher(" " + t + " ").find()) return null;
        String[] words = t.split("\\s+");
        if (words.length > MAX_NAME_WORDS) return null;
        boolean distinctive = false;
        for (String w : words) {
            if (!isNameWord(w)) return null;
            if (!GENERIC.contains(bare(w)) && !isLegalForm(w)) distinctive = true;
        }
        return distinctive ? t : null;
    }

    /** A word of a legal form ("Inc.", "LTD", "L.P."), its case and closing stops aside. */
    private static boolean isLegalForm(String word) {
        return LEGAL_FORM_WORDS.contains(bare(word));
    }

    /** A word lower-cased without the stops and commas after it. */
    private static String bare(String word) {
        return WORD_PUNCTUATION.matcher(word.toLowerCase(Locale.ROOT)).replaceFirst("");
    }

    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        for (String c : line.trim().split("\\s{2,}|\\t")) if (!c.isBlank()) out.add(c.trim());
        return out;
    }

    /** A blank line, or a rule drawn with underscores, dashes or equals signs. */
    private static boolean isSpacer(LayoutLine l) {
        String t = l.text().trim();
        return t.isEmpty() || t.chars().allMatch(c -> c == '_' || c == '-' || c == '=' || c == '*' || c == '—' || Character.isWhitespace(c));
    }

    /** Consecutive non-blank lines joined with single spaces: a sentence wrapped over lines reads as one. */
    private static List<String> paragraphs(List<LayoutLine> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder p = new StringBuilder();
        for (LayoutLine l : lines) {
            if (l.isBlank()) {
                if (p.length() > 0) out.add(Spaces.collapse(p.toString()).trim());
                p.setLength(0);
            } else {
                p.append(l.text()).append(' ');
            }
        }
        if (p.length() > 0) out.add(Spaces.collapse(p.toString()).trim());
        return out;
    }

    /** The date of a phrase, moved to the last of the years listed after it ("31 December 2019, 2020 and 2021"). */
    private static LocalDate date(String phrase, String moreYears) {
        LocalDate d = Dates.parse(phrase);
        if (d == null || moreYears == null) return d;
        Matcher y = YEAR.matcher(moreYears);
        int last = d.getYear();
        while (y.find()) last = Math.max(last, Integer.parseInt(y.group()));
        try {
            return d.withYear(last);
        } catch (java.time.DateTimeException e) {
            return d;
        }
    }
}
