package io.tickmark.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.tickmark.rules.Severity;
import io.tickmark.testing.RealDocuments;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SarifRendererTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema schema;

    /** The official schema from ../shared/schemas; validation tests skip (or fail under CI) without it. */
    static JsonSchema schema() throws Exception {
        if (schema == null) {
            Path p = RealDocuments.require("schemas/sarif-schema-2.1.0.json");
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(MAPPER.readTree(Files.readAllBytes(p)));
        }
        return schema;
    }

    /** The SARIF of a report, validated against the schema whenever ../shared holds it. */
    static JsonNode sarif(Report report) throws Exception {
        JsonNode doc = MAPPER.readTree(Reports.render(new SarifRenderer(), report));
        if (Files.isRegularFile(RealDocuments.shared().resolve("schemas/sarif-schema-2.1.0.json"))) {
            Set<ValidationMessage> errors = schema().validate(doc);
            assertThat(errors).as("SARIF schema violations").isEmpty();
        }
        return doc;
    }

    @Test
    void validAgainstTheSchemaWithOneResultPerFinding() throws Exception {
        schema(); // requires the schema
        Report report = Reports.of("footing-errors.facts.json", "warning-only.facts.json", "clean.facts.json");
        JsonNode run = sarif(report).get("runs").get(0);
        assertThat(run.get("results").size()).isEqualTo((int) report.findings().count()).isEqualTo(3);
        assertThat(run.get("tool").get("driver").get("name").asText()).isEqualTo("tickmark");
        assertThat(run.get("artifacts").size()).isEqualTo(3);
    }

    @Test
    void theSchemaCheckCanFail() throws Exception {
        JsonNode doc = MAPPER.readTree(Reports.render(new SarifRenderer(), Reports.of("footing-errors.facts.json")));
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("runs").get(0).get("results").get(0)).put("level", "fatal");
        assertThat(schema().validate(doc)).isNotEmpty();
    }

    @Test
    void ruleDescriptorsComeFromTheCatalogue() throws Exception {
        JsonNode run = sarif(Reports.of("footing-errors.facts.json")).get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        JsonNode con001 = null;
        for (JsonNode r : rules) if (r.get("id").asText().equals("CON-001")) con001 = r;
        assertThat(con001).isNotNull();
        assertThat(con001.get("shortDescription").get("text").asText()).startsWith("A total equals the sum of its parts");
        assertThat(con001.get("fullDescription").get("text").asText()).contains("{total}");
        assertThat(con001.get("help").get("text").asText()).contains("ISA 500");
        assertThat(con001.get("properties").get("category").asText()).isEqualTo("consistency");
        assertThat(con001.get("properties").get("since").asText()).isEqualTo("0.1.0");
        assertThat(con001.get("defaultConfiguration").get("level").asText()).isEqualTo("error");
        JsonNode result = run.get("results").get(0);
        assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(result.get("ruleId").asText());
    }

    @Test
    void levelFollowsSeverity() {
        assertThat(SarifRenderer.level(Severity.ERROR)).isEqualTo("error");
        assertThat(SarifRenderer.level(Severity.WARNING)).isEqualTo("warning");
        assertThat(SarifRenderer.level(Severity.NOTE)).isEqualTo("note");
    }

    @Test
    void firstLocationIsTheSourceLineAndOthersAreRelated() throws Exception {
        JsonNode results = sarif(Reports.of("footing-errors.facts.json")).get("runs").get(0).get("results");
        JsonNode consolidated = results.get(0);
        JsonNode loc = consolidated.get("locations").get(0).get("physicalLocation");
        assertThat(loc.get("artifactLocation").get("uri").asText()).isEqualTo("src/test/resources/fixtures/footing-errors.facts.json");
        assertThat(loc.get("region").get("startLine").asInt()).isEqualTo(22); // the total, not a part
        assertThat(consolidated.get("relatedLocations")).hasSize(2);
        assertThat(consolidated.get("level").asText()).isEqualTo("error");
    }

    @Test
    void pdfLocationsCarryPageAndBox() throws Exception {
        JsonNode result = sarif(Reports.of("pdf-sources.facts.json")).get("runs").get(0).get("results").get(0);
        JsonNode loc = result.get("locations").get(0);
        assertThat(loc.get("physicalLocation").has("region")).isFalse(); // a facts file names no line of the page
        assertThat(loc.get("properties").get("page").asInt()).isEqualTo(3);
        assertThat(loc.get("properties").get("box").asText()).isEqualTo("72.0,410.5,520.0,421.0");
        assertThat(loc.get("message").get("text").asText()).startsWith("p. 3: Total current assets");
        assertThat(result.get("message").get("text").asText()).endsWith("(p. 3)");
    }

    @Test
    void pdfRegionsCountLinesWithinThePage() {
        io.tickmark.extract.Pages pages = io.tickmark.extract.Pages.of(io.tickmark.extract.layout.LayoutDocument.fromText(
                "x.pdf", "a\nb\n\fc\nd\ne\n\ff\n"));
        io.tickmark.facts.SourceRef onPage2 = io.tickmark.facts.SourceRef.ofLines("x.pdf", 2, 4, 5);
        JsonNode region = SarifLocations.region(onPage2, pages);
        assertThat(region.get("startLine").asInt()).isEqualTo(2);
        assertThat(region.get("endLine").asInt()).isEqualTo(3);
        assertThat(Places.pageOf(onPage2, pages)).isEqualTo("p. 2, line 2");
        assertThat(pages.pageOf(6)).isEqualTo(3);
        assertThat(Places.pageOf(io.tickmark.facts.SourceRef.ofLines("x.txt", 2, 4, 4), io.tickmark.extract.Pages.NONE)).isEmpty();
    }

    @Test
    void consolidatedAndParentFiguresNeverShareAFingerprint() throws Exception {
        JsonNode results = sarif(Reports.of("footing-errors.facts.json")).get("runs").get(0).get("results");
        assertThat(results).hasSize(2);
        String a = results.get(0).get("partialFingerprints").get(SarifRenderer.FINGERPRINT_KEY).asText();
        String b = results.get(1).get("partialFingerprints").get(SarifRenderer.FINGERPRINT_KEY).asText();
        assertThat(a).isNotBlank().isNotEqualTo(b);
        assertThat(a).doesNotContain("-"); // distinct without falling back to an ordinal
    }

    @Test
    void fingerprintsDoNotDependOnLinesOrValues() throws Exception {
        // the same footing error moved down the document with other figures: same fingerprint
        Report r = Reports.of("footing-errors.facts.json", "pdf-sources.facts.json");
        DocumentReport text = r.documents().get(0);
        DocumentReport pdf = r.documents().get(1);
        assertThat(text.fingerprint(text.findings().get(0))).isEqualTo(pdf.fingerprint(pdf.findings().get(0)));
    }

    @Test
    void unreadableInputsAreToolNotifications() throws Exception {
        Report r = Reports.of(Baseline.NONE, List.of(new Report.InputError("gone.pdf", "gone.pdf: no such file")), "clean.facts.json");
        JsonNode inv = sarif(r).get("runs").get(0).get("invocations").get(0);
        assertThat(inv.get("executionSuccessful").asBoolean()).isFalse();
        assertThat(inv.get("toolExecutionNotifications").get(0).get("message").get("text").asText()).contains("no such file");
    }

    @Test
    void deterministic() {
        Report r = Reports.of("footing-errors.facts.json");
        assertThat(Reports.render(new SarifRenderer(), r)).isEqualTo(Reports.render(new SarifRenderer(), Reports.of("footing-errors.facts.json")));
    }

    @Test
    void urisAreRelativeToTheBase() {
        // a path as typed is taken against the working directory, then made relative to the base
        assertThat(new SarifLocations(Path.of("")).relative("reports/Annual report 2022.pdf")).isEqualTo("reports/Annual%20report%202022.pdf");
        SarifLocations at = new SarifLocations(Path.of("/repo"));
        assertThat(at.relative("/repo/filings/a.txt")).isEqualTo("filings/a.txt");
        assertThat(at.relative("/data/a.txt")).isEqualTo("../data/a.txt");
        assertThat(at.baseIds().get(SarifLocations.SRCROOT).get("uri").asText()).isEqualTo("file:///repo/");
        assertThat(SarifRenderer.pascal("Footing fails")).isEqualTo("FootingFails");
    }

    @Test
    void everyArtifactUriIsRelativeWithABaseId() throws Exception {
        Path base = Path.of("src/test/resources").toAbsolutePath();
        JsonNode run = MAPPER.readTree(Reports.render(new SarifRenderer(base), Reports.of("footing-errors.facts.json"))).get("runs").get(0);
        assertThat(run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText()).isEqualTo(base.toUri().toString());
        JsonNode art = run.get("results").get(0).get("locations").get(0).get("physicalLocation").get("artifactLocation");
        assertThat(art.get("uri").asText()).isEqualTo("fixtures/footing-errors.facts.json");
        assertThat(art.get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(run.get("artifacts").get(0).get("location").get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
    }

    @Test
    void toolAndRulesLinkToTheirDocumentation() throws Exception {
        JsonNode driver = sarif(Reports.of("footing-errors.facts.json")).get("runs").get(0).get("tool").get("driver");
        assertThat(driver.get("informationUri").asText()).startsWith("https://");
        JsonNode con001 = null;
        for (JsonNode r : driver.get("rules")) if (r.get("id").asText().equals("CON-001")) con001 = r;
        assertThat(con001.get("helpUri").asText()).endsWith("docs/rules/consistency.md#con-001");
        assertThat(con001.get("help").get("markdown").asText()).contains("(" + con001.get("helpUri").asText() + ")");
    }

    @Test
    void baselinedAndWaivedFindingsCarrySuppressions(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Report first = Reports.of("footing-errors.facts.json");
        Path file = tmp.resolve("baseline.json");
        try (var w = Files.newBufferedWriter(file)) {
            new BaselineWriter("restated next year", Baseline.NONE).write(first, w);
        }
        DocumentReport d = first.documents().get(0);
        String fp = d.fingerprint(d.findings().get(1));
        Baseline known = Baseline.read(file).withWaivers(d.path(), java.util.Map.of(fp,
                new Suppression(Suppression.Kind.WAIVER, "immaterial", "J. Doe")));
        JsonNode results = sarif(Reports.of(known, List.of(), "footing-errors.facts.json")).get("runs").get(0).get("results");
        JsonNode baselined = results.get(0).get("suppressions").get(0);
        assertThat(baselined.get("kind").asText()).isEqualTo("external");
        assertThat(baselined.get("status").asText()).isEqualTo("accepted");
        assertThat(baselined.get("justification").asText()).isEqualTo("baseline: restated next year");
        assertThat(results.get(0).get("baselineState").asText()).isEqualTo("unchanged");
        assertThat(results.get(1).get("suppressions").get(0).get("justification").asText()).isEqualTo("waived by J. Doe: immaterial");
    }

    @Test
    void realSeedIsValidSarifWithUniqueFingerprints() throws Exception {
        Path seed = RealDocuments.require(RealDocuments.SEED_PRC_INTERIM);
        var checker = new io.tickmark.run.Checker(io.tickmark.engine.RuleEngine.builtIn(), io.tickmark.run.ProfileLoader.load(null, null));
        DocumentReport d = checker.check(seed, Set.of());
        Report r = new Report("0.0.0-test", List.of(d), io.tickmark.engine.RuleEngine.builtIn().catalogue(), false);
        JsonNode results = sarif(r).get("runs").get(0).get("results");
        List<String> fps = new ArrayList<>();
        for (JsonNode x : results) fps.add(x.get("partialFingerprints").get(SarifRenderer.FINGERPRINT_KEY).asText());
        assertThat(new HashSet<>(fps)).hasSameSizeAs(fps);
        for (JsonNode x : results) {
            JsonNode loc = x.get("locations").get(0).get("physicalLocation");
            if (x.get("ruleId").asText().startsWith("CON-")) assertThat(loc.get("region").get("startLine").asInt()).isPositive();
        }
    }
}
