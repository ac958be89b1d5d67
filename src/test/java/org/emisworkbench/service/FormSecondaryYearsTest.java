package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.SecondaryYears;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One-school secondary forms whose tables give the years numbered after primary ({@code Form 1}…{@code Form 4},
 * {@code S1}…{@code S4}): down the rows (a row per year over {@code Boys | Girls} or {@code M | F}) or across (the
 * years as column heads over the sexes, ages or topics down the rows). With {@code --primary} the draft reads them
 * as the grades after primary and writes the spellings in the template's grade list, so that the import stores
 * every figure; without it the draft names them with the option and never guesses. The workbooks are written here.
 */
class FormSecondaryYearsTest {
    private static final int YEAR = 2025;
    private static final int YEARS = 4;
    private static final int[] AGES = {13, 14, 15, 16, 17};

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    /** [year index][0 = boys, 1 = girls] as written down the rows. */
    private final int[][] byYear = new int[YEARS][2];
    /** [age index][year index][sex] of the table with the years across. */
    private final int[][][] byAge = new int[AGES.length][YEARS][2];
    /** [0 = enrolment, 1 = repeaters][year index][sex] of the table with the years across and topics down. */
    private final int[][][] byTopic = new int[2][YEARS][2];

    /**
     * A Kenyan secondary school's return: code and name labelled at the top, then {@code ENROLMENT BY CLASS} over
     * {@code Class | Boys | Girls | Total}, a row per year written {@code prefix + k} ({@code Form 1}, {@code S1}),
     * and a Total row; {@code boys} and {@code girls} are the column heads of the sexes.
     */
    private XSSFWorkbook yearsDown(String code, String prefix, String boys, String girls) {
        Random rnd = new Random(code.hashCode());
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Return");
        Sheets.row(s, 0, "SECONDARY SCHOOL ANNUAL RETURN " + YEAR);
        Sheets.row(s, 2, "School code:", code);
        Sheets.row(s, 3, "School name:", "Kapsabet Boys High");
        Sheets.row(s, 5, "ENROLMENT BY CLASS");
        Sheets.row(s, 6, "Class", boys, girls, "Total");
        int[] sums = new int[3];
        for (int y = 0; y < YEARS; y++) {
            byYear[y][0] = 40 + rnd.nextInt(120);
            byYear[y][1] = 40 + rnd.nextInt(120);
            int total = byYear[y][0] + byYear[y][1];
            Sheets.row(s, 7 + y, prefix + (y + 1), byYear[y][0], byYear[y][1], total);
            sums[0] += byYear[y][0];
            sums[1] += byYear[y][1];
            sums[2] += total;
        }
        Sheets.row(s, 7 + YEARS, "Total", sums[0], sums[1], sums[2]);
        return wb;
    }

    /**
     * A Zambian-like return with the years across: {@code PUPILS BY AGE} over {@code Age | Form 1 | | Form 2 | …}
     * (each year merged over {@code Boys | Girls}), a row per age.
     */
    private XSSFWorkbook yearsAcross(String code) {
        Random rnd = new Random(code.hashCode() * 31L);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Form A");
        Sheets.row(s, 0, "Name of school:", "Kafue Day Secondary");
        Sheets.row(s, 1, "School code:", code);
        Sheets.row(s, 3, "PUPILS BY AGE");
        Object[] years = new Object[1 + 2 * YEARS];
        Object[] sexes = new Object[1 + 2 * YEARS];
        years[0] = "Age";
        for (int y = 0; y < YEARS; y++) {
            years[1 + 2 * y] = "Form " + (y + 1);
            sexes[1 + 2 * y] = "Boys";
            sexes[2 + 2 * y] = "Girls";
            s.addMergedRegion(new CellRangeAddress(4, 4, 1 + 2 * y, 2 + 2 * y));
        }
        Sheets.row(s, 4, years);
        Sheets.row(s, 5, sexes);
        for (int a = 0; a < AGES.length; a++) {
            Object[] row = new Object[1 + 2 * YEARS];
            row[0] = AGES[a];
            for (int y = 0; y < YEARS; y++) {
                for (int x = 0; x < 2; x++) {
                    byAge[a][y][x] = 1 + rnd.nextInt(40);
                    row[1 + 2 * y + x] = byAge[a][y][x];
                }
            }
            Sheets.row(s, 6 + a, row);
        }
        return wb;
    }

