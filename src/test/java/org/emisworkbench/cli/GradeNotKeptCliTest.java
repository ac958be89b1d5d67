package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.LongCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 32 (Sri Lanka, D): a list of schools of thirteen grades, each grade's boys and girls side by side, imported
 * into a workspace of twelve grades. The Grade 13 columns are not stored; that was said only as columns not read,
 * and the check passed (exit 0) and the import said a plain OK. Now the check fails and the import is "OK with
 * warnings", naming the columns and the structure that would hold them; the twelve grades read are stored exactly,
 * as this test adds them up from the numbers it writes.
 */
class GradeNotKeptCliTest {
    private static final String TEMPLATE = """
            {"id": "thirteen", "version": 1, "layout": "wide", "role": "census", "year": {"fromFileName": true},
             "codeLists": {"grade": {"G12": ["Grade 12"], "G13": ["Grade 13"]}},
             "constants": {"school.level": "secondary"},
             "sheets": [{"names": ["Census"], "key": ["Census No"],
               "columns": [{"headers": ["School name"], "field": "school.name"},
                           {"patterns": ["{grade} {sex}"], "field": "enrolment"}]}]}
            """;
    private static final int SCHOOLS = 4;

    @TempDir
    Path dir;

    private static int pupils(int school, int grade, int sex) {
        return 20 + 3 * school + 2 * grade + sex;
    }

    private Path workbook() throws Exception {
        Path file = dir.resolve("colombo-2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Census");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("Census No");
            h.createCell(1).setCellValue("School name");
            for (int g = 1; g <= 13; g++) {
                h.createCell(2 * g).setCellValue("Grade " + g + " Boys");
                h.createCell(2 * g + 1).setCellValue("Grade " + g + " Girls");
            }
            for (int i = 0; i < SCHOOLS; i++) {
                Row r = s.createRow(1 + i);
                r.createCell(0).setCellValue("LK-" + (1001 + i));
                r.createCell(1).setCellValue("School " + (i + 1));
                for (int g = 1; g <= 13; g++) {
                    r.createCell(2 * g).setCellValue(pupils(i, g, 0));
                    r.createCell(2 * g + 1).setCellValue(pupils(i, g, 1));
                }
            }
            wb.write(out);
        }
        return file;
    }

    @Test
    void aGradeTheWorkspaceDoesNotKeepFailsTheCheckAndIsAWarningOfTheImport() throws Exception {
        Path file = workbook();
        Path template = dir.resolve("thirteen.json");
        Files.writeString(template, TEMPLATE, StandardCharsets.UTF_8);
        Path db = dir.resolve("w.mv.db");
        assertEquals(0, CliRun.emis("structure", "--db", db.toString(), "--primary", "6", "--lower-secondary", "3",
                "--upper-secondary", "3").code());

        CliRun check = CliRun.emis("template", "check", "--db", db.toString(), "--template", template.toString(),
                file.toString());
        assertEquals(1, check.code(), check.out() + check.err());
        // Grade 13's columns are AA (boys) and AB (girls).
        assertTrue(check.out().contains("grade G13 is not in the workspace"), check.out());
        // Nor are they listed among the columns read before that (review 32): they stand as not read, saying why.
        for (String letters : new String[] {"AA", "AB"}) {
            assertFalse(check.out().lines().anyMatch(l -> l.matches("  read +" + letters + " .*")), check.out());
            assertTrue(check.out().lines().anyMatch(l -> l.matches("  NOT READ +" + letters
                    + " +\"Grade 13 (Boys|Girls)\" +grade G13 is not in the workspace: nothing stored .*")),
                    check.out());
        }
        assertTrue(check.out().lines().anyMatch(l -> l.matches("  read +Z +\"Grade 12 Girls\" .*")), check.out());
        assertTrue(check.out().contains("WARNING: 2 column(s) of figures under a grade the workspace does not keep"),
                check.out());
        assertFalse(check.out().contains("codeLists"), "no spelling is missing: " + check.out());

        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        assertTrue(imp.out().contains("OK with warnings"), imp.out());
        assertTrue(imp.out().contains("figures under Census!AA not stored: grade G13 is not in the workspace"),
                imp.out());
        assertTrue(imp.out().contains("--upper-secondary 4"), imp.out());

        long stored = 0;
        int rows = 0;
        boolean g13 = false;
        for (java.util.Map<String, String> row : LongCsv.rows(db, 2024, dir.resolve("long.csv"))) {
            if (row.get("topic").equals("enrolment")) {
                stored += Math.round(Double.parseDouble(row.get("value")));
                rows++;
                g13 |= row.containsValue("G13");
            }
        }
        long expected = 0;
        for (int i = 0; i < SCHOOLS; i++) {
            for (int g = 1; g <= 12; g++) {
                expected += pupils(i, g, 0) + pupils(i, g, 1);
            }
        }
        assertEquals(expected, stored);
        assertEquals(SCHOOLS * 12 * 2, rows);
        assertFalse(g13, "nothing stored in a grade not kept");
    }
}
