package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The totals of a sheet read on its side (one column per school, decision 0041) name the sheet's own cells and speak
 * of its rows and its TOTAL column (review 23, 2b: {@code n/a} typed in F4 was reported as "D6 is blank", {@code -}
 * in C10 as "leaving out J3", and the words were those of a sheet of one row per school). Written here with POI:
 * schools in columns C to F, the first school given again in column G, a TOTAL column H counting every column, a
 * {@code Total pupils} row; every expected sum is worked out here from the figures written.
 */
class SchoolsAcrossTotalsTest {
    private static final String[] CODES = {"S-101", "S-102", "S-103", "S-104"};
    private static final int FIRST_COL = 2;
    private static final int DUPLICATE_COL = 6;
    private static final int TOTAL_COL = 7;
    /** Rows (0-based) of Grade 1 Boys … Grade 3 Girls, and of Total pupils. */
    private static final int FIRST_ROW = 2;
    private static final int TOTAL_ROW = 8;

    @TempDir
    Path dir;

    private static final String TEMPLATE = """
            {"id": "across-totals", "version": 1, "layout": "wide", "year": {"fromFileName": true},
             "sheets": [{"names": ["Summary"], "key": ["School code"], "schoolsIn": "columns",
               "columns": [
                 {"headers": ["School name"], "field": "school.name"},
                 {"patterns": ["Grade {grade} {sex}"], "field": "enrolment"},
                 {"headers": ["Total pupils"], "total": "enrolment"}]}]}
            """;

    @Test
    void totalsOfASheetReadOnItsSideNameTheSheetsCellsInItsOwnWords() throws Exception {
        Random rnd = new Random(2323);
        int[][] v = new int[CODES.length][6]; // per school: G1 boys, G1 girls, G2 boys … G3 girls
        for (int[] school : v) {
            for (int k = 0; k < 6; k++) {
                school[k] = 10 + rnd.nextInt(40);
            }
        }
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Summary");
        Sheets.row(s, 0, "School code", null);
        Sheets.row(s, 1, "School name", null);
        String[] grades = {"Grade 1", null, "Grade 2", null, "Grade 3", null};
        for (int k = 0; k < 6; k++) {
            Row r = s.createRow(FIRST_ROW + k);
            if (grades[k] != null) {
                r.createCell(0).setCellValue(grades[k]);
            }
            r.createCell(1).setCellValue(k % 2 == 0 ? "Boys" : "Girls");
        }
        s.createRow(TOTAL_ROW).createCell(0).setCellValue("Total pupils");
        int[] rowTotals = new int[6];
        for (int i = 0; i <= CODES.length; i++) {
            int school = i == CODES.length ? 0 : i; // column G gives the first school again
            int col = i == CODES.length ? DUPLICATE_COL : FIRST_COL + i;
            s.getRow(0).createCell(col).setCellValue(CODES[school]);
            s.getRow(1).createCell(col).setCellValue("School " + CODES[school]);
            int pupils = 0;
            for (int k = 0; k < 6; k++) {
                s.getRow(FIRST_ROW + k).createCell(col).setCellValue(v[school][k]);
                pupils += v[school][k];
                rowTotals[k] += v[school][k];
            }
            s.getRow(TOTAL_ROW).createCell(col).setCellValue(pupils);
        }
        s.getRow(0).createCell(TOTAL_COL).setCellValue("TOTAL");
        for (int k = 0; k < 6; k++) {
            s.getRow(FIRST_ROW + k).createCell(TOTAL_COL).setCellValue(rowTotals[k]);
        }
        // Planted: "n/a" over S-102's Grade 2 girls (D6), a word over S-103's Grade 3 boys (E7). Their row and
        // column swapped (F4, G5) are cells of other schools: a message naming those would send the officer astray.
        s.getRow(5).getCell(3).setCellValue("n/a");
        s.getRow(6).getCell(4).setCellValue("twelve");
        Path file = dir.resolve("district-across-2024.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        Path tpl = Files.writeString(dir.resolve("across-totals.json"), TEMPLATE);
        TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));
        TemplateWorkshop.CheckReport check = workshop.check(file, TemplateLoader.load(tpl), 2024,
                org.emisworkbench.model.Cancellation.none());
        Map<String, TemplateWorkshop.ProblemLine> mismatches = check.problems().stream()
                .filter(p -> p.kind() == ProblemKind.TOTAL_MISMATCH)
                .collect(Collectors.toMap(TemplateWorkshop.ProblemLine::sheetCell, p -> p, (a, b) -> a, TreeMap::new));

        int d = sum(v[1]);
        int e = sum(v[2]);
        assertEquals("the total says " + d + " but the rows add up to " + (d - v[1][3])
                        + "; D6 is blank, not read as 0: fill in the figure (or 0 if there is none) to check the total",
                english(mismatches, "Summary!D9"));
        assertEquals("the total says " + e + " but the rows add up to " + (e - v[2][4])
                        + ", leaving out E7, which could not be read: the total cannot be checked fully",
                english(mismatches, "Summary!E9"));
        // The TOTAL column counts column G (S-101 again, not read): agreeing with either sum is right, and on a row
        // where it agrees with neither (a cell left blank or unreadable) the message gives both and names column G.
        int read6 = v[0][3] + v[2][3] + v[3][3];
        assertEquals("the total column says " + rowTotals[3] + " but the columns to its left add up to " + read6
                        + " (" + (read6 + v[0][3]) + " with column(s) G, not read: a school given twice, a column"
                        + " without a code)",
                english(mismatches, "Summary!H6"));
        int read7 = v[0][4] + v[1][4] + v[3][4];
        assertEquals("the total column says " + rowTotals[4] + " but the columns to its left add up to " + read7
                        + " (" + (read7 + v[0][4]) + " with column(s) G, not read: a school given twice, a column"
                        + " without a code), leaving out E7, which could not be read: the total cannot be checked"
                        + " fully",
                english(mismatches, "Summary!H7"));
        assertEquals(List.of("Summary!D9", "Summary!E9", "Summary!H6", "Summary!H7"), List.copyOf(mismatches.keySet()),
                "the rows and TOTAL cells that include the two planted cells, and no other: " + check.problems());
        assertTrue(mismatches.get("Summary!H6").detail().in(Locale.FRENCH)
                .startsWith("la colonne de total indique " + rowTotals[3] + " mais les colonnes à sa gauche font"),
                mismatches.get("Summary!H6").detail().in(Locale.FRENCH));
        assertTrue(mismatches.get("Summary!D9").detail().in(Locale.forLanguageTag("pt"))
                .startsWith("o total indica " + d + " mas as linhas somam"),
                mismatches.get("Summary!D9").detail().in(Locale.forLanguageTag("pt")));
    }

    private static String english(Map<String, TemplateWorkshop.ProblemLine> lines, String cell) {
        TemplateWorkshop.ProblemLine line = lines.get(cell);
        assertTrue(line != null, "no TOTAL_MISMATCH at " + cell + ": " + lines.keySet());
        return line.detail().english();
    }

    private static int sum(int[] figures) {
        int n = 0;
        for (int f : figures) {
            n += f;
        }
        return n;
    }
}