    private Path write(XSSFWorkbook wb, String name) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    /** Drafts {@code file} as {@code id} with the years of primary, imports it with the draft, and returns both. */
    private record Imported(TemplateWorkshop.DraftResult draft, FileResult result) {
    }

    private Imported draftAndImport(XSSFWorkbook again, Path file, String id, int primary, DraftedImports imports)
            throws Exception {
        TemplateWorkshop.DraftResult d = workshop.draft(file, id, new SecondaryYears(primary));
        String json = d.draft().json();
        assertEquals("grid", d.draft().template().layout().name().toLowerCase(java.util.Locale.ROOT), json);
        FileResult r = imports.importWith(again, file.getFileName().toString(),
                json.replace("\"id\" : \"" + id + "\"", "\"id\": \"" + id + "-drafted\""));
        assertEquals(FileOutcome.IMPORTED, r.outcome(), r.message());
        for (String kind : new String[] {"UNKNOWN_CODE", "UNREAD_FIGURES", "UNMATCHED_COLUMN", "GRID_NOT_FOUND"}) {
            assertEquals(0, DraftedImports.count(r, kind), kind + ": " + r.problems() + "\n" + json);
        }
        return new Imported(d, r);
    }

    private static String compact(TemplateWorkshop.DraftResult d) {
        return d.draft().json().replaceAll("\\s", "");
    }

    @Test
    void aKenyanFormWithFormOneToFourDownTheRowsIsReadAsGradesEightToElevenWithSevenYearsOfPrimary()
            throws Exception {
        Path file = write(yearsDown("KE-31021", "Form ", "Boys", "Girls"), "kapsabet-2025.xlsx");
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        Imported i = draftAndImport(yearsDown("KE-31021", "Form ", "Boys", "Girls"), file, "ke-return", 7, imports);
        String json = compact(i.draft());
        for (int y = 0; y < YEARS; y++) {
            assertTrue(json.contains("\"G" + (8 + y) + "\":[\"Form" + (y + 1) + "\"]")
                    || json.contains("\"G" + (8 + y) + "\":[\"Form " + (y + 1) + "\"]"), json);
        }
        assertTrue(json.contains("\"grids\":[{"), json);
        assertTrue(i.draft().notes().stream().anyMatch(n -> n.key().equals("draft.secondaryYearsRead")),
                i.draft().notes().toString());
        assertFalse(i.draft().notes().stream().anyMatch(n -> n.key().startsWith("draft.secondaryYearsForm")
                || n.key().equals("draft.noGrids")), i.draft().notes().toString());
        assertEquals(YEARS * 2, i.result().valuesStored(), i.result().problems().toString());
        try (Workbench w = imports.open()) {
            for (int y = 0; y < YEARS; y++) {
                imports.assertEnrolment(w, "KE-31021", 8 + y, byYear[y][1], byYear[y][0]);
            }
        }
    }

