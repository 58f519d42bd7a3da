package io.tickmark.compare;

import io.tickmark.facts.Check;
import io.tickmark.facts.Figure;
import io.tickmark.facts.Finding;
import io.tickmark.facts.TableInfo;
import io.tickmark.report.DocumentReport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares two checked drafts. Figures are matched by identity; a table found in one draft only is
 * reported as a table (a note removed), not as each of its figures. Checks are matched by rule and
 * the identities of the figures they used, so a check on a moved table is the same check.
 * Findings are matched by rule and fingerprint.
 */
public final class DraftDiffer {
    private DraftDiffer() {}

    public static DraftDiff diff(DocumentReport before, DocumentReport after) {
        Map<String, String> tOld = FactIdentity.tableKeys(before.extraction().tables(), before.extraction().figures());
        Map<String, String> tNew = FactIdentity.tableKeys(after.extraction().tables(), after.extraction().figures());
        Map<String, Figure> fOld = FactIdentity.index(before.extraction().figures(), tOld);
        Map<String, Figure> fNew = FactIdentity.index(after.extraction().figures(), tNew);

        Map<String, TableInfo> tablesOld = byIdentity(before.extraction().tables(), tOld);
        Map<String, TableInfo> tablesNew = byIdentity(after.extraction().tables(), tNew);
        Set<String> goneTables = new TreeSet<>(tablesOld.keySet());
        goneTables.removeAll(tablesNew.keySet());
        Set<String> newTables = new TreeSet<>(tablesNew.keySet());
        newTables.removeAll(tablesOld.keySet());

        List<DraftDiff.FigureChange> added = new ArrayList<>();
        List<DraftDiff.FigureChange> removed = new ArrayList<>();
        List<DraftDiff.FigureChange> changed = new ArrayList<>();
        for (Map.Entry<String, Figure> e : fOld.entrySet()) {
            Figure o = e.getValue();
            Figure n = fNew.get(e.getKey());
            if (n == null) {
                if (!goneTables.contains(tOld.get(o.getTable()))) removed.add(change(e.getKey(), o, null));
            } else if (o.getAmount().compareTo(n.getAmount()) != 0) {
                changed.add(change(e.getKey(), o, n));
            }
        }
        for (Map.Entry<String, Figure> e : fNew.entrySet()) {
            if (fOld.containsKey(e.getKey())) continue;
            Figure n = e.getValue();
            if (!newTables.contains(tNew.get(n.getTable()))) added.add(change(e.getKey(), null, n));
        }
        List<DraftDiff.TableChange> tablesRemoved = tables(goneTables, tablesOld, tOld, before);
        List<DraftDiff.TableChange> tablesAdded = tables(newTables, tablesNew, tNew, after);

        Map<String, Check> cOld = checks(before, fOld);
        Map<String, Check> cNew = checks(after, fNew);
        List<DraftDiff.CheckChange> failing = new ArrayList<>();
        List<DraftDiff.CheckChange> passing = new ArrayList<>();
        for (Map.Entry<String, Check> e : cNew.entrySet()) {
            Check n = e.getValue();
            Check o = cOld.get(e.getKey());
            String was = o == null ? null : o.getOutcome();
            if ("failed".equals(n.getOutcome()) && !"failed".equals(was)) {
                failing.add(new DraftDiff.CheckChange(n.getRuleId(), e.getKey(), was, n.getOutcome(), n.getWhere()));
            } else if (n.isPassed() && "failed".equals(was)) {
                passing.add(new DraftDiff.CheckChange(n.getRuleId(), e.getKey(), was, n.getOutcome(), n.getWhere()));
            }
        }
        Map<String, Finding> findOld = findings(before);
        Map<String, Finding> findNew = findings(after);
        List<DraftDiff.FindingChange> fNewList = new ArrayList<>();
        List<DraftDiff.FindingChange> fGone = new ArrayList<>();
        for (Map.Entry<String, Finding> e : findNew.entrySet()) if (!findOld.containsKey(e.getKey())) fNewList.add(finding(e));
        for (Map.Entry<String, Finding> e : findOld.entrySet()) if (!findNew.containsKey(e.getKey())) fGone.add(finding(e));
        return new DraftDiff(before.path(), after.path(), fOld.size(), fNew.size(), added, removed, changed,
                tablesRemoved, tablesAdded, failing, passing, fNewList, fGone);
    }

    private static Map<String, TableInfo> byIdentity(List<TableInfo> tables, Map<String, String> keys) {
        Map<String, TableInfo> out = new LinkedHashMap<>();
        for (TableInfo t : tables) out.putIfAbsent(keys.get(t.getId()), t);
        return out;
    }

    /** Tables of one draft only, with the figures they held (all tables sharing the identity). */
    private static List<DraftDiff.TableChange> tables(Set<String> ids, Map<String, TableInfo> tables, Map<String, String> keys,
                                                      DocumentReport d) {
        List<DraftDiff.TableChange> out = new ArrayList<>();
        for (String id : ids) {
            TableInfo t = tables.get(id);
            int n = 0;
            for (Figure f : d.extraction().figures()) if (id.equals(keys.get(f.getTable()))) n++;
            out.add(new DraftDiff.TableChange(id, t.getTitle(), n, t.getSource() == null ? "" : t.getSource().describe()));
        }
        return out;
    }

    private static DraftDiff.FigureChange change(String identity, Figure o, Figure n) {
        Figure any = n != null ? n : o;
        return new DraftDiff.FigureChange(identity, any.getLabel(), any.getPeriod(), o == null ? null : o.getAmount(),
                n == null ? null : n.getAmount(), o == null || o.getSource() == null ? null : o.getSource().describe(),
                n == null || n.getSource() == null ? null : n.getSource().describe());
    }

    /** Checks by rule and the identities of their figures (total or first figure first, the rest in order). */
    private static Map<String, Check> checks(DocumentReport d, Map<String, Figure> index) {
        Map<String, String> idOf = new HashMap<>();
        for (Map.Entry<String, Figure> e : index.entrySet()) idOf.put(e.getValue().getId(), e.getKey());
        Map<String, Check> out = new LinkedHashMap<>();
        for (Check c : d.checks()) {
            String key;
            if (c.getEvidence().isEmpty()) {
                key = c.getRuleId() + " " + c.getKey();
            } else {
                List<String> ids = new ArrayList<>();
                for (Figure f : c.getEvidence()) ids.add(idOf.getOrDefault(f.getId(), f.getId()));
                String first = ids.remove(0);
                key = c.getRuleId() + " " + first + (ids.isEmpty() ? "" : " <- " + String.join(" + ", new TreeSet<>(ids)));
            }
            // the same verification stated twice keeps its worst outcome
            Check prev = out.get(key);
            if (prev == null || "failed".equals(c.getOutcome())) out.put(key, c);
        }
        return out;
    }

    private static Map<String, Finding> findings(DocumentReport d) {
        Map<String, Finding> out = new LinkedHashMap<>();
        for (Finding f : d.findings()) out.putIfAbsent(f.getRuleId() + " " + d.fingerprint(f), f);
        return out;
    }

    private static DraftDiff.FindingChange finding(Map.Entry<String, Finding> e) {
        Finding f = e.getValue();
        return new DraftDiff.FindingChange(f.getRuleId(), f.getSeverity(), f.getMessage(), e.getKey());
    }
}
