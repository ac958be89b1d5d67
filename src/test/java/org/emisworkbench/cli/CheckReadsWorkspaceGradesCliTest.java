package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.LongCsv;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 30 D1: {@code emis template check --db W} on a workspace made with {@code emis structure --pre-primary 2}
 * said PRE_PRIMARY_SUMMED and fewer values than the import into W then stored (PP1 and PP2 apart): the check reads
 * the workspace's grades as the import does.
 */
class CheckReadsWorkspaceGradesCliTest {
    @TempDir
    Path dir;

    private static final String[] SCHOOLS = {"KE-101", "KE-102"};
    private static final String[] CLASSES = {"PP1", "PP2", "Grade 1"};
    private static final String[] SEXES = {"Male", "Female"};

    /** A figure of its own for each school, class and sex. */
    private static int figure(int school, int cls, int sex) {
        return 10 + 7 * school + 3 * cls + sex;
    }

    private Path workbook() throws Exception {
        Path file = dir.resolve("nemis_2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sh = wb.createSheet("Learners");
            Sheets.row(sh, 0, "School code", "Grade", "Gender", "Enrolment");
            int r = 1;
            for (int s = 0; s < SCHOOLS.length; s++) {
                for (int c = 0; c < CLASSES.length; c++) {
                    for (int x = 0; x < SEXES.length; x++) {
                        Sheets.row(sh, r++, SCHOOLS[s], CLASSES[c], SEXES[x], figure(s, c, x));
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    private Path template() throws Exception {
        Path t = dir.resolve("ke.json");
        Files.writeString(t, """
                {"id": "ke", "version": 1, "layout": "wide", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Learners"], "key": ["School code"],
                   "columns": [{"headers": ["Grade"], "field": "row.grade"},
                               {"headers": ["Gender"], "field": "row.sex"},
                               {"headers": ["Enrolment"], "field": "enrolment"}]}]}
                """);
        return t;
    }

    @Test
    void theCheckOfAWorkspaceKeepingTwoPrePrimaryYearsReadsThemApartAsItsImportDoes() throws Exception {
        Path file = workbook();
        Path t = template();
        int apart = SCHOOLS.length * CLASSES.length * SEXES.length;
        // PP1 and PP2 added into one PP: one class fewer per school and sex.
        int summed = SCHOOLS.length * (CLASSES.length - 1) * SEXES.length;

        CliRun plain = CliRun.emis("template", "check", "--template", t.toString(), file.toString());
        assertTrue(plain.out().contains("would store 2 school(s), " + summed + " value(s)"), plain.out());
        assertTrue(plain.out().contains("PRE_PRIMARY_SUMMED"), plain.out());

        Path ws = dir.resolve("k2.mv.db");
        assertEquals(0, CliRun.emis("structure", "--db", ws.toString(), "--pre-primary", "2").code());
        CliRun check = CliRun.emis("template", "check", "--db", ws.toString(), "--template", t.toString(),
                file.toString());
        assertEquals(0, check.code(), check.out() + check.err());
        assertTrue(check.out().contains("would store 2 school(s), " + apart + " value(s)"), check.out());
        assertFalse(check.out().contains("PRE_PRIMARY_SUMMED"), check.out());

        CliRun imp = CliRun.emis("import", "--db", ws.toString(), "--template", t.toString(), file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        assertTrue(imp.out().contains(apart + " values"), imp.out());
        Map<String, Long> want = new TreeMap<>();
        String[] codes = {"PP1", "PP2", "G1"};
        for (int s = 0; s < SCHOOLS.length; s++) {
            for (int c = 0; c < CLASSES.length; c++) {
                for (int x = 0; x < SEXES.length; x++) {
                    want.put(SCHOOLS[s] + " " + codes[c] + " " + (x == 0 ? "M" : "F"), (long) figure(s, c, x));
                }
            }
        }
        assertEquals(want, LongCsv.figures(ws, 2024, dir.resolve("k2.csv"),
                row -> row.get("school_code") + " " + row.get("item") + " " + row.get("sex")));
    }
}