    /** Tanzania: S1…S4 under M | F after seven years of primary; with six (Form 1 after G6) they are G7…G10. */
    @Test
    void sOneToFourUnderMAndFAreReadAsTheGradesTheYearsOfPrimaryMake() throws Exception {
        for (int primary : new int[] {7, 6}) {
            Path sub = Files.createDirectories(dir.resolve("p" + primary));
            Path file = sub.resolve("tz-2025.xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                yearsDown("TZ-S0" + primary, "S", "M", "F").write(out);
            }
            DraftedImports imports = new DraftedImports(sub, YEAR, workshop);
            TemplateWorkshop.DraftResult d = workshop.draft(file, "tz-return", new SecondaryYears(primary));
            String json = compact(d);
            assertTrue(json.contains("\"G" + (primary + 1) + "\":[\"S1\"]"), json);
            assertTrue(json.contains("\"G" + (primary + 4) + "\":[\"S4\"]"), json);
            FileResult r = imports.importWith(yearsDown("TZ-S0" + primary, "S", "M", "F"), "tz-2025.xlsx",
                    d.draft().json().replace("\"id\" : \"tz-return\"", "\"id\": \"tz-return-drafted\""));
            assertEquals(0, DraftedImports.count(r, "UNKNOWN_CODE"), r.problems().toString());
            assertEquals(0, DraftedImports.count(r, "UNREAD_FIGURES"), r.problems().toString());
            assertEquals(YEARS * 2, r.valuesStored(), r.problems().toString());
            try (Workbench w = imports.open()) {
                for (int y = 0; y < YEARS; y++) {
                    imports.assertEnrolment(w, "TZ-S0" + primary, primary + 1 + y, byYear[y][1], byYear[y][0]);
                }
            }
        }
    }

    @Test
    void aFormWithFormOneToFourAcrossOverBoysAndGirlsAndAgesDownIsReadWithSevenYearsOfPrimary() throws Exception {
        Path file = write(yearsAcross("ZM-40211"), "kafue-2025.xlsx");
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        Imported i = draftAndImport(yearsAcross("ZM-40211"), file, "zm-form", 7, imports);
        String json = compact(i.draft());
        assertTrue(json.contains("\"rows\":\"age\""), json);
        assertTrue(json.contains("\"G8\":[\"Form1\"]") && json.contains("\"G11\":[\"Form4\"]"), json);
        int cells = AGES.length * YEARS * 2;
        assertEquals(cells, i.result().valuesStored(), i.result().problems().toString());
        try (Workbench w = imports.open()) {
            for (int y = 0; y < YEARS; y++) {
                int boys = 0;
                int girls = 0;
                for (int a = 0; a < AGES.length; a++) {
                    boys += byAge[a][y][0];
                    girls += byAge[a][y][1];
                }
                imports.assertEnrolment(w, "ZM-40211", 8 + y, girls, boys);
            }
        }
    }

    /** Without --primary, the draft names the table and its years with the option, and never guesses a grade. */
    @Test
    void withoutTheYearsOfPrimaryTheFormsTablesAreNamedWithTheOptionAndNeverGuessed() throws Exception {
        Path down = write(yearsDown("KE-31022", "Form ", "Boys", "Girls"), "down-2025.xlsx");
        Path across = write(yearsAcross("ZM-40212"), "across-2025.xlsx");
        for (Path file : List.of(down, across)) {
            TemplateWorkshop.DraftResult d = workshop.draft(file, "no-primary");
            String note = d.notes().stream().filter(n -> n.key().equals("draft.secondaryYearsForm"))
                    .map(Object::toString).findFirst().orElseThrow(() -> new AssertionError(d.notes().toString()));
            assertTrue(note.contains("--primary") && note.contains("Form 1") && note.contains("Form 4"), note);
            assertTrue(note.contains(file == down ? "ENROLMENT BY CLASS" : "PUPILS BY AGE"), note);
            assertFalse(d.draft().json().contains("\"G8\""), "never guessed: " + d.draft().json());
            assertFalse(d.notes().stream().anyMatch(n -> n.key().equals("draft.secondaryYearsRead")), note);
        }
    }

    /** A primary school's form (Std 1…Std 7 down) says nothing of secondary years. */
    @Test
    void aPrimaryFormGetsNoNoteAboutSecondaryYears() throws Exception {
        Path file = write(yearsDownPrimary(), "primary-2025.xlsx");
        TemplateWorkshop.DraftResult d = workshop.draft(file, "primary");
        assertTrue(d.draft().json().contains("\"grids\""), d.draft().json());
        assertFalse(d.notes().stream().anyMatch(n -> n.key().startsWith("draft.secondaryYears")),
                d.notes().toString());
    }

