package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * One header naming the grade and the sex together ({@code Class 1, Female}, {@code CP1 - Garçons},
 * {@code Class 2 / Male}): read by a pattern, and drafted. The workbooks are written here.
 */
class GradeCommaSexHeaderCliTest {
    @TempDir
    Path dir;

    /** Already expressed by a pattern ({@code "Class {grade}, {sex}"}) and drafted so: checked, not changed. */
    @Test
    void gradeAndSexInOneHeaderAreDraftedAndRead() throws Exception {
        for (String sep : new String[] {", ", " - ", " / "}) {
            Path file = dir.resolve("comma" + sep.strip().hashCode() + "-2024.xlsx");
            int[][] v = {{11, 12, 13, 14}, {21, 22, 23, 24}};
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                Sheet s = wb.createSheet("Enrolment");
                Row h = s.createRow(0);
                h.createCell(0).setCellValue("School code");
                h.createCell(1).setCellValue("Class 1" + sep + "Female");
                h.createCell(2).setCellValue("Class 1" + sep + "Male");
                h.createCell(3).setCellValue("Class 2" + sep + "Female");
                h.createCell(4).setCellValue("Class 2" + sep + "Male");
                for (int i = 0; i < v.length; i++) {
                    Row r = s.createRow(1 + i);
                    r.createCell(0).setCellValue("KE-" + i);
                    for (int k = 0; k < 4; k++) {
                        r.createCell(1 + k).setCellValue(v[i][k]);
                    }
                }
                wb.write(out);
            }
            Path drafted = dir.resolve("d" + sep.strip().hashCode() + ".json");
            CliRun d = CliRun.emis("template", "draft", file.toString(), "--out", drafted.toString());
            assertEquals(0, d.code(), d.out() + d.err());
            assertTrue(Files.readString(drafted).contains("\"Class {grade}" + sep + "{sex}\""), Files.readString(drafted));
            Path db = dir.resolve("db" + sep.strip().hashCode() + ".mv.db");
            CliRun r = CliRun.emis("import", "--db", db.toString(), "--template", drafted.toString(), file.toString());
            assertEquals(0, r.code(), r.out() + r.err());
            assertFalse(r.out().contains("UNREAD_FIGURES"), r.out());
            String[] sexes = {"F", "M"};
            for (int i = 0; i < v.length; i++) {
                for (int k = 0; k < 4; k++) {
                    var t = CliRun.emis("trace", "--db", db.toString(), "--year", "2024", "--school", "KE-" + i,
                            "--slot", "G" + (k / 2 + 1), "--sex", sexes[k % 2], "--format", "json").json();
                    assertEquals(v[i][k], t.get("value").asInt(), sep + t);
                    assertEquals(String.valueOf((char) ('B' + k)) + (2 + i), t.get("sources").get(0).get("cell").asText(),
                            sep + t);
                }
            }
        }
    }
}
