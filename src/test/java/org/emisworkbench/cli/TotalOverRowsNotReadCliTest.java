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
 * Review 30 D5: grade rows whose labels the lists do not know are not read (UNKNOWN_CODE); the total row under them
 * was then compared with the rows read alone ("the rows above add up to 0"), a false TOTAL_MISMATCH per column. Rows
 * not read are not zeros: the total is not checked, and each such row's UNKNOWN_CODE says which total cells were not;
 * a total the rows read already exceed is still wrong whatever the others hold.
 */
class TotalOverRowsNotReadCliTest {
    @TempDir
    Path dir;

    /** Label, male, female; the rows with a label no list knows are not read. */
    private static final Object[][] ROWS = {{"Grade 1", 40, 38}, {"Grade 2", 35, 31}, {"Klasse 3", 29, 33},
            {"Klasse 4", 22, 27}};

    private Path form(String name, long maleTotal, long femaleTotal) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sh = wb.createSheet("Census");
            Sheets.row(sh, 0, "School code", "SC-0101");
            Sheets.row(sh, 2, "Grade", "Male", "Female", "Total");
            int r = 3;
            for (Object[] row : ROWS) {
                Sheets.row(sh, r++, row[0], row[1], row[2], (Integer) row[1] + (Integer) row[2]);
            }
            Sheets.row(sh, r, "Total", maleTotal, femaleTotal, maleTotal + femaleTotal);
            wb.write(out);
        }
        return file;
    }

    private Path template() throws Exception {
        Path t = dir.resolve("t.json");
        Files.writeString(t, """
                {"id": "t", "version": 1, "layout": "grid", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Census"], "required": ["school.code"],
                   "labels": [{"labels": ["School code"], "field": "school.code"}],
                   "grids": [{"field": "enrolment", "titles": ["Grade"], "rows": "grade", "sexLayout": "columns"}]}]}
                """);
        return t;
    }

    private static long sum(int col) {
        long s = 0;
        for (Object[] row : ROWS) {
            s += (Integer) row[col];
        }
        return s;
    }

    @Test
    void aTotalOverRowsNotReadIsNotCheckedAndTheirUnknownCodeSaysSo() throws Exception {
        // The total as the school wrote it: every row, read or not.
        Path file = form("census_2024.xlsx", sum(1), sum(2));
        CliRun check = CliRun.emis("template", "check", "--template", template().toString(), file.toString());
        assertFalse(check.out().contains("TOTAL_MISMATCH"), check.out());
        for (int r = 6; r <= 7; r++) {
            assertTrue(check.out().contains("Census!A" + r + " UNKNOWN_CODE: unknown code \"" + ROWS[r - 4][0]
                    + "\" — not a grade of the grade list: its figures are not imported, so the total row below (B8,"
                    + " C8, D8) was not checked"), check.out());
        }
        Path db = dir.resolve("w.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", template().toString(),
                file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        assertFalse(imp.out().contains("TOTAL_MISMATCH"), imp.out());
        Map<String, Long> want = new TreeMap<>();
        for (int g = 0; g < 2; g++) {
            want.put("G" + (g + 1) + " M", ((Integer) ROWS[g][1]).longValue());
            want.put("G" + (g + 1) + " F", ((Integer) ROWS[g][2]).longValue());
        }
        assertEquals(want, LongCsv.figures(db, 2024, dir.resolve("w.csv"), row -> row.get("item") + " "
                + row.get("sex")));
    }

    @Test
    void aTotalTheRowsReadAlreadyExceedIsStillWrong() throws Exception {
        // Male total below Grade 1 + Grade 2 alone: wrong whatever the rows not read hold.
        long readMale = (Integer) ROWS[0][1] + (Integer) ROWS[1][1];
        Path file = form("census_2024.xlsx", readMale - 10, sum(2));
        CliRun check = CliRun.emis("template", "check", "--template", template().toString(), file.toString());
        assertTrue(check.out().contains("Census!B8 TOTAL_MISMATCH: total not equal to its parts")
                && check.out().contains("the total row says " + (readMale - 10) + " but the rows above add up to "
                + readMale + "; row(s) Census!A6 \"Klasse 3\", Census!A7 \"Klasse 4\" were not read"), check.out());
        assertFalse(check.out().contains("Census!C8 TOTAL_MISMATCH"), check.out());
        // The male total was checked, the female and both-sexes ones not: the unknown rows name those two.
        assertTrue(check.out().contains("so the total row below (C8, D8) was not checked"), check.out());
    }

    @Test
    void withEveryRowReadAWrongTotalIsAMismatchAsBefore() throws Exception {
        Path file = dir.resolve("known_2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sh = wb.createSheet("Census");
            Sheets.row(sh, 0, "School code", "SC-0101");
            Sheets.row(sh, 2, "Grade", "Male", "Female", "Total");
            Sheets.row(sh, 3, "Grade 1", 40, 38, 78);
            Sheets.row(sh, 4, "Grade 2", 35, 31, 66);
            Sheets.row(sh, 5, "Total", 80, 69, 149);
            wb.write(out);
        }
        CliRun check = CliRun.emis("template", "check", "--template", template().toString(), file.toString());
        assertTrue(check.out().contains("Census!B6 TOTAL_MISMATCH: total not equal to its parts")
                && check.out().contains("the total row says 80 but the rows above add up to 75"), check.out());
        assertTrue(check.out().contains("Census!D6 TOTAL_MISMATCH"), check.out());
        assertFalse(check.out().contains("UNKNOWN_CODE"), check.out());
    }
}
