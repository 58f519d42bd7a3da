package io.tickmark.rules.disclosure;

import io.tickmark.engine.RuleEngine;
import io.tickmark.rules.RuleInfo;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The disclosure pack's metadata: complete, consistent within a rule family, the law cited with its edition. */
class DisclosureCatalogueTest {
    private static final List<RuleInfo> CLAUSES = RuleEngine.builtIn().catalogue().clauses().stream()
            .filter(r -> "disclosure".equals(r.pack())).toList();

    @Test
    void everyClauseHasItsMetadata() {
        assertThat(CLAUSES).hasSizeGreaterThan(30).allSatisfy(r -> {
            assertThat(r.id()).matches("DIS-(D\\d\\d|\\d{3})");
            assertThat(r.severity()).isIn("error", "warning", "note");
            assertThat(r.category()).isNotBlank();
            assertThat(r.message()).isNotBlank();
            assertThat(r.authority()).isNotBlank();
            assertThat(r.since()).isNotBlank();
            assertThat(r.description()).isNotBlank();
        });
    }

    @Test
    void clausesSharingAnIdShareSeverityCategoryMessageAndAuthority() {
        Map<String, List<RuleInfo>> byId = CLAUSES.stream().collect(Collectors.groupingBy(RuleInfo::id));
        byId.forEach((id, family) -> assertThat(family).as(id).extracting(RuleInfo::severity, RuleInfo::category, RuleInfo::message,
                RuleInfo::authority, RuleInfo::description).containsOnly(
                org.assertj.core.groups.Tuple.tuple(family.get(0).severity(), family.get(0).category(), family.get(0).message(),
                        family.get(0).authority(), family.get(0).description())));
    }

    @Test
    void rulesApplyingPrcLawCiteTheArticleAndEdition() {
        assertThat(CLAUSES).filteredOn(r -> r.authority().contains("Law of the PRC") || r.authority().contains("Measures for Commodity House"))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.authority()).containsPattern("arts? \\d+").containsPattern("(19|20)\\d\\d"));
    }
}
