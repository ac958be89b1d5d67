package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Review 33 (P1, P1b, P2, P2b): the census year is read where real titles put it (a label inside a title, each side of
 * a title in two languages, a year with its era's mark) and is never taken from the file name in silence. A template
 * whose year labels say where the year is, without {@code fromFileName}, refuses a file whose labels give none,
 * saying the name's year was not used; with {@code fromFileName}, a label holding no year is named in a warning
 * (decision 0113).
 */
class CensusYearLabelOrFileNameCliTest {
    @TempDir
    Path dir;

    private static final String[] CODES = {"80506436", "80506159", "80506121"};

    private static int boys(int school, int grade) {
        return 30 + 7 * school + 4 * grade;
    }

    private static int girls(int school, int grade) {
        return 28 + 5 * school + 6 * grade;
    }

    /** A district's wide sheet: a title in A1, the header on row 3, a row per school, grades 1 and 2 by sex. */
    private Path wide(String title, String fileName) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("TH");
        Sheets.row(sh, 0, title);
        Sheets.row(sh, 2, "Mã trường", "Lớp 1 Nam", "Lớp 1 Nữ", "Lớp 2 Nam", "Lớp 2 Nữ");
        for (int s = 0; s < CODES.length; s++) {
            Sheets.row(sh, 3 + s, CODES[s], boys(s, 1), girls(s, 1), boys(s, 2), girls(s, 2));
        }
        return Sheets.save(wb, dir.resolve(fileName));
    }

    private Path wideTemplate(String id, String labels, boolean fromFileName) throws Exception {
        Path t = dir.resolve(id + ".json");
        Files.writeString(t, """
                {"id": "%s", "version": 1, "layout": "wide",
                 "year": {"labels": [%s]%s},
                 "codeLists": {"grade": {"G1": ["Lớp 1"], "G2": ["Lớp 2"]}, "sex": {"M": ["Nam"], "F": ["Nữ"]}},
                 "sheets": [{"names": ["TH"], "headerRow": 3, "key": ["Mã trường"],
                   "columns": [{"patterns": ["{grade} {sex}"], "field": "enrolment"}]}]}
                """.formatted(id, labels, fromFileName ? ", \"fromFileName\": true" : ""));
        return t;
    }

    private static Map<String, Long> expected() {
        Map<String, Long> want = new TreeMap<>();
        for (int s = 0; s < CODES.length; s++) {
            for (int g = 1; g <= 2; g++) {
                want.put(CODES[s] + " G" + g + " M", (long) boys(s, g));
                want.put(CODES[s] + " G" + g + " F", (long) girls(s, g));
            }
        }
        return want;
    }

    private Map<String, Long> stored(Path db, int year) throws Exception {
        return LongCsv.figures(db, year, dir.resolve(db.getFileName() + "-" + year + ".csv"),
                row -> row.get("school_code") + " " + row.get("item") + " " + row.get("sex"));
    }

    @Test
    void aLabelInsideTheTitleGivesTheYearOverTheFileName() throws Exception {
        Path file = wide("THỐNG KÊ HỌC SINH TIỂU HỌC - Năm học 2024-2025", "can-giuoc-TH-2023.xlsx");
        Path t = wideTemplate("vn", "\"Năm học\"", false);
        CliRun check = CliRun.emis("template", "check", "--template", t.toString(), file.toString());
        assertTrue(check.out().contains("census year 2024 (nothing stored)"), check.out());

        Path db = dir.resolve("vn.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", t.toString(), file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        assertTrue(imp.out().contains("[vn, 2024]"), imp.out());
        // The name's other year is said, as for any workbook stating its own.
        assertTrue(imp.out().contains("The file name says 2023 but the workbook says 2024: 2024 was used."), imp.out());
        assertEquals(expected(), stored(db, 2024));
    }

    @Test
    void withoutFromFileNameTheNamesYearIsNeverTaken() throws Exception {
        // The title states no year: the template's label is not found, and its year is not in the workbook.
        Path file = wide("THỐNG KÊ HỌC SINH TIỂU HỌC", "can-giuoc-TH-2023.xlsx");
        Path t = wideTemplate("vn", "\"Năm học\"", false);
        Path db = dir.resolve("none.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", t.toString(), file.toString());
        assertNotEquals(0, imp.code(), imp.out());
        assertTrue(imp.out().contains("FAILED  can-giuoc-TH-2023.xlsx: the census year is not in the workbook (no year"
                + " label of the template, 'Năm học', holds one); the file name's 2023 is not used, as the template"
                + " does not say \"fromFileName\": true. Give it with --year."), imp.out());
        assertFalse(imp.out().contains("[vn, 2023]"), imp.out());
        assertFalse(Files.exists(db), "nothing stored, no workspace left");
        CliRun check = CliRun.emis("template", "check", "--template", t.toString(), file.toString());
        assertNotEquals(0, check.code(), check.out());
        assertTrue(check.out().contains("census year unknown"), check.out());
        assertTrue(check.out().contains("the file name's 2023 is not used"), check.out());

        // With fromFileName the name gives it, the label not being on the sheet at all: nothing to warn of.
        Path named = wideTemplate("vn-name", "\"Năm học\"", true);
        Path db2 = dir.resolve("name.mv.db");
        CliRun byName = CliRun.emis("import", "--db", db2.toString(), "--template", named.toString(), file.toString());
        assertEquals(0, byName.code(), byName.out() + byName.err());
        assertTrue(byName.out().contains("[vn-name, 2023]"), byName.out());
        assertFalse(byName.out().contains("not a census year"), byName.out());
        assertEquals(expected(), stored(db2, 2023));
    }

    @Test
    void aLabelHoldingNoYearIsNamedWhenTheFileNamesYearIsUsed() throws Exception {
        // Review 33 P1: the label is there, its value is no year the program reads, the name says 2023.
        String unread = "Annual School Census: ২০২৪ সাল";
        Path file = wide(unread, "punjab-2023.xlsx");
        Path t = wideTemplate("pk", "\"Annual School Census\"", true);
        Path db = dir.resolve("pk.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", t.toString(), file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        assertTrue(imp.out().contains("[pk, 2023]"), imp.out());
        assertTrue(imp.out().contains("OK with warnings: the year label 'Annual School Census' at TH!A1 holds ২০২৪ সাল,"
                + " which is not a census year: stored as census year 2023, the file name's year"), imp.out());
        assertEquals(expected(), stored(db, 2023));

        CliRun check = CliRun.emis("template", "check", "--template", t.toString(), file.toString());
        assertNotEquals(0, check.code(), "never a clean check: " + check.out());
        assertTrue(check.out().contains("WARNING: 'Annual School Census' at TH!A1 holds ২০২৪ সাল, which is not a"
                + " census year: the import would take 2023, the file name's year"), check.out());

        // Without fromFileName the same file is refused, naming what the label holds (as before).
        Path strict = wideTemplate("pk-strict", "\"Annual School Census\"", false);
        CliRun refused = CliRun.emis("import", "--db", dir.resolve("strict.mv.db").toString(), "--template",
                strict.toString(), file.toString());
        assertNotEquals(0, refused.code(), refused.out());
        assertTrue(refused.out().contains("'Annual School Census' at TH!A1 holds ২০২৪ সাল, which is not a census year"),
                refused.out());
    }

    @Test
    void eitherSideOfATitleInTwoLanguagesGivesItsYear() throws Exception {
        Path file = wide("سالانہ سکول مردم شماری 2024 / Annual School Census 2024", "punjab-2023.xlsx");
        for (String label : new String[] {"\"Annual School Census\"", "\"سالانہ سکول مردم شماری\""}) {
            Path t = wideTemplate("pk", label, true);
            Path db = dir.resolve("pk" + label.length() + ".mv.db");
            CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", t.toString(), file.toString());
            assertEquals(0, imp.code(), imp.out() + imp.err());
            assertTrue(imp.out().contains("[pk, 2024]"), label + ": " + imp.out());
            assertTrue(imp.out().contains("The file name says 2023 but the workbook says 2024"), imp.out());
            assertEquals(expected(), stored(db, 2024));
        }
    }

    /** Bangladesh's one-school form: the year with its era's mark in the label's own cell, a table by grade. */
    private Path form(String fileName) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Form");
        Sheets.row(sh, 0, "বার্ষিক প্রাথমিক বিদ্যালয় শুমারি");
        Sheets.row(sh, 1, "শিক্ষাবর্ষ ২০২৪ খ্রিঃ");
        Sheets.row(sh, 2, "EIIN", CODES[0]);
        Sheets.row(sh, 4, "Grade", "Boys", "Girls");
        for (int g = 1; g <= 2; g++) {
            Sheets.row(sh, 4 + g, "Grade " + g, boys(0, g), girls(0, g));
        }
        return Sheets.save(wb, dir.resolve(fileName));
    }

    @Test
    void aFormsYearWithItsEraMarkIsReadAndAnotherYearRefused() throws Exception {
        Path file = form("apsc-105662-2023.xlsx");
        Path t = dir.resolve("bd.json");
        Files.writeString(t, """
                {"id": "bd", "version": 1, "layout": "grid", "year": {"labels": ["শিক্ষাবর্ষ"]},
                 "sheets": [{"names": ["Form"], "required": ["school.code"],
                   "labels": [{"labels": ["EIIN"], "field": "school.code"}],
                   "grids": [{"field": "enrolment", "titles": ["Grade"], "rows": "grade", "sexLayout": "columns"}]}]}
                """);
        Path db = dir.resolve("bd.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", t.toString(), file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        assertTrue(imp.out().contains("[bd, 2024]"), imp.out());
        Map<String, Long> want = new TreeMap<>();
        for (int g = 1; g <= 2; g++) {
            want.put(CODES[0] + " G" + g + " M", (long) boys(0, g));
            want.put(CODES[0] + " G" + g + " F", (long) girls(0, g));
        }
        assertEquals(want, stored(db, 2024));

        // The form states 2024: imported as 2023 it is refused, as any grid form stating another year.
        CliRun other = CliRun.emis("import", "--db", dir.resolve("bd2.mv.db").toString(), "--template", t.toString(),
                "--year", "2023", file.toString());
        assertNotEquals(0, other.code(), other.out());
        assertTrue(other.out().contains("the form is for census year 2024, not 2023"), other.out());
    }
}
