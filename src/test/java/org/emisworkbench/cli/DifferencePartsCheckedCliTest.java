package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 20 §4.2: a total column read as the first part of a {@code differenceOf} under a three-row header (a banner
 * over the grades, each grade over {@code T | F}), named without the banner as a draft writes it, is shown read by
 * {@code emis template check}, as the import reads it: the check and the import share one reading of the header
 * texts. The workbook is written here; the boys expected are the totals less the girls, worked out below.
 */
class DifferencePartsCheckedCliTest {
    @TempDir
    Path dir;

    @Test
    void totalsReadAsTheFirstPartOfADifferenceAreShownRead() throws Exception {
        int[][] totals = {{57, 61, 48}, {33, 29, 40}};
        int[][] girls = {{30, 27, 25}, {15, 14, 22}};
        Path book = dir.resolve("banner-2025.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(book)) {
            Sheet s = wb.createSheet("Escolas");
            Row banner = s.createRow(0);
            Row grade = s.createRow(1);
            Row sex = s.createRow(2);
            banner.createCell(0).setCellValue("School");
            s.addMergedRegion(new CellRangeAddress(0, 2, 0, 0));
            banner.createCell(1).setCellValue("Pupils enrolled");
            s.addMergedRegion(new CellRangeAddress(0, 0, 1, 6));
            for (int g = 0; g < 3; g++) {
                grade.createCell(1 + 2 * g).setCellValue("Year " + (g + 1));
                s.addMergedRegion(new CellRangeAddress(1, 1, 1 + 2 * g, 2 + 2 * g));
                sex.createCell(1 + 2 * g).setCellValue("T");
                sex.createCell(2 + 2 * g).setCellValue("F");
            }
            for (int r = 0; r < totals.length; r++) {
                Row row = s.createRow(3 + r);
                row.createCell(0).setCellValue("SCH-" + (r + 1));
                for (int g = 0; g < 3; g++) {
                    row.createCell(1 + 2 * g).setCellValue(totals[r][g]);
                    row.createCell(2 + 2 * g).setCellValue(girls[r][g]);
                }
            }
            wb.write(out);
        }
        StringBuilder columns = new StringBuilder();
        for (int g = 1; g <= 3; g++) {
            columns.append(",\n {\"headers\": [\"Year %d F\"], \"field\": \"enrolment\", \"grade\": \"G%d\", \"sex\": \"F\"}"
                    .formatted(g, g));
            columns.append(",\n {\"differenceOf\": [\"Year %d T\", \"Year %d F\"], \"field\": \"enrolment\", \"grade\": \"G%d\", \"sex\": \"M\"}"
                    .formatted(g, g, g));
        }
        Path template = dir.resolve("banner.json");
        Files.writeString(template, """
                {"id": "banner", "version": 1, "layout": "wide", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Escolas"], "headerRow": 1, "headerRows": 3, "key": ["School"],
                   "columns": [%s]}]}
                """.formatted(columns.substring(1)));

        CliRun check = CliRun.emis("template", "check", "--template", template.toString(), book.toString());
        assertEquals(0, check.code(), check.out() + check.err());
        assertFalse(check.out().contains("NOT READ"), check.out());
        for (String letters : new String[] {"B", "D", "F"}) {
            assertTrue(check.out().lines().anyMatch(l -> l.startsWith("  read      " + letters + " ")
                    && l.contains("Year") && l.contains(" T")), letters + "\n" + check.out());
        }

        Path db = dir.resolve("banner.mv.db");
        CliRun imported = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(),
                book.toString());
        assertEquals(0, imported.code(), imported.out() + imported.err());
        for (int r = 0; r < totals.length; r++) {
            for (int g = 0; g < 3; g++) {
                CliRun t = CliRun.emis("trace", "--db", db.toString(), "--year", "2025", "--school", "SCH-" + (r + 1),
                        "--slot", "G" + (g + 1), "--sex", "M");
                assertTrue(t.out().startsWith("SCH-" + (r + 1) + " 2025 enrolment G" + (g + 1) + " M = "
                        + (totals[r][g] - girls[r][g])), t.out());
            }
        }
    }
}
