package io.tickmark.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tickmark.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code check --prior}: the bundled 2023 example against a 2022 report written from it (its 2022
 * column becomes last year's current column), in which one figure was reported differently.
 */
class PriorYearTest {
    static final Path THIS_YEAR = Path.of("examples/harbour-lights-2023-annual.txt");
    /** Two figures at the end of a line, each possibly with a "$" and in parentheses. */
    static final Pattern TWO_FIGURES = Pattern.compile("^(.*?)(\\(?[\\d,]+\\)?)(\\s+(?:\\$\\s+)?)(\\(?[\\d,]+\\)?)\\s*$");

    @TempDir
    Path dir;

    /** Last year's report: the years one back, this year's comparative column as its current column. */
    private Path lastYear(String inventories2022) throws Exception {
        List<String> out = new ArrayList<>();
        boolean changed = false;
        for (String line : Files.readAllLines(THIS_YEAR)) {
            String l = line.replace("2022", "2021").replace("2023", "2022");
            Matcher m = TWO_FIGURES.matcher(l);
            if (m.matches() && !l.contains("December 31") && !l.trim().matches("[\\d\\s]+")) {
                String prior = m.group(4);
                if (!changed && l.trim().startsWith("Inventories") && inventories2022 != null) {
                    prior = inventories2022;
                    changed = true;
                }
                String first = String.format("%" + m.group(2).length() + "s", prior);
                if (first.length() > m.group(2).length()) first = prior;
                String older = older(m.group(4));
                l = m.group(1) + first + m.group(3) + String.format("%" + m.group(4).length() + "s", older);
            }
            out.add(l);
        }
        assertThat(changed || inventories2022 == null).isTrue();
        return Files.write(dir.resolve("harbour-lights-2022-annual.txt"), out);
    }

    /** A 2021 figure for last year's comparative column: nine tenths of the 2022 one (sums need not foot here). */
    private static String older(String figure) {
        boolean negative = figure.startsWith("(");
        long v = Long.parseLong(figure.replaceAll("[^\\d]", ""));
        String s = String.format(java.util.Locale.ROOT, "%,d", v * 9 / 10);
        return negative ? "(" + s + ")" : s;
    }

    private JsonNode check(Path last, Path current) throws Exception {
        Cli r = Cli.run("check", "--format", "json", "--show-passed", "--pack", "comparatives", "--prior", last.toString(), current.toString());
        assertThat(r.code()).as(r.err()).isIn(0, 1);
        return new ObjectMapper().readTree(r.out());
    }

    private static List<JsonNode> findings(JsonNode report, String rule) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode f : report.get("findings")) if (f.get("ruleId").asText().equals(rule)) out.add(f);
        return out;
    }

    @Test
    void oneComparativeReportedDifferentlyLastYearIsTheOneError() throws Exception {
        JsonNode r = check(lastYear("14,000"), THIS_YEAR);
        List<JsonNode> errors = findings(r, "CMP-001");
        assertThat(errors).singleElement().satisfies(f -> assertThat(f.get("message").asText())
                .startsWith("Inventories for 2022-12-31 is 14,118,000").contains("reported as 14,000,000 last year"));
        assertThat(findings(r, "CMP-002")).isEmpty();
        assertThat(r.get("documents").get(0).get("checks").get("passed").asInt()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void aDisclosedReclassificationMakesTheDifferenceANoteNamingIt() throws Exception {
        Path current = dir.resolve("harbour-lights-2023-reclassified.txt");
        Files.writeString(current, Files.readString(THIS_YEAR) + "\n\nNote 4 – Basis of presentation\n\n"
                + "Certain prior year amounts have been reclassified to conform to the current year\npresentation.\n");
        JsonNode r = check(lastYear("14,000"), current);
        assertThat(findings(r, "CMP-001")).isEmpty();
        assertThat(findings(r, "CMP-002")).singleElement().satisfies(f -> assertThat(f.get("message").asText())
                .contains("Inventories").contains("were reclassified"));
    }

    @Test
    void comparativesAsReportedLastYearRaiseNothing() throws Exception {
        JsonNode r = check(lastYear(null), THIS_YEAR);
        assertThat(findings(r, "CMP-001")).isEmpty();
        assertThat(findings(r, "CMP-002")).isEmpty();
    }
}
