package io.tickmark.report.annotate;

import io.tickmark.facts.Check;
import io.tickmark.facts.DocumentInfo;
import io.tickmark.facts.Figure;
import io.tickmark.facts.Finding;
import io.tickmark.facts.SourceRef;
import io.tickmark.report.DocumentReport;
import io.tickmark.rules.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns a checked document into the marks an auditor would put on it. The rules decided every
 * outcome; this only places them: a figure in a failed check is crossed (with the findings'
 * messages), a figure whose checks all passed is ticked, and figures tied to one another by
 * tie-outs share a cross-reference letter. Only figures with a page and box (read from a PDF)
 * can be marked; the rest are counted on the summary page.
 */
public final class TickSheets {
    /** A tie-out check's key starts with this (see {@code TieOut.getKey}). */
    private static final String TIE_KEY = "tie:";

    /**
     * Outcomes that say something about the figures: a score "computed" from figures verifies
     * none of them, so its figures get no mark from it.
     */
    private static final Set<String> VERIFYING = Set.of("passed", "failed", "rounding", "explained");

    private TickSheets() {}

    public static TickSheet of(DocumentReport d, String toolVersion) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        Map<String, Set<String>> outcomes = new HashMap<>();
        Map<String, Set<String>> messages = new HashMap<>();
        Letters letters = new Letters();
        for (Check c : d.checks()) {
            if (!VERIFYING.contains(c.getOutcome())) continue;
            for (Figure f : c.getEvidence()) {
                if (box(f.getSource()) == null) continue;
                figures.putIfAbsent(f.getId(), f);
                outcomes.computeIfAbsent(f.getId(), k -> new LinkedHashSet<>()).add(c.getOutcome());
                if (c.isPassed()) {
                    messages.computeIfAbsent(f.getId(), k -> new LinkedHashSet<>()).add(c.getRuleId() + " passed: " + c.getWhere());
                }
            }
            if (c.getKey().startsWith(TIE_KEY) && c.getEvidence().size() == 2) {
                letters.tie(c.getEvidence().get(0).getId(), c.getEvidence().get(1).getId());
            }
        }
        List<TickMark> marks = new ArrayList<>();
        List<Finding> unplaced = new ArrayList<>();
        for (Finding f : d.findings()) {
            boolean placed = false;
            for (Figure e : f.getEvidence()) {
                if (!figures.containsKey(e.getId())) continue;
                prepend(messages, e.getId(), text(f));
                placed = true;
            }
            if (placed) continue;
            SourceRef at = f.getAllSources().stream().filter(s -> box(s) != null).findFirst().orElse(null);
            if (at != null) {
                marks.add(new TickMark(TickMark.Kind.NOTE, at.getPage(), box(at), null, f.getSubject(), null, List.of(text(f))));
            } else {
                unplaced.add(f);
            }
        }
        List<Figure> reading = new ArrayList<>(figures.values());
        reading.sort(java.util.Comparator.comparingInt((Figure f) -> f.getSource().getPage())
                .thenComparing(f -> -box(f.getSource())[3]).thenComparing(f -> box(f.getSource())[0]));
        Map<String, String> letterOf = letters.assign(reading.stream().map(Figure::getId).toList());
        for (Figure f : figures.values()) {
            Set<String> o = outcomes.get(f.getId());
            // passed everywhere: a tick; failed anywhere: a cross; otherwise (rounding, explained) an amber tick
            TickMark.Kind kind = o.contains("failed") ? TickMark.Kind.CROSS
                    : o.stream().allMatch("passed"::equals) ? TickMark.Kind.TICK : TickMark.Kind.ROUNDING;
            marks.add(new TickMark(kind, f.getSource().getPage(), box(f.getSource()), f.getId(), f.getLabel(),
                    letterOf.get(f.getId()), new ArrayList<>(messages.getOrDefault(f.getId(), Set.of()))));
        }
        marks.sort(java.util.Comparator.comparingInt(TickMark::page).thenComparing(m -> -m.y1()).thenComparing(TickMark::x0));
        return new TickSheet(title(d.extraction().document()), marks, summary(d, marks, unplaced, letterOf, toolVersion));
    }

    private static void prepend(Map<String, Set<String>> messages, String id, String text) {
        Set<String> old = messages.getOrDefault(id, Set.of());
        Set<String> s = new LinkedHashSet<>();
        s.add(text);
        s.addAll(old);
        messages.put(id, s);
    }

    private static String text(Finding f) {
        return f.getSeverity() + " " + f.getRuleId() + ": " + f.getMessage();
    }

    static float[] box(SourceRef s) {
        if (s == null || s.getPage() <= 0) return null;
        return TickMark.parseBox(s.getBox());
    }

    private static String title(DocumentInfo info) {
        StringBuilder s = new StringBuilder(info.getPath() == null ? "document" : info.getPath());
        if (info.getEntity() != null) s.append(" - ").append(info.getEntity());
        if (info.getPeriodEnd() != null) s.append(", period end ").append(info.getPeriodEnd());
        return s.toString();
    }

    private static List<TickSheet.SummaryLine> summary(DocumentReport d, List<TickMark> marks, List<Finding> unplaced,
                                                       Map<String, String> letterOf, String version) {
        List<TickSheet.SummaryLine> out = new ArrayList<>();
        long ticks = marks.stream().filter(m -> m.kind() == TickMark.Kind.TICK).count();
        long rounding = marks.stream().filter(m -> m.kind() == TickMark.Kind.ROUNDING).count();
        long crosses = marks.stream().filter(m -> m.kind() == TickMark.Kind.CROSS).count();
        long notes = marks.stream().filter(m -> m.kind() == TickMark.Kind.NOTE).count();
        long groups = letterOf.values().stream().distinct().count();
        out.add(TickSheet.SummaryLine.heading("Ticked by tickmark " + version));
        out.add(TickSheet.SummaryLine.line(d.extraction().figures().size() + " figures read, " + d.checks().size()
                + " checks performed (" + d.passed() + " passed), " + d.findings().size() + " findings."));
        out.add(TickSheet.SummaryLine.line("Marks: " + ticks + " ticks (figure verified by every check that used it), "
                + crosses + " crosses (figure in a failed check; the pop-up gives the finding), " + rounding
                + " amber ticks (within rounding, or a difference the filing explains), " + groups + " cross-reference letters (figures agreed to one another share a letter), "
                + notes + " notes placed by their source."));
        out.add(TickSheet.SummaryLine.line("Page numbers below are the original document's; this summary is put in front of it."));
        out.add(TickSheet.SummaryLine.line(""));
        Map<Severity, List<Finding>> bySeverity = new TreeMap<>((a, b) -> b.rank() - a.rank());
        for (Finding f : d.findings()) bySeverity.computeIfAbsent(Severity.of(f.getSeverity()), k -> new ArrayList<>()).add(f);
        for (Map.Entry<Severity, List<Finding>> e : bySeverity.entrySet()) {
            out.add(TickSheet.SummaryLine.heading(e.getKey().label() + " (" + e.getValue().size() + ")"));
            for (Finding f : e.getValue()) {
                String where = f.getAllSources().stream().filter(s -> s.getPage() > 0).findFirst()
                        .map(s -> "p. " + s.getPage() + ": ").orElse("");
                out.add(TickSheet.SummaryLine.item(where + f.getRuleId() + " " + f.getMessage()
                        + (unplaced.contains(f) ? " (not placed on a page)" : "")));
            }
        }
        if (d.findings().isEmpty()) out.add(TickSheet.SummaryLine.line("No findings."));
        return out;
    }

    /**
     * Cross-reference letters: figures joined by tie-outs (directly or through a third figure)
     * form one group and share a letter, A to Z, then AA, AB...
     */
    static final class Letters {
        private final Map<String, String> parent = new HashMap<>();

        void tie(String a, String b) {
            parent.putIfAbsent(a, a);
            parent.putIfAbsent(b, b);
            String ra = root(a);
            String rb = root(b);
            if (!ra.equals(rb)) parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
        }

        private String root(String x) {
            String r = x;
            while (!parent.get(r).equals(r)) r = parent.get(r);
            return r;
        }

        /** Letters in the order the figures are given (reading order), for the figures that can be marked. */
        Map<String, String> assign(Iterable<String> order) {
            Map<String, String> byRoot = new HashMap<>();
            Map<String, String> out = new HashMap<>();
            for (String id : order) {
                if (!parent.containsKey(id)) continue;
                String letter = byRoot.computeIfAbsent(root(id), k -> name(byRoot.size()));
                out.put(id, letter);
            }
            return out;
        }

        static String name(int n) {
            StringBuilder s = new StringBuilder();
            int i = n;
            do {
                s.insert(0, (char) ('A' + i % 26));
                i = i / 26 - 1;
            } while (i >= 0);
            return s.toString();
        }
    }
}
