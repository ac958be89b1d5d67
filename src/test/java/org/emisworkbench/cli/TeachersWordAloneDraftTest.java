package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The teachers' word alone as a header ({@code Enseignants}, {@code Professores}, {@code Teachers}) is the
 * teachers of both sexes: beside the women's column ({@code Enseignantes}, {@code Professoras}) the draft reads
 * the men as the difference, beside both sexes it is a check column, alone it is explained, and it never becomes
 * a total of pupils. {@code Enseignants qualifiés} stays the qualified teachers, never the total. Workbooks and
 * expected figures are written here.
 */
class TeachersWordAloneDraftTest {
    @TempDir
    Path dir;

    private static final int SCHOOLS = 5;

    /** [school][0 = all teachers, 1 = women, 2 = all qualified, 3 = qualified women], each part within its whole. */
    private static int[][] figures(long seed) {
        Random rnd = new Random(seed);
        int[][] v = new int[SCHOOLS][4];
        for (int[] s : v) {
            s[1] = rnd.nextInt(12) + 1;
            s[0] = s[1] + rnd.nextInt(12);
            s[3] = rnd.nextInt(s[1] + 1);
            s[2] = s[3] + rnd.nextInt(s[0] - s[1] + 1);
        }
        return v;
    }

    private Path workbook(String file, String sheet, String[] headers, int[][] v) throws Exception {
        Path path = dir.resolve(file);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(path)) {
            Sheet s = wb.createSheet(sheet);
            Row h = s.createRow(0);
            for (int c = 0; c < headers.length; c++) {
                h.createCell(c).setCellValue(headers[c]);
            }
            for (int i = 0; i < v.length; i++) {
                Row r = s.createRow(i + 1);
                r.createCell(0).setCellValue("TW-" + (10 + i));
                r.createCell(1).setCellValue("École " + (char) ('A' + i));
                for (int c = 0; c < headers.length - 2; c++) {
                    r.createCell(2 + c).setCellValue(v[i][c]);
                }
            }
            wb.write(out);
        }
        return path;
    }

    private CliRun draft(Path file, Path out) throws Exception {
        CliRun r = CliRun.emis("template", "draft", file.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        return r;
    }

    private static int teachers(Path db, String school, String slot, String sex) throws Exception {
        CliRun r = CliRun.emis("trace", "--db", db.toString(), "--school", school, "--year", "2024", "--topic",
                "teachers", "--slot", slot, "--sex", sex, "--format", "json");
        assertEquals(0, r.code(), r.out() + r.err());
        JsonNode value = r.json().get("value");
        assertTrue(value != null && value.isNumber(), r.out());
        return value.asInt();
    }

    private void draftImportAndCheck(String file, String sheet, String[] headers, long seed) throws Exception {
        int[][] v = figures(seed);
        Path wb = workbook(file, sheet, headers, v);
        Path template = dir.resolve(file + ".json");
        CliRun d = draft(wb, template);
        assertTrue(d.out().contains("difference teachers.total M = \"" + headers[2] + "\" − \"" + headers[3] + "\""),
                d.out());
        assertTrue(d.out().contains("difference teachers.qualified M = \"" + headers[4] + "\" − \"" + headers[5]
                + "\""), d.out());
        Path db = dir.resolve(file + ".mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), wb.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        for (int i = 0; i < SCHOOLS; i++) {
            String school = "TW-" + (10 + i);
            assertEquals(v[i][1], teachers(db, school, "total", "F"), school);
            assertEquals(v[i][0] - v[i][1], teachers(db, school, "total", "M"), school);
            assertEquals(v[i][3], teachers(db, school, "qualified", "F"), school);
            assertEquals(v[i][2] - v[i][3], teachers(db, school, "qualified", "M"), school);
        }
    }

    @Test
    void frenchTeachersBesideFemaleTeachersGiveTheMenByDifference() throws Exception {
        draftImportAndCheck("personnel-2024.xlsx", "Personnel", new String[] {"Code école", "Nom de l'école",
            "Enseignants", "Enseignantes", "Enseignants qualifiés", "Enseignantes qualifiées"}, 7);
    }

    @Test
    void portugueseTeachersBesideFemaleTeachersGiveTheMenByDifference() throws Exception {
        draftImportAndCheck("docentes-2024.xlsx", "Docentes", new String[] {"Código da escola", "Nome da escola",
            "Professores", "Professoras", "Professores qualificados", "Professoras qualificadas"}, 11);
    }

    @Test
    void teachersBesideBothSexesIsACheckAndAloneIsExplained() throws Exception {
        int[][] v = new int[SCHOOLS][3];
        for (int i = 0; i < SCHOOLS; i++) {
            v[i][0] = 3 + i;
            v[i][1] = 2 * i + 1;
            v[i][2] = v[i][0] + v[i][1];
        }
        Path both = workbook("staff-2024.xlsx", "Staff", new String[] {"School code", "School name", "Teachers F",
            "Teachers M", "Teachers"}, v);
        Path template = dir.resolve("staff.json");
        draft(both, template);
        JsonNode columns = new ObjectMapper().readTree(template.toFile()).get("sheets").get(0).get("columns");
        JsonNode check = null;
        for (JsonNode c : columns) {
            if (c.path("headers").toString().contains("\"Teachers\"")) {
                check = c;
            }
        }
        assertTrue(check != null, columns.toString());
        assertEquals("teachers.total", check.path("total").asText(), check.toString());

        Path alone = workbook("alone-2024.xlsx", "Schools", new String[] {"School code", "School name", "Teachers",
            "Classrooms"}, v);
        CliRun d = draft(alone, dir.resolve("alone.json"));
        assertTrue(d.out().contains("“Teachers”: teachers.total for both sexes"), d.out());

        // Beside pupils' columns the teachers' word is no total of pupils.
        int[][] pupils = new int[SCHOOLS][3];
        Path enrolment = workbook("enrolment-2024.xlsx", "Enrolment", new String[] {"School code", "School name",
            "Grade 1 F", "Grade 1 M", "Teachers"}, pupils);
        Path enrolmentTemplate = dir.resolve("enrolment.json");
        draft(enrolment, enrolmentTemplate);
        String json = Files.readString(enrolmentTemplate);
        assertFalse(json.contains("\"total\" : \"enrolment\""), json);
        assertTrue(json.contains("Grade 1 F") || json.contains("{grade} {sex}"), json);
    }
}
