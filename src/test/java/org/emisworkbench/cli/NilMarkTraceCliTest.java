package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code emis trace} of a figure read from a nil mark says so: the cell held the mark ({@code -}, {@code nil}) and
 * was read as 0, in English, French and Portuguese; a 0 written as 0 says nothing of the kind. The workbook is
 * written here: a teachers-and-pupils sheet whose template reads a dash and "nil" as nothing there.
 */
class NilMarkTraceCliTest {
    @TempDir
    Path dir;

    private static final String TEMPLATE = """
            {"id": "nil-marks", "version": 1, "layout": "wide", "nilMarks": ["-", "nil"],
             "sheets": [{"names": ["Returns"], "key": ["EMIS no."],
               "columns": [{"headers": ["School"], "field": "school.name"},
                           {"headers": ["Girls Std 1"], "field": "enrolment", "grade": "G1", "sex": "F"},
                           {"headers": ["Boys Std 1"], "field": "enrolment", "grade": "G1", "sex": "M"},
                           {"headers": ["Girls Std 2"], "field": "enrolment", "grade": "G2", "sex": "F"}]}]}
            """;

    private Path importReturns() throws Exception {
        Path file = dir.resolve("returns-2025.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Returns");
            Sheets.row(s, 0, "EMIS no.", "School", "Girls Std 1", "Boys Std 1", "Girls Std 2");
            Sheets.row(s, 1, "N-10", "Hilltop", 14, "-", 0);
            Sheets.row(s, 2, "N-11", "Riverside", "nil", 9, 12);
            wb.write(out);
        }
        Path template = dir.resolve("nil-marks.json");
        Files.writeString(template, TEMPLATE);
        Path db = dir.resolve("nil.mv.db");
        CliRun r = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), file.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        return db;
    }

    private static CliRun trace(Path db, String school, String grade, String sex, String... more) {
        String[] args = {"trace", "--db", db.toString(), "--year", "2025", "--school", school, "--slot", grade,
                "--sex", sex};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return CliRun.emis(all);
    }

    @Test
    void aFigureReadFromANilMarkSaysTheCellHeldTheMark() throws Exception {
        Path db = importReturns();

        CliRun dash = trace(db, "N-10", "G1", "M");
        assertEquals(0, dash.code(), dash.out() + dash.err());
        assertEquals("N-10 2025 enrolment G1 M = 0\n"
                + "        0  from returns-2025.xlsx Returns!D2; Returns!D2 held “-”, a nil mark, read as 0"
                + " (not a figure written as 0)\n", dash.out().replace("\r\n", "\n"));

        CliRun nil = trace(db, "N-11", "G1", "F", "--lang", "fr");
        assertEquals("N-11 2025 enrolment G1 F (féminin) = 0\n"
                + "        0  de returns-2025.xlsx Returns!C3; Returns!C3 contenait « nil », une marque de néant,"
                + " lue comme 0 (pas un chiffre écrit 0)\n", nil.out().replace("\r\n", "\n"));

        CliRun pt = trace(db, "N-10", "G1", "M", "--lang", "pt");
        assertTrue(pt.out().contains("Returns!D2 continha «-», uma marca de nulo, lida como 0 (não um número escrito 0)"),
                pt.out());

        JsonNode json = trace(db, "N-10", "G1", "M", "--format", "json").json();
        assertEquals(0, json.get("value").asInt());
        JsonNode marks = json.get("sources").get(0).get("nilMarks");
        assertEquals(1, marks.size(), json.toString());
        assertEquals("Returns!D2", marks.get(0).get("cell").asText());
        assertEquals("-", marks.get(0).get("mark").asText());

        // A 0 written as 0, and a figure written as a number: no mark to speak of.
        CliRun zero = trace(db, "N-10", "G2", "F");
        assertEquals("N-10 2025 enrolment G2 F = 0\n        0  from returns-2025.xlsx Returns!E2\n",
                zero.out().replace("\r\n", "\n"));
        assertFalse(zero.out().contains("nil mark"), zero.out());
        JsonNode written = trace(db, "N-11", "G1", "M", "--format", "json").json();
        assertEquals(9, written.get("value").asInt());
        assertEquals(0, written.get("sources").get(0).get("nilMarks").size(), written.toString());
    }
}
