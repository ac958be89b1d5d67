package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Review 14, items 2 and 3: figures written with footnote marks are read and each mark reported; "not
 * available" marks and cells that cannot be read are missing figures, never 0, in trace and indicators; a school
 * missing one sex is left out of both sides of the enrolment GPI, and the figure says it is partial. The workbooks
 * are written here, in a layout of their own (sexes first, grades across, a "Pupils" sheet); the expected figures
 * are worked out below by hand.
 */
class MarkedAndMissingFiguresCliTest {
    @TempDir
    Path dir;

    private static final String TEMPLATE = """
            {"id": "marks-test", "version": 1, "layout": "wide", "year": {"fromFileName": true},
             "sheets": [{"names": ["Pupils"], "key": ["Code"],
               "columns": [{"headers": ["Name"], "field": "school.name"},
                           {"patterns": ["{sex} G{grade}"], "field": "enrolment"}]}]}
            """;

    /** Rows of code, name, then Boys G1, Girls G1, Boys G2, Girls G2 (null: a blank cell). */
    private Path workbook(String name, Object[][] rows) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Pupils");
            String[] head = {"Code", "Name", "Boys G1", "Girls G1", "Boys G2", "Girls G2"};
            Row h = s.createRow(0);
            for (int c = 0; c < head.length; c++) {
                h.createCell(c).setCellValue(head[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue((String) v);
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    private CliRun importFile(Path db, Path file) throws Exception {
        Path template = dir.resolve("marks-test.json");
        Files.writeString(template, TEMPLATE);
        return CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), file.toString());
    }

    private static JsonNode indicator(JsonNode doc, String id) {
        JsonNode found = doc.findValue(id);
        assertTrue(found != null && !found.isMissingNode(), id + " in " + doc);
        return found;
    }

    @Test
    void footnoteMarksAreReadAndReportedAndNotAvailableIsMissing() throws Exception {
        Path db = dir.resolve("marks.mv.db");
        CliRun r = importFile(db, workbook("marks-2025.xlsx", new Object[][] {
                {"S-1", "One", "2 310*", "17 (e)", 20, "19 p"},
                {"S-2", "Two", "N/A", "21²", "x", "12 (r)"},
                {"S-3", "Three", 30, "...", "- ", "forty"}}));
        assertEquals(0, r.code(), r.out() + r.err());
        // Each mark set aside is named with its cell, in the file's warning.
        assertTrue(r.out().contains("OK with warnings"), r.out());
        assertTrue(r.out().contains("Pupils!C2: 2 310* read as 2310, mark * set aside"), r.out());
        assertTrue(r.out().contains("Pupils!D2: 17 (e) read as 17, mark (e) set aside"), r.out());
        assertTrue(r.out().contains("Pupils!F2: 19 p read as 19, mark p set aside"), r.out());
        assertTrue(r.out().contains("Pupils!D3: 21² read as 21, mark ² set aside"), r.out());
        assertTrue(r.out().contains("Pupils!F3: 12 (r) read as 12, mark (r) set aside"), r.out());
        assertTrue(r.out().contains("Pupils!C3: N/A read as not available"), r.out());
        assertTrue(r.out().contains("Pupils!E3: x read as not available"), r.out());
        assertTrue(r.out().contains("Pupils!D4: ... read as not available"), r.out());
        // A dash (no nil mark in this template) and a word stay cells that could not be read, and say so.
        assertTrue(r.out().contains("NOT_A_NUMBER                 2"), r.out());
        assertTrue(r.out().contains("2 cell(s) could not be read as numbers"), r.out());
        assertTrue(r.out().contains("MARK_SET_ASIDE               8"), r.out());

        // Stored figures: the marked ones read, the not-available ones missing.
        CliRun t = CliRun.emis("trace", "--db", db.toString(), "--year", "2025", "--school", "S-1", "--slot", "G1",
                "--sex", "M");
        assertTrue(t.out().startsWith("S-1 2025 enrolment G1 M = 2310"), t.out());
        CliRun na = CliRun.emis("trace", "--db", db.toString(), "--year", "2025", "--school", "S-2", "--slot", "G1",
                "--sex", "M", "--format", "json");
        assertTrue(na.json().get("value").isNull(), na.out());
        CliRun word = CliRun.emis("trace", "--db", db.toString(), "--year", "2025", "--school", "S-3", "--slot",
                "G2", "--sex", "F");
        assertTrue(word.out().startsWith("S-3 2025 enrolment G2 F = missing"), word.out());
        assertFalse(word.out().contains("= 0"), word.out());
        assertFalse(word.out().contains("null"), word.out());

        // Girls: 17 + 19 (S-1), 21 + 12 (S-2), none readable at S-3 (missing, not 0).
        JsonNode doc = CliRun.emis("indicators", "--db", db.toString(), "--year", "2025").json();
        assertEquals(17 + 19 + 21 + 12, indicator(doc, "enrolment_female").get("value").asDouble(), 1e-9);
        // Boys: 2310 + 20 (S-1), 30 (S-3); S-2's boys are not available.
        assertEquals(2310 + 20 + 30, indicator(doc, "enrolment_male").get("value").asDouble(), 1e-9);
        // Parity pairs grades given for both sexes: S-1 G1 and G2 only (S-2 and S-3 give one sex per grade).
        JsonNode gpi = indicator(doc, "gpi_enrolment");
        double f = 17 + 19;
        double m = 2310 + 20;
        assertEquals(f, gpi.get("numerator").asDouble(), 1e-9);
        assertEquals(m, gpi.get("denominator").asDouble(), 1e-9);
        assertEquals(f / m, gpi.get("value").asDouble(), 1e-9);
        assertTrue(gpi.get("note").asText().startsWith("partial: 2 of the 3 schools"), gpi.toString());
    }

    @Test
    void aSchoolWithoutItsGirlsIsLeftOutOfBothSidesOfParity() throws Exception {
        Path db = dir.resolve("blank.mv.db");
        // S-7 gives boys only, girls' cells blank; S-8 gives both.
        CliRun r = importFile(db, workbook("blank-2025.xlsx", new Object[][] {
                {"S-7", "Seven", 150, null, 130, null},
                {"S-8", "Eight", 33, 36, 31, 28}}));
        assertEquals(0, r.code(), r.out() + r.err());
        JsonNode doc = CliRun.emis("indicators", "--db", db.toString(), "--year", "2025").json();
        JsonNode gpi = indicator(doc, "gpi_enrolment");
        double f = 36 + 28;
        double m = 33 + 31;
        // F > M: the adjusted index is 2 - M/F.
        assertEquals(2 - m / f, gpi.get("value").asDouble(), 1e-9);
        assertEquals(1, gpi.get("coverage").get("counted").asInt(), gpi.toString());
        assertTrue(gpi.get("note").asText().contains("partial"), gpi.toString());

        JsonNode one = CliRun.emis("indicators", "--db", db.toString(), "--year", "2025", "--school", "S-7").json();
        JsonNode girls = indicator(one, "enrolment_female");
        assertFalse(girls.get("available").asBoolean(), one.toString());
        // Grade by grade too: a grade whose girls nobody gives is no figure, not 0 girls.
        assertFalse(girls.path("byGrade").path("G1").path("value").isNumber(), girls.toString());
        assertFalse(indicator(one, "gpi_enrolment").get("available").asBoolean(), one.toString());
        assertEquals(280, indicator(one, "enrolment_male").get("value").asDouble(), 1e-9);
    }
}
