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
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 20 §1.1: grades past the workspace's six years of primary named like its primary grades ({@code Std 7},
 * {@code Std 8} beside {@code Std 1}) are stored, but count as lower secondary: the import says so with the command
 * that makes primary longer, and primary enrolment says its schools' pupils of those grades are not in it while their
 * pupil-teacher ratio counts them. Years named in another series ({@code Form 1}) say nothing. The workbooks are
 * written here, one header row "Std 3 Girls" (grade then sex); the expected figures are worked out below.
 */
class GradesPastPrimaryCliTest {
    @TempDir
    Path dir;

    /** One school: boys and girls of each grade named, then its teachers. */
    private Path workbook(String name, List<String> gradeNames, int[] figures, int teachers) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Returns");
            Row h = s.createRow(0);
            Row v = s.createRow(1);
            h.createCell(0).setCellValue("School code");
            v.createCell(0).setCellValue("KT-9");
            int c = 1;
            for (String g : gradeNames) {
                for (String sex : new String[] {"Boys", "Girls"}) {
                    h.createCell(c).setCellValue(g + " " + sex);
                    v.createCell(c).setCellValue(figures[c - 1]);
                    c++;
                }
            }
            h.createCell(c).setCellValue("Teachers Male");
            v.createCell(c).setCellValue(teachers);
            wb.write(out);
        }
        return file;
    }

    private Path template(String codeLists) throws Exception {
        Path t = dir.resolve("past-" + Math.abs(codeLists.hashCode()) + ".json");
        Files.writeString(t, """
                {"id": "past-primary", "version": 1, "layout": "wide", "year": {"fromFileName": true},%s
                 "sheets": [{"names": ["Returns"], "key": ["School code"],
                   "columns": [{"patterns": ["{grade} {sex}"], "field": "enrolment"},
                               {"patterns": ["Teachers {sex}"], "field": "teachers.total"}]}]}
                """.formatted(codeLists));
        return t;
    }

    @Test
    void standardSevenAndEightAreSaidAtImportAndInPrimaryEnrolment() throws Exception {
        List<String> grades = new ArrayList<>();
        for (int g = 1; g <= 8; g++) {
            grades.add("Std " + g);
        }
        int[] figures = new int[16];
        for (int i = 0; i < figures.length; i++) {
            figures[i] = 40 - i;
        }
        int teachers = 11;
        Path db = dir.resolve("std.mv.db");
        CliRun imported = CliRun.emis("import", "--db", db.toString(), "--template", template("").toString(),
                workbook("kitui-2025.xlsx", grades, figures, teachers).toString());
        assertEquals(0, imported.code(), imported.out() + imported.err());
        // Std 7 and Std 8, boys and girls: 4 figures.
        assertTrue(imported.out().contains("Sheet Returns: 4 figure(s) in Std 7–8 count as lower secondary: this "
                + "workspace's primary has 6 years; if primary has 8 years here: emis structure --primary 8"),
                imported.out());
        CliRun pt = CliRun.emis("import", "--db", dir.resolve("std-pt.mv.db").toString(), "--lang", "pt",
                "--template", template("").toString(), workbook("kitui-pt-2025.xlsx", grades, figures, teachers)
                        .toString());
        assertTrue(pt.out().contains("Folha Returns: 4 número(s) em Std 7–8 contam como secundário do 1.º ciclo"),
                pt.out());

        long primary = 0;
        long all = 0;
        for (int i = 0; i < figures.length; i++) {
            all += figures[i];
            primary += i < 12 ? figures[i] : 0;
        }
        JsonNode doc = CliRun.emis("indicators", "--db", db.toString(), "--year", "2025", "--school", "KT-9",
                "--format", "json").json();
        JsonNode enrolment = doc.findValue("enrolment_total");
        assertEquals(primary, enrolment.get("value").asDouble(), 1e-9);
        assertTrue(enrolment.get("note").asText().startsWith((all - primary) + " pupil(s) of school KT-9 in grades "
                + "past primary (6 years) are not in this figure"), enrolment.toString());
        assertEquals((double) all / teachers, doc.findValue("pupil_teacher_ratio").get("value").asDouble(), 1e-9);
        JsonNode country = CliRun.emis("indicators", "--db", db.toString(), "--year", "2025", "--format", "json")
                .json().findValue("enrolment_total");
        assertTrue(country.get("note").asText().startsWith((all - primary) + " pupil(s) in grades past primary "
                + "(6 years) at 1 school(s) in the country"), country.toString());

        // With eight years of primary, Std 7 and 8 are primary: no note, and primary enrolment is every pupil.
        CliRun structure = CliRun.emis("structure", "--db", db.toString(), "--primary", "8");
        assertEquals(0, structure.code(), structure.out() + structure.err());
        JsonNode eight = CliRun.emis("indicators", "--db", db.toString(), "--year", "2025", "--school", "KT-9",
                "--format", "json").json();
        assertEquals(all, eight.findValue("enrolment_total").get("value").asDouble(), 1e-9);
        assertTrue(eight.findValue("enrolment_total").get("note").isNull(), eight.toString());
    }

    @Test
    void yearsNamedInAnotherSeriesSayNothing() throws Exception {
        List<String> grades = new ArrayList<>(List.of("Std 1", "Std 2", "Std 3", "Std 4", "Std 5", "Std 6",
                "Form 1", "Form 2"));
        int[] figures = new int[16];
        java.util.Arrays.fill(figures, 9);
        Path db = dir.resolve("form.mv.db");
        CliRun imported = CliRun.emis("import", "--db", db.toString(), "--template",
                template("\n \"codeLists\": {\"grade\": {\"G7\": [\"Form 1\"], \"G8\": [\"Form 2\"]}},").toString(),
                workbook("forms-2025.xlsx", grades, figures, 5).toString());
        assertEquals(0, imported.code(), imported.out() + imported.err());
        assertFalse(imported.out().contains("count as lower secondary"), imported.out());
        // The Form years are stored as G7 and G8 all the same.
        CliRun trace = CliRun.emis("trace", "--db", db.toString(), "--year", "2025", "--school", "KT-9", "--slot",
                "G8", "--sex", "F");
        assertTrue(trace.out().startsWith("KT-9 2025 enrolment G8 F = 9"), trace.out());
    }
}
