package io.tickmark.extract.disclosure;

import io.tickmark.util.Regex;
import io.tickmark.facts.PartyList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Anonymised counterparties as prospectuses name them ("Client A", "Supplier B", "client-supplier D"),
 * normalised so that text and tables can be compared; and lists of them in the text
 * ("client-supplier D, E, F, G, H and L").
 */
final class PartyNames {
    private static final String KIND = "((?i:client-suppliers?|customer-suppliers?|clients?|customers?|suppliers?))";
    private static final Pattern NAME = Pattern.compile("^\\s*" + KIND + "\\s+([A-Z]{1,2})\\b");
    private static final Pattern LIST = Pattern.compile("(?i:\\b(are|were|namely|being|i\\.e\\.,?|include|including|comprise|comprising)\\s+)" + KIND + "\\s+([A-Z](?:\\s*,\\s*[A-Z])*\\s*,?\\s+and\\s+[A-Z])\\b(?![\\w-])");

    private PartyNames() {}

    /** "Client-supplier D (Note 4)" → "client-supplier D"; null when the label names no such party. */
    static String normalise(String label) {
        String t = Regex.replaceAll(label, "(?i)^(sales to|purchases? from)\\s+(the\\s+)?(overlapping\\s+)?", "").trim();
        Matcher m = NAME.matcher(t);
        if (!m.find()) return null;
        String rest = t.substring(m.end()).trim();
        if (!rest.isEmpty() && !rest.startsWith("(") && !rest.startsWith("^")) return null;
        return kind(m.group(1)) + " " + m.group(2).toUpperCase(Locale.ROOT);
    }

    private static final Pattern ANY_NAME = Pattern.compile("\\b(?i:client-supplier|customer-supplier|client|customer|supplier)\\s+[A-Z]{1,2}\\b");

    /** How many anonymised party names a cell holds; more than one means columns ran together. */
    static int count(String cell) {
        Matcher m = ANY_NAME.matcher(cell);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    /** Whether a name is an anonymised one ("client B"), whose kind can be compared with a list in the text. */
    static boolean isAnonymised(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    static String kindOf(String normalised) {
        return normalised.substring(0, normalised.lastIndexOf(' '));
    }

    private static String kind(String k) {
        String t = k.toLowerCase(Locale.ROOT);
        return t.endsWith("s") ? t.substring(0, t.length() - 1) : t;
    }

    static void readLists(DocumentText doc, List<Object> out) {
        for (Passage p : doc.passages()) {
            Matcher m = LIST.matcher(p.text());
            while (m.find()) {
                String kind = kind(m.group(2));
                boolean exhaustive = !m.group(1).toLowerCase(Locale.ROOT).startsWith("includ");
                List<String> names = new ArrayList<>();
                for (String n : Regex.split(m.group(3), "\\s*,\\s*|\\s+and\\s+")) {
                    String t = Regex.replaceAll(n.trim(), "^and\\s+", "");
                    if (!t.isEmpty()) names.add(kind + " " + t.toUpperCase(Locale.ROOT));
                }
                out.add(new PartyList(doc.document(), kind, names, doc.sections().sectionTitle(p.first()), exhaustive,
                        Quotes.around(p.text(), m.start(), m.end()), doc.ref(p)));
            }
        }
    }
}
