package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
 * Review 30 B3 and D4: an Afghan form gives its year as {@code ۱۴۰۳} (solar hijri, Persian digits) beside {@code سال
 * تعلیمی / Academic year}. A template says so with {@code "year": {"calendar": "solar-hijri"}} and 1403 is census year
 * 2024 (decision 0101); without it the refusal says what the label holds and where, not that the year is absent; the
 * draft writes the calendar when a year label holds such a year.
 */
class SolarHijriYearCliTest {
    @TempDir
    Path dir;

    /** Grade, boys, girls. */
    private static final int[][] FIGURES = {{1, 61, 58}, {2, 47, 52}, {3, 39, 44}};
    private static final String CODE = "AF-0101";

    /** Persian digits of a number, as the form writes it. */
    private static String persian(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append((char) ('\u06f0' + (c - '0')));
        }
        return sb.toString();
    }

    private Path form(String name, String year) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sh = wb.createSheet("Form");
            Sheets.row(sh, 0, "وزارت معارف / Ministry of Education — Annual School Census");
            Sheets.row(sh, 2, "کود مکتب / School code", null, CODE);
            int r = 3;
            if (year != null) {
                Sheets.row(sh, r, "سال تعلیمی / Academic year", null, year);
            }
            Sheets.row(sh, 5, "Grade", "Boys", "Girls");
            r = 6;
            for (int[] g : FIGURES) {
                Sheets.row(sh, r++, "Grade " + g[0], persian(g[1]), persian(g[2]));
            }
            wb.write(out);
        }
        return file;
    }

    private Path template(String calendar) throws Exception {
        Path t = dir.resolve("af-" + (calendar == null ? "none" : calendar) + ".json");
        Files.writeString(t, """
                {"id": "af", "version": 1, "layout": "grid",
                 "year": {"labels": ["Academic year"], "fromFileName": true%s},
                 "sheets": [{"names": ["Form"], "required": ["school.code"],
                   "labels": [{"labels": ["School code"], "field": "school.code"}],
                   "grids": [{"field": "enrolment", "titles": ["Grade"], "rows": "grade", "sexLayout": "columns"}]}]}
                """.formatted(calendar == null ? "" : ", \"calendar\": \"" + calendar + "\""));
        return t;
    }

    private static Map<String, Long> expected() {
        Map<String, Long> want = new TreeMap<>();
        for (int[] g : FIGURES) {
            want.put("G" + g[0] + " M", (long) g[1]);
            want.put("G" + g[0] + " F", (long) g[2]);
        }
        return want;
    }

    private Map<String, Long> stored(Path db, int year) throws Exception {
        return LongCsv.figures(db, year, dir.resolve(db.getFileName() + ".csv"),
                row -> row.get("item") + " " + row.get("sex"));
    }

    @Test
    void aSolarHijriTemplateReadsTheFormsYearAsTheGregorianYearItsSchoolYearStartsIn() throws Exception {
        Path file = form("census_AF-0101.xlsx", persian(1403));
        Path t = template("solar-hijri");
        // Exit 1 for the figures in Persian digits (DIGITS_READ, said at the first), not for the year.
        CliRun check = CliRun.emis("template", "check", "--template", t.toString(), file.toString());
        assertTrue(check.out().contains("census year 2024 (nothing stored)"), check.out());
        assertTrue(check.out().contains("The import would store 1 school(s), 6 value(s)"), check.out());
        assertTrue(check.out().contains("census year 2024: written in the solar hijri calendar in the workbook"),
                check.out());

        Path db = dir.resolve("af.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", t.toString(), file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        assertTrue(imp.out().contains("[af, 2024]"), imp.out());
        assertTrue(imp.out().contains("read as census year 2024"), imp.out());
        assertEquals(expected(), stored(db, 2024));
    }

    @Test
    void theFileNameAloneGivesTheYearUnderTheCalendar() throws Exception {
        Path file = form("census_1101-0042_1402.xlsx", null);
        Path db = dir.resolve("name.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", template("solar-hijri").toString(),
                file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        assertTrue(imp.out().contains("[af, 2023]"), imp.out());
        assertTrue(imp.out().contains("in the file name (1402): read as census year 2023"), imp.out());
        assertEquals(expected(), stored(db, 2023));
    }

    @Test
    void withoutTheCalendarTheRefusalSaysWhatTheYearLabelHolds() throws Exception {
        Path file = form("census_AF-0101.xlsx", persian(1403));
        Path t = template(null);
        CliRun check = CliRun.emis("template", "check", "--template", t.toString(), file.toString());
        assertTrue(check.out().contains("census year unknown"), check.out());
        assertTrue(check.out().contains("no census year: 'سال تعلیمی / Academic year' at Form!C4 holds "
                + persian(1403) + ", which is not a census year (another calendar? 1403 is the solar hijri year of"
                + " census year 2024: set \"calendar\": \"solar-hijri\""), check.out());

        Path db = dir.resolve("none.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", t.toString(), file.toString());
        assertNotEquals(0, imp.code(), imp.out());
        assertTrue(imp.out().contains("census_AF-0101.xlsx: 'سال تعلیمی / Academic year' at Form!C4 holds "
                + persian(1403) + ", which is not a census year (another calendar?"), imp.out());
        assertTrue(imp.out().contains("Give it with --year."), imp.out());
        assertFalse(imp.out().contains("not in the workbook nor in its name"), imp.out());

        // Another text beside the label is said as it is, without the calendar's hint.
        Path other = form("census_AF-0102.xlsx", "n/a");
        CliRun imp2 = CliRun.emis("import", "--db", db.toString(), "--template", t.toString(), other.toString());
        assertTrue(imp2.out().contains("'سال تعلیمی / Academic year' at Form!C4 holds n/a, which is not a census"
                + " year. Give it with --year."), imp2.out());

        CliRun given = CliRun.emis("import", "--db", db.toString(), "--template", t.toString(), "--year", "2024",
                file.toString());
        assertEquals(0, given.code(), given.out() + given.err());
        assertEquals(expected(), stored(db, 2024));
    }

    @Test
    void theDraftWritesTheCalendarOnlyForASolarHijriYear() throws Exception {
        Path hijri = form("census_AF-0101.xlsx", persian(1403));
        Path draft = dir.resolve("draft.json");
        CliRun d = CliRun.emis("template", "draft", hijri.toString(), "--out", draft.toString());
        assertEquals(0, d.code(), d.out() + d.err());
        String json = Files.readString(draft);
        assertTrue(json.contains("\"calendar\" : \"solar-hijri\""), json);
        assertTrue(json.contains("سال تعلیمی / Academic year"), json);
        Path db = dir.resolve("draft.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", draft.toString(), hijri.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        assertTrue(imp.out().contains(", 2024]"), imp.out());
        assertEquals(expected(), stored(db, 2024));

        Path gregorian = form("census_AF-0101_g.xlsx", "2024");
        Path draft2 = dir.resolve("draft2.json");
        assertEquals(0, CliRun.emis("template", "draft", gregorian.toString(), "--out", draft2.toString()).code());
        String json2 = Files.readString(draft2);
        assertTrue(json2.contains("سال تعلیمی / Academic year"), json2);
        assertFalse(json2.contains("calendar"), json2);
    }
}
