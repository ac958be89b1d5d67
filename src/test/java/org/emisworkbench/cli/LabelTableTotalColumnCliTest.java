package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.LongCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 28, F5a. A label table whose {@code Total} column is read as a figure of its own ({@code Condition | Good |
 * Needs repair | Unusable | Total}, row {@code Classrooms}, {@code Total} read as {@code classrooms.total}) is compared
 * with the columns left of it on its row, as a grid's Total column is: a total that disagrees is a {@code
 * TOTAL_MISMATCH} at its cell, naming the cells added; one that agrees says nothing. Workbooks written here, the
 * expected sums worked out here.
 */
class LabelTableTotalColumnCliTest {
    @TempDir
    Path dir;

    private static final String[] HEADS = {"Condition", "Good", "Needs repair", "Unusable", "Total"};
    /** Row (0-based) of the classrooms' figures; the header is the row above. */
    private static final int ROOMS = 5;

    private Path form(String name, int[] parts, int total) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Facilities");
            Row code = s.createRow(0);
            code.createCell(0).setCellValue("School code:");
            code.createCell(1).setCellValue("FC-3101");
            s.createRow(3).createCell(0).setCellValue("Classrooms by condition");
            Row header = s.createRow(ROOMS - 1);
            for (int c = 0; c < HEADS.length; c++) {
                header.createCell(c).setCellValue(HEADS[c]);
            }
            Row rooms = s.createRow(ROOMS);
            rooms.createCell(0).setCellValue("Classrooms");
            for (int c = 0; c < parts.length; c++) {
                rooms.createCell(c + 1).setCellValue(parts[c]);
            }
            rooms.createCell(HEADS.length - 1).setCellValue(total);
            wb.write(out);
        }
        return file;
    }

    private Path template() throws Exception {
        Path t = dir.resolve("rooms.json");
        Files.writeString(t, """
                {"id": "rooms", "version": 1, "layout": "grid",
                 "sheets": [{"names": ["Facilities"], "required": ["school.code"],
                   "labels": [{"labels": ["School code"], "field": "school.code"},
                     {"labels": ["Classrooms"], "column": ["Good"], "field": "classrooms.good"},
                     {"labels": ["Classrooms"], "column": ["Needs repair"], "field": "classrooms.fair"},
                     {"labels": ["Classrooms"], "column": ["Unusable"], "field": "classrooms.poor"},
                     {"labels": ["Classrooms"], "column": ["Total"], "field": "classrooms.total"}]}]}
                """);
        return t;
    }

    @Test
    void aTotalColumnThatDisagreesWithItsRowIsSaidAtItsCell() throws Exception {
        int[] parts = {8, 2, 1};
        int sum = 0;
        for (int p : parts) {
            sum += p;
        }
        int total = sum + 4;
        Path file = form("rooms-2024.xlsx", parts, total);
        Path tpl = template();
        CliRun check = CliRun.emis("template", "check", "--template", tpl.toString(), file.toString());
        String at = "E" + (ROOMS + 1);
        String cells = "B" + (ROOMS + 1) + "+C" + (ROOMS + 1) + "+D" + (ROOMS + 1);
        assertTrue(check.out().contains("Facilities!" + at + " TOTAL_MISMATCH"), check.out());
        assertTrue(check.out().contains("the total column says " + total + " but the columns left of it on its row ("
                + cells + ") come to " + sum), check.out());

        // The import says it too, naming the file; the total is still stored as the school wrote it.
        Path db = dir.resolve("rooms.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--year", "2024", "--template", tpl.toString(),
                file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        List<Map<String, String>> rows = LongCsv.rows(db, 2024, dir.resolve("rooms.csv"));
        Map<String, String> totalRow = rows.stream().filter(r -> "classrooms".equals(r.get("topic"))
                && "total".equals(r.get("item"))).findFirst().orElseThrow(() -> new AssertionError(rows.toString()));
        assertEquals(total, Math.round(Double.parseDouble(totalRow.get("value"))), totalRow.toString());
        assertTrue(imp.out().contains("rooms-2024.xlsx"), imp.out());
        assertTrue(imp.out().contains("TOTAL_MISMATCH               1  first Facilities!" + at), imp.out());
    }

    @Test
    void aTotalColumnThatAgreesWithItsRowSaysNothing() throws Exception {
        int[] parts = {5, 0, 3};
        Path file = form("rooms-2024.xlsx", parts, parts[0] + parts[1] + parts[2]);
        CliRun check = CliRun.emis("template", "check", "--template", template().toString(), file.toString());
        assertFalse(check.out().contains("TOTAL_MISMATCH"), check.out());
        assertTrue(check.out().contains("classrooms.total = " + (parts[0] + parts[1] + parts[2])), check.out());
    }
}
