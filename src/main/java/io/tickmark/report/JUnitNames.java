package io.tickmark.report;

import io.tickmark.facts.Check;
import io.tickmark.facts.Figure;
import io.tickmark.facts.Finding;
import io.tickmark.facts.SourceRef;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Test case names a person can read in a CI test view and a tool can track from run to run: the
 * rule, then what was checked (table, line, period or column), made unique within the document's
 * suite by the relation, then the fingerprint or source position, never by an arbitrary counter
 * unless nothing else tells two apart. Parts that are unknown are left out, never written "null".
 */
final class JUnitNames {
    private final Set<String> used = new HashSet<>();

    /** The name of a check: {@code CON-001 balance/consolidated / Total assets / 2022-12-31}. */
    String of(Check c) {
        List<String> parts = new ArrayList<>();
        parts.add(c.getRuleId());
        if (c.getEvidence().isEmpty()) {
            parts.add(c.getKey());
            return unique(join(parts), List.of(nz(c.getWhere())));
        }
        Figure lead = c.getEvidence().get(0);
        parts.add(nz(c.getWhere()).isEmpty() ? nz(lead.getTable()) : c.getWhere());
        parts.add(label(lead));
        parts.add(period(lead));
        return unique(join(parts), List.of(relation(c.getKey()), nz(c.getKey())));
    }

    /** The name of a finding no check stands for: the rule and its subject, then where it was found. */
    String of(Finding f, String fingerprint) {
        List<String> parts = new ArrayList<>();
        parts.add(f.getRuleId());
        String subject = subject(f.getSubject());
        parts.add(subject.isEmpty() ? TextRenderer.cut(nz(f.getMessage()), 80) : subject);
        String at = f.getAllSources().stream().map(SourceRef::describe).filter(s -> !s.isEmpty()).findFirst().orElse("");
        return unique(join(parts), List.of(at, fingerprint));
    }

    /** The first candidate not yet used, refined by each extra in turn; a counter only as the last resort. */
    private String unique(String name, List<String> refinements) {
        String candidate = name;
        for (String r : refinements) {
            if (!used.contains(candidate)) break;
            String known = withoutNull(r);
            if (!known.isEmpty()) candidate = candidate + " [" + known + "]";
        }
        String base = candidate;
        for (int n = 2; used.contains(candidate); n++) candidate = base + " #" + n;
        used.add(candidate);
        return candidate;
    }

    /** A subject such as {@code consolidated/null/Revenue/null}: its known parts. */
    static String subject(String subject) {
        if (subject == null) return "";
        List<String> parts = new ArrayList<>();
        for (String p : subject.split("/")) if (!isUnknown(p)) parts.add(p.trim());
        return String.join("/", parts);
    }

    private static String label(Figure f) {
        if (!isUnknown(f.getLabel())) return f.getLabel().trim();
        return nz(f.getConcept());
    }

    private static String period(Figure f) {
        if (!isUnknown(f.getPeriod())) return f.getPeriod();
        if (!isUnknown(f.getColumnLabel())) return f.getColumnLabel().trim();
        return "column " + f.getColumn();
    }

    /** The relation part of a footing key ({@code rows:5@2022-12-31/2022} gives {@code rows:5}). */
    private static String relation(String key) {
        if (key == null) return "";
        int at = key.indexOf('@');
        return at > 0 ? key.substring(0, at) : "";
    }

    private static String join(List<String> parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            String known = withoutNull(p).replaceAll("\\s+", " ").trim();
            if (!known.isEmpty()) kept.add(known);
        }
        return String.join(" / ", kept).replaceFirst(" / ", " ");
    }

    /** A key such as {@code rows:5@null/Employees} without its unknown parts: {@code rows:5@/Employees}. */
    static String withoutNull(String s) {
        return s == null ? "" : s.replaceAll("(?<![\\p{L}\\p{N}])null(?![\\p{L}\\p{N}])", "").trim();
    }

    private static boolean isUnknown(String s) {
        return s == null || s.isBlank() || s.trim().equals("null");
    }

    private static String nz(String s) {
        return isUnknown(s) ? "" : s;
    }
}
