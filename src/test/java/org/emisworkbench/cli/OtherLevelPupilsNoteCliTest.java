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
 * Review 24 M10: a primary school's return gives its teachers and rooms for the whole school, ECD class included, so
 * primary pupils per teacher counts the ECD pupils with the teachers who teach them. The ratio stays a school-based
 * one, but its note says how many pupils of other levels it holds; a district without them has no such note. The
 * workbook is written here: a district sheet, a row a school, {@code ECD Boys | ECD Girls | P1 Boys | …} columns
 * (a style the sample country does not write), and the expected figures are worked out below.
 */
class OtherLevelPupilsNoteCliTest {
    @TempDir
    Path dir;

    private static final String[] GRADES = {"ECD", "P1", "P2", "P3", "P4", "P5", "P6"};

    private Path workbook(String name, int[][] pupils, int[] teachers, boolean withEcd) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("District");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("School code");
            h.createCell(1).setCellValue("Level");
            int c = 2;
            for (String g : GRADES) {
                for (String sex : new String[] {"Boys", "Girls"}) {
                    h.createCell(c++).setCellValue(g + " " + sex);
                }
            }
            h.createCell(c).setCellValue("Teachers Male");
            h.createCell(c + 1).setCellValue("Teachers Female");
            for (int i = 0; i < pupils.length; i++) {
                Row r = s.createRow(i + 1);
                r.createCell(0).setCellValue("MW-" + (i + 1));
                r.createCell(1).setCellValue("primary");
                for (int k = 0; k < pupils[i].length; k++) {
                    if (withEcd || k >= 2) {
                        r.createCell(2 + k).setCellValue(pupils[i][k]);
                    }
                }
                r.createCell(c).setCellValue(teachers[i]);
                r.createCell(c + 1).setCellValue(teachers[i] + 1);
            }
            wb.write(out);
        }
        return file;
    }

    private Path template() throws Exception {
        Path t = dir.resolve("ecd.json");
        Files.writeString(t, """
                {"id": "ecd-primary", "version": 1, "layout": "wide", "year": {"fromFileName": true},
                 "codeLists": {"grade": {"PP": ["ECD"], "G1": ["P1"], "G2": ["P2"], "G3": ["P3"], "G4": ["P4"],
                                         "G5": ["P5"], "G6": ["P6"]}},
                 "sheets": [{"names": ["District"], "key": ["School code"],
                   "columns": [{"headers": ["Level"], "field": "school.level"},
                               {"patterns": ["{grade} {sex}"], "field": "enrolment"},
                               {"patterns": ["Teachers {sex}"], "field": "teachers.total"}]}]}
                """);
        return t;
    }

    @Test
    void primaryPupilsPerTeacherSaysHowManyEcdPupilsItCounts() throws Exception {
        int[][] pupils = new int[3][14];
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 14; k++) {
                pupils[i][k] = 10 + 3 * i + k;
            }
        }
        pupils[2][0] = 0; // the third school has no ECD class
        pupils[2][1] = 0;
        int[] teachers = {4, 5, 6};
        long ecd = 0;
        long all = 0;
        long staff = 0;
        int schoolsWithEcd = 0;
        for (int i = 0; i < 3; i++) {
            ecd += pupils[i][0] + pupils[i][1];
            schoolsWithEcd += pupils[i][0] + pupils[i][1] > 0 ? 1 : 0;
            for (int v : pupils[i]) {
                all += v;
            }
            staff += 2L * teachers[i] + 1;
        }
        Path db = dir.resolve("w.mv.db");
        CliRun imported = CliRun.emis("import", "--db", db.toString(), "--template", template().toString(),
                workbook("zomba-2025.xlsx", pupils, teachers, true).toString());
        assertEquals(0, imported.code(), imported.out() + imported.err());
        JsonNode doc = CliRun.emis("indicators", "--db", db.toString(), "--year", "2025", "--level", "primary",
                "--format", "json").json();
        JsonNode ptr = doc.findValue("pupil_teacher_ratio");
        assertEquals((double) all / staff, ptr.get("value").asDouble(), 1e-6, ptr.toString());
        assertTrue(ptr.get("note").asText().startsWith(ecd + " pupil(s) of levels other than primary "
                + "(pre-primary classes, later grades) at " + schoolsWithEcd + " of these school(s)"), ptr.toString());
        JsonNode one = CliRun.emis("indicators", "--db", db.toString(), "--year", "2025", "--school", "MW-1",
                "--format", "json").json().findValue("pupil_teacher_ratio");
        assertTrue(one.get("note").asText().startsWith((pupils[0][0] + pupils[0][1]) + " pupil(s) of school MW-1 in "
                + "levels other than primary"), one.toString());
        JsonNode fr = CliRun.emis("indicators", "--db", db.toString(), "--year", "2025", "--level", "primary",
                "--lang", "fr", "--format", "json").json().findValue("pupil_teacher_ratio");
        assertTrue(fr.get("note").asText().startsWith(ecd + " élève(s) d'autres niveaux que le primaire"), fr.toString());

        // The same schools without their ECD columns filled: no pupils of another level, no note.
        Path plain = dir.resolve("plain.mv.db");
        CliRun again = CliRun.emis("import", "--db", plain.toString(), "--template", template().toString(),
                workbook("zomba-2024.xlsx", pupils, teachers, false).toString());
        assertEquals(0, again.code(), again.out() + again.err());
        JsonNode without = CliRun.emis("indicators", "--db", plain.toString(), "--year", "2024", "--level",
                "primary", "--format", "json").json().findValue("pupil_teacher_ratio");
        assertEquals((double) (all - ecd) / staff, without.get("value").asDouble(), 1e-6, without.toString());
        assertTrue(without.get("note").isNull(), without.toString());
    }
}
