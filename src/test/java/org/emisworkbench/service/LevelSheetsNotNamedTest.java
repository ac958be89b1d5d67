package org.emisworkbench.service;

import static org.emisworkbench.testing.CliRun.emis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One workbook per school with a sheet per level (review 25): a visible sheet of figures that no sheet entry names
 * is reported NOT READ by the import and the check, with its cells, the check failing on it, while a cover page, a
 * list of codes and a sheet of words stay unmentioned (F3); a total row is not checked against row totals saved as
 * formulas without results, while a total row of typed parts still is (F9); a file refused for a missing sheet gets
 * no "header not found" for a labels sheet left because of the refusal (F10.2).
 */
class LevelSheetsNotNamedTest {
    @TempDir
    Path dir;

    /** Reads the identification labels, the Junior sheet's enrolment and the Staff labels; no entry for Senior. */
    private static final String TEMPLATE = """
            {"id": "levels", "version": 1, "title": "A sheet per level", "layout": "grid",
             "year": {"fromFileName": true},
             "sheets": [
               {"names": ["Identification"], "required": ["school.code"],
                "labels": [{"labels": ["School code"], "field": "school.code"},
                           {"labels": ["School name"], "field": "school.name"}]},
               {"names": ["Junior"],
                "grids": [{"field": "enrolment", "titles": ["Enrolment"], "rows": "grade", "sexLayout": "columns"}]}
               %s]}
            """;

    private static final String STAFF_ENTRY = """
               ,{"names": ["Staff"],
                "labels": [{"labels": ["Teachers"], "field": "teachers.total", "sex": "M", "column": ["Male"]},
                           {"labels": ["Teachers"], "field": "teachers.total", "sex": "F", "column": ["Female"]}]}
               ,{"names": ["Senior"],
                "grids": [{"field": "enrolment", "titles": ["Enrolment"], "rows": "grade", "sexLayout": "columns"}]}
            """;

    /** Cells of one row from column A; a String starting with '=' is a formula saved without its result. */
    private static void put(XSSFSheet sheet, int row, Object... cells) {
        Row r = sheet.createRow(row);
        for (int i = 0; i < cells.length; i++) {
            Object v = cells[i];
            if (v instanceof Number n) {
                r.createCell(i).setCellValue(n.doubleValue());
            } else if (v instanceof String s && s.startsWith("=")) {
                r.createCell(i).setCellFormula(s.substring(1));
            } else if (v != null) {
                r.createCell(i).setCellValue((String) v);
            }
        }
    }

    /**
     * A level's sheet: a title, "Enrolment" on row 3, the header on row 4, one row per class from row 5 with Boys,
     * Girls and a Total that is a formula without result ({@code formulas}) or typed, then a Total row of typed
     * numbers whose Boys figure is {@code boysTotalOff} away from the sum.
     */
    private static void level(XSSFSheet sheet, String title, String[] classes, int[][] boysGirls, boolean formulas,
                              int boysTotalOff) {
        put(sheet, 0, title);
        put(sheet, 2, "Enrolment");
        put(sheet, 3, "Class", "Boys", "Girls", "Total");
        int boys = 0;
        int girls = 0;
        for (int i = 0; i < classes.length; i++) {
            int excelRow = 5 + i;
            int b = boysGirls[i][0];
            int g = boysGirls[i][1];
            put(sheet, 4 + i, classes[i], b, g, formulas ? "=B" + excelRow + "+C" + excelRow : (Object) (b + g));
            boys += b;
            girls += g;
        }
        put(sheet, 4 + classes.length, "Total", boys + boysTotalOff, girls, boys + girls);
    }

    private static final int[][] JUNIOR = {{31, 28}, {26, 35}, {40, 22}};
    private static final int[][] SENIOR = {{17, 19}, {12, 15}};

    private Path workbook(String name, boolean formulas, int boysTotalOff, boolean withSenior) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet cover = wb.createSheet("Cover");
        put(cover, 0, "ANNUAL SCHOOL RETURN");
        put(cover, 2, "Fill in one sheet per level. Do not change the headings.");
        put(cover, 3, "Helpline", 255700123456L);
        XSSFSheet id = wb.createSheet("Identification");
        put(id, 0, "School code", "TZ-ARU-0042");
        put(id, 1, "School name", "Ngarenaro School");
        level(wb.createSheet("Junior"), "JUNIOR CLASSES", new String[] {"Grade 1", "Grade 2", "Grade 3"}, JUNIOR,
                formulas, boysTotalOff);
        if (withSenior) {
            level(wb.createSheet("Senior"), "SENIOR CLASSES", new String[] {"Grade 7", "Grade 8"}, SENIOR, false, 0);
        }
        XSSFSheet staff = wb.createSheet("Staff");
        put(staff, 0, "TEACHING STAFF");
        put(staff, 2, "Category", "Male", "Female");
        put(staff, 3, "Teachers", 9, 7);
        XSSFSheet codes = wb.createSheet("Codes");
        put(codes, 0, "Code", "Ownership");
        put(codes, 1, 1, "Government");
        put(codes, 2, 2, "Private");
        put(codes, 3, 3, "Community");
        XSSFSheet notes = wb.createSheet("Notes");
        put(notes, 0, "Remarks from the head teacher");
        put(notes, 1, "The roof of block B leaks.");
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    private Path template(String extra) throws Exception {
        String staffOnly = """
               ,{"names": ["Staff"],
                "labels": [{"labels": ["Teachers"], "field": "teachers.total", "sex": "M", "column": ["Male"]},
                           {"labels": ["Teachers"], "field": "teachers.total", "sex": "F", "column": ["Female"]}]}
            """;
        return Files.writeString(dir.resolve("t" + extra.length() + ".json"),
                TEMPLATE.formatted(extra.isEmpty() ? staffOnly : extra));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<JsonNode> problems(JsonNode array, String kind) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(p -> {
            if (p.get("kind").asText().equals(kind)) {
                out.add(p);
            }
        });
        return out;
    }

