package io.tickmark.rules;

import io.tickmark.rules.cases.RuleCase;
import io.tickmark.rules.cases.RuleCases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the rule documentation ({@code docs/rules/README.md} and one page per pack) from the
 * catalogue, so the words about a rule live in its metadata only. When the rules' cases are given,
 * each rule's page lists them: the examples of the documentation are the cases that are run.
 */
public final class RuleDocs {
    private RuleDocs() {}

    /** File name → content. */
    public static Map<String, String> generate(RuleCatalogue catalogue, Map<String, RuleCases> casesByRule) {
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, List<RuleInfo>> packs = catalogue.byPack();
        StringBuilder index = new StringBuilder();
        index.append("# Rules\n\n")
                .append("Generated from the compiled rule metadata by `tickmark rules docs` (a test fails when this\n")
                .append("page is out of date). Each rule's cases live in `src/test/resources/rules/<pack>/<RULE-ID>.cases.json`.\n\n")
                .append("| Pack | Id | Severity | Category | Checks |\n|---|---|---|---|---|\n");
        for (Map.Entry<String, List<RuleInfo>> p : packs.entrySet()) {
            for (RuleInfo r : p.getValue()) {
                index.append("| [").append(p.getKey()).append("](").append(p.getKey()).append(".md) | [").append(r.id()).append("](")
                        .append(p.getKey()).append(".md#").append(anchor(r.id())).append(") | ").append(cell(r.severity()))
                        .append(" | ").append(cell(r.category())).append(" | ").append(cell(summary(r))).append(" |\n");
            }
        }
        index.append(CASES_FORMAT);
        files.put("README.md", index.toString());
        for (Map.Entry<String, List<RuleInfo>> p : packs.entrySet()) {
            StringBuilder s = new StringBuilder();
            s.append("# Pack `").append(p.getKey()).append("`\n\n")
                    .append("Generated from the compiled rule metadata by `tickmark rules docs`; edit the DRL metadata, not this page.\n");
            for (RuleInfo r : p.getValue()) rule(s, r, catalogue, casesByRule.get(r.id()));
            files.put(p.getKey() + ".md", s.toString());
        }
        return files;
    }

    private static final String CASES_FORMAT = """

            ## Writing cases

            Every rule id has a cases file `<pack>/<RULE-ID>.cases.json` with at least one case where it
            fires and one where it must stay quiet (the catalogue test fails otherwise). A case gives facts
            in the shapes of the facts JSON (`tickmark extract --format json`; a table that line items name
            need not be listed) and says what must come out:

            ```json
            {
              "rule": "CON-001",
              "cases": [{
                "name": "a subtotal in thousands off by 403 units fails",
                "reason": "One part allows (1+1)/2 = 1 unit of rounding; 403 units is an error.",
                "packs": ["consistency"],
                "facts": {
                  "lineItems": [
                    {"table": "note/t", "row": 1, "column": 1, "label": "A", "value": "100", "decimals": 0, "scale": 1000},
                    {"table": "note/t", "row": 2, "column": 1, "label": "B", "value": "503", "decimals": 0, "scale": 1000}
                  ],
                  "relations": [{"id": "r", "kind": "rows", "table": "note/t", "total": "2", "parts": [{"key": "1"}]}]
                },
                "must": [{"ruleId": "CON-001", "severity": "error", "count": 1, "messageContains": "difference"}],
                "mustNot": ["CON-002"],
                "checks": [{"ruleId": "CON-001", "outcome": "failed", "count": 1}]
              }]
            }
            ```

            - `must`: findings that must be raised (rule id and severity; optionally `count`,
              `messageContains`, `subjectContains`); `mustNot`: rule ids that must raise nothing.
            - `checks`: checks that must be recorded with an outcome; `derived`: facts a rule must have
              inserted, e.g. `{"ruleId": "DRV-001", "type": "Footing", "count": 2}` (count 0: none).
            - A case fires its rule when `must` names it or `derived` gives it a positive count; it stays
              quiet when `mustNot` names it or `derived` gives it a count of 0.
            - `packs` narrows the run (`derive` always runs); `profile` overrides thresholds; `asOf` sets the
              reference date. Facts of other kinds go in `facts.objects` as `{"type": "ClassName", "args": [...]}`
              (a `Figure` argument is named `"table#row.column"`, `"$document"` is the case's document).
            - `todo` records a known miss honestly (Semgrep's `todoruleid`): the case is expected not to hold
              yet, and the run fails once it does, so the mark is removed.

            Run them with `tickmark rules test DIR` (a user pack may keep its `.drl` files beside its cases) or
            `mvn verify` for the built-in packs.
            """;

    private static void rule(StringBuilder s, RuleInfo r, RuleCatalogue catalogue, RuleCases cases) {
        s.append("\n## ").append(r.id()).append("\n\n");
        if (r.description() != null) s.append(r.description()).append("\n\n");
        s.append("| | |\n|---|---|\n")
                .append("| Severity | ").append(cell(r.severity())).append(" |\n")
                .append("| Category | ").append(cell(r.category())).append(" |\n")
                .append("| Message | ").append(code(r.message())).append(" |\n")
                .append("| Authority | ").append(cell(r.authority())).append(" |\n")
                .append("| Since | ").append(cell(r.since())).append(" |\n")
                .append("| DRL rules | ").append(cell(String.join(", ", catalogue.clausesOf(r.id()).stream()
                        .map(c -> "\"" + c.name() + "\"").toList()))).append(" |\n");
        if (cases == null) {
            s.append("\nNo cases yet.\n");
            return;
        }
        s.append("\nCases (`").append(cases.packFolder()).append('/').append(r.id()).append(".cases.json`):\n\n");
        for (RuleCase c : cases.cases()) {
            String verdict = c.fires(r.id()) ? "fires" : c.quiet(r.id()) ? "quiet" : "other";
            s.append("- **").append(verdict).append("**: ").append(oneLine(c.name())).append(". ").append(oneLine(c.reason()));
            if (c.todo() != null) s.append(" _Known miss:_ ").append(oneLine(c.todo()));
            s.append('\n');
        }
    }

    private static String summary(RuleInfo r) {
        return r.description() != null ? r.description() : r.name();
    }

    /** GitHub's heading anchor: lower case, punctuation other than '-' dropped. */
    public static String anchor(String heading) {
        return heading.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
    }

    private static String cell(String s) {
        return s == null ? "" : oneLine(s).replace("|", "\\|");
    }

    private static String code(String s) {
        return s == null ? "" : "`" + oneLine(s).replace("|", "\\|").replace("`", "'") + "`";
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }

    /** Cases files keyed by rule id, for {@link #generate}. */
    public static Map<String, RuleCases> byRule(List<RuleCases> files) {
        Map<String, RuleCases> m = new TreeMap<>();
        for (RuleCases c : files) m.put(c.rule(), c);
        return m;
    }
}
