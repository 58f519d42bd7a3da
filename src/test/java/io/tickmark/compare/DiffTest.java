package io.tickmark.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tickmark.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tickmark diff} on the bundled example and a later draft with one figure changed and one note removed. */
class DiffTest {
    static final Path EXAMPLE = Path.of("examples/harbour-lights-2023-annual.txt");

    @TempDir
    Path dir;

    /** The later draft: "Other current assets" for 2023 from 1,206 to 1,260, and Note 3 (inventories) taken out. */
    private Path laterDraft() throws Exception {
        String text = Files.readString(EXAMPLE);
        String changed = text.replaceFirst("(Other current assets\\s+)1,206", "$11,260");
        assertThat(changed).isNotEqualTo(text);
        int note = changed.indexOf("Note 3 – Inventories");
        assertThat(note).isPositive();
        Path p = dir.resolve("harbour-lights-draft2.txt");
        Files.writeString(p, changed.substring(0, note));
        return p;
    }

    @Test
    void reportsExactlyTheChangedFigureAndTheRemovedNote() throws Exception {
        Path later = laterDraft();
        Cli r = Cli.run("diff", "--format", "json", EXAMPLE.toString(), later.toString());
        assertThat(r.err()).isEmpty();
        JsonNode d = new ObjectMapper().readTree(r.out());

        assertThat(d.get("figuresChanged")).hasSize(1);
        JsonNode c = d.get("figuresChanged").get(0);
        assertThat(c.get("label").asText()).isEqualTo("Other current assets");
        assertThat(c.get("period").asText()).isEqualTo("2023-12-31");
        assertThat(c.get("before").asText()).isEqualTo("1206000");
        assertThat(c.get("after").asText()).isEqualTo("1260000");
        assertThat(d.get("figuresAdded")).isEmpty();
        assertThat(d.get("figuresRemoved")).isEmpty();
        assertThat(d.get("tablesAdded")).isEmpty();
        assertThat(d.get("tablesRemoved")).hasSize(1);
        assertThat(d.get("tablesRemoved").get(0).get("title").asText()).containsIgnoringCase("inventories");
        assertThat(d.get("tablesRemoved").get(0).get("figures").asInt()).isEqualTo(8);
        // the changed figure breaks the current-assets footing: the one check newly failing
        assertThat(d.get("checksNewlyFailing")).isNotEmpty()
                .allSatisfy(k -> assertThat(k.get("identity").asText()).contains("TotalCurrentAssets").contains("2023-12-31"));
        assertThat(d.get("checksNewlyPassing")).isEmpty();
        assertThat(r.code()).isEqualTo(1);
    }

    @Test
    void aDraftComparedWithItselfHasNoDifferences() {
        Cli r = Cli.run("diff", EXAMPLE.toString(), EXAMPLE.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("No differences.");
    }

    @Test
    void textNamesTheChangeAndTheNote() throws Exception {
        Cli r = Cli.run("diff", EXAMPLE.toString(), laterDraft().toString());
        assertThat(r.out()).contains("Figures changed (1)").contains("Other current assets (2023-12-31): 1,206,000 -> 1,260,000")
                .contains("Notes and tables removed (1)").doesNotContain("Figures removed").doesNotContain("Figures added");
    }
}
