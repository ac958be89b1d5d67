package org.emisworkbench.cli;

import static org.emisworkbench.testing.CliRun.emis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.template.CodeList;
import org.emisworkbench.template.CodeLists;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 23's smaller points on forms and drafts: a form's label listed in {@code ignore} is left out, not reported
 * as not read; {@code Education Authority} is drafted as the school's ownership and its Pacific values are codes of
 * the ownership list; a heading with nothing under it is neither drafted as a field nor warned about; a label
 * {@code sumOf} shows in {@code template check} the values it adds and their sum.
 */
class FormDraftReview23Test {
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

    /** One school's form: labels down column A (their colon in one of two spellings), values in column B. */
    private Path form(String authority) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Return");
        Sheets.row(s, 0, "ISLAND SCHOOL RETURN");
        Sheets.row(s, 2, "School code :", "TV-0142");
        Sheets.row(s, 3, "Education Authority:", authority);
        Sheets.row(s, 4, "Head teacher", "M. Talakai");
        Sheets.row(s, 5, "Classrooms", 7);
        return save(wb, "return-2024.xlsx");
    }

    @Test
    void aFormLabelInIgnoreIsLeftOutAndTheOthersStayNotRead() throws Exception {
        Path file = form("Free Wesleyan Church");
        String body = """
                {"id": "%s", "version": 1, "layout": "grid",
                 "sheets": [{"names": ["Return"], "required": ["school.code"], %s "labels": [
                   {"labels": ["School code"], "field": "school.code"},
                   {"labels": ["Classrooms"], "field": "classrooms.total"}]}]}
                """;
        Path plain = Files.writeString(dir.resolve("plain.json"), body.formatted("plain", ""));
        CliRun before = emis("template", "check", "--template", plain.toString(), "--year", "2024", file.toString());
        assertTrue(before.out().contains("NOT READ  A4          \"Education Authority\""), before.out());
        // Written with other case and spacing, as ignore compares headers; a wildcard entry the same way.
        for (String entry : List.of("\"education  AUTHORITY\"", "\"Education*\"")) {
            Path ignoring = Files.writeString(dir.resolve("ignoring.json"), body.formatted("ignoring",
                    "\"ignore\": [" + entry + "],"));
            CliRun r = emis("template", "check", "--template", ignoring.toString(), "--year", "2024",
                    file.toString());
            assertTrue(r.out().contains("LEFT OUT  A4          \"Education Authority\" — left out on purpose"),
                    entry + ": " + r.out());
            assertFalse(r.out().contains("NOT READ  A4"), r.out());
            // A label not in ignore is still said: nothing else goes quiet.
            assertTrue(r.out().contains("NOT READ  A5          \"Head teacher\""), r.out());
            assertEquals(0, r.code(), r.out() + r.err());
        }
    }

    @Test
    void educationAuthorityIsDraftedAsOwnershipAndItsValuesAreCodes() throws Exception {
        // Values as Pacific forms write them, each with the code of the built-in list it must give.
        Map<String, String> authorities = new LinkedHashMap<>();
        authorities.put("Government", "public");
        authorities.put("Provincial Government", "public");
        authorities.put("Church", "faith");
        authorities.put("Church of Melanesia", "faith");
        authorities.put("Catholic", "faith");
        authorities.put("Methodist", "faith");
        authorities.put("SDA", "faith");
        authorities.put("Seventh-day Adventist", "faith");
        authorities.put("Catholic Mission", "faith");
        authorities.put("Community", "community");
        authorities.put("Private", "private");
        // East Africa's government-aided schools are government schools (decision 0075), as the whole value only.
        authorities.put("Government aided", "public");
        // Words that say another owner than the one their words name: not guessed, reported as unknown codes.
        authorities.put("Private aided", null);
        authorities.put("Grant-aided mission", null);
        authorities.put("Non-government", null);
        authorities.put("Private church", null);
        CodeList ownership = CodeLists.builtIn().require("ownership");
        authorities.forEach((value, code) -> assertEquals(code, ownership.code(value), value));

        XSSFWorkbook wb = new XSSFWorkbook();
        List<String> known = authorities.entrySet().stream().filter(e -> e.getValue() != null).map(Map.Entry::getKey)
                .toList();
        for (int i = 0; i < 3; i++) {
            Sheet s = wb.createSheet("School " + (i + 1));
            Sheets.row(s, 0, "School ID:", "SB-30" + i);
            Sheets.row(s, 1, "Education Authority:", known.get(i * 3));
            Sheets.row(s, 2, "Number of classrooms:", 4 + i);
        }
        Path file = save(wb, "survey-2024.xlsx");
        Path template = dir.resolve("survey.json");
        CliRun draft = emis("template", "draft", file.toString(), "--out", template.toString());
        assertEquals(0, draft.code(), draft.out() + draft.err());
        assertTrue(draft.out().contains("\"Education Authority\"        → school.ownership"), draft.out());
        JsonNode labels = new ObjectMapper().readTree(template.toFile()).get("sheets").get(0).get("labels");
        List<String> fields = new ArrayList<>();
        labels.forEach(l -> {
            if (l.get("labels").get(0).asText().equals("Education Authority")) {
                fields.add(l.get("field").asText());
            }
        });
        assertEquals(List.of("school.ownership"), fields, labels.toString());
        CliRun check = emis("template", "check", "--template", template.toString(), "--year", "2024",
                file.toString());
        assertFalse(check.out().contains("UNKNOWN_CODE"), check.out());
        assertFalse(check.out().contains("NOT READ"), check.out());
    }

    @Test
    void aHeadingRowWithoutFiguresOnASheetOfOneColumnPerSchoolIsNeitherDraftedNorWarned() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Zone");
        String[] codes = {"VU-211", "VU-212", "VU-213", "VU-214"};
        Sheets.row(s, 0, "School code", codes[0], codes[1], codes[2], codes[3]);
        Sheets.row(s, 1, "ENROLMENT");
        int[][] pupils = {{14, 9, 22, 17}, {11, 13, 19, 20}};
        Sheets.row(s, 2, "Class 1 Boys", pupils[0][0], pupils[0][1], pupils[0][2], pupils[0][3]);
        Sheets.row(s, 3, "Class 1 Girls", pupils[1][0], pupils[1][1], pupils[1][2], pupils[1][3]);
        Sheets.row(s, 5, "TEACHERS");
        Sheets.row(s, 6, "Teachers Male", 2, 1, 3, 2);
        Sheets.row(s, 7, "Teachers Female", 3, 2, 2, 4);
        Sheets.row(s, 8, "Classrooms", 4, 3, 5, 5);
        Path file = save(wb, "zone-2024.xlsx");
        Path template = dir.resolve("zone.json");
        CliRun draft = emis("template", "draft", file.toString(), "--out", template.toString());
        assertEquals(0, draft.code(), draft.out() + draft.err());
        JsonNode sheet = new ObjectMapper().readTree(template.toFile()).get("sheets").get(0);
        assertEquals("columns", sheet.get("schoolsIn").asText(), sheet.toString());
        List<String> headers = new ArrayList<>();
        sheet.get("columns").forEach(c -> List.of("headers", "patterns").forEach(k -> {
            if (c.has(k)) {
                c.get(k).forEach(h -> headers.add(h.asText()));
            }
        }));
        assertFalse(headers.contains("TEACHERS") || headers.contains("ENROLMENT"), headers.toString());
        assertTrue(headers.contains("Teachers {sex}") && headers.contains("Class {grade} {sex}"), headers.toString());
        CliRun check = emis("template", "check", "--template", template.toString(), "--year", "2024",
                file.toString());
        assertFalse(check.out().contains("UNMATCHED_COLUMN"), check.out());
        assertTrue(check.out().contains("\"TEACHERS\"                   a heading with nothing under it"),
                check.out());
        int expected = 0;
        for (int[] row : pupils) {
            expected += row.length;
        }
        // Enrolment by sex, teachers by sex and classrooms: every figure of the sheet, the headings none.
        expected += codes.length * 3;
        assertTrue(check.out().contains("would store 4 school(s), " + expected + " value(s)"), check.out());
    }

    @Test
    void aHeadingColumnWithoutFiguresOnAWideSheetIsNeitherDraftedNorWarned() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Schools");
        Sheets.row(s, 0, "School code", "School name", "TEACHERS", "Teachers Male", "Teachers Female",
                "Comments");
        Object[][] schools = {{"FJ-1001", "Nadi Primary", null, 6, 9, "late"},
                {"FJ-1002", "Ba Primary", null, 4, 7, null}, {"FJ-1003", "Lautoka Primary", null, 5, 8, null}};
        for (int r = 0; r < schools.length; r++) {
            Sheets.row(s, r + 1, schools[r]);
        }
        Path file = save(wb, "western-2024.xlsx");
        Path template = dir.resolve("western.json");
        CliRun draft = emis("template", "draft", file.toString(), "--out", template.toString());
        assertEquals(0, draft.code(), draft.out() + draft.err());
        JsonNode columns = new ObjectMapper().readTree(template.toFile()).get("sheets").get(0).get("columns");
        columns.forEach(c -> assertFalse(c.has("headers") && c.get("headers").get(0).asText().equals("TEACHERS"),
                columns.toString()));
        assertTrue(columns.toString().contains("Teachers {sex}"), columns.toString());
        CliRun check = emis("template", "check", "--template", template.toString(), "--year", "2024",
                file.toString());
        assertFalse(check.out().contains("Schools!C1 UNMATCHED_COLUMN"), check.out());
        assertTrue(check.out().contains("would store 3 school(s), " + (schools.length * 2) + " value(s)"),
                check.out());

        // The same column with a remark under it is a column of words, reported as the draft leaves it: the
        // heading rule is for columns holding nothing at all.
        XSSFWorkbook filled = new XSSFWorkbook();
        Sheet f = filled.createSheet("Schools");
        Sheets.row(f, 0, "School code", "School name", "TEACHERS", "Teachers Male", "Teachers Female");
        for (int r = 0; r < schools.length; r++) {
            Sheets.row(f, r + 1, schools[r][0], schools[r][1], r == 0 ? "see note" : null, schools[r][3],
                    schools[r][4]);
        }
        Path other = save(filled, "western-noted-2024.xlsx");
        Path handWritten = Files.writeString(dir.resolve("hand.json"), """
                {"id": "hand", "version": 1, "layout": "wide",
                 "sheets": [{"names": ["Schools"], "key": ["School code"], "columns": [
                   {"headers": ["School name"], "field": "school.name"},
                   {"headers": ["Teachers Male"], "field": "teachers.total", "sex": "M"},
                   {"headers": ["Teachers Female"], "field": "teachers.total", "sex": "F"}]}]}
                """);
        CliRun noted = emis("template", "check", "--template", handWritten.toString(), "--year", "2024",
                other.toString());
        assertTrue(noted.out().contains("Schools!C1 UNMATCHED_COLUMN"), noted.out());
        CliRun empty = emis("template", "check", "--template", handWritten.toString(), "--year", "2024",
                file.toString());
        assertFalse(empty.out().contains("Schools!C1 UNMATCHED_COLUMN"), empty.out());
    }

    @Test
    void aLabelSumShowsTheValuesItAddsAndTheirSum() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Form");
        Sheets.row(s, 0, "School ID:", "SB-2001");
        Sheets.row(s, 2, "TEACHERS BY CERTIFICATE LEVEL");
        Sheets.row(s, 3, "Highest certificate", "M", "F");
        String[] levels = {"Certificate", "Diploma", "Degree", "Uncertified"};
        Integer[][] counts = {{4, 3}, {2, null}, {1, 5}, {6, 2}};
        for (int i = 0; i < levels.length; i++) {
            Sheets.row(s, 4 + i, levels[i], counts[i][0], counts[i][1]);
        }
        Path file = save(wb, "form-2024.xlsx");
        Path template = Files.writeString(dir.resolve("sum.json"), """
                {"id": "sum", "version": 1, "layout": "grid",
                 "sheets": [{"names": ["Form"], "required": ["school.code"], "labels": [
                   {"labels": ["School ID"], "field": "school.code"},
                   {"sumOf": ["Certificate", "Diploma", "Degree", "Uncertified"], "column": ["M"],
                    "field": "teachers.total", "sex": "M"},
                   {"sumOf": ["Certificate", "Diploma", "Degree"], "column": ["F"],
                    "field": "teachers.trained", "sex": "F"}]}]}
                """);
        CliRun r = emis("template", "check", "--template", template.toString(), "--year", "2024", file.toString());
        for (Object[] sum : new Object[][] {{"teachers.total M", 4, 1}, {"teachers.trained F", 3, 2}}) {
            int parts = (int) sum[1];
            int col = (int) sum[2];
            List<String> names = new ArrayList<>();
            List<String> values = new ArrayList<>();
            List<String> cells = new ArrayList<>();
            int total = 0;
            for (int i = 0; i < parts; i++) {
                names.add("A" + (5 + i) + " " + levels[i]);
                Integer v = counts[i][col - 1];
                values.add(v == null ? "—" : String.valueOf(v));
                if (v != null) {
                    total += v;
                    cells.add((char) ('A' + col) + String.valueOf(5 + i));
                }
            }
            String expected = "label     sum " + sum[0] + " = " + String.join(" + ", names) + " = "
                    + String.join(" + ", values) + " = " + total + " (" + String.join("+", cells) + ")";
            assertTrue(r.out().contains(expected), expected + "\n" + r.out());
        }
    }
}
