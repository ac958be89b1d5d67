package org.emisworkbench.cli;

import static org.emisworkbench.testing.CliRun.emis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code emis template check} of a file with a sheet per school year ({@code 2021-22}, {@code 2022-23}, in a file
 * whose name holds no year) and a template reading the census year's sheet ({@code "names": ["{year}"]}): without
 * {@code --year}, the latest year's sheet is checked, saying which year and how to check another; with
 * {@code --year}, that year's sheet. In French too.
 * The check of the latest sheet is the one {@code --year} of its year gives, the import without the year refusing the
 * file as before (exit 1).
 */
class CheckSheetsNamedByYearCliTest {
    private static final String TEMPLATE = """
            {"id": "by-year", "version": 1, "layout": "wide",
             "sheets": [{"names": ["{year}"], "key": ["EMIS No"],
               "columns": [{"patterns": ["Std {grade} {sex}"], "field": "enrolment"}]}]}
            """;
    private static final String[] SHEETS = {"2021-22", "2022-23"};
    private static final int[] SCHOOLS = {3, 5};

    @TempDir
    Path dir;

    private Path workbook() throws Exception {
        Path file = dir.resolve("north-returns.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            for (int y = 0; y < SHEETS.length; y++) {
                Sheet s = wb.createSheet(SHEETS[y]);
                Row h = s.createRow(0);
                h.createCell(0).setCellValue("EMIS No");
                for (int g = 1; g <= 2; g++) {
                    h.createCell(2 * g - 1).setCellValue("Std " + g + " Male");
                    h.createCell(2 * g).setCellValue("Std " + g + " Female");
                }
                for (int i = 0; i < SCHOOLS[y]; i++) {
                    Row r = s.createRow(1 + i);
                    r.createCell(0).setCellValue("NR-" + (100 + i));
                    for (int c = 1; c <= 4; c++) {
                        r.createCell(c).setCellValue(10 + i + c + y);
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    @Test
    void theLatestYearsSheetIsCheckedAndSaid() throws Exception {
        Path template = Files.writeString(dir.resolve("by-year.json"), TEMPLATE);
        Path file = workbook();
        int latest = Integer.parseInt(SHEETS[1].substring(0, 4));
        int earlier = Integer.parseInt(SHEETS[0].substring(0, 4));

        CliRun check = emis("template", "check", "--template", template.toString(), file.toString());
        // What --year of the latest sheet checks; but the import without the year refuses the file, which is said
        // (exit 1, the closing line saying the file would be refused).
        CliRun given = emis("template", "check", "--template", template.toString(), "--year", String.valueOf(latest),
                file.toString());
        assertEquals(0, given.code(), given.err() + given.out());
        assertEquals(1, check.code(), check.err() + check.out());
        assertEquals(given.out().lines().filter(l -> !l.contains("census year") && !l.startsWith("Problems")).toList(),
                check.out().lines().filter(l -> !l.contains("census year") && !l.startsWith("Problems")).toList());
        assertTrue(check.out().contains("the import needs the year (--year " + latest + ")"), check.out());
        assertTrue(check.out().contains("census year " + latest + ": no year is given"), check.out());
        assertTrue(check.out().contains("sheets named by a year (" + earlier + ", " + latest + ")"), check.out());
        assertTrue(check.out().contains("check another year with --year " + earlier), check.out());
        assertTrue(check.out().contains("Sheet \"" + SHEETS[1] + "\""), check.out());
        assertTrue(check.out().contains("store " + SCHOOLS[1] + " school(s), " + SCHOOLS[1] * 4 + " value(s)"),
                check.out());
        assertFalse(check.out().contains("REFUSE"), check.out());

        CliRun other = emis("template", "check", "--template", template.toString(), "--year",
                String.valueOf(earlier), file.toString());
        assertTrue(other.out().contains("Sheet \"" + SHEETS[0] + "\""), other.out());
        assertTrue(other.out().contains("store " + SCHOOLS[0] + " school(s), " + SCHOOLS[0] * 4 + " value(s)"),
                other.out());
        assertFalse(other.out().contains("no year is given"), other.out());

        CliRun fr = emis("template", "check", "--template", template.toString(), "--lang", "fr", file.toString());
        assertTrue(fr.out().contains("année de recensement " + latest + " : aucune année n’est donnée"), fr.out());
        assertTrue(fr.out().contains("--year " + earlier), fr.out());
    }
}
