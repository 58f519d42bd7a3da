package io.tickmark.compare;

import java.math.BigDecimal;
import java.util.List;

/**
 * What changed between two drafts of one filing: figures added, removed and changed (matched by
 * {@link FactIdentity}, never by page), tables (notes, statements) removed and added, checks that
 * newly fail or newly pass, and findings new or resolved.
 */
public record DraftDiff(String oldPath, String newPath, int oldFigures, int newFigures,
                        List<FigureChange> added, List<FigureChange> removed, List<FigureChange> changed,
                        List<TableChange> tablesRemoved, List<TableChange> tablesAdded,
                        List<CheckChange> newlyFailing, List<CheckChange> newlyPassing,
                        List<FindingChange> findingsNew, List<FindingChange> findingsResolved) {

    /** A figure present in one draft or both; {@code before} or {@code after} is null when absent. */
    public record FigureChange(String identity, String label, String period, BigDecimal before, BigDecimal after,
                               String whereBefore, String whereAfter) {}

    /** A table present in one draft only, with how many figures it held. */
    public record TableChange(String identity, String title, int figures, String where) {}

    /** A check whose outcome differs; {@code before} is null when the old draft had no such check. */
    public record CheckChange(String ruleId, String identity, String before, String after, String where) {}

    /** A finding in one draft only. */
    public record FindingChange(String ruleId, String severity, String message, String fingerprint) {}

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && tablesRemoved.isEmpty() && tablesAdded.isEmpty()
                && newlyFailing.isEmpty() && newlyPassing.isEmpty() && findingsNew.isEmpty() && findingsResolved.isEmpty();
    }
}
