package org.emisworkbench.cli;

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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 19, finding 1: a return giving its classrooms as a plain count ({@code Salles de classe: 4}, {@code
 * Classrooms}) has classrooms. The check "pupils reported but no classrooms" (TCH-03) must not fire on it, and pupils
 * per usable classroom, which needs the rooms' condition, says why it leaves such a school out instead of "no
 * classrooms reported". The sheet is written here, one school per row, rooms given three ways; the expected ratio is
 * worked out here.
 */
class ClassroomsWithoutConditionCliTest {
    @TempDir
    Path dir;

    private Path workbook(String name, Object[][] rows) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sh = wb.createSheet("Ecoles");
            Sheets.row(sh, 0, "Inspection de Kara: effectifs et salles");
            Sheets.row(sh, 1, "Code", "District", "P1 Boys", "P1 Girls", "Classrooms", "Good rooms", "Fair rooms",
                    "Poor rooms");
            for (int i = 0; i < rows.length; i++) {
                Sheets.row(sh, 2 + i, rows[i]);
            }
            wb.write(out);
        }
        return file;
    }

    private Path template() throws Exception {
        Path t = dir.resolve("kara-rooms.json");
        Files.writeString(t, """
                {"id": "kara-rooms", "version": 1, "layout": "wide", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Ecoles"], "key": ["Code"],
                   "columns": [{"headers": ["District"], "field": "school.district"},
                               {"headers": ["P1 Boys"], "field": "enrolment", "grade": "G1", "sex": "M"},
                               {"headers": ["P1 Girls"], "field": "enrolment", "grade": "G1", "sex": "F"},
                               {"headers": ["Classrooms"], "field": "classrooms.total"},
                               {"headers": ["Good rooms"], "field": "classrooms.good"},
                               {"headers": ["Fair rooms"], "field": "classrooms.fair"},
                               {"headers": ["Poor rooms"], "field": "classrooms.poor"}]}]}
                """);
        return t;
    }

    private static CliRun ok(String... args) {
        CliRun r = CliRun.emis(args);
        assertEquals(0, r.code(), String.join(" ", args) + "\n" + r.out() + r.err());
        return r;
    }

    private static List<String> schoolsWith(Path db, String rule) throws Exception {
        // Exit 1 says error findings were found (the level is not given here): the findings are what is asked.
        CliRun v = CliRun.emis("validate", "--db", db.toString(), "--year", "2024", "--format", "json");
        assertTrue(v.code() <= 1, v.out() + v.err());
        JsonNode findings = v.json();
        List<String> out = new ArrayList<>();
        for (JsonNode f : findings.findParents("rule")) {
            if (rule.equals(f.path("rule").asText())) {
                out.add(f.path("school").asText());
            }
        }
        return out;
    }

    private static JsonNode pcr(Path db) throws Exception {
        JsonNode v = ok("indicators", "--db", db.toString(), "--year", "2024", "--format", "json").json()
                .findValue("pupil_classroom_ratio_usable");
        assertTrue(v != null, "the indicator is listed");
        return v;
    }

    @Test
    void roomsGivenWithoutTheirConditionAreRoomsNotNone() throws Exception {
        // KR-1: a total only; KR-2: by condition; KR-3: pupils and no rooms at all.
        Object[][] rows = {
            {"KR-1", "D1", 40, 38, 4, null, null, null},
            {"KR-2", "D1", 30, 33, null, 2, 1, 1},
            {"KR-3", "D1", 25, 27, null, null, null, null}};
        Path db = dir.resolve("kara.mv.db");
        ok("import", "--db", db.toString(), "--template", template().toString(),
                workbook("kara-2024.xlsx", rows).toString());

        assertEquals(List.of("KR-3"), schoolsWith(db, "TCH-03"), "only the school giving no rooms at all");

        JsonNode v = pcr(db);
        assertTrue(v.path("available").asBoolean(), v.toString());
        // Usable rooms are known at KR-2 only: its pupils over its good and fair rooms.
        assertEquals((30.0 + 33) / (2 + 1), v.path("value").asDouble(), 1e-9, v.toString());
        assertTrue(v.toString().contains("1 school(s) of") && v.toString().contains("without their condition"),
                v.toString());

        // A country whose schools all give a total only: not available, and the reason says so.
        Path only = dir.resolve("totals.mv.db");
        ok("import", "--db", only.toString(), "--template", template().toString(),
                workbook("totals-2024.xlsx", new Object[][] {{"KR-1", "D1", 40, 38, 4, null, null, null},
                    {"KR-4", "D1", 22, 20, 3, null, null, null}}).toString());
        assertEquals(List.of(), schoolsWith(only, "TCH-03"));
        JsonNode none = pcr(only);
        assertFalse(none.path("available").asBoolean(), none.toString());
        String reason = none.path("reason").asText();
        assertTrue(reason.startsWith("2 school(s) of") && reason.contains("without their condition"), reason);
        assertFalse(reason.contains("no classrooms"), reason);
    }
}
