package org.emisworkbench.service;

import static org.emisworkbench.testing.Sheets.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The UIS tables of a census whose sheet has no column for some grades (Nepal's basic-school sheet: Class 1–10, no
 * pre-primary, no Class 11–12): those grades are not collected, left blank with a line saying so, never 0; a grade
 * the sheet has, where every school wrote 0, stays 0. The returns are a workbook the test writes (classes across,
 * girls then boys under each class name, one row per school); the expected sums are worked out here.
 */
class UisNotCollectedTest {
    private static final String TEMPLATE = """
            {"id": "basic-classes", "version": 1, "layout": "wide", "role": "census", "year": {"fromFileName": true},
             "sheets": [{"names": ["Flash1"], "key": ["School code"], "columns": [
                 {"headers": ["School name"], "field": "school.name"},
                 {"headers": ["District"], "field": "school.district"},
                 {"patterns": ["Class {grade} {sex}"], "field": "enrolment"}]}]}
            """;

    @TempDir
    Path dir;

    /** Girls of school {@code s} in class {@code c}; class 10 has none anywhere (written as 0). */
    private static int girls(int c, int s) {
        return c == 10 ? 0 : 14 + 2 * c + 5 * s;
    }

    private static int boys(int c, int s) {
        return c == 10 ? 0 : 12 + 3 * c + 4 * s;
    }

    private static XSSFWorkbook returns() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Flash1");
        List<Object> header = new ArrayList<>(List.of("School code", "School name", "District"));
        for (int c = 1; c <= 10; c++) {
            header.add("Class " + c + " Girls");
            header.add("Class " + c + " Boys");
        }
        row(sh, 0, header.toArray());
        for (int s = 0; s < 3; s++) {
            List<Object> v = new ArrayList<>(List.of("NP-" + s, "School " + s, "Kavre"));
            for (int c = 1; c <= 10; c++) {
                v.add(girls(c, s));
                v.add(boys(c, s));
            }
            row(sh, s + 1, v.toArray());
        }
        return wb;
    }

    @Test
    void gradesNoReturnGivesAreLeftBlankAndSaidNeverZero() throws Exception {
        Path out = dir.resolve("uis.xlsx");
        try (TemplateImports imports = new TemplateImports(dir)) {
            FileResult f = imports.importWith(returns(), "flash1-2024.xlsx", TEMPLATE, null);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertEquals(0, f.problemCount(), f.problems().toString());
            new ExchangeService(imports.workbench).exportUis(2024, null, java.util.Locale.ENGLISH, out, false,
                    Progress.NONE, Cancellation.none());
        }
        long g5Girls = girls(5, 0) + girls(5, 1) + girls(5, 2);
        long lowerGirls = 0;
        long allGirls = 0;
        for (int s = 0; s < 3; s++) {
            for (int c = 1; c <= 10; c++) {
                allGirls += girls(c, s);
                lowerGirls += c >= 7 && c <= 9 ? girls(c, s) : 0;
            }
        }
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet enrolment = wb.getSheet("Enrolment");
            String title = text(enrolment.getRow(0).getCell(0));
            assertEquals("Enrolment by grade and sex — whole country, 2024", title);
            assertFalse(title.contains("— —"), title);
            assertEquals(g5Girls, number(labelled(enrolment, "G5").getCell(1)));
            assertEquals(lowerGirls, number(labelled(enrolment, "Subtotal, lower secondary").getCell(1)));
            // Class 10 is on the sheet and every school wrote 0: a figure, 0.
            assertEquals(0, number(labelled(enrolment, "G10").getCell(3)));
            assertEquals(0, number(labelled(enrolment, "Subtotal, upper secondary").getCell(3)));
            // PP, Class 11 and 12 are on no sheet: blank, never 0; pre-primary's subtotal too.
            for (String blank : List.of("PP", "Subtotal, pre-primary", "G11", "G12")) {
                for (int col = 1; col <= 3; col++) {
                    assertNull(numberOrNull(labelled(enrolment, blank).getCell(col)), blank + " column " + col);
                }
            }
            assertEquals(allGirls, number(labelled(enrolment, "Total").getCell(1)));
            String note = noteUnder(enrolment, "Total");
            assertTrue(note.contains("no return gives a figure for PP, G11, G12") && note.contains("write m (missing)"),
                    note);
            // The repeaters table: no return gives any, every grade blank, the total too.
            Sheet repeaters = wb.getSheet("Repeaters");
            assertNull(numberOrNull(labelled(repeaters, "G3").getCell(1)));
            assertNull(numberOrNull(labelled(repeaters, "Total").getCell(3)));
            assertTrue(noteUnder(repeaters, "Total").contains("PP, G1, G2"), noteUnder(repeaters, "Total"));
            // By age: G11's columns (slot 11: columns 23 and 24) blank on every line, G5's filled.
            Sheet byAge = wb.getSheet("Enrolment by age");
            Row total = labelled(byAge, "Total");
            assertNull(numberOrNull(total.getCell(1 + 2 * 11)));
            assertEquals(g5Girls, number(total.getCell(1 + 2 * 5)));
        }
    }

    private static String text(Cell c) {
        return new DataFormatter().formatCellValue(c);
    }

    private static Row labelled(Sheet sheet, String label) {
        for (Row r : sheet) {
            if (r.getCell(0) != null && label.equals(text(r.getCell(0)))) {
                return r;
            }
        }
        throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
    }

    /** The first text under the row labelled {@code label}. */
    private static String noteUnder(Sheet sheet, String label) {
        int from = labelled(sheet, label).getRowNum() + 1;
        for (int r = from; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r) != null && sheet.getRow(r).getCell(0) != null) {
                return text(sheet.getRow(r).getCell(0));
            }
        }
        return "";
    }

    private static long number(Cell c) {
        Long n = numberOrNull(c);
        if (n == null) {
            throw new AssertionError("no number in " + (c == null ? "a missing cell" : c.getAddress()));
        }
        return n;
    }

    private static Long numberOrNull(Cell c) {
        return c == null || c.getCellType() != CellType.NUMERIC ? null : (long) c.getNumericCellValue();
    }
}