    private XSSFWorkbook yearsDownPrimary() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Return");
        Sheets.row(s, 0, "School code:", "KE-10001");
        Sheets.row(s, 2, "ENROLMENT BY CLASS");
        Sheets.row(s, 3, "Class", "Boys", "Girls");
        for (int g = 1; g <= 7; g++) {
            Sheets.row(s, 3 + g, "Std " + g, 10 + g, 20 + g);
        }
        return wb;
    }

    /**
     * A Tanzanian-like form with the years across and the topic and sex down: {@code ENROLMENT AND REPEATERS} over
     * {@code | Form 1 | Form 2 | Form 3 | Form 4}, the rows {@code Enrolment Boys}, {@code Enrolment Girls},
     * {@code Repeaters Boys}, {@code Repeaters Girls}.
     */
    private XSSFWorkbook topicsDown(String code) {
        Random rnd = new Random(code.hashCode() * 17L);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Form B");
        Sheets.row(s, 0, "School code:", code);
        Sheets.row(s, 1, "School name:", "Mwenge Secondary");
        Sheets.row(s, 3, "ENROLMENT AND REPEATERS");
        Object[] years = new Object[1 + YEARS];
        for (int y = 0; y < YEARS; y++) {
            years[1 + y] = "Form " + (y + 1);
        }
        Sheets.row(s, 4, years);
        String[][] labels = {{"Enrolment Boys", "Enrolment Girls"}, {"Repeaters Boys", "Repeaters Girls"}};
        for (int t = 0; t < 2; t++) {
            for (int x = 0; x < 2; x++) {
                Object[] row = new Object[1 + YEARS];
                row[0] = labels[t][x];
                for (int y = 0; y < YEARS; y++) {
                    byTopic[t][y][x] = t == 0 ? 30 + rnd.nextInt(90) : rnd.nextInt(9);
                    row[1 + y] = byTopic[t][y][x];
                }
                Sheets.row(s, 5 + 2 * t + x, row);
            }
        }
        return wb;
    }

    @Test
    void formOneToFourAcrossWithEnrolmentAndRepeatersDownAreReadWithSevenYearsOfPrimary() throws Exception {
        Path file = write(topicsDown("TZ-S4410"), "mwenge-2025.xlsx");
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        Imported i = draftAndImport(topicsDown("TZ-S4410"), file, "tz-form", 7, imports);
        String json = compact(i.draft());
        assertTrue(json.contains("\"field\":\"enrolment\"") && json.contains("\"field\":\"repeaters\""), json);
        assertEquals(2 * YEARS * 2, i.result().valuesStored(), i.result().problems().toString());
        try (Workbench w = imports.open()) {
            for (int y = 0; y < YEARS; y++) {
                imports.assertEnrolment(w, "TZ-S4410", 8 + y, byTopic[0][y][1], byTopic[0][y][0]);
                imports.assertFigure(w, "TZ-S4410", Topic.REPEATERS, 8 + y, byTopic[1][y][1], byTopic[1][y][0]);
            }
        }
    }

    /**
     * Form 1…7 down the rows with seven years of primary: Form 7 would be G14, past the last grade a workspace holds
     * (G13, decision 0072), so it stays out of the grade list; the
     * draft says so, and the import reports its figures rather than dropping them.
     */
    @Test
    void aYearPastGradeThirteenIsSaidLeftOutAndItsFiguresAreReported() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Return");
        Sheets.row(s, 0, "School code:", "UG-S600");
        Sheets.row(s, 2, "ENROLMENT BY CLASS");
        Sheets.row(s, 3, "Class", "Boys", "Girls");
        for (int y = 1; y <= 7; y++) {
            Sheets.row(s, 3 + y, "Form " + y, 10 * y, 10 * y + 1);
        }
        Path file = write(wb, "six-2025.xlsx");
        TemplateWorkshop.DraftResult d = workshop.draft(file, "six", new SecondaryYears(7));
        String note = d.notes().stream().filter(n -> n.key().equals("draft.secondaryYearsFormLeftOut"))
                .map(Object::toString).findFirst().orElseThrow(() -> new AssertionError(d.notes().toString()));
        assertTrue(note.contains("Form 7") && note.contains("--primary 7") && !note.contains("Form 6"), note);
        String json = compact(d);
        assertTrue(json.contains("\"G13\":[\"Form6\"]") && !json.contains("Form7"), json);
        XSSFWorkbook again = new XSSFWorkbook();
        Sheet t = again.createSheet("Return");
        Sheets.row(t, 0, "School code:", "UG-S600");
        Sheets.row(t, 2, "ENROLMENT BY CLASS");
        Sheets.row(t, 3, "Class", "Boys", "Girls");
        for (int y = 1; y <= 7; y++) {
            Sheets.row(t, 3 + y, "Form " + y, 10 * y, 10 * y + 1);
        }
        FileResult r = new DraftedImports(dir, YEAR, workshop).importWith(again, "six-2025.xlsx",
                d.draft().json().replace("\"id\" : \"six\"", "\"id\": \"six-drafted\""));
        assertEquals(5 * 2, r.valuesStored(), r.problems().toString());
        // The workspace holds twelve grades: the Form 6 row (G13, row 10) waits for a thirteen-grade structure and the
        // Form 7 row (row 11) has no grade at all; both are reported, their figures not stored.
        assertEquals(2, DraftedImports.count(r, "UNKNOWN_CODE"), r.problems().toString());
        assertEquals("Return!A10", DraftedImports.first(r, "UNKNOWN_CODE"), r.problems().toString());
        assertTrue(r.problems().toString().contains("lastCell=Return!A11"), r.problems().toString());
    }

    private static XSSFWorkbook primaryAndSecondary() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Return");
        Sheets.row(s, 0, "School code:", "UG-B500");
        Sheets.row(s, 2, "ENROLMENT BY CLASS");
        Sheets.row(s, 3, "Class", "Boys", "Girls");
        for (int g = 1; g <= 7; g++) {
            Sheets.row(s, 3 + g, "P" + g, 10 + g, 20 + g);
        }
        Sheets.row(s, 11, "S1", 51, 61);
        Sheets.row(s, 12, "S2", 52, 62);
        return wb;
    }

    /**
     * P1…P7 then S1, S2 down one table with six years of primary: S1 would be G7, which the P7 row already gives, so it
     * gets no spelling in the grade list (never stored over P7's figures); the draft says so, S2 is read as G8, and
     * the import reports the S1 row.
     */
    @Test
    void aYearWhoseGradeTheFormAlreadyNamesIsSaidLeftOutNotStoredTwice() throws Exception {
        Path file = write(primaryAndSecondary(), "both-2025.xlsx");
        TemplateWorkshop.DraftResult d = workshop.draft(file, "both", new SecondaryYears(6));
        String note = d.notes().stream().filter(n -> n.key().equals("draft.secondaryYearsFormLeftOut"))
                .map(Object::toString).findFirst().orElseThrow(() -> new AssertionError(d.notes().toString()));
        assertTrue(note.contains("S1") && !note.contains("S2") && note.contains("--primary 6"), note);
        String json = compact(d);
        assertTrue(json.contains("\"G8\":[\"S2\"]") && !json.contains("\"S1\""), json);
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        FileResult r = imports.importWith(primaryAndSecondary(), "both-2025.xlsx",
                d.draft().json().replace("\"id\" : \"both\"", "\"id\": \"both-drafted\""));
        assertEquals(8 * 2, r.valuesStored(), r.problems().toString());
        assertEquals(0, DraftedImports.count(r, "VALUE_CLASH"), r.problems().toString());
        assertEquals("Return!A12", DraftedImports.first(r, "UNKNOWN_CODE"), r.problems().toString());
        try (Workbench w = imports.open()) {
            imports.assertEnrolment(w, "UG-B500", 7, 27, 17);
            imports.assertEnrolment(w, "UG-B500", 8, 62, 52);
        }
    }
}
