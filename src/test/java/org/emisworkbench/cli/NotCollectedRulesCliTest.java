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
 * Review 23, point 7: a rule about a figure the school's template never reads (no column, label, constant or sum gives
 * it) is not run for that school, neither as a missing figure nor as 0, and validate says so once, field by field.
 * A Pacific sheet giving its schools' Province (read as school.region) and no district: REQ-02 is such a rule.
 * A figure the template does read and the school left blank is still missing (TCH-03 fires). The workbooks are
 * written here, in a style the sample country does not use (a banner row, Province beside the code).
 */
class NotCollectedRulesCliTest {
    @TempDir
    Path dir;

    private Path workbook(String name, String[] header, Object[][] rows) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sh = wb.createSheet("Schools");
            Sheets.row(sh, 0, "MAKIRA PROVINCE - ANNUAL SCHOOL SURVEY");
            Sheets.row(sh, 1, (Object[]) header);
            for (int i = 0; i < rows.length; i++) {
                Sheets.row(sh, 2 + i, rows[i]);
            }
            wb.write(out);
        }
        return file;
    }

    private Path template(String id, String extraColumn) throws Exception {
        Path t = dir.resolve(id + ".json");
        Files.writeString(t, """
                {"id": "%s", "version": 1, "layout": "wide", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Schools"], "key": ["School ID"],
                   "columns": [{"headers": ["Province"], "field": "school.region"},
                               {"headers": ["Year 1 M"], "field": "enrolment", "grade": "G1", "sex": "M"},
                               {"headers": ["Year 1 F"], "field": "enrolment", "grade": "G1", "sex": "F"},
                               {"headers": ["Teachers M"], "field": "teachers.total", "sex": "M"},
                               {"headers": ["Certified M"], "field": "teachers.trained", "sex": "M"}%s]}]}
                """.formatted(id, extraColumn));
        return t;
    }

    private static List<String> schoolsWith(JsonNode findings, String rule) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : findings.findParents("rule")) {
            if (rule.equals(f.path("rule").asText())) {
                out.add(f.path("school").asText());
            }
        }
        return out;
    }

    @Test
    void rulesAboutFiguresNeverCollectedAreNotRunButSaidOnce() throws Exception {
        Object[][] rows = {
            {"MK-101", "Makira", 21, 19, 3, 2},
            {"MK-102", "Makira", 30, 28, 4, 4},
            {"MK-103", "Makira", 12, 15, 2, 1}};
        Path db = dir.resolve("makira.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", template("makira", "").toString(),
                workbook("makira-2024.xlsx", new String[] {"School ID", "Province", "Year 1 M", "Year 1 F", "Teachers M",
                    "Certified M"}, rows).toString());
        assertTrue(imp.code() <= 1, imp.out() + imp.err());

        CliRun v = CliRun.emis("validate", "--db", db.toString(), "--year", "2024", "--format", "json");
        JsonNode findings = v.json();
        assertTrue(findings.findParents("rule").isEmpty() || findings.isArray() || findings.isObject(), v.out());
        for (String rule : List.of("TCH-03", "TCH-06", "REQ-02", "REQ-03", "REQ-04", "REQ-05")) {
            assertEquals(List.of(), schoolsWith(findings, rule), rule + " is about a figure this return never collects\n"
                    + v.out());
        }
        // Nothing about these figures is an open error: the run exits 0.
        assertEquals(0, v.code(), v.out() + v.err());
        int schools = rows.length;
        String notice = v.err();
        assertTrue(notice.contains("Not collected by these returns"), notice);
        for (String said : List.of("school.district (REQ-02: " + schools + ")",
                "school.ownership (REQ-03: " + schools + ")", "school.locality (REQ-04: " + schools + ")",
                "school.level (REQ-05: " + schools + ")", "teachers.qualified (TCH-06: " + schools + ")",
                "classrooms.total (TCH-03: " + schools + ")")) {
            assertTrue(notice.contains(said), said + " in\n" + notice);
        }
        assertEquals(1, notice.lines().filter(l -> l.contains("Not collected")).count(), notice);
    }

    @Test
    void aFigureTheTemplateReadsAndTheSchoolLeftBlankIsStillMissing() throws Exception {
        // The same sheet with a Classrooms column: the school leaving it blank gets TCH-03, the others not.
        Object[][] rows = {
            {"MK-201", "Makira", 21, 19, 3, 2, 2},
            {"MK-202", "Makira", 30, 28, 4, 4, null},
            {"MK-203", "Makira", 12, 15, 2, 1, 1}};
        List<String> blank = new ArrayList<>();
        for (Object[] r : rows) {
            if (r[6] == null) {
                blank.add((String) r[0]);
            }
        }
        Path db = dir.resolve("rooms.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", template("makira-rooms",
                ",\n{\"headers\": [\"Classrooms\"], \"field\": \"classrooms.total\"}").toString(),
                workbook("rooms-2024.xlsx", new String[] {"School ID", "Province", "Year 1 M", "Year 1 F", "Teachers M",
                    "Certified M", "Classrooms"}, rows).toString());
        assertTrue(imp.code() <= 1, imp.out() + imp.err());
        CliRun v = CliRun.emis("validate", "--db", db.toString(), "--year", "2024", "--format", "json");
        assertEquals(blank, schoolsWith(v.json(), "TCH-03"), v.out());
        assertFalse(v.err().contains("classrooms.total ("), v.err());
        assertTrue(v.err().contains("school.district (REQ-02: " + rows.length + ")"), v.err());
    }

    /**
     * AGE-02 on pre-primary: a class taking several years of age (Pacific ECE: 3 to 5) is not "unusual" at 3. The
     * window's youngest pre-primary age is the primary entrance age (Grade 1's official age, 6 in a new workspace)
     * plus the pack's parameter age_offset_usual_min_pre_primary (-3), a setting: -4 lets 2-year-olds pass too.
     */
    @Test
    void preprimaryAgesFollowTheirOwnSettableWindow() throws Exception {
        int entrance = 6;
        int ppOfficial = entrance - 1;
        Path t = dir.resolve("ece.json");
        Files.writeString(t, """
                {"id": "ece", "version": 1, "layout": "wide", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Schools"], "key": ["School ID"],
                   "columns": [{"headers": ["District"], "field": "school.district"},
                               {"headers": ["ECE age 2 M"], "field": "enrolment", "grade": "PP", "age": "2", "sex": "M"},
                               {"headers": ["ECE age 3 M"], "field": "enrolment", "grade": "PP", "age": "3", "sex": "M"},
                               {"headers": ["ECE age 5 M"], "field": "enrolment", "grade": "PP", "age": "5", "sex": "M"},
                               {"headers": ["Year 1 age 4 M"], "field": "enrolment", "grade": "G1", "age": "4", "sex": "M"},
                               {"headers": ["Year 1 age 6 M"], "field": "enrolment", "grade": "G1", "age": "6", "sex": "M"}]}]}
                """);
        Path db = dir.resolve("ece.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", t.toString(),
                workbook("ece-2024.xlsx", new String[] {"School ID", "District", "ECE age 2 M", "ECE age 3 M",
                    "ECE age 5 M", "Year 1 age 4 M", "Year 1 age 6 M"},
                        new Object[][] {{"EC-1", "D1", 2, 7, 9, 1, 20}}).toString());
        assertTrue(imp.code() <= 1, imp.out() + imp.err());

        int youngestPp = Math.min(ppOfficial - 1, entrance - 3);
        int youngestG1 = entrance - 1;
        List<String> expected = new ArrayList<>();
        for (int age : new int[] {2, 3, 5}) {
            if (age < youngestPp) {
                expected.add("PP " + age);
            }
        }
        if (4 < youngestG1) {
            expected.add("G1 4");
        }
        assertEquals(List.of("PP 2", "G1 4"), expected, "the expectation itself");
        assertEquals(expected.stream().sorted().toList(), ages(db));

        CliRun set = CliRun.emis("rules", "--db", db.toString(), "--set", "age_offset_usual_min_pre_primary=-4");
        assertEquals(0, set.code(), set.out() + set.err());
        assertEquals(List.of("G1 4"), ages(db), "2-year-olds in pre-primary pass once the window starts at entrance - 4");
    }

    private static List<String> ages(Path db) throws Exception {
        CliRun v = CliRun.emis("validate", "--db", db.toString(), "--year", "2024", "--format", "json");
        assertTrue(v.code() <= 1, v.out() + v.err());
        List<String> out = new ArrayList<>();
        for (JsonNode f : v.json().findParents("rule")) {
            if ("AGE-02".equals(f.path("rule").asText()) && !"resolved".equalsIgnoreCase(f.path("status").asText())) {
                out.add(f.path("grade").asText() + " " + f.path("age").asText());
            }
        }
        return out.stream().sorted().toList();
    }

    /** One school's roster return: its labels, then a staff roster; {@code ownership} null leaves the label out. */
    private Path rosterReturn(String code, String ownership, int women, int men) throws Exception {
        Path file = dir.resolve(code + ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("School");
            Sheets.row(s, 0, "School ID", code);
            Sheets.row(s, 1, "School Name", "School " + code);
            if (ownership != null) {
                Sheets.row(s, 2, "Ownership", ownership);
            }
            Sheet t = wb.createSheet("Teachers");
            Sheets.row(t, 0, "Sex", "Position");
            for (int i = 0; i < women + men; i++) {
                Sheets.row(t, 1 + i, i < women ? "Female" : "Male", "Teacher");
            }
            wb.write(out);
        }
        return file;
    }

    private Path rosterTemplate(String id, boolean ownershipLabel) throws Exception {
        Path t = dir.resolve(id + ".json");
        Files.writeString(t, """
                {"id": "%s", "version": 1, "layout": "roster",
                 "sheets": [{"names": ["School"], "required": ["school.code"],
                   "labels": [{"labels": ["School ID"], "field": "school.code"},
                              {"labels": ["School Name"], "field": "school.name"}%s]},
                  {"names": ["Teachers"], "kind": "staff", "columns": [
                    {"headers": ["Sex"], "field": "staff.sex"}, {"headers": ["Position"], "field": "staff.type"}]}]}
                """.formatted(id, ownershipLabel ? ", {\"labels\": [\"Ownership\"], \"field\": \"school.ownership\"}" : ""));
        return t;
    }

    /**
     * Review 26 F9: a roster template's labelled sheet that reads no ownership, locality or level collects none, as a
     * grid template's does: REQ-03/04/05 are not run. One that reads the ownership still finds it missing when blank.
     */
    @Test
    void aRosterTemplateCollectsOnlyTheAttributesItsLabelsRead() throws Exception {
        Path db = dir.resolve("roster.mv.db");
        List<String> files = new ArrayList<>(List.of("import", "--db", db.toString(), "--year", "2024", "--template",
                rosterTemplate("ph-roster", false).toString()));
        int schools = 3;
        for (int i = 0; i < schools; i++) {
            files.add(rosterReturn("1045" + i, null, 2 + i, 1 + i).toString());
        }
        CliRun imp = CliRun.emis(files.toArray(String[]::new));
        assertTrue(imp.code() <= 1, imp.out() + imp.err());
        CliRun v = CliRun.emis("validate", "--db", db.toString(), "--year", "2024", "--format", "json");
        for (String rule : List.of("REQ-03", "REQ-04", "REQ-05")) {
            assertEquals(List.of(), schoolsWith(v.json(), rule), rule + "\n" + v.out());
        }
        for (String said : List.of("school.ownership (REQ-03: " + schools + ")",
                "school.locality (REQ-04: " + schools + ")", "school.level (REQ-05: " + schools + ")")) {
            assertTrue(v.err().contains(said), said + " in\n" + v.err());
        }

        Path asked = dir.resolve("roster-asked.mv.db");
        CliRun imp2 = CliRun.emis("import", "--db", asked.toString(), "--year", "2024", "--template",
                rosterTemplate("ph-roster-owner", true).toString(), rosterReturn("104600", "", 3, 2).toString(),
                rosterReturn("104601", "Public", 1, 1).toString());
        assertTrue(imp2.code() <= 1, imp2.out() + imp2.err());
        CliRun v2 = CliRun.emis("validate", "--db", asked.toString(), "--year", "2024", "--format", "json");
        assertEquals(List.of("104600"), schoolsWith(v2.json(), "REQ-03"), v2.out());
        assertFalse(v2.err().contains("school.ownership (REQ-03"), v2.err());
    }
}
