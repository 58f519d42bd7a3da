package io.tickmark.extract.structure;

import io.tickmark.extract.Extraction;
import io.tickmark.facts.TableInfo;
import io.tickmark.report.DocumentReport;
import org.junit.jupiter.api.Test;

import static io.tickmark.testing.LayoutFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Note headings that end in ", net" ("9. Property and Equipment, net"), as US notes are titled: each
 * starts its note's table. "net" closes a caption here; read as a word left hanging ("net of ...")
 * it had the heading taken for a row label, so the next note's table ran on under the previous
 * note's columns and a column of useful lives was footed as if it were amounts. Written small, by
 * us, as a 10-K's notes are laid out.
 */
class NetNoteHeadingsLayoutTest {

    static final String NOTES = String.join("\n",
            "NOTES TO CONSOLIDATED FINANCIAL STATEMENTS",
            "",
            "8. Other Current Assets",
            "                                                                  March 2,          March 3,",
            "($ in millions)                                                       2025              2024",
            "Prepaid rent                                                   $        21       $        19",
            "Other                                                                   15                12",
            "                                                               $        36       $        31",
            "",
            "9. Property and Equipment, net",
            "                                                                  March 2,          March 3,",
            "($ in millions)                                                       2025              2024",
            "Land                                                           $         5       $         5",
            "Buildings                                                               61                58",
            "                                                                        66                63",
            "Less: accumulated depreciation                                         (20)              (17)",
            "                                                               $        46       $        46",
            "",
            "10. Other Intangible Assets, net",
            "",
            "                                                         March 2, 2025                                                   March 3, 2024",
            "                                                 Gross      Accum.        Net              Life in            Gross        Accum.         Net",
            "($ in millions)                                  value       amort.      value             Years (1)          value         amort.       value",
            "Amortized intangible assets:",
            "   Lease acquisition costs                   $        98 $          (95) $            3           8.6 $          104 $             (99) $           5",
            "   Customer lists                                     24            (10)             14           2.5              16                (4)            12",
            "                                             $       122 $         (105) $           17           4.0 $          120 $            (103) $          17",
            "",
            "(1) The weighted-average useful life of the assets not yet fully amortized.",
            "");

    @Test
    void eachNoteHeadingEndingInNetStartsItsOwnTable() {
        Extraction ex = extract(NOTES);
        assertThat(ex.tables()).extracting(TableInfo::getTitle).as(ex.tables().toString())
                .containsExactly("8. Other Current Assets", "9. Property and Equipment, net", "10. Other Intangible Assets, net");
    }

    @Test
    void usefulLivesAreNotFootedAndTheAmountsAre() {
        DocumentReport r = check(NOTES);
        assertThat(errors(r)).as(dump(r)).isEmpty();
        assertThat(passed(r, "CON-001")).as(dump(r)).isGreaterThanOrEqualTo(6);
        DocumentReport wrong = check(NOTES.replace("$       122 $", "$       125 $"));
        assertThat(errors(wrong)).as(dump(wrong)).isNotEmpty();
    }
}
