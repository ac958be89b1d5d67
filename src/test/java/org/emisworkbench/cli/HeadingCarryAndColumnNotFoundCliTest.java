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
 * Review 20 §1.3: in a three-row header the last grade's heading (merged over {@code All | Female}) is not carried into
 * the block beside it that the top row heads on its own ({@code Teachers}, merged over two rows): its columns read
 * {@code Teachers All}, {@code Teachers Female}, in the draft, the check and the import. And a template column whose
 * headers match no column of the sheet is said by the check and the import (COLUMN_NOT_FOUND), with the sheet, the
 * headers looked for and the nearest header there. The workbook is written here; the figures expected below.
 */
class HeadingCarryAndColumnNotFoundCliTest {
    @TempDir
    Path dir;

    private final int[][] rows = {
        // all G1, female G1, all G2, female G2, teachers all, teachers female
        {64, 30, 58, 29, 6, 2},
        {41, 20, 39, 17, 4, 3}};

    private Path workbook() throws Exception {
        Path book = dir.resolve("census-2025.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(book)) {
            Sheet s = wb.createSheet("Census");
            Row top = s.createRow(0);
            Row mid = s.createRow(1);
            Row low = s.createRow(2);
            top.createCell(0).setCellValue("School code");
            s.addMergedRegion(new CellRangeAddress(0, 2, 0, 0));
            top.createCell(1).setCellValue("Enrolled pupils");
            s.addMergedRegion(new CellRangeAddress(0, 0, 1, 4));
            top.createCell(5).setCellValue("Teachers");
            s.addMergedRegion(new CellRangeAddress(0, 1, 5, 6));
            for (int g = 0; g < 2; g++) {
                mid.createCell(1 + 2 * g).setCellValue("Class " + (g + 1));
                s.addMergedRegion(new CellRangeAddress(1, 1, 1 + 2 * g, 2 + 2 * g));
            }
            for (int c = 1; c <= 6; c += 2) {
                low.createCell(c).setCellValue("All");
                low.createCell(c + 1).setCellValue("Female");
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(3 + r);
                row.createCell(0).setCellValue("CS-" + (r + 1));
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(1 + c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        return book;
    }

    private Path template(String teachersFemaleHeader) throws Exception {
        Path t = dir.resolve("census-" + teachersFemaleHeader.length() + ".json");
        Files.writeString(t, """
                {"id": "census-carry", "version": 1, "layout": "wide", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Census"], "headerRow": 1, "headerRows": 3, "key": ["School code"],
                   "columns": [
                     {"headers": ["Class 1 Female"], "field": "enrolment", "grade": "G1", "sex": "F"},
                     {"differenceOf": ["Class 1 All", "Class 1 Female"], "field": "enrolment", "grade": "G1", "sex": "M"},
                     {"headers": ["Class 2 Female"], "field": "enrolment", "grade": "G2", "sex": "F"},
                     {"differenceOf": ["Class 2 All", "Class 2 Female"], "field": "enrolment", "grade": "G2", "sex": "M"},
                     {"headers": ["%s"], "field": "teachers.total", "sex": "F"},
                     {"differenceOf": ["Teachers All", "Teachers Female"], "field": "teachers.total", "sex": "M"}]}]}
                """.formatted(teachersFemaleHeader));
        return t;
    }

    @Test
    void teacherColumnsKeepTheirOwnHeadingAndAColumnMatchingNothingIsSaid() throws Exception {
        Path book = workbook();
        // The draft: the teacher columns are not drafted as Class 2 enrolment.
        Path draft = dir.resolve("draft.json");
        CliRun drafted = CliRun.emis("template", "draft", book.toString(), "--out", draft.toString());
        assertEquals(0, drafted.code(), drafted.out() + drafted.err());
        String json = Files.readString(draft);
        assertFalse(json.contains("Teachers Class"), json);
        assertFalse(json.contains("Class 2 Teachers"), json);

        // The check and the import read the teachers under their own heading.
        CliRun check = CliRun.emis("template", "check", "--template", template("Teachers Female").toString(),
                book.toString());
        assertEquals(0, check.code(), check.out() + check.err());
        assertTrue(check.out().lines().anyMatch(l -> l.startsWith("  read      G ") && l.contains("\"Teachers Female\"")
                && l.contains("teachers.total F")), check.out());
        assertFalse(check.out().contains("COLUMN_NOT_FOUND"), check.out());
        Path db = dir.resolve("carry.mv.db");
        CliRun imported = CliRun.emis("import", "--db", db.toString(), "--template",
                template("Teachers Female").toString(), book.toString());
        assertEquals(0, imported.code(), imported.out() + imported.err());
        for (int r = 0; r < rows.length; r++) {
            CliRun men = CliRun.emis("trace", "--db", db.toString(), "--year", "2025", "--school", "CS-" + (r + 1),
                    "--topic", "teachers", "--slot", "total", "--sex", "M");
            assertTrue(men.out().startsWith("CS-" + (r + 1) + " 2025 teachers total M = " + (rows[r][4] - rows[r][5])),
                    men.out());
        }

        // A header mistyped: said by the check and the import, with the nearest header on the sheet.
        Path typo = template("Teachers Femal");
        CliRun checkTypo = CliRun.emis("template", "check", "--template", typo.toString(), book.toString());
        assertTrue(checkTypo.out().contains("COLUMN_NOT_FOUND"), checkTypo.out());
        assertTrue(checkTypo.out().contains("no column of this header is headed \"Teachers Femal\": nothing read as "
                + "teachers.total F; the nearest header here is \"Teachers Female\""), checkTypo.out());
        CliRun importTypo = CliRun.emis("import", "--db", dir.resolve("typo.mv.db").toString(), "--template",
                typo.toString(), book.toString());
        assertEquals(0, importTypo.code(), importTypo.out() + importTypo.err());
        assertTrue(importTypo.out().contains("OK with warnings"), importTypo.out());
        assertTrue(importTypo.out().contains("sheet Census: no column of this header is headed \"Teachers Femal\": "
                + "nothing read as teachers.total F; the nearest header here is \"Teachers Female\" (COLUMN_NOT_FOUND)"),
                importTypo.out());
    }

    @Test
    void aTotalColumnTheFileLacksChecksNothingAndNeverStopsTheCheckOrTheImport() throws Exception {
        // Next year's file without this year's "Total Female" column (review 31, B1: the check crashed, the import
        // failed with "(null)"). A total reads no figure: its absence loses nothing; every figure is still read.
        Path book = workbook();
        Path t = dir.resolve("with-total.json");
        Files.writeString(t, """
                {"id": "census-total", "version": 1, "layout": "wide", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Census"], "headerRow": 1, "headerRows": 3, "key": ["School code"],
                   "columns": [
                     {"headers": ["Class 1 Female"], "field": "enrolment", "grade": "G1", "sex": "F"},
                     {"headers": ["Class 2 Female"], "field": "enrolment", "grade": "G2", "sex": "F"},
                     {"headers": ["Total Female"], "total": "enrolment", "sex": "F"}],
                   "ignore": ["Class 1 All", "Class 2 All", "Teachers All", "Teachers Female"]}]}
                """);
        CliRun check = CliRun.emis("template", "check", "--template", t.toString(), book.toString());
        assertFalse((check.out() + check.err()).contains("Exception"), check.out() + check.err());
        assertFalse(check.err().contains("something went wrong"), check.err());
        assertTrue(check.out().lines().anyMatch(l -> l.startsWith("  read      ") && l.contains("Class 2 Female\"")),
                check.out());
        Path db = dir.resolve("total.mv.db");
        CliRun imported = CliRun.emis("import", "--db", db.toString(), "--template", t.toString(), book.toString());
        assertEquals(0, imported.code(), imported.out() + imported.err());
        for (int r = 0; r < rows.length; r++) {
            CliRun girls = CliRun.emis("trace", "--db", db.toString(), "--year", "2025", "--school", "CS-" + (r + 1),
                    "--topic", "enrolment", "--slot", "G2", "--sex", "F");
            assertTrue(girls.out().startsWith("CS-" + (r + 1) + " 2025 enrolment G2 F = " + rows[r][3]), girls.out());
        }
    }
}
