package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Review 20 §1.2 (issue #14): a figure built on a partial pupil count is marked partial wherever it is printed, not
 * only the enrolment. A school leaves its girls of one grade blank; its pupil-teacher ratio, the area's and pupils per
 * qualified teacher carry the same partial note as its enrolment, and are still computed from the pupils read. The
 * workbook is written here (grades down the header as "Gr.1 girls", teachers by sex at the end); the expected
 * figures are worked out below.
 */
class PartialPupilsNoteCliTest {
    @TempDir
    Path dir;

    private static final String TEMPLATE = """
            {"id": "partial-pupils", "version": 1, "layout": "wide", "year": {"fromFileName": true},
             "sheets": [{"names": ["Census"], "key": ["School code"],
               "columns": [{"patterns": ["Gr.{grade} {sex}"], "field": "enrolment"},
                           {"patterns": ["Teachers {sex}"], "field": "teachers.total"},
                           {"patterns": ["Qualified {sex}"], "field": "teachers.qualified"}]}]}
            """;

    @Test
    void ratiosOverAPartialPupilCountSaySoAndCountThePupilsRead() throws Exception {
        String[] head = {"School code", "Gr.1 girls", "Gr.1 boys", "Gr.2 girls", "Gr.2 boys", "Teachers female",
            "Teachers male", "Qualified female", "Qualified male"};
        // K-1 leaves its Grade 1 girls blank; K-2 gives everything.
        Object[][] rows = {
            {"K-1", null, 40, 35, 38, 2, 1, 1, 1},
            {"K-2", 30, 31, 29, 27, 1, 1, 1, 0}};
        Path file = dir.resolve("partial-2025.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Census");
            Row h = s.createRow(0);
            for (int c = 0; c < head.length; c++) {
                h.createCell(c).setCellValue(head[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (rows[r][c] != null) {
                        row.createCell(c).setCellValue((String) rows[r][c]);
                    }
                }
            }
            wb.write(out);
        }
        Path template = dir.resolve("partial-pupils.json");
        Files.writeString(template, TEMPLATE);
        Path db = dir.resolve("partial.mv.db");
        CliRun imported = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(),
                file.toString());
        assertEquals(0, imported.code(), imported.out() + imported.err());

        long[] pupils = new long[rows.length];
        long[] teachers = new long[rows.length];
        long[] qualified = new long[rows.length];
        for (int r = 0; r < rows.length; r++) {
            for (int c = 1; c <= 4; c++) {
                pupils[r] += rows[r][c] == null ? 0 : ((Number) rows[r][c]).longValue();
            }
            teachers[r] = ((Number) rows[r][5]).longValue() + ((Number) rows[r][6]).longValue();
            qualified[r] = ((Number) rows[r][7]).longValue() + ((Number) rows[r][8]).longValue();
        }

        // The school: its PTR is the pupils read over its teachers, marked partial like its enrolment.
        JsonNode one = CliRun.emis("indicators", "--db", db.toString(), "--year", "2025", "--school", "K-1",
                "--format", "json").json();
        JsonNode enrolment = one.findValue("enrolment_total");
        JsonNode ptr = one.findValue("pupil_teacher_ratio");
        assertEquals(pupils[0], enrolment.get("value").asDouble(), 1e-9);
        assertEquals((double) pupils[0] / teachers[0], ptr.get("value").asDouble(), 1e-9, ptr.toString());
        assertTrue(enrolment.get("note").asText().startsWith("partial: 1 of the 1 schools"), enrolment.toString());
        assertEquals(enrolment.get("note").asText(), ptr.get("note").asText(), ptr.toString());
        JsonNode pqt = one.findValue("pupil_qualified_teacher_ratio");
        assertEquals((double) pupils[0] / qualified[0], pqt.get("value").asDouble(), 1e-9, pqt.toString());
        assertEquals(enrolment.get("note").asText(), pqt.get("note").asText(), pqt.toString());

        // The whole school K-2 alone: nothing partial.
        JsonNode whole = CliRun.emis("indicators", "--db", db.toString(), "--year", "2025", "--school", "K-2",
                "--format", "json").json();
        assertTrue(whole.findValue("pupil_teacher_ratio").get("note").isNull(), whole.toString());

        // The country: both schools counted, one of them partial.
        JsonNode all = CliRun.emis("indicators", "--db", db.toString(), "--year", "2025", "--format", "json").json();
        JsonNode ptrAll = all.findValue("pupil_teacher_ratio");
        assertEquals((double) (pupils[0] + pupils[1]) / (teachers[0] + teachers[1]), ptrAll.get("value").asDouble(),
                1e-9);
        assertTrue(ptrAll.get("note").asText().startsWith("partial: 1 of the 2 schools"), ptrAll.toString());

        // CSV carries the same note on the PTR's row.
        CliRun csv = CliRun.emis("indicators", "--db", db.toString(), "--year", "2025", "--school", "K-1",
                "--format", "csv");
        String ptrRow = csv.out().lines().filter(l -> l.startsWith("pupil_teacher_ratio,")).findFirst().orElseThrow();
        assertTrue(ptrRow.contains("partial: 1 of the 1 schools"), ptrRow);
        // And in Portuguese.
        JsonNode pt = CliRun.emis("indicators", "--db", db.toString(), "--year", "2025", "--school", "K-1",
                "--format", "json", "--lang", "pt").json();
        assertTrue(pt.findValue("pupil_teacher_ratio").get("note").asText().startsWith("parcial:"), pt.toString());
    }
}
