package io.tickmark.report;

import io.tickmark.facts.Figure;
import io.tickmark.facts.Finding;
import io.tickmark.facts.SourceRef;
import io.tickmark.rules.Severity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Ordering, severity ranks and fingerprints of findings, shared by all renderers. */
public final class Findings {
    private Findings() {}

    /** 3 for error, 2 for warning, 1 for note (see {@link Severity#of}: anything else counts as an error). */
    public static int rank(String severity) {
        return Severity.of(severity).rank();
    }

    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> -rank(f.getSeverity()))
            .thenComparing(Finding::getCategory)
            .thenComparing(f -> firstLine(f))
            .thenComparing(Finding::getRuleId)
            .thenComparing(Finding::getSubject, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::getMessage, Comparator.nullsFirst(Comparator.naturalOrder()))
            // a total order: two findings alike so far are told apart by what they show, never left in the engine's order
            .thenComparing(f -> evidenceKey(f.getEvidence()))
            .thenComparing(f -> sourcesKey(f.getAllSources()))
            .thenComparing(f -> String.join("\n", f.getDetails()));

    /** The evidence as text: each figure's id, value and position, in the rule's order. */
    public static String evidenceKey(List<Figure> evidence) {
        StringBuilder b = new StringBuilder();
        for (Figure e : evidence) {
            b.append(e.getId()).append('=').append(e.getValue() == null ? "" : e.getValue().toPlainString()).append('@')
                    .append(sourcesKey(e.getSource() == null ? List.of() : List.of(e.getSource()))).append(';');
        }
        return b.toString();
    }

    /** Positions as text, comparable: page, line, column and box, zero-padded so that text order is numeric order. */
    public static String sourcesKey(List<SourceRef> sources) {
        StringBuilder b = new StringBuilder();
        for (SourceRef s : sources) {
            if (s == null) continue;
            b.append(String.format("%06d:%08d-%08d:%06d-%06d:%s|", s.getPage(), s.getLine(), s.getLineEnd(), s.getColumn(),
                    s.getColumnEnd(), s.getBox() == null ? "" : s.getBox()));
        }
        return b.toString();
    }

    private static int firstLine(Finding f) {
        return f.getAllSources().stream().mapToInt(s -> s.getPage() * 100000 + s.getLine()).min().orElse(0);
    }

    /**
     * A stable identity for a finding: rule and subject (entity scope, statement, concept or label,
     * period; or, for a disclosure finding, what it is about), refined by the table (by its title)
     * and the column of the lead
     * figure (the component of an equity statement, a period column; its position when it has no
     * heading) and the labels of the other
     * figures involved, so that two footings of one total in different columns or relations stay
     * apart. Pages, lines, table ordinals and values are left out so that an alert survives a
     * redraft that moves it; the scope is part of the subject so that the consolidated and the
     * parent company's figure never share one.
     */
    public static String fingerprint(Finding f) {
        StringBuilder key = new StringBuilder().append(f.getRuleId()).append('|').append(f.getSubject());
        List<Figure> ev = f.getEvidence();
        if (!ev.isEmpty()) {
            Figure lead = ev.get(0);
            // The table by its title, not its ordinal ("#2"), which shifts when a table is added before it.
            key.append('|').append(lead.getTable() == null ? "" : lead.getTable().replaceFirst("#\\d+$", ""));
            // An unlabelled column (a note table without headers) is known only by its position.
            key.append('|').append(norm(lead.getColumnLabel()).isEmpty() ? "#" + lead.getColumn() : norm(lead.getColumnLabel()));
            TreeSet<String> others = new TreeSet<>();
            for (int i = 1; i < ev.size(); i++) others.add(norm(ev.get(i).getLabel()) + "@" + norm(ev.get(i).getColumnLabel()));
            key.append('|').append(String.join(";", others));
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] h = md.digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The fingerprints of one document's findings (in report order): a fingerprint that would
     * repeat gets the ordinal of its occurrence ({@code -2}, {@code -3}), so every finding of a
     * document has its own.
     */
    public static Map<Finding, String> fingerprints(List<Finding> ordered) {
        Map<Finding, String> out = new IdentityHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Finding f : ordered) {
            String fp = fingerprint(f);
            int n = seen.merge(fp, 1, Integer::sum);
            out.put(f, n == 1 ? fp : fp + "-" + n);
        }
        return out;
    }

    private static String norm(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim().toLowerCase(java.util.Locale.ROOT);
    }

    public static String where(SourceRef s) {
        return s == null ? "" : s.describe();
    }
}
