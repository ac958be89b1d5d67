package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pupils per usable classroom says it is partial, as enrolment and GER do, when a school's classroom cells could not
 * be read (a #REF!, a word): those rooms are left out, never 0, and the note counts the schools. The test writes one
 * sheet of pupils and rooms side by side, knows which cells it spoiled, and works the ratio out itself.
 */
class ClassroomUnreadableCliTest {
    @TempDir
    static Path dir;
    static Path db;

    @BeforeAll
    static void writeAndImport() throws Exception {
        Path file = dir.resolve("ecoles-salles-2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sh = wb.createSheet("Returns");
            String[] head = {"School code", "School name", "District", "Grade 1 Boys", "Grade 1 Girls",
                "Classrooms in good condition", "Classrooms in fair condition", "Classrooms in poor condition"};
            Row h = sh.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            // S2: its good rooms #REF!; S3: every room cell a word (no room read at all); S4: girls #DIV/0!.
            Object[][] rows = {
                {"S1", "One", "D1", 30, 30, 2, 1, 0},
                {"S2", "Two", "D1", 40, 40, FormulaError.REF, 2, 1},
                {"S3", "Three", "D2", 25, 25, "two", "one", "see note"},
                {"S4", "Four", "D2", 20, FormulaError.DIV0, 1, 0, 0}};
            for (int r = 0; r < rows.length; r++) {
                Sheets.row(sh, r + 1, rows[r]);
            }
            wb.write(out);
        }
        Path template = dir.resolve("t.json");
        CliRun draft = CliRun.emis("template", "draft", file.toString(), "--out", template.toString());
        assertEquals(0, draft.code(), draft.out() + draft.err());
        db = dir.resolve("ws.mv.db");
        CliRun imported = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(),
                file.toString());
        assertEquals(0, imported.code(), imported.out() + imported.err());
    }

    private static JsonNode pcr(String... more) throws Exception {
        String[] args = {"indicators", "--db", db.toString(), "--year", "2024", "--format", "json"};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        CliRun r = CliRun.emis(all);
        assertEquals(0, r.code(), r.out() + r.err());
        JsonNode found = r.json().findValue("pupil_classroom_ratio_usable");
        assertTrue(found != null && found.has("value"), r.out());
        return found;
    }

    @Test
    void theRatioSaysWhichSchoolsRoomsCouldNotBeRead() throws Exception {
        JsonNode v = pcr();
        // Schools with rooms read: S1 (60 pupils, 2 + 1 usable), S2 (80, its 2 fair rooms: the good ones unreadable),
        // S4 (20 readable pupils, 1 room). S3's rooms are all unreadable: it is not counted at all.
        double expected = (60.0 + 80 + 20) / (3 + 2 + 1);
        assertEquals(expected, v.path("value").asDouble(), 0.01, v.toString());
        String text = v.toString();
        assertTrue(text.contains("partial: 3 of the 4 primary schools in the country report it"), text);
        assertTrue(text.contains("partial: 2 school(s) in the country hold classroom cells that could not be read"),
                text);
        assertTrue(text.contains("partial: 1 school(s) in the country hold enrolment cells that could not be read"),
                text);
        // District by district: D1 has S2's unreadable good rooms only; D2 has S3's rooms and S4's girls.
        String d1 = pcr("--district", "D1").toString();
        assertTrue(d1.contains("partial: 1 school(s) in") && d1.contains("classroom cells that could not be read")
                && !d1.contains("enrolment cells"), d1);
        String d2 = pcr("--district", "D2").toString();
        assertTrue(d2.contains("classroom cells that could not be read") && d2.contains("enrolment cells"), d2);
        // In the officer's language.
        String fr = pcr("--lang", "fr").toString();
        assertTrue(fr.contains("partiel : 2 école(s) dans le pays ont des cellules de salles de classe qui n'ont pas pu"
                + " être lues"), fr);
        String pt = pcr("--lang", "pt").toString();
        assertTrue(pt.contains("parcial: 2 escola(s)") && pt.contains("células de salas de aula"), pt);
    }
}
