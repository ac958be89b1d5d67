package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 18, item 5: a one-school form whose code is written nowhere on it, only in the file's name
 * ({@code Kasese_U310452_ASC2024.xlsx}), read with {@code "position": "fileName"}; a name with no word or two words
 * that can be a code is refused naming them, never guessed. The forms are written here; the figures are the cells'.
 */
class CodeFromFileNameCliTest {
    @TempDir
    Path dir;

    private static final String TEMPLATE = """
            {"id": "asc-form", "version": 1, "layout": "grid", "year": {"fromFileName": true},
             "sheets": [{"names": ["ASC Form"], "required": ["school.code", "enrolment"],
               "labels": [{"field": "school.code", "position": "fileName"},
                          {"labels": ["Name of School"], "field": "school.name"}],
               "grids": [{"field": "enrolment", "titles": ["Enrolment by class"], "rows": "none"}]}]}
            """;

    private final int[][] pupils = new int[3][2];

    private Path form(String name) throws Exception {
        Random random = new Random(name.hashCode());
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("ASC Form");
            Sheets.row(s, 0, "ANNUAL SCHOOL CENSUS");
            Sheets.row(s, 2, "Name of School", "Kilembe Mines P/S");
            Sheets.row(s, 4, "Enrolment by class");
            Sheets.row(s, 5, "", "P1", "P1", "P2", "P2", "P3", "P3");
            Sheets.row(s, 6, "", "Boys", "Girls", "Boys", "Girls", "Boys", "Girls");
            Object[] row = new Object[7];
            row[0] = "Pupils";
            for (int g = 0; g < 3; g++) {
                pupils[g][0] = 20 + random.nextInt(60);
                pupils[g][1] = 20 + random.nextInt(60);
                row[1 + 2 * g] = pupils[g][0];
                row[2 + 2 * g] = pupils[g][1];
            }
            Sheets.row(s, 7, row);
            wb.write(out);
        }
        return file;
    }

    @Test
    void theCodeIsTheOneWordOfTheFileNameThatCanBeACode() throws Exception {
        Path template = Files.writeString(dir.resolve("asc-form.json"), TEMPLATE);
        Path db = dir.resolve("w.mv.db");
        Path file = form("Kasese_U310452_ASC2024.xlsx");
        CliRun check = CliRun.emis("template", "check", "--template", template.toString(), file.toString());
        assertTrue(check.out().contains("file name → school.code = \"U310452\""), check.out());
        CliRun r = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), file.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("[asc-form, 2024]"), r.out());
        for (int g = 0; g < 3; g++) {
            CliRun t = CliRun.emis("trace", "--db", db.toString(), "--year", "2024", "--school", "U310452",
                    "--slot", "G" + (g + 1), "--sex", "F", "--format", "json");
            assertEquals(0, t.code(), t.out() + t.err());
            JsonNode doc = t.json();
            assertEquals(pupils[g][1], doc.path("value").asInt(), doc.toString());
        }
    }

    /** Review 18b, item 5: the draft of such a form proposes the code from the file's name, and says so. */
    @Test
    void theDraftOfAFormLabellingNoCodeReadsItFromTheFileName() throws Exception {
        Path file = form("Kasese_U310452_ASC2024.xlsx");
        Path template = dir.resolve("drafted.json");
        CliRun d = CliRun.emis("template", "draft", file.toString(), "--out", template.toString());
        assertEquals(0, d.code(), d.out() + d.err());
        assertTrue(d.out().contains("it is read from the file's name, U310452 for this file"), d.out());
        assertTrue(Files.readString(template).contains("\"position\" : \"fileName\""), Files.readString(template));
        Path db = dir.resolve("drafted.mv.db");
        CliRun r = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), file.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        for (int g = 0; g < 3; g++) {
            CliRun t = CliRun.emis("trace", "--db", db.toString(), "--year", "2024", "--school", "U310452",
                    "--slot", "G" + (g + 1), "--sex", "M", "--format", "json");
            assertEquals(0, t.code(), t.out() + t.err());
            assertEquals(pupils[g][0], t.json().path("value").asInt(), t.out());
        }
        // A name giving two words that could be codes proposes nothing: the draft refuses as before.
        Path two = form("U310452 and U310467 2024.xlsx");
        CliRun refused = CliRun.emis("template", "draft", two.toString(), "--out", dir.resolve("two.json").toString());
        assertTrue(refused.code() != 0, refused.out());
    }

    @Test
    void aNameWithTwoWordsThatCouldBeCodesIsRefusedNamingThem() throws Exception {
        Path template = Files.writeString(dir.resolve("asc-form.json"), TEMPLATE);
        Path db = dir.resolve("w2.mv.db");
        Path file = form("U310452 and U310467 2024.xlsx");
        CliRun r = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), file.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("U310452, U310467")
                && r.out().contains("reads the school code from the file's name"), r.out());
        assertFalse(r.out().contains("write the school code in that cell"), r.out());
        assertTrue(r.out().contains("0 imported") && r.out().contains("1 failed"), r.out());
    }

    @Test
    void onlyAGridFormOfOneSchoolTakesItsCodeFromTheFileName() throws Exception {
        Path template = Files.writeString(dir.resolve("blocks.json"), TEMPLATE.replace("\"layout\": \"grid\",",
                "\"layout\": \"grid\", \"schools\": \"block\","));
        CliRun r = CliRun.emis("template", "check", "--template", template.toString(), form("U310452_2024.xlsx")
                .toString());
        assertTrue((r.out() + r.err()).contains("one file, one school"), r.out() + r.err());
    }
}
