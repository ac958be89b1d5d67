package org.emisworkbench.cli;

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
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code emis template check} as an officer writing a template for a new ministry's workbook meets it (issue
 * #11): example values only from rows the import reads, a label sum said as a sum, the band over figures not
 * read, and a figure given two values counted as a warning.
 */
class TemplateCheckOfficerTest {
    @TempDir
    Path dir;

    private Path save(XSSFWorkbook wb, String name) throws Exception {
        Path f = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(f)) {
            wb.write(out);
        }
        wb.close();
        return f;
    }

    private Path template(String name, String json) throws Exception {
        return Files.writeString(dir.resolve(name + ".json"), json);
    }

    private static JsonNode column(JsonNode sheet, String header) {
        for (JsonNode c : sheet.get("read")) {
            if (c.get("header").asText().equals(header)) {
                return c;
            }
        }
        throw new AssertionError("no column " + header + " in " + sheet);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void examplesComeOnlyFromRowsTheImportReads() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Schools");
        Sheets.row(s, 0, "School code", "School name", "Grade 1 Girls", "Grade 1 Boys");
        // Schools among a subtotal (labelled in the name column), a blank row, a footnote and a TOTAL row.
        List<Object[]> schools = List.of(new Object[] {"ZM-501", "Chibombo Basic", 17, 19},
                new Object[] {"ZM-502", "Mwachisompola", 33, 28}, new Object[] {"ZM-503", "Keembe Day", 8, 12});
        Sheets.row(s, 1, schools.get(0));
        Sheets.row(s, 2, null, "Subtotal zone 1", 17, 19);
        Sheets.row(s, 4, "Source: district office, provisional figures");
        Sheets.row(s, 5, schools.get(1));
        Sheets.row(s, 6, "TOTAL", null, 50, 47);
        Sheets.row(s, 7, schools.get(2));
        Path file = save(wb, "chibombo-2024.xlsx");
        Path t = template("chibombo", """
                {"id": "chibombo", "version": 1, "layout": "wide",
                 "sheets": [{"names": ["Schools"], "key": ["School code"], "columns": [
                   {"headers": ["School name"], "field": "school.name"},
                   {"headers": ["Grade 1 Girls"], "field": "enrolment", "grade": "G1", "sex": "F"},
                   {"headers": ["Grade 1 Boys"], "field": "enrolment", "grade": "G1", "sex": "M"}]}]}
                """);
        CliRun r = emis("template", "check", "--template", t.toString(), "--year", "2024", "--format", "json",
                file.toString());
        JsonNode sheet = r.json().get("sheets").get(0);
        String[] headers = {"School code", "School name", "Grade 1 Girls", "Grade 1 Boys"};
        for (int c = 0; c < headers.length; c++) {
            List<String> expected = new ArrayList<>();
            for (Object[] school : schools) {
                expected.add(String.valueOf(school[c]));
            }
            assertEquals(expected, texts(column(sheet, headers[c]).get("examples")), headers[c] + ": " + r.out());
        }
        assertEquals(3, r.json().get("schools").asInt(), r.out());
    }

    private static Path form(Path dir) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Return");
        Sheets.row(s, 0, "School code:", "KE-77102");
        Sheets.row(s, 2, "Qualified women", 6);
        Sheets.row(s, 3, "Unqualified women", 3);
        Path f = dir.resolve("return-2024.xlsx");
        try (OutputStream out = Files.newOutputStream(f)) {
            wb.write(out);
        }
        wb.close();
        return f;
    }

    @Test
    void aLabelSumIsSaidAsWhatItAddsNeverALabelNotFound() throws Exception {
        Path file = form(dir);
        String body = """
                {"id": "%s", "version": 1, "layout": "grid",
                 "sheets": [{"names": ["Return"], "required": ["school.code"], "labels": [
                   {"labels": ["School code"], "field": "school.code"},
                   {"sumOf": [%s], "field": "teachers.total", "sex": "F"}]}]}
                """;
        Path whole = template("sum", body.formatted("sum", "\"Qualified women\", \"Unqualified women\""));
        CliRun r = emis("template", "check", "--template", whole.toString(), "--year", "2024", file.toString());
        assertFalse(r.out().contains("label not found"), r.out());
        assertTrue(r.out().contains("label     sum teachers.total F = A3 Qualified women + A4 Unqualified women"),
                r.out());
        assertEquals(0, r.code(), r.out() + r.err());

        Path part = template("part", body.formatted("part", "\"Qualified women\", \"Contract women\""));
        CliRun p = emis("template", "check", "--template", part.toString(), "--year", "2024", file.toString());
        assertTrue(p.out().contains("label not found: Contract women (added into teachers.total F)"), p.out());
        assertFalse(p.out().contains("label not found: teachers.total"), p.out());
        assertTrue(p.out().contains("label     sum teachers.total F = A3 Qualified women"), p.out());
    }

    @Test
    void aNotReadLineNamesTheBandItsFiguresSitUnder() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Enrolment");
        Sheets.row(s, 0, "School code:", "KE-88120");
        Sheets.row(s, 3, "ENROLMENT BY CLASS AND SEX");
        Sheets.row(s, 4, null, "Day", null, null, "Boarding", null, null);
        s.addMergedRegion(new CellRangeAddress(4, 4, 1, 3));
        s.addMergedRegion(new CellRangeAddress(4, 4, 4, 6));
        Sheets.row(s, 5, "Class", "Boys", "Girls", "Total", "Boys", "Girls", "Total");
        for (int g = 1; g <= 3; g++) {
            Sheets.row(s, 5 + g, "Class " + g, 40 + g, 30 + g, 70 + 2 * g, 10 + g, 5 + g, 15 + 2 * g);
        }
        Path file = save(wb, "kapsabet-2024.xlsx");
        Path t = template("day", """
                {"id": "day", "version": 1, "layout": "grid",
                 "sheets": [{"names": ["Enrolment"], "required": ["school.code"],
                   "labels": [{"labels": ["School code"], "field": "school.code"}],
                   "grids": [{"field": "enrolment", "titles": ["ENROLMENT BY CLASS AND SEX"], "rows": "grade",
                              "sexLayout": "columns", "band": ["Day"]}]}]}
                """);
        CliRun r = emis("template", "check", "--template", t.toString(), "--year", "2024", file.toString());
        String line = r.out().lines().filter(l -> l.startsWith("  NOT READ")).findFirst()
                .orElseThrow(() -> new AssertionError(r.out()));
        // The Boarding table's boys and girls; its Total column is counted apart (review 27), not read either.
        assertTrue(line.contains("E7:F9"), line);
        assertTrue(line.contains("Boarding"), line);
        assertFalse(line.contains("Day"), line);
        assertEquals("  NOT READ  E7:F9       \"ENROLMENT BY CLASS AND SEX | Boarding | Class | Boys | Girls | Total | Class 1"
                + " | Class 2 | Class 3\" — 6 figure(s) (with 3 total(s) beside them) the template does not read: not imported", line);
        assertEquals(1, r.code(), r.out());

        // The band left out on purpose, by its name: no warning, exit 0, and still listed as left out.
        Path ignored = template("day-only", Files.readString(t).replace("\"required\"",
                "\"ignore\": [\"Boarding\"], \"required\""));
        CliRun quiet = emis("template", "check", "--template", ignored.toString(), "--year", "2024", file.toString());
        assertFalse(quiet.out().contains("NOT READ"), quiet.out());
        assertTrue(quiet.out().contains("  LEFT OUT  E7:F9       \"ENROLMENT BY CLASS AND SEX | Boarding |"), quiet.out());
        assertEquals(0, quiet.code(), quiet.out());
        CliRun json = emis("template", "check", "--template", ignored.toString(), "--year", "2024", "--format",
                "json", file.toString());
        assertEquals("Enrolment!E7:F9", json.json().get("leftOutBlocks").get(0).get("cells").asText(), json.out());
        assertEquals(0, json.json().get("unreadNumberColumns").asInt(), json.out());
    }

    @Test
    void lastYearsFiguresBesideAYearBandAreLeftOutOnPurposeAndTheCheckPasses() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Enrolment");
        Sheets.row(s, 0, "School code:", "ZM-7710");
        Sheets.row(s, 3, "ENROLMENT BY GRADE AND SEX");
        Sheets.row(s, 4, "Grade", "2023-24", null, "2024-25", null);
        s.addMergedRegion(new CellRangeAddress(4, 4, 1, 2));
        s.addMergedRegion(new CellRangeAddress(4, 4, 3, 4));
        Sheets.row(s, 5, null, "Boys", "Girls", "Boys", "Girls");
        for (int g = 1; g <= 3; g++) {
            Sheets.row(s, 5 + g, "Grade " + g, 60 + g, 50 + g, 40 + g, 30 + g);
        }
        Path file = save(wb, "mwase-2024.xlsx");
        Path t = template("years", """
                {"id": "years", "version": 1, "layout": "grid",
                 "sheets": [{"names": ["Enrolment"], "required": ["school.code"],
                   "labels": [{"labels": ["School code"], "field": "school.code"}],
                   "grids": [{"field": "enrolment", "titles": ["ENROLMENT BY GRADE AND SEX"], "rows": "grade",
                              "sexLayout": "columns", "band": ["{year}"]}]}]}
                """);
        CliRun r = emis("template", "check", "--template", t.toString(), "--year", "2024", file.toString());
        assertFalse(r.out().contains("NOT READ"), r.out());
        String line = r.out().lines().filter(l -> l.startsWith("  LEFT OUT")).findFirst()
                .orElseThrow(() -> new AssertionError(r.out()));
        assertTrue(line.startsWith("  LEFT OUT  B7:C9       \"ENROLMENT BY GRADE AND SEX | 2023-24 |"), line);
        assertTrue(line.endsWith("— another school year's figures (2023-24), not read: the template reads this census year's"
                + " columns"), line);
        assertEquals(0, r.code(), r.out());
        CliRun json = emis("template", "check", "--template", t.toString(), "--year", "2024", "--format", "json",
                file.toString());
        assertEquals(0, json.code(), json.out());
        JsonNode block = json.json().get("leftOutBlocks").get(0);
        assertEquals("Enrolment!B7:C9", block.get("cells").asText(), json.out());
        assertEquals("2023-24", block.get("lastYear").asText(), json.out());
        assertEquals(0, json.json().get("unreadNumberColumns").asInt(), json.out());
        assertEquals(3 * 2, json.json().get("values").asInt(), json.out());

        // Checked for 2025, the form prints no 2025-26: its figures are no year's left out on purpose, but figures
        // not read, as before; the check fails, nothing dropped in silence.
        CliRun later = emis("template", "check", "--template", t.toString(), "--year", "2025", file.toString());
        assertTrue(later.out().contains("  NOT READ  B7:E9 "), later.out());
        assertFalse(later.out().contains("last year's"), later.out());
        assertEquals(1, later.code(), later.out());
    }

    @Test
    void aFigureGivenTwoValuesIsAWarningWithItsExitCodeInTextAndJson() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Pupils");
        // "Girls 1" and "G1 girls" both give the girls of grade 1: the second column clashes.
        Sheets.row(s, 0, "Code", "Girls 1", "Boys 1", "G1 girls");
        Sheets.row(s, 1, "K-1", 14, 15, 41);
        Sheets.row(s, 2, "K-2", 9, 11, 90);
        Path file = save(wb, "twice-2024.xlsx");
        Path t = template("twice", """
                {"id": "twice", "version": 1, "layout": "wide",
                 "sheets": [{"names": ["Pupils"], "key": ["Code"], "columns": [
                     {"headers": ["Girls 1", "G1 girls"], "field": "enrolment", "grade": "G1", "sex": "F"},
                     {"headers": ["Boys 1"], "field": "enrolment", "grade": "G1", "sex": "M"}]}]}
                """);
        CliRun text = emis("template", "check", "--template", t.toString(), "--year", "2024", file.toString());
        assertTrue(text.out().contains("VALUE_CLASH"), text.out());
        assertTrue(text.out().contains("WARNING: 1 figure(s) given two values"), text.out());
        assertEquals(1, text.code(), text.out());
        CliRun json = emis("template", "check", "--template", t.toString(), "--year", "2024", "--format", "json",
                file.toString());
        assertEquals(1, json.code(), json.out());
        assertEquals(1, json.json().get("valueClashes").asInt(), json.out());
        assertEquals(0, json.json().get("unreadNumberColumns").asInt(), json.out());

        // Without the second column nothing clashes: exit 0, valueClashes 0.
        XSSFWorkbook once = new XSSFWorkbook();
        Sheet o = once.createSheet("Pupils");
        Sheets.row(o, 0, "Code", "Girls 1", "Boys 1");
        Sheets.row(o, 1, "K-1", 14, 15);
        Path plain = save(once, "once-2024.xlsx");
        CliRun ok = emis("template", "check", "--template", t.toString(), "--year", "2024", "--format", "json",
                plain.toString());
        assertEquals(0, ok.code(), ok.out());
        assertEquals(0, ok.json().get("valueClashes").asInt(), ok.out());
    }

    @Test
    void datesOfBirthAreShownAsDatesNotAsExcelDayNumbers() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        org.apache.poi.ss.usermodel.CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        Sheet s = wb.createSheet("Pupils");
        Sheets.row(s, 0, "School code", "Sex", "Date of birth", "Grade");
        java.time.LocalDate[] born = {java.time.LocalDate.of(2017, 5, 2), java.time.LocalDate.of(2016, 11, 20)};
        for (int i = 0; i < born.length; i++) {
            Sheets.row(s, i + 1, "ZM-7", i == 0 ? "F" : "M", null, "Grade 1");
            org.apache.poi.ss.usermodel.Cell c = s.getRow(i + 1).createCell(2);
            c.setCellValue(born[i]);
            c.setCellStyle(date);
        }
        Path file = save(wb, "register-2024.xlsx");
        Path t = template("register", """
                {"id": "register", "version": 1, "layout": "roster",
                 "sheets": [{"names": ["Pupils"], "kind": "pupils", "key": ["School code"], "columns": [
                   {"headers": ["Sex"], "field": "pupil.sex"},
                   {"headers": ["Date of birth"], "field": "pupil.birth_date"},
                   {"headers": ["Grade"], "field": "pupil.grade"}]}]}
                """);
        CliRun r = emis("template", "check", "--template", t.toString(), "--year", "2024", "--format", "json",
                file.toString());
        JsonNode sheet = r.json().get("sheets").get(0);
        assertEquals(List.of(born[0].toString(), born[1].toString()),
                texts(column(sheet, "Date of birth").get("examples")), r.out());
    }
}
