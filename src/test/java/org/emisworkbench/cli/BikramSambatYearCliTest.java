package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * Issue #11, review 32 (Nepal): a Nepali form gives its academic session as {@code २०८१} (Bikram Sambat, Devanagari
 * digits) beside {@code शैक्षिक सत्र}. A template says so with {@code "year": {"calendar": "bikram-sambat"}} and 2081 is
 * census year 2024 (decision 0108): imported without {@code --year} and without the warning that the workbook's year
 * label says another year; the draft writes the calendar when a year label holds such a year.
 */
class BikramSambatYearCliTest {
    @TempDir
    Path dir;

    private static final String[] CODES = {"NP-30101", "NP-30102", "NP-30103"};
    private static final int GRADES = 3;

    /** Boys of a school's grade: made up, different for each school and grade. */
    private static int boys(int school, int grade) {
        return 40 + 9 * school + 5 * grade;
    }

    /** Girls of a school's grade. */
    private static int girls(int school, int grade) {
        return 38 + 11 * school + 3 * grade;
    }

    /** Devanagari digits of a number, as the form writes its session. */
    private static String devanagari(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append((char) ('\u0966' + (c - '0')));
        }
        return sb.toString();
    }

    /** One school's form: its code, the session beside शैक्षिक सत्र, a table of grades by sex. */
    private Path form(int school, String session) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Form");
        Sheets.row(sh, 0, "शिक्षा मन्त्रालय / Ministry of Education — Flash I");
        Sheets.row(sh, 2, "विद्यालय कोड / School code", null, CODES[school]);
        Sheets.row(sh, 3, "शैक्षिक सत्र", null, session);
        Sheets.row(sh, 5, "Grade", "Boys", "Girls");
        for (int g = 1; g <= GRADES; g++) {
            Sheets.row(sh, 5 + g, "Grade " + g, boys(school, g), girls(school, g));
        }
        return Sheets.save(wb, dir.resolve("flash1_" + CODES[school] + ".xlsx"));
    }

    private Path template(String calendar) throws Exception {
        Path t = dir.resolve("np-" + (calendar == null ? "none" : calendar) + ".json");
        Files.writeString(t, """
                {"id": "np", "version": 1, "layout": "grid",
                 "year": {"labels": ["शैक्षिक सत्र"]%s},
                 "sheets": [{"names": ["Form"], "required": ["school.code"],
                   "labels": [{"labels": ["School code"], "field": "school.code"}],
                   "grids": [{"field": "enrolment", "titles": ["Grade"], "rows": "grade", "sexLayout": "columns"}]}]}
                """.formatted(calendar == null ? "" : ", \"calendar\": \"" + calendar + "\""));
        return t;
    }

    private static Map<String, Long> expected(int schools) {
        Map<String, Long> want = new TreeMap<>();
        for (int s = 0; s < schools; s++) {
            for (int g = 1; g <= GRADES; g++) {
                want.put(CODES[s] + " G" + g + " M", (long) boys(s, g));
                want.put(CODES[s] + " G" + g + " F", (long) girls(s, g));
            }
        }
        return want;
    }

    private Map<String, Long> stored(Path db, int year) throws Exception {
        return LongCsv.figures(db, year, dir.resolve(db.getFileName() + ".csv"),
                row -> row.get("school_code") + " " + row.get("item") + " " + row.get("sex"));
    }

    @Test
    void aBikramSambatTemplateReadsTheSessionAsTheGregorianYearItStartsIn() throws Exception {
        List<String> files = new ArrayList<>();
        for (int s = 0; s < CODES.length; s++) {
            files.add(form(s, devanagari(2081)).toString());
        }
        Path t = template("bikram-sambat");
        CliRun check = CliRun.emis("template", "check", "--template", t.toString(), files.get(0));
        assertTrue(check.out().contains("census year 2024 (nothing stored)"), check.out());
        assertTrue(check.out().contains("census year 2024: written in the Bikram Sambat calendar in the workbook"),
                check.out());
        assertTrue(check.out().contains("(" + devanagari(2081) + "), read as the Gregorian year its school year"
                + " starts in"), check.out());
        // A year read from the template's calendar refuses nothing.
        assertFalse(check.out().contains("refused"), check.out());
        assertTrue(check.out().contains("The import would store 1 school(s), 6 value(s)"), check.out());

        Path db = dir.resolve("np.mv.db");
        List<String> args = new ArrayList<>(List.of("import", "--db", db.toString(), "--template", t.toString()));
        args.addAll(files);
        CliRun imp = CliRun.emis(args.toArray(String[]::new));
        assertEquals(0, imp.code(), imp.out() + imp.err());
        assertTrue(imp.out().contains("[np, 2024]"), imp.out());
        assertTrue(imp.out().contains("written in the Bikram Sambat calendar in the workbook"), imp.out());
        assertTrue(imp.out().contains("(" + devanagari(2081) + "): read as census year 2024"), imp.out());
        assertFalse(imp.out().contains("year label says"), imp.out());
        assertFalse(imp.out().contains("--year"), imp.out());
        assertFalse(imp.out().contains("2081 is"), imp.out());
        assertEquals(expected(CODES.length), stored(db, 2024));
    }

    @Test
    void theSessionWrittenAsTwoYearsAndTheFileNameAreReadToo() throws Exception {
        Path t = template("bikram-sambat");
        Path two = form(0, "२०८०/८१");
        Path db = dir.resolve("two.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", t.toString(), two.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        assertTrue(imp.out().contains("[np, 2023]"), imp.out());
        assertEquals(expected(1), stored(db, 2023));

        // No year beside the label: the file name's Bikram Sambat year (Flash1_2081_Kavre) gives it.
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Form");
        Sheets.row(sh, 2, "विद्यालय कोड / School code", null, CODES[1]);
        Sheets.row(sh, 5, "Grade", "Boys", "Girls");
        for (int g = 1; g <= GRADES; g++) {
            Sheets.row(sh, 5 + g, "Grade " + g, boys(1, g), girls(1, g));
        }
        Path named = Sheets.save(wb, dir.resolve("Flash1_2081_Kavre.xlsx"));
        Path t2 = dir.resolve("np-name.json");
        Files.writeString(t2, Files.readString(t).replace("\"year\": {", "\"year\": {\"fromFileName\": true, ")
                .replace("\"id\": \"np\"", "\"id\": \"np-name\""));
        Path db2 = dir.resolve("name.mv.db");
        CliRun imp2 = CliRun.emis("import", "--db", db2.toString(), "--template", t2.toString(), named.toString());
        assertEquals(0, imp2.code(), imp2.out() + imp2.err());
        assertTrue(imp2.out().contains("in the file name (2081): read as census year 2024"), imp2.out());
        assertFalse(imp2.out().contains("also names 2081"), imp2.out());
        Map<String, Long> want = new TreeMap<>();
        for (int g = 1; g <= GRADES; g++) {
            want.put(CODES[1] + " G" + g + " M", (long) boys(1, g));
            want.put(CODES[1] + " G" + g + " F", (long) girls(1, g));
        }
        assertEquals(want, stored(db2, 2024));
    }

    @Test
    void withoutTheCalendarTheFarYearIsRefusedSuggestingItsCensusYear() throws Exception {
        Path file = form(0, devanagari(2081));
        Path t = template(null);
        Path db = dir.resolve("none.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", t.toString(), file.toString());
        assertNotEquals(0, imp.code(), imp.out());
        assertTrue(imp.out().contains("the census year 2081 was read from"), imp.out());
        assertTrue(imp.out().contains("--year 2024"), imp.out());

        // A form stating 2081 is not taken for 2024 either: what the calendar setting puts right.
        CliRun given = CliRun.emis("import", "--db", db.toString(), "--template", t.toString(), "--year", "2024",
                file.toString());
        assertNotEquals(0, given.code(), given.out());
        assertTrue(given.out().contains("the form is for census year 2081, not 2024"), given.out());
    }

    @Test
    void theDraftProposesTheCalendarOnlyForAYearNoGregorianCensusYearCanBe() throws Exception {
        Path nepali = form(0, devanagari(2081));
        Path draft = dir.resolve("draft.json");
        CliRun d = CliRun.emis("template", "draft", nepali.toString(), "--out", draft.toString());
        assertEquals(0, d.code(), d.out() + d.err());
        String json = Files.readString(draft);
        assertTrue(json.contains("\"calendar\" : \"bikram-sambat\""), json);
        assertTrue(json.contains("शैक्षिक सत्र"), json);
        Path db = dir.resolve("draft.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", draft.toString(), nepali.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        assertTrue(imp.out().contains(", 2024]"), imp.out());
        assertEquals(expected(1), stored(db, 2024));

        // A Gregorian year, even a few years ahead, is never taken for a Bikram Sambat one.
        for (int year : new int[] {2024, java.time.Year.now().getValue() + 5}) {
            Path gregorian = form(1, String.valueOf(year));
            Path draft2 = dir.resolve("draft-" + year + ".json");
            assertEquals(0, CliRun.emis("template", "draft", gregorian.toString(), "--out", draft2.toString()).code());
            String json2 = Files.readString(draft2);
            assertTrue(json2.contains("शैक्षिक सत्र"), json2);
            assertFalse(json2.contains("calendar"), json2);
        }
    }
}
