package io.tickmark.consistency;

import io.tickmark.engine.RuleEngine;
import io.tickmark.extract.Extraction;
import io.tickmark.facts.Check;
import io.tickmark.facts.Figure;
import io.tickmark.report.DocumentReport;
import io.tickmark.run.Checker;
import io.tickmark.testing.RealDocuments;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded faults: each figure of seed 001's consolidated balance sheet and profit statement is changed
 * by one digit, one at a time, and the rules must notice (some check over that figure fails). This is
 * the measure of how much of a statement the checks actually cover.
 */
class MutationCoverageTest {

    @Test
    void almostEveryFigureOfTheConsolidatedStatementsIsCoveredByAFailingCheckWhenChanged() throws Exception {
        Path seed = RealDocuments.require(RealDocuments.SEED_PRC_INTERIM);
        RuleEngine engine = RuleEngine.builtIn();
        Checker checker = new Checker(engine);
        Extraction original = checker.extract(seed);
        List<Figure> targets = original.figures().stream()
                .filter(f -> f.getTable().equals("balance/consolidated") || f.getTable().equals("income/consolidated"))
                .filter(Figure::isNonZero)
                .toList();
        assertThat(targets).hasSizeGreaterThan(100);
        List<String> uncaught = new ArrayList<>();
        for (Figure target : targets) {
            Extraction mutated = copyWith(original, target, mutate(target.getValue()));
            DocumentReport report = checker.check(mutated, Set.of());
            boolean caught = report.checks().stream()
                    .filter(c -> !c.isPassed())
                    .anyMatch(c -> involves(c, target));
            if (!caught) uncaught.add(target.getTable() + " " + target.getLabel() + " [" + target.getColumnLabel() + "] "
                    + target.getValue().toPlainString() + " (" + target.getSource().describe() + ")");
        }
        double share = 1.0 - (double) uncaught.size() / targets.size();
        System.out.printf("Mutation coverage on %s: %d of %d figures caught (%.1f%%)%n", seed.getFileName(),
                targets.size() - uncaught.size(), targets.size(), share * 100);
        uncaught.forEach(u -> System.out.println("  uncaught: " + u));
        assertThat(share).isGreaterThanOrEqualTo(0.95);
    }

    /** Changes one digit: the thousands digit of larger figures, the leading digit of small ones. */
    static BigDecimal mutate(BigDecimal v) {
        String plain = v.abs().toPlainString();
        int dot = plain.indexOf('.');
        int intLen = dot < 0 ? plain.length() : dot;
        int pos = intLen >= 4 ? intLen - 4 : 0;
        char d = plain.charAt(pos);
        char nd = (char) ('0' + ((d - '0' + 1) % 10));
        if (pos == 0 && nd == '0') nd = '2';
        String changed = plain.substring(0, pos) + nd + plain.substring(pos + 1);
        BigDecimal r = new BigDecimal(changed);
        return v.signum() < 0 ? r.negate() : r;
    }

    private static boolean involves(Check c, Figure f) {
        return c.getEvidence().stream().anyMatch(e -> e.getId().equals(f.getId()));
    }

    private static Extraction copyWith(Extraction ex, Figure target, BigDecimal value) {
        Extraction copy = new Extraction(ex.document());
        copy.tables().addAll(ex.tables());
        for (Figure f : ex.figures()) copy.figures().add(f == target ? f.withValue(value) : f);
        copy.relations().addAll(ex.relations());
        copy.issues().addAll(ex.issues());
        copy.otherFacts().addAll(ex.otherFacts());
        return copy;
    }
}
