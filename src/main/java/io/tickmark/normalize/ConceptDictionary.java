package io.tickmark.normalize;

import io.tickmark.util.Regex;
import io.tickmark.util.Spaces;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tickmark.extract.table.Labels;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Labels to canonical concepts, kept as data ({@code concepts/concepts.json}): CAS, HKFRS/IFRS and
 * US GAAP wordings per statement. A label is looked up after normalisation (numbering, "Including:"
 * prefixes, sign notes and punctuation removed), first for the document's framework, then for any.
 */
public final class ConceptDictionary {
    private final Map<String, String> byKey = new HashMap<>();
    /** Concepts of flows (income and cash-flow statements), which take durations rather than instants. */
    private final java.util.Set<String> flows = new java.util.HashSet<>();
    /** Label patterns per statement ("total <company> shareholders' equity"), tried after exact labels. */
    private final java.util.List<String[]> patterns = new java.util.ArrayList<>();
    /** Labels under which a concept appears as a row inside a note ("Interest payment" in the financial expenses note). */
    private final Map<String, String> noteRows = new HashMap<>();

    private ConceptDictionary() {}

    public static ConceptDictionary load() {
        ConceptDictionary d = new ConceptDictionary();
        try (InputStream in = ConceptDictionary.class.getResourceAsStream("/concepts/concepts.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            for (JsonNode c : root.get("concepts")) {
                String fw = c.has("framework") ? c.get("framework").asText() : "*";
                for (JsonNode l : c.get("labels")) {
                    d.byKey.putIfAbsent(key(c.get("statement").asText(), fw, normalise(l.asText())), c.get("id").asText());
                }
                for (JsonNode l : c.path("noteLabels")) d.noteRows.putIfAbsent(normalise(l.asText()), c.get("id").asText());
                String st = c.get("statement").asText();
                if (st.equals("income") || st.equals("cashflow")) d.flows.add(c.get("id").asText());
                for (JsonNode pt : c.path("patterns")) d.patterns.add(new String[]{c.get("statement").asText(), pt.asText(), c.get("id").asText()});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return d;
    }

    /** The concept for a label in a statement ("balance", "income", "cashflow", "equity"), or null. */
    public String lookup(String statement, String framework, String label) {
        String n = normalise(label);
        if (n.isEmpty()) return null;
        String c = byKey.get(key(statement, framework, n));
        if (c == null) c = byKey.get(key(statement, "*", n));
        if (c == null) {
            for (String[] p : patterns) if (p[0].equals(statement) && Regex.matches(n, p[1])) return p[2];
        }
        return c;
    }

    /** A concept for a note title, looked up among balance sheet then income statement concepts. */
    public String lookupNoteTitle(String framework, String title) {
        String t = Regex.replaceAll(title, "^\\s*\\d{1,3}\\s?[.、]\\s*", "");
        for (String st : new String[]{"balance", "income"}) {
            String c = lookup(st, framework, t);
            if (c != null) return c;
        }
        return null;
    }

    public boolean isFlow(String concept) {
        return concept != null && flows.contains(concept);
    }

    /** A concept for a row inside a note table, from the labels notes use for breakdown lines. */
    public String lookupNoteRow(String label) {
        return noteRows.get(normalise(label));
    }

    public static String normalise(String label) {
        String t = Labels.strip(label).toLowerCase(Locale.ROOT);
        t = t.replace('’', '\'').replace('‘', '\'');
        t = Regex.replaceAll(t, "\\s*\\(note[^)]*\\)", "");
        t = Regex.replaceAll(t, "[^a-z0-9&'/,()\\- ]", " ");
        t = Spaces.collapse(t).trim();
        t = Regex.replaceAll(t, "[,:;]$", "").trim();
        t = t.replace("cash flows", "cash flow").replace("activities", "activity");
        return t;
    }

    private static String key(String statement, String fw, String label) {
        return statement + "|" + fw + "|" + label;
    }
}
