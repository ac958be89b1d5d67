package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 26 F4: a staff roster whose highest qualification is written as a degree ({@code Bachelor of Secondary
 * Education}, {@code Master of Arts in Education}) is read by the degree's words, as an ownership is; the words of
 * its subject ({@code Secondary}) do not count. A qualified-teacher count none of whose values could be read is
 * missing (decision 0043: never 0) and the share says why; a count some of whose values could not be read is partial
 * (PARTIAL_SUM). Workbooks and expected figures are made here.
 */
class RosterQualificationWordsTest {
    @TempDir
    Path dir;

    private static final String TEMPLATE = """
            {"id": "ph-roster", "version": 1, "layout": "roster",
             "sheets": [
               {"names": ["School"], "required": ["school.code"],
                "labels": [{"labels": ["School ID"], "field": "school.code"}]},
               {"names": ["Pupils"], "kind": "pupils", "columns": [
                 {"headers": ["Sex"], "field": "pupil.sex"},
                 {"headers": ["Grade"], "field": "pupil.grade"}]},
               {"names": ["Teachers"], "kind": "staff", "columns": [
                 {"headers": ["Sex"], "field": "staff.sex"},
                 {"headers": ["Highest Educational Attainment"], "field": "staff.qualification"},
                 {"headers": ["Trained"], "field": "staff.certified"}],
                "ignore": ["Name of Personnel"]}]}
            """;

    /** Whether the qualification means a qualified teacher: true, false, or null for words no list knows. */
    private static final Map<String, Boolean> DEGREES = new java.util.LinkedHashMap<>();

    static {
        DEGREES.put("Bachelor of Elementary Education", true);
        DEGREES.put("Bachelor of Secondary Education", true);
        DEGREES.put("Master of Arts in Education", true);
        DEGREES.put("High School Graduate", false);
        DEGREES.put("Associate in Arts (2-year)", null);
        DEGREES.put("Vocational NC II", null);
    }

    private static void row(Sheet s, int r, Object... values) {
        Row row = s.createRow(r);
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof String t) {
                row.createCell(c).setCellValue(t);
            }
        }
    }

    /** One school's return; teachers as {sex, qualification, trained}. */
    private Path school(String code, String[][] teachers) throws Exception {
        Path path = dir.resolve(code + ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(path)) {
            row(wb.createSheet("School"), 0, "School ID", code);
            Sheet p = wb.createSheet("Pupils");
            row(p, 0, "Sex", "Grade");
            for (int i = 0; i < 12; i++) {
                row(p, 1 + i, i % 2 == 0 ? "Female" : "Male", "Grade " + (1 + i % 3));
            }
            Sheet t = wb.createSheet("Teachers");
            row(t, 0, "LIST OF TEACHING PERSONNEL");
            row(t, 2, "Name of Personnel", "Sex", "Highest Educational Attainment", "Trained");
            for (int i = 0; i < teachers.length; i++) {
                row(t, 3 + i, "Teacher " + i, teachers[i][0], teachers[i][1], teachers[i][2]);
            }
            wb.write(out);
        }
        return path;
    }

    private static CliRun ok(String... args) {
        CliRun r = CliRun.emis(args);
        assertEquals(0, r.code(), String.join(" ", args) + "\n" + r.out() + r.err());
        return r;
    }

    private Path template() throws Exception {
        Path t = dir.resolve("roster.json");
        Files.writeString(t, TEMPLATE);
        return t;
    }

    private static JsonNode share(Path db, String id) throws Exception {
        return ok("indicators", "--db", db.toString(), "--year", "2024", "--format", "json").json().get(id);
    }

    @Test
    void degreesAreReadByTheirWordsAndACountWithSomeUnknownIsPartial() throws Exception {
        String[] names = DEGREES.keySet().toArray(String[]::new);
        String[][] teachers = new String[9][];
        int known = 0;
        int qualified = 0;
        int trained = 0;
        for (int i = 0; i < teachers.length; i++) {
            // Every qualification but the last unknown one: one teacher's qualification is not read.
            String q = names[i % (names.length - 1)];
            teachers[i] = new String[] {i % 3 == 0 ? "Male" : "Female", q, i % 2 == 0 ? "Yes" : "No"};
            Boolean yes = DEGREES.get(q);
            known += yes == null ? 0 : 1;
            qualified += Boolean.TRUE.equals(yes) ? 1 : 0;
            trained += i % 2 == 0 ? 1 : 0;
        }
        assertTrue(known > 0 && known < teachers.length && qualified > 0, "the roster mixes read and unknown values");
        Path db = dir.resolve("mixed.mv.db");
        CliRun r = ok("import", "--db", db.toString(), "--year", "2024", "--template", template().toString(),
                school("104001", teachers).toString());
        assertTrue(r.out().contains("PARTIAL_SUM"), r.out());
        assertEquals(teachers.length - known, count(r.out(), "UNKNOWN_CODE"), r.out());
        JsonNode q = share(db, "qualified_teachers_pct");
        assertTrue(q.get("available").asBoolean(), q.toString());
        assertEquals(100.0 * qualified / teachers.length, q.get("value").asDouble(), 1e-9, q.toString());
        JsonNode t = share(db, "trained_teachers_pct");
        assertEquals(100.0 * trained / teachers.length, t.get("value").asDouble(), 1e-9, t.toString());
    }

    @Test
    void aCountNoneOfWhoseValuesCouldBeReadIsMissingNotZero() throws Exception {
        String[][] unknown = {{"Female", "Associate in Arts (2-year)", "Yes"}, {"Male", "Vocational NC II", "No"},
            {"Female", "Vocational NC II", "Yes"}};
        Path db = dir.resolve("unknown.mv.db");
        CliRun r = ok("import", "--db", db.toString(), "--year", "2024", "--template", template().toString(),
                school("104002", unknown).toString());
        assertTrue(r.out().contains("PARTIAL_SUM"), r.out());
        JsonNode q = share(db, "qualified_teachers_pct");
        assertFalse(q.get("available").asBoolean(), q.toString());
        assertTrue(q.get("reason").asText().contains("qualification could not be read in 1 school(s)"), q.toString());
        assertFalse(q.path("bySex").path("F").path("available").asBoolean(true), q.toString());
        CliRun trace = CliRun.emis("trace", "--db", db.toString(), "--school", "104002", "--year", "2024", "--topic",
                "teachers", "--slot", "qualified", "--sex", "F", "--format", "json");
        assertTrue(trace.code() != 0 || trace.json().get("value").isNull(), trace.out() + trace.err());
        // Training was read for all three: that share is whole.
        JsonNode t = share(db, "trained_teachers_pct");
        assertEquals(100.0 * 2 / 3, t.get("value").asDouble(), 1e-9, t.toString());

        // A second school whose qualifications were read: the share is theirs, said to be partial.
        String[][] read = {{"Female", "Bachelor of Secondary Education", "Yes"},
            {"Male", "High School Graduate", "Yes"}, {"Female", "Master of Arts in Education", "No"}};
        ok("import", "--db", db.toString(), "--year", "2024", "--template", template().toString(),
                school("104003", read).toString());
        q = share(db, "qualified_teachers_pct");
        assertTrue(q.get("available").asBoolean(), q.toString());
        assertEquals(100.0 * 2 / 3, q.get("value").asDouble(), 1e-9, q.toString());
        assertTrue(q.get("note").asText().contains("qualification could not be read in 1 school(s)"), q.toString());
    }

    private static int count(String out, String kind) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(kind + "\\s+(\\d+)").matcher(out);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
