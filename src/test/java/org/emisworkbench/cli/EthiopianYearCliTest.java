package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * Review 27, F8: an Ethiopian regional file says `Academic Year: 2016 E.C.` and was stored as census year 2016 without
 * a word (the file name `oromia-2016EC.xlsx` gave 2016); `--year 2031` overrode the stated year silently. 2016 E.C. is
 * the school year 2023-24: it is read so, and said; a year given over the workbook's own is said too.
 */
class EthiopianYearCliTest {
    @TempDir
    Path dir;

    private static final Object[][] SCHOOLS = {{"OR-0101", 41, 38}, {"OR-0102", 27, 30}, {"OR-0202", 84, 79}};

    private Path workbook(String name, String yearLabel) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sh = wb.createSheet("Primary Enrolment");
            int r = 0;
            if (yearLabel != null) {
                Sheets.row(sh, r++, yearLabel);
                r++;
            }
            Sheets.row(sh, r++, "School Code", "Grade 1 M", "Grade 1 F");
            for (Object[] s : SCHOOLS) {
                Sheets.row(sh, r++, s);
            }
            wb.write(out);
        }
        return file;
    }

    private Path template() throws Exception {
        Path t = dir.resolve("oromia.json");
        Files.writeString(t, """
                {"id": "oromia", "version": 1, "layout": "wide",
                 "year": {"labels": ["Academic Year"], "fromFileName": true},
                 "sheets": [{"names": ["Primary Enrolment"], "key": ["School Code"],
                   "columns": [{"headers": ["Grade 1 M"], "field": "enrolment", "grade": "G1", "sex": "M"},
                               {"headers": ["Grade 1 F"], "field": "enrolment", "grade": "G1", "sex": "F"}]}]}
                """);
        return t;
    }

    private Map<String, Long> expected() {
        Map<String, Long> want = new TreeMap<>();
        for (Object[] s : SCHOOLS) {
            want.put(s[0] + " M", ((Integer) s[1]).longValue());
            want.put(s[0] + " F", ((Integer) s[2]).longValue());
        }
        return want;
    }

    @Test
    void anEthiopianYearIsReadAsItsSchoolYearAndSaid() throws Exception {
        Path file = workbook("oromia-2016EC.xlsx", "Academic Year: 2016 E.C.");
        CliRun check = CliRun.emis("template", "check", "--template", template().toString(), file.toString());
        assertEquals(0, check.code(), check.out() + check.err());
        assertTrue(check.out().contains("census year 2023 (nothing stored)"), check.out());
        assertTrue(check.out().contains("census year 2023: written in the Ethiopian calendar in the workbook (a title"
                + " or cell) (2016 E.C.), read as the school year 2023-2024"), check.out());

        Path db = dir.resolve("eth.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", template().toString(),
                file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        assertTrue(imp.out().contains("[oromia, 2023]"), imp.out());
        assertTrue(imp.out().contains("(2016 E.C.): read as the school year 2023-2024, census year 2023"), imp.out());
        assertEquals(expected(), LongCsv.figures(db, 2023, dir.resolve("eth.csv"),
                row -> row.get("school_code") + " " + row.get("sex")));
    }

    @Test
    void aFileNameAloneGivesTheEthiopianYear() throws Exception {
        Path file = workbook("woreda_2015_EC.xlsx", null);
        Path db = dir.resolve("name.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", template().toString(),
                file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        assertTrue(imp.out().contains("[oromia, 2022]"), imp.out());
        assertTrue(imp.out().contains("in the file name (2015 E.C.): read as the school year 2022-2023"), imp.out());
        assertEquals(expected(), LongCsv.figures(db, 2022, dir.resolve("name.csv"),
                row -> row.get("school_code") + " " + row.get("sex")));
    }

    @Test
    void aYearGivenOverTheWorkbooksOwnIsSaid() throws Exception {
        Path file = workbook("oromia-2016EC.xlsx", "Academic Year: 2016 E.C.");
        Path db = dir.resolve("given.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", template().toString(), "--year",
                "2031", file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        assertTrue(imp.out().contains("[oromia, 2031]"), imp.out());
        assertTrue(imp.out().contains("the workbook's year label says 2023: stored as census year 2031, as --year"
                + " asked"), imp.out());
        List<Map<String, String>> rows = LongCsv.rows(db, 2031, dir.resolve("given.csv"));
        assertEquals(6, rows.size(), rows.toString());
    }
}