    @Test
    void aVisibleSheetOfFiguresNoEntryNamesIsReportedByTheImportAndFailsTheCheck() throws Exception {
        Path file = workbook("Return2024_TZ-ARU-0042.xlsx", false, 0, true);
        Path t = template("");
        // The Senior sheet's figures: Boys and Girls of Grade 7 and Grade 8, rows 5 and 6 (Excel), columns B:C; the
        // Total column and row add them up and are no figures of their own.
        String cells = "B5:C" + (5 + SENIOR.length - 1);
        String line = "Return2024_TZ-ARU-0042.xlsx, sheet \"Senior\": NOT READ: it holds census figures in " + cells
                + ", and no sheet entry of the template names it";

        CliRun check = emis("template", "check", "--template", t.toString(), file.toString());
        assertEquals(1, check.code(), check.out() + check.err());
        List<String> warnings = check.out().lines().filter(l -> l.startsWith("WARNING: ")).toList();
        assertEquals(1, warnings.stream().filter(l -> l.startsWith("WARNING: " + line)).count(), check.out());
        for (String quiet : List.of("Cover", "Codes", "Notes")) {
            assertFalse(check.out().contains("\"" + quiet + "\""), quiet + ": " + check.out());
        }

        CliRun run = emis("import", "--db", dir.resolve("a.mv.db").toString(), "--template", t.toString(),
                "--format", "json", file.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        JsonNode f = run.json().get("files").get(0);
        assertEquals("IMPORTED", f.get("outcome").asText());
        List<String> importWarnings = texts(f.get("warnings"));
        assertEquals(1, importWarnings.stream().filter(w -> w.startsWith(line)).count(), importWarnings.toString());
        assertTrue(importWarnings.stream().noneMatch(w -> w.contains("\"Cover\"") || w.contains("\"Codes\"")
                || w.contains("\"Notes\"")), importWarnings.toString());
        // The figures read are right: the Junior sheet's 6 enrolment figures and the 2 teacher figures.
        assertEquals(JUNIOR.length * 2 + 2, f.get("valuesStored").asLong(), f.toString());

        // Named by an entry, the sheet is read and the warning goes: the check passes.
        Path both = template(STAFF_ENTRY);
        CliRun fixed = emis("template", "check", "--template", both.toString(), file.toString());
        assertEquals(0, fixed.code(), fixed.out() + fixed.err());
        assertFalse(fixed.out().contains("NOT READ"), fixed.out());
    }

    @Test
    void aTotalRowIsNotCheckedAgainstRowTotalsSavedWithoutResults() throws Exception {
        // Row totals are formulas without results; the Total row's Boys figure is typed 5 too high.
        Path file = workbook("Return2024_TZ-ARU-0042.xlsx", true, 5, true);
        Path t = template(STAFF_ENTRY);
        CliRun check = emis("template", "check", "--template", t.toString(), "--format", "json", file.toString());
        JsonNode all = check.json().get("problems");
        List<JsonNode> noResult = problems(all, "FORMULA_NO_RESULT");
        List<String> formulaCells = new ArrayList<>();
        for (int i = 0; i < JUNIOR.length; i++) {
            formulaCells.add("Junior!D" + (5 + i));
        }
        assertEquals(formulaCells, noResult.stream().map(p -> p.get("cell").asText()).toList(), all.toString());
        assertTrue(noResult.stream().allMatch(p -> p.get("detail").asText().startsWith(
                "a total, so the total could not be checked")), noResult.toString());
        // Only the typed Boys total is a mismatch; D8 (the total of the unread row totals) is not checked.
        int boys = 0;
        for (int[] row : JUNIOR) {
            boys += row[0];
        }
        List<JsonNode> mismatches = problems(all, "TOTAL_MISMATCH");
        assertEquals(List.of("Junior!B8"), mismatches.stream().map(p -> p.get("cell").asText()).toList(),
                all.toString());
        assertEquals("the total row says " + (boys + 5) + " but the rows above add up to " + boys,
                mismatches.get(0).get("detail").asText());

        // The same file with its row totals typed: the Total row's D is checked and agrees.
        Path typed = workbook("Return2024_TZ-ARU-0043.xlsx", false, 0, true);
        CliRun clean = emis("template", "check", "--template", t.toString(), "--format", "json", typed.toString());
        assertTrue(problems(clean.json().get("problems"), "TOTAL_MISMATCH").isEmpty(), clean.out());
    }

    @Test
    void aFileRefusedForAMissingSheetGetsNoHeaderNotFoundForItsOtherSheets() throws Exception {
        Path file = workbook("Return2024_TZ-ARU-0044.xlsx", false, 0, false);
        Path t = template(STAFF_ENTRY);
        CliRun check = emis("template", "check", "--template", t.toString(), file.toString());
        assertEquals(1, check.code(), check.out() + check.err());
        assertTrue(check.out().contains("The import would REFUSE the file: Return2024_TZ-ARU-0044.xlsx: no sheet "
                + "Senior (sheets found: Cover, Identification, Junior, Staff, Codes, Notes)"), check.out());
        assertFalse(check.out().contains("NOT READ"), check.out());
        assertFalse(check.out().contains("header the entry looks for"), check.out());
    }
}
