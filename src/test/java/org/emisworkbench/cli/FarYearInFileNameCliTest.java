package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
 * Review 24, M3: a census year read from a file name far from today (2081, Nepal's Bikram Sambat; 1403, Solar
 * Hijri) is never taken silently: the import refuses the file naming where the year came from and the --year to
 * give, template check warns the same, and an explicit --year imports it. Workbooks written here.
 */
class FarYearInFileNameCliTest {
    private static final String TEMPLATE = """
            {"id": "district-rows", "version": 1, "layout": "wide", "year": {"fromFileName": true},
             "sheets": [{"names": ["Schools"], "key": ["School code"],
                "columns": [{"patterns": ["{grade} {sex}"], "field": "enrolment"}]}]}
            """;

    @TempDir
    Path dir;

    @Test
    void aBikramSambatOrSolarHijriYearInTheNameIsRefusedWithTheYearToGive() throws Exception {
        Path template = Files.writeString(dir.resolve("t.json"), TEMPLATE);
        int now = java.time.Year.now().getValue();
        // 2081 in Nepal's Bikram Sambat is 2024-25 (57 years ahead); 2090 would be 2033, past next year: no guess.
        for (int[] c : new int[][] {{2081, 2081 - 57}}) {
            String db = dir.resolve("w" + c[0] + ".mv.db").toString();
            Path file = workbook("Flash1_" + c[0] + "_Kavre.xlsx");
            CliRun check = CliRun.emis("template", "check", "--template", template.toString(), file.toString());
            assertTrue(check.out().contains("census year " + c[0] + " read from the file name, far from this year ("
                    + now + ")"), check.out());
            assertTrue(check.out().contains("--year " + c[1]), check.out());
            CliRun refused = CliRun.emis("import", "--db", db, "--template", template.toString(), file.toString());
            assertNotEquals(0, refused.code(), refused.out());
            assertTrue(refused.out().contains("the census year " + c[0] + " was read from the file name"),
                    refused.out());
            assertTrue(refused.out().contains("another calendar's year"), refused.out());
            assertTrue(refused.out().contains("--year " + c[1]), refused.out());
            CliRun given = CliRun.emis("import", "--db", db, "--template", template.toString(), "--year",
                    String.valueOf(c[1]), file.toString());
            assertEquals(0, given.code(), given.out() + given.err());
            assertTrue(given.out().contains("[district-rows, " + c[1] + "]"), given.out());
        }
    }

    @Test
    void aYearNotReadAsOneIsNoYearAndAYearNearTodayIsTaken() throws Exception {
        Path template = Files.writeString(dir.resolve("t.json"), TEMPLATE);
        // 1403 (Solar Hijri) is not read as a year at all: the file is refused for want of one, never filed as 1403.
        CliRun hijri = CliRun.emis("import", "--db", dir.resolve("h.mv.db").toString(), "--template",
                template.toString(), workbook("census_1403_Kabul.xlsx").toString());
        assertNotEquals(0, hijri.code(), hijri.out());
        assertTrue(hijri.out().contains("the census year is not in the workbook nor in its name"), hijri.out());
        // Next year is still taken from the name without a word about calendars.
        int next = java.time.Year.now().getValue() + 1;
        CliRun near = CliRun.emis("import", "--db", dir.resolve("n.mv.db").toString(), "--template",
                template.toString(), workbook("district_" + next + ".xlsx").toString());
        assertEquals(0, near.code(), near.out() + near.err());
        assertTrue(near.out().contains("[district-rows, " + next + "]"), near.out());
        assertTrue(!near.out().contains("another calendar"), near.out());
    }

    /**
     * Review 32: the sheet's year label (the one the template names, {@code शैक्षिक सत्र २०८१} at A1) and the file
     * name say the same far year. The label is read first, so the check and the refusal name it and its cell, where
     * they said the file name; a name alone is still said as the name (above).
     */
    @Test
    void aFarYearTheLabelAndTheNameAgreeOnIsSaidAsTheLabelWithItsCell() throws Exception {
        Path template = Files.writeString(dir.resolve("t.json"), """
                {"id": "district-label", "version": 1, "layout": "wide",
                 "year": {"labels": ["शैक्षिक सत्र"], "fromFileName": true},
                 "sheets": [{"names": ["Schools"], "key": ["School code"],
                    "columns": [{"patterns": ["{grade} {sex}"], "field": "enrolment"}]}]}
                """);
        Path file = workbook("lalitpur-2081.xlsx", "शैक्षिक सत्र २०८१");
        CliRun check = CliRun.emis("template", "check", "--template", template.toString(), file.toString());
        assertTrue(check.out().contains("census year 2081 read from the workbook's year label «शैक्षिक सत्र» at"
                + " Schools!A1, far from this year"), check.out());
        assertFalse(check.out().contains("from the file name"), check.out());
        assertTrue(check.out().contains("--year 2024"), check.out());
        CliRun refused = CliRun.emis("import", "--db", dir.resolve("l.mv.db").toString(), "--template",
                template.toString(), file.toString());
        assertNotEquals(0, refused.code(), refused.out());
        assertTrue(refused.out().contains("the census year 2081 was read from the workbook's year label «शैक्षिक सत्र»"
                + " at Schools!A1 and is far from this year"), refused.out());
        // Renamed without a year, the label alone gives it: said the same way.
        Path renamed = workbook("lalitpur.xlsx", "शैक्षिक सत्र २०८१");
        CliRun alone = CliRun.emis("template", "check", "--template", template.toString(), renamed.toString());
        assertTrue(alone.out().contains("census year 2081 read from the workbook's year label «शैक्षिक सत्र» at"
                + " Schools!A1"), alone.out());
    }

    private Path workbook(String name) throws Exception {
        return workbook(name, null);
    }

    /** The one-school sheet, its header on row 2 under {@code yearLabel} at A1 when given, else on row 1. */
    private Path workbook(String name, String yearLabel) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Schools");
            int top = 0;
            if (yearLabel != null) {
                s.createRow(0).createCell(0).setCellValue(yearLabel);
                top = 1;
            }
            Row h = s.createRow(top);
            String[] head = {"School code", "P1 F", "P1 M"};
            for (int c = 0; c < head.length; c++) {
                h.createCell(c).setCellValue(head[c]);
            }
            Row r = s.createRow(top + 1);
            r.createCell(0).setCellValue("KV-0001");
            r.createCell(1).setCellValue(17);
            r.createCell(2).setCellValue(19);
            wb.write(out);
        }
        return file;
    }
}
