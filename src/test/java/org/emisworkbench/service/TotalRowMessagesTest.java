package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.StoredFinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the findings of a district list's total rows say: figures as an officer writes them (a whole figure
 * without ".0", a decimal in the reader's style), and a subtotal's "since the previous total row" only where it
 * is true. The list is written here as a program writes numbers into a file ({@code <v>102.0</v>}).
 */
class TotalRowMessagesTest {
    private static final String TEMPLATE = """
            {"id": "zones", "version": 1, "layout": "wide",
             "sheets": [{"names": ["Effectifs"], "key": ["EMIS No"],
               "columns": [{"headers": ["Name of school"], "field": "school.name"},
                           {"patterns": ["G{grade} {sex}"], "field": "enrolment"}]}]}
            """;

    @TempDir
    java.nio.file.Path dir;

    @Test
    void aTypedOverTotalAndAFractionalCountPrintTheirFiguresAsAnOfficerWritesThem() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); TemplateImports imports = new TemplateImports(dir)) {
            Sheet s = wb.createSheet("Effectifs");
            row(s, 0, "EMIS No", "Name of school", "G1 M", "G1 F");
            row(s, 1, "MW-101", "Bondo", 40, 45);
            row(s, 2, "MW-102", "Chisi", 38, 2.5);
            int boys = 40 + 38;
            row(s, 3, "", "TOTAL", boys + 24, 47.5); // a total typed over by hand: 102, not 78

            FileResult f = imports.importWith(wb, "zones-2024.xlsx", TEMPLATE, 2024);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            List<StoredFinding> found = imports.validate(2024);
            String total = message(found, "IMP-08", "C4", Locale.ENGLISH);
            assertTrue(total.contains("the total " + (boys + 24) + " does not equal"), total);
            assertFalse(total.contains(".0"), total);
            String totalFr = message(found, "IMP-08", "C4", Locale.FRENCH);
            assertTrue(totalFr.contains("le total " + (boys + 24) + " "), totalFr);
            assertFalse(totalFr.contains(".0"), totalFr);
            // A decimal stays a decimal, in the reader's style.
            String fractional = message(found, "IMP-03", "D3", Locale.ENGLISH);
            assertTrue(fractional.contains("(2.5)"), fractional);
            String fractionalFr = message(found, "IMP-03", "D3", Locale.FRENCH);
            assertTrue(fractionalFr.contains("(2,5)"), fractionalFr);
            String fractionalPt = message(found, "IMP-03", "D3", Locale.forLanguageTag("pt"));
            assertTrue(fractionalPt.contains("(2,5)"), fractionalPt);
        }
    }

    /**
     * A subtotal's message says how much came since the previous total row only when there was one and rows came
     * since: a grand total typed over right under a zone's subtotal says the rows above, never "(0 since the
     * previous total row)"; a zone's subtotal typed over after an earlier zone says both, each true.
     */
    @Test
    void aTotalRowSaysWhatCameSinceThePreviousTotalOnlyWhenSomethingDid() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); TemplateImports imports = new TemplateImports(dir)) {
            Sheet s = wb.createSheet("Effectifs");
            row(s, 0, "EMIS No", "Name of school", "G1 M", "G1 F");
            row(s, 1, "MW-101", "Bondo", 40, 45);
            row(s, 2, "MW-102", "Chisi", 38, 41);
            row(s, 3, "", "Zone 1 total", 78, 86); // right
            row(s, 4, "MW-201", "Dedza", 20, 22);
            row(s, 5, "MW-202", "Ekwendeni", 16, 19);
            row(s, 6, "", "Zone 2 total", 36, 51); // girls typed over: 41 since zone 1's total, 127 above
            row(s, 7, "", "GRAND TOTAL", 114, 150); // girls typed over (127 above), right under zone 2's total

            FileResult f = imports.importWith(wb, "zones-2024.xlsx", TEMPLATE, 2024);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            List<StoredFinding> found = imports.validate(2024);
            String zone = message(found, "IMP-08", "D7", Locale.ENGLISH);
            assertTrue(zone.contains("the total row says 51 but the rows above add up to 127 (41 since the previous"
                    + " total row)"), zone);
            String grand = message(found, "IMP-08", "D8", Locale.ENGLISH);
            assertTrue(grand.contains("the total row says 150 but the rows above add up to 127)"), grand);
            assertFalse(grand.contains("since"), grand);
            String grandFr = message(found, "IMP-08", "D8", Locale.FRENCH);
            assertFalse(grandFr.contains("depuis"), grandFr);
            assertFalse(found.stream().anyMatch(x -> x.finding().ruleId().equals("IMP-08")
                    && x.finding().source().cell().startsWith("C")), "the boys' totals add up");
        }
    }

    /**
     * A return of a row per school and class, each school's classes closed by its own sub-total row (review 20,
     * Kenya): a sub-total typed over is said as that school's, its rows' sum given, never the sum of the whole
     * sheet first; a total row under several schools keeps the words of a list's total.
     */
    @Test
    void aSchoolsOwnSubtotalRowIsSaidAsThatSchools() throws Exception {
        String classes = """
                {"id": "classes", "version": 1, "layout": "wide",
                 "sheets": [{"names": ["Enrolment"], "key": ["School code"],
                   "columns": [{"headers": ["Class"], "field": "row.grade"},
                               {"headers": ["Boys"], "field": "enrolment", "sex": "M"},
                               {"headers": ["Girls"], "field": "enrolment", "sex": "F"}]}]}
                """;
        try (XSSFWorkbook wb = new XSSFWorkbook(); TemplateImports imports = new TemplateImports(dir)) {
            Sheet s = wb.createSheet("Enrolment");
            row(s, 0, "School code", "Class", "Boys", "Girls");
            row(s, 1, "KT-1", "Grade 1", 30, 28);
            row(s, 2, "KT-1", "Grade 2", 25, 27);
            row(s, 3, "", "Sub-total", 55, 55); // right
            row(s, 4, "KT-2", "Grade 1", 22, 20);
            row(s, 5, "KT-2", "Grade 2", 21, 19);
            int kt2Boys = 22 + 21;
            row(s, 6, "", "Sub-total", kt2Boys + 3, 39); // boys typed over
            row(s, 7, "", "TOTAL", 55 + kt2Boys, 55 + 39 + 1); // girls typed over, under both schools

            FileResult f = imports.importWith(wb, "classes-2024.xlsx", classes, 2024);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            List<StoredFinding> found = imports.validate(2024);
            String school = message(found, "IMP-08", "C7", Locale.ENGLISH);
            assertTrue(school.contains("the sub-total row of school KT-2 says " + (kt2Boys + 3)
                    + " but the school's rows above it add up to " + kt2Boys), school);
            assertEquals("KT-2", found.stream().filter(x -> x.finding().ruleId().equals("IMP-08")
                    && "C7".equals(x.finding().source().cell())).findFirst().orElseThrow().finding().schoolCode());
            String schoolPt = message(found, "IMP-08", "C7", Locale.forLanguageTag("pt"));
            assertTrue(schoolPt.contains("subtotal da escola KT-2"), schoolPt);
            String grand = message(found, "IMP-08", "D8", Locale.ENGLISH);
            assertFalse(grand.contains("school"), grand);
        }
    }

    private static String message(List<StoredFinding> found, String rule, String cell, Locale language) {
        List<String> texts = found.stream().filter(x -> x.finding().ruleId().equals(rule)
                && x.finding().source() != null && cell.equals(x.finding().source().cell()))
                .map(x -> x.finding().message().in(language)).toList();
        assertEquals(1, texts.size(), rule + " at " + cell + ": " + found.stream().map(x -> x.finding().ruleId() + " "
                + x.finding().message().english()).toList());
        return texts.get(0);
    }

    static void row(Sheet s, int r, Object... cells) {
        Row row = s.createRow(r);
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (!((String) cells[c]).isEmpty()) {
                row.createCell(c).setCellValue((String) cells[c]);
            }
        }
    }
}
