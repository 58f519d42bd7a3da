package io.tickmark.extract.structure;

import io.tickmark.extract.Extraction;
import io.tickmark.facts.Check;
import io.tickmark.facts.TableInfo;
import io.tickmark.report.DocumentReport;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static io.tickmark.testing.LayoutFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Layout text that keeps the page's left margin: {@code pdftotext -fixed} and text exported from a
 * viewer write every line of a page some columns right, where {@code pdftotext -layout} starts the
 * page's leftmost text at the first column. Read as written, a note heading 24 columns in was no
 * heading and two notes' tables ran together. Written small, by us: the same two pages with and
 * without a margin read the same.
 */
class PageMarginLayoutTest {

    static final String PAGES = String.join("\n",
            "                                 NOTES TO CONSOLIDATED FINANCIAL STATEMENTS",
            "",
            "9. Property and Equipment, net",
            "                                                               January 28,     January 29,",
            "($ in millions)                                                      2023            2022",
            "Owned properties:",
            "  Land                                                         $        4      $        4",
            "  Buildings                                                            53              52",
            "  Furniture and fixtures                                            1,379           1,329",
            "                                                                    1,436           1,385",
            "  Less: accumulated depreciation                                     (948)           (902)",
            "                                                               $      488      $      483",
            "",
            "10. Other Intangible Assets, net",
            "",
            "                                       January 28, 2023                          January 29, 2022",
            "                                Gross       Accum.        Net          Gross       Accum.        Net",
            "($ in millions)                 value       amort.      value          value       amort.      value",
            "Amortized intangible assets:",
            "  Lease acquisition costs   $     102   $    (100)   $      2      $     107   $    (104)   $      3",
            "  Trademarks                       18         (18)          —             18         (18)          —",
            "  Customer lists                   20          (9)         11             13          (2)         11",
            "                            $     140   $    (127)   $     13      $     138   $    (124)   $     14",
            "\f                                                       2022 Form 10-K Page 58",
            "11. Other Assets",
            "($ in millions)                                                      2023            2022",
            "  Deferred taxes                                               $      100      $       90",
            "  Other                                                                50              40",
            "                                                               $      150      $      130",
            "");

    /** Every non-blank line of each page moved right by the same margin. */
    static String withMargin(String text, int margin) {
        String pad = " ".repeat(margin);
        return text.lines().map(l -> l.isBlank() ? l : l.startsWith("\f") ? "\f" + pad + l.substring(1) : pad + l)
                .collect(Collectors.joining("\n")) + "\n";
    }

    private static List<String> tables(Extraction ex) {
        return ex.tables().stream().map(t -> t.getTitle() + " " + t.getColumns().size() + " " + t.getRowsRead()).toList();
    }

    private static List<String> checks(DocumentReport r) {
        return r.checks().stream().map(c -> c.getRuleId() + " " + c.getKey() + " " + c.getOutcome()).sorted().toList();
    }

    @Test
    void notesUnderAPageMarginAreReadAsWithout() {
        Extraction plain = extract(PAGES);
        assertThat(plain.tables()).extracting(TableInfo::getTitle)
                .containsExactly("9. Property and Equipment, net", "10. Other Intangible Assets, net", "11. Other Assets");
        for (int margin : new int[]{8, 24}) {
            String shifted = withMargin(PAGES, margin);
            assertThat(tables(extract(shifted))).as("margin " + margin).isEqualTo(tables(plain));
            assertThat(checks(check(shifted))).as("margin " + margin).isEqualTo(checks(check(PAGES)));
        }
        assertThat(check(withMargin(PAGES, 24)).checks()).filteredOn(c -> c.getRuleId().equals("CON-001"))
                .isNotEmpty().allMatch(Check::isPassed);
    }

    @Test
    void eachPageLosesItsOwnMargin() {
        // the second page is laid out 6 columns further right than the first
        String[] pages = PAGES.split("\f", 2);
        String text = withMargin(pages[0], 20) + "\f" + withMargin(pages[1], 26);
        assertThat(tables(extract(text))).isEqualTo(tables(extract(PAGES)));
    }
}
