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
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.LongCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 26 F6 (decision 0083): a Philippines-style school return holds a table of enrolment, repeaters and learners
 * with disabilities by grade × sex on its labelled sheet and a staff roster (one row per person) on another. One roster
 * template whose label block holds the grids reads both in one import: every figure stored with its cell (a table's
 * figure at its cell, a roster's count at the column over the staff rows), each school once, its file named; PTR and
 * the qualified share are available, and {@code template check} finds no figure left unread. The workbooks and the
 * figures expected are made here.
 */
class RosterWithGridsCliTest {
    @TempDir
    Path dir;

    private static final int GRADES = 6;
    private static final String[] SEXES = {"M", "F"};
    private static final String[] TOPICS = {"enrolment", "repeaters", "disabled"};
    private static final String[] ROW_NAMES = {"Enrollment", "Repeaters", "Learners with Disabilities"};
    /** The sheet's row (0-based) of the first topic; the title is three rows above, the grades two, the sexes one. */
    private static final int FIRST_ROW = 9;

    private static final String TEMPLATE = """
            {"id": "ph-return", "version": 1, "layout": "roster",
             "year": {"labels": ["SCHOOL ENROLLMENT REPORT, SY"]},
             "codeLists": {
               "topic": {"disabled": ["Learners with Disabilities"]},
               "staff_type": {"teaching": ["Teacher I", "Master Teacher I"], "non_teaching": ["School Principal I"]},
               "qualification": {"yes": ["Bachelor of Elementary Education"], "no": ["High School Graduate"]}},
             "sheets": [
               {"names": ["Enrollment"], "required": ["school.code", "enrolment"],
                "labels": [
                  {"labels": ["School ID"], "field": "school.code"},
                  {"labels": ["School Name"], "field": "school.name"},
                  {"labels": ["Number of Classrooms"], "field": "classrooms.total"}],
                "grids": [
                  {"field": "enrolment", "titles": ["Enrollment and repeaters by grade level"], "rows": "none"},
                  {"field": "repeaters", "titles": ["Enrollment and repeaters by grade level"], "rows": "none"},
                  {"field": "disabled", "titles": ["Enrollment and repeaters by grade level"], "rows": "none"}]},
               {"names": ["Teachers"], "kind": "staff",
                "columns": [
                  {"headers": ["Sex"], "field": "staff.sex"},
                  {"headers": ["Position"], "field": "staff.type"},
                  {"headers": ["Highest Educational Attainment"], "field": "staff.qualification"},
                  {"headers": ["Trained (Yes/No)"], "field": "staff.certified"}],
                "ignore": ["Name of Personnel"]}]}
            """;

    /** Pupils of school s, topic t, grade g (0-based), sex k (0 male, 1 female). */
    private static int figure(int s, int t, int g, int k) {
        return switch (t) {
            case 0 -> 25 + 7 * s + 4 * g + 3 * k + (g * k) % 5;
            case 1 -> (s + g + 2 * k) % 4;
            default -> (2 * s + g + k) % 3;
        };
    }

    /** School s's staff: {sex, position, qualification, trained}, the principal first. */
    private static List<String[]> staff(int s) {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < 7 + 2 * s; i++) {
            out.add(new String[] {(i + s) % 3 == 0 ? "Male" : "Female",
                i == 0 ? "School Principal I" : i % 3 == 1 ? "Master Teacher I" : "Teacher I",
                i % 4 == 3 ? "High School Graduate" : "Bachelor of Elementary Education", i % 2 == 0 ? "Yes" : "No"});
        }
        return out;
    }

    private static int rooms(int s) {
        return 6 + s;
    }

    private static void row(Sheet sheet, int r, Object... values) {
        Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof String t) {
                row.createCell(c).setCellValue(t);
            } else if (values[c] instanceof Integer n) {
                row.createCell(c).setCellValue(n);
            }
        }
    }

    private Path school(int s, String code) throws Exception {
        Path path = dir.resolve("PH-" + code + ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(path)) {
            Sheet e = wb.createSheet("Enrollment");
            row(e, 0, "SCHOOL ENROLLMENT REPORT, SY 2024-2025");
            row(e, 1, "School ID:", null, code);
            row(e, 2, "School Name:", null, "School " + code);
            row(e, 3, "Number of Classrooms:", null, rooms(s));
            row(e, FIRST_ROW - 3, "ENROLLMENT AND REPEATERS BY GRADE LEVEL AND SEX");
            row(e, FIRST_ROW - 2, "Category");
            e.addMergedRegion(new CellRangeAddress(FIRST_ROW - 2, FIRST_ROW - 1, 0, 0));
            for (int g = 0; g <= GRADES; g++) {
                int c = 1 + 3 * g;
                e.getRow(FIRST_ROW - 2).createCell(c).setCellValue(g < GRADES ? "Grade " + (g + 1) : "TOTAL");
                e.addMergedRegion(new CellRangeAddress(FIRST_ROW - 2, FIRST_ROW - 2, c, c + 2));
                Row sexes = e.getRow(FIRST_ROW - 1) != null ? e.getRow(FIRST_ROW - 1) : e.createRow(FIRST_ROW - 1);
                sexes.createCell(c).setCellValue("Male");
                sexes.createCell(c + 1).setCellValue("Female");
                sexes.createCell(c + 2).setCellValue("Total");
            }
            for (int t = 0; t < TOPICS.length; t++) {
                Row r = e.createRow(FIRST_ROW + t);
                r.createCell(0).setCellValue(ROW_NAMES[t]);
                int[] all = new int[2];
                for (int g = 0; g < GRADES; g++) {
                    for (int k = 0; k < 2; k++) {
                        r.createCell(1 + 3 * g + k).setCellValue(figure(s, t, g, k));
                        all[k] += figure(s, t, g, k);
                    }
                    r.createCell(3 + 3 * g).setCellValue(figure(s, t, g, 0) + figure(s, t, g, 1));
                }
                r.createCell(1 + 3 * GRADES).setCellValue(all[0]);
                r.createCell(2 + 3 * GRADES).setCellValue(all[1]);
                r.createCell(3 + 3 * GRADES).setCellValue(all[0] + all[1]);
            }
            row(e, FIRST_ROW + TOPICS.length + 1, "Note: Enrollment as of August 31, 2024 (BOSY).");
            Sheet t = wb.createSheet("Teachers");
            row(t, 0, "LIST OF TEACHING AND NON-TEACHING PERSONNEL");
            row(t, 2, "Name of Personnel", "Sex", "Position", "Highest Educational Attainment", "Trained (Yes/No)");
            List<String[]> people = staff(s);
            for (int i = 0; i < people.size(); i++) {
                String[] p = people.get(i);
                row(t, 3 + i, "Person " + i, p[0], p[1], p[2], p[3]);
            }
            wb.write(out);
        }
        return path;
    }

    private static String cell(int row, int col) {
        return CellRef.columnLetters(col) + (row + 1);
    }

    @Test
    void oneTemplateReadsTheTablesAndTheStaffRosterInOneImport() throws Exception {
        String[] codes = {"104523", "104587"};
        List<Path> files = new ArrayList<>();
        for (int s = 0; s < codes.length; s++) {
            files.add(school(s, codes[s]));
        }
        Path template = dir.resolve("ph.json");
        Files.writeString(template, TEMPLATE);

        CliRun check = CliRun.emis("template", "check", "--template", template.toString(), files.get(0).toString());
        assertEquals(0, check.code(), check.out() + check.err());
        assertTrue(check.out().contains("Problems: none"), check.out());
        assertFalse(check.out().contains("NOT READ") || check.out().contains("UNREAD"), check.out());
        assertTrue(check.out().contains("→ enrolment") && check.out().contains("→ staff.qualification"), check.out());

        Path db = dir.resolve("w.mv.db");
        List<String> args = new ArrayList<>(List.of("import", "--db", db.toString(), "--year", "2024", "--template",
                template.toString()));
        files.forEach(f -> args.add(f.toString()));
        CliRun imported = CliRun.emis(args.toArray(String[]::new));
        assertEquals(0, imported.code(), imported.out() + imported.err());
        assertTrue(imported.out().contains(codes.length + " schools added, 0 replaced"), imported.out());
        assertFalse(imported.out().contains("UNREAD_FIGURES"), imported.out());

        // Every figure: its value and its cell. Tables at their cells, the roster's counts at the column over its rows.
        Map<String, String> expected = new TreeMap<>();
        long pupils = 0;
        int teachers = 0;
        int qualified = 0;
        for (int s = 0; s < codes.length; s++) {
            String at = "PH-" + codes[s] + ".xlsx ";
            expected.put(codes[s] + " classrooms total all ", rooms(s) + " " + at + "Enrollment!C4");
            for (int t = 0; t < TOPICS.length; t++) {
                for (int g = 0; g < GRADES; g++) {
                    for (int k = 0; k < 2; k++) {
                        expected.put(codes[s] + " " + TOPICS[t] + " G" + (g + 1) + " all " + SEXES[k],
                                figure(s, t, g, k) + " " + at + "Enrollment!" + cell(FIRST_ROW + t, 1 + 3 * g + k));
                        pupils += t == 0 ? figure(s, t, g, k) : 0;
                    }
                }
            }
            List<String[]> people = staff(s);
            String rows = (3 + 1) + ":" + "%s" + (3 + people.size());
            for (int k = 0; k < 2; k++) {
                String sex = k == 0 ? "Male" : "Female";
                int[] n = new int[4]; // teachers, qualified, trained, non-teaching
                for (String[] p : people) {
                    if (!p[0].equals(sex)) {
                        continue;
                    }
                    if (p[1].equals("School Principal I")) {
                        n[3]++;
                        continue;
                    }
                    n[0]++;
                    n[1] += p[2].startsWith("Bachelor") ? 1 : 0;
                    n[2] += p[3].equals("Yes") ? 1 : 0;
                }
                teachers += n[0];
                qualified += n[1];
                String[] items = {"total", "qualified", "trained", "non_teaching"};
                String[] columns = {"B", "D", "E", "C"};
                for (int i = 0; i < items.length; i++) {
                    expected.put(codes[s] + " teachers " + items[i] + " all " + SEXES[k], n[i] + " " + at
                            + "Teachers!" + columns[i] + rows.formatted(columns[i]));
                }
            }
        }
        Map<String, String> got = new TreeMap<>();
        for (Map<String, String> r : LongCsv.rows(db, 2024, dir.resolve("long.csv"))) {
            got.put(r.get("school_code") + " " + r.get("topic") + " " + r.get("item") + " " + r.get("age") + " "
                    + r.get("sex"), Math.round(Double.parseDouble(r.get("value"))) + " " + r.get("file") + " "
                    + r.get("sheet") + "!" + r.get("cell"));
        }
        assertTrue(expected.size() > 80 && teachers > 0 && qualified > 0 && qualified < teachers,
                "figures written: " + expected.size());
        assertEquals(expected, got);

        // Each school once, named by the file that gave both its tables and its roster.
        JsonNode schools = CliRun.emis("schools", "--db", db.toString(), "--year", "2024", "--format", "json").json();
        List<String> listed = new ArrayList<>();
        schools.findValues("code").forEach(n -> listed.add(n.asText()));
        assertEquals(List.of(codes), listed.stream().sorted().toList(), schools.toString());
        for (String code : codes) {
            assertTrue(schools.toString().contains("PH-" + code + ".xlsx"), schools.toString());
        }

        JsonNode indicators = CliRun.emis("indicators", "--db", db.toString(), "--year", "2024", "--format", "json")
                .json();
        JsonNode ptr = indicators.get("pupil_teacher_ratio");
        assertTrue(ptr.get("available").asBoolean(), ptr.toString());
        assertEquals((double) pupils / teachers, ptr.get("value").asDouble(), 1e-9, ptr.toString());
        JsonNode q = indicators.get("qualified_teachers_pct");
        assertTrue(q.get("available").asBoolean(), q.toString());
        assertEquals(100.0 * qualified / teachers, q.get("value").asDouble(), 1e-9, q.toString());
    }

    @Test
    void aTopicsRowNoGridReadsIsReportedNotDroppedInSilence() throws Exception {
        Path file = school(0, "104600");
        Path template = dir.resolve("repeaters-only.json");
        // The repeaters' grid alone: the enrolment and disability rows of its table are figures no grid reads.
        Files.writeString(template, TEMPLATE.replaceAll("\\{\"field\": \"(enrolment|disabled)\"[^}]*},?\\s*", "")
                .replace("\"required\": [\"school.code\", \"enrolment\"]", "\"required\": [\"school.code\"]")
                .replace("\"rows\": \"none\"},", "\"rows\": \"none\"}"));
        CliRun check = CliRun.emis("template", "check", "--template", template.toString(), file.toString());
        assertEquals(1, check.code(), check.out() + check.err());
        assertTrue(check.out().contains("repeaters 12"), check.out());
        // Each row left unread is one block, its grades' Total columns counted beside its figures (review 27).
        for (int t : new int[] {0, 2}) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("Enrollment!" + cell(FIRST_ROW + t, 1)
                    + ":[A-Z]+" + (FIRST_ROW + t + 1) + " UNREAD_FIGURES.*total\\(s\\) beside them").matcher(check.out());
            assertTrue(m.find(), t + "\n" + check.out());
        }
        assertFalse(check.out().contains(cell(FIRST_ROW + 1, 1) + ":" + cell(FIRST_ROW + 1, 2) + " UNREAD"),
                check.out());
    }

    @Test
    void theDraftOfSuchAReturnDraftsItsTableOnTheLabelSheet() throws Exception {
        Path file = school(0, "104611");
        Path draft = dir.resolve("draft.json");
        CliRun d = CliRun.emis("template", "draft", file.toString(), "--out", draft.toString());
        assertEquals(0, d.code(), d.out() + d.err());
        JsonNode t = new com.fasterxml.jackson.databind.ObjectMapper().readTree(draft.toFile());
        assertEquals("roster", t.get("layout").asText(), t.toString());
        // The table beside the labels is drafted as the label sheet's grids (decision 0083), not left for the officer.
        JsonNode labelSheet = t.get("sheets").get(0);
        assertEquals("Enrollment", labelSheet.get("names").get(0).asText(), t.toString());
        assertTrue(labelSheet.path("grids").size() > 0, t.toString());
        CliRun check = CliRun.emis("template", "check", "--template", draft.toString(), file.toString());
        assertTrue(check.code() == 0 || check.code() == 1, check.out() + check.err());
        assertFalse(check.out().contains("cannot be used") || check.err().contains("Exception"), check.out()
                + check.err());
        // Each row of the table is read by a drafted grid or reported unread: never passed over.
        for (int r = 0; r < TOPICS.length; r++) {
            // A row left unread is one block, from its first figure to its last (review 27: its totals beside them).
            boolean unread = java.util.regex.Pattern.compile(cell(FIRST_ROW + r, 1) + ":[A-Z]+" + (FIRST_ROW + r + 1)
                    + " UNREAD_FIGURES").matcher(check.out()).find();
            assertTrue(check.out().contains("→ " + TOPICS[r]) || unread, TOPICS[r] + "\n" + check.out());
        }
    }
}
