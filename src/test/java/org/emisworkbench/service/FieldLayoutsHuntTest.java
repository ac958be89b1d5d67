package org.emisworkbench.service;

import static org.emisworkbench.service.DraftedImports.assertClean;
import static org.emisworkbench.service.DraftedImports.count;
import static org.emisworkbench.service.DraftedImports.first;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.SkipReason;
import org.emisworkbench.model.Topic;
import org.emisworkbench.service.DraftedImports.Run;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fourth round of returns from ministries never seen, hunted for what the drafter still got wrong: grades
 * written as lone numbers. A Zambian-style return labels its rows {@code 1} … {@code 7} under {@code Std}, with a
 * repeaters table below; a francophone form counts {@code 1re année} … {@code 6e année} with {@code G | F | Total}
 * and a {@code Total} row, and its repeaters under a merged {@code Classe} over {@code 1} … {@code 6} over
 * {@code G | F}; an age-by-grade table has the bands {@code Under 6} and {@code Over 11} down and numbered grades
 * across; a Pacific-style export has one row per school, year level (a number) and sex; a district file heads
 * its numbered grades with a merged {@code Enrolment by grade} and interleaves district subtotals. Each is read
 * with the template the program drafts from it; the figures stored must be those this test works out from what
 * it wrote, and every census column must be read. The same numbers under {@code Age}, or under nothing, are never
 * taken for grades: they are reported as figures left unread.
 */
class FieldLayoutsHuntTest {
    private static final int YEAR = 2024;

    @TempDir
    Path dir;

    private DraftedImports imports() {
        return new DraftedImports(dir, YEAR, new TemplateWorkshop(TemplateCatalog.load(null)));
    }

    private static int value(Workbench w, String school, Topic topic, int grade, Sex sex, AgeGroup age) {
        return w.whereFrom(school, YEAR, topic, grade, sex, age)
                .orElseThrow(() -> new AssertionError(school + " " + topic + " G" + grade + " " + sex + " " + age))
                .value();
    }

    // ---- 1. Zambia-style return: Std | Boys | Girls | Total with rows 1 … 7, a Total row, repeaters below ----

    @Test
    void standardsNumberedOneToSevenWithATotalRowAndARepeatersTableBelow() throws Exception {
        Random rnd = new Random(5101);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Form A");
        Sheets.row(sh, 0, "MINISTRY OF GENERAL EDUCATION — ANNUAL SCHOOL CENSUS");
        Sheets.row(sh, 2, "EMIS Code:", "ZM-40917");
        Sheets.row(sh, 3, "Name of school:", "Mwase Primary");
        Sheets.row(sh, 5, "Table 2. Enrolment by standard and sex");
        Sheets.row(sh, 6, "Std", "Boys", "Girls", "Total");
        int[][] enrol = new int[8][2]; // [std][F, M]
        int[] sums = new int[2];
        for (int g = 1; g <= 7; g++) {
            enrol[g][0] = rnd.nextInt(70) + 3;
            enrol[g][1] = rnd.nextInt(70) + 3;
            sums[0] += enrol[g][0];
            sums[1] += enrol[g][1];
            Sheets.row(sh, 6 + g, g, enrol[g][1], enrol[g][0], enrol[g][0] + enrol[g][1]);
        }
        Sheets.row(sh, 14, "Total", sums[1], sums[0], sums[0] + sums[1] + 1); // the grand total typed over by one
        Sheets.row(sh, 16, "Table 3. Repeaters by standard and sex");
        Sheets.row(sh, 17, "Std", "Boys", "Girls");
        int[][] rep = new int[8][2];
        for (int g = 1; g <= 7; g++) {
            rep[g][0] = rnd.nextInt(Math.min(8, enrol[g][0]));
            rep[g][1] = rnd.nextInt(Math.min(8, enrol[g][1]));
            Sheets.row(sh, 17 + g, g, rep[g][1], rep[g][0]);
        }
        DraftedImports imports = imports();
        Run run = imports.draftCheckImport(wb, "mwase-2024.xlsx");
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message() + "\n" + run.json());
        assertTrue(run.json().contains("\"rows\" : \"grade\""), run.json());
        DraftedImports.assertNoUnread(run);
        assertEquals(1, count(f, "TOTAL_MISMATCH"), f.problems() + "\n" + run.json());
        assertEquals("Form A!D15", first(f, "TOTAL_MISMATCH"), "the typed-over grand total");
        assertEquals(1, f.problemCount(), f.problems().toString());
        assertEquals(7 * 2 * 2, f.valuesStored(), "enrolment and repeaters of seven standards, by sex");
        try (Workbench w = imports.open()) {
            for (int g = 1; g <= 7; g++) {
                imports.assertEnrolment(w, "ZM-40917", g, enrol[g][0], enrol[g][1]);
                imports.assertFigure(w, "ZM-40917", Topic.REPEATERS, g, rep[g][0], rep[g][1]);
            }
            assertEquals("Form A!C10", w.whereFrom("ZM-40917", YEAR, Topic.ENROLMENT, 3, Sex.F, AgeGroup.ALL)
                    .orElseThrow().source().sheetCell(), "girls of Std 3, on the row labelled 3");
        }
    }

    // ---- 2. Francophone form: "1re année" … "6e année" | G | F | Total, a Total row; repeaters under a merged
    //         "Classe" over 1 … 6 over G | F ------------------------------------------------------------------

    @Test
    void frenchYearsWithGarconsFillesAndRepeatersUnderNumberedClasses() throws Exception {
        Random rnd = new Random(5102);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Questionnaire");
        Sheets.row(sh, 0, "RÉPUBLIQUE D'HAÏTI — RECENSEMENT SCOLAIRE");
        Sheets.row(sh, 2, "Code de l'école :", "HT-08812");
        Sheets.row(sh, 3, "Nom de l'école :", "École nationale de Jacmel");
        Sheets.row(sh, 5, "Effectifs par classe et par sexe");
        Sheets.row(sh, 6, "Classe", "G", "F", "Total");
        String[] years = {"1re année", "2e année", "3e année", "4e année", "5e année", "6e année"};
        int[][] enrol = new int[7][2]; // [grade][F, M]
        int[] sums = new int[2];
        for (int g = 1; g <= 6; g++) {
            enrol[g][0] = rnd.nextInt(50) + 2;
            enrol[g][1] = rnd.nextInt(50) + 2;
            sums[0] += enrol[g][0];
            sums[1] += enrol[g][1];
            Sheets.row(sh, 6 + g, years[g - 1], enrol[g][1], enrol[g][0], enrol[g][0] + enrol[g][1]);
        }
        Sheets.row(sh, 13, "Total", sums[1], sums[0], sums[0] + sums[1]);
        Sheets.row(sh, 15, "Redoublants par classe et par sexe");
        Sheets.row(sh, 16, null, "Classe");
        sh.addMergedRegion(new CellRangeAddress(16, 16, 1, 12));
        Object[] numbers = new Object[13];
        Object[] letters = new Object[13];
        Object[] values = new Object[13];
        values[0] = "Redoublants";
        int[][] rep = new int[7][2];
        for (int g = 1; g <= 6; g++) {
            numbers[2 * g - 1] = g;
            letters[2 * g - 1] = "G";
            letters[2 * g] = "F";
            rep[g][0] = rnd.nextInt(6);
            rep[g][1] = rnd.nextInt(6);
            values[2 * g - 1] = rep[g][1];
            values[2 * g] = rep[g][0];
        }
        Sheets.row(sh, 17, numbers);
        Sheets.row(sh, 18, letters);
        Sheets.row(sh, 19, values);
        for (int g = 1; g <= 6; g++) {
            sh.addMergedRegion(new CellRangeAddress(17, 17, 2 * g - 1, 2 * g));
        }
        DraftedImports imports = imports();
        Run run = imports.draftCheckImport(wb, "jacmel-2024.xlsx");
        assertTrue(run.json().contains("\"language\" : \"fr\""), "G is garçons: " + run.json());
        assertTrue(run.json().contains("\"titles\" : [ \"Redoublants par classe et par sexe\" ]"), run.json());
        assertClean(run, 1);
        assertEquals(6 * 2 * 2, run.result().valuesStored(), "enrolment and repeaters of six classes, by sex");
        try (Workbench w = imports.open()) {
            for (int g = 1; g <= 6; g++) {
                imports.assertEnrolment(w, "HT-08812", g, enrol[g][0], enrol[g][1]);
                imports.assertFigure(w, "HT-08812", Topic.REPEATERS, g, rep[g][0], rep[g][1]);
            }
            assertEquals("Questionnaire!C20", w.whereFrom("HT-08812", YEAR, Topic.REPEATERS, 1, Sex.F, AgeGroup.ALL)
                    .orElseThrow().source().sheetCell(), "girls repeating class 1: F under the merged 1");
        }
    }

    // ---- 3. Age by grade: Under 6, 6 … 11, Over 11 down; "Grade" merged over 1 … 6 merged over M | F ----------

    @Test
    void ageBandsDownAndNumberedGradesAcrossUnderAGradeBanner() throws Exception {
        Random rnd = new Random(5103);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Section C");
        Sheets.row(sh, 0, "School EMIS code:", "MW-3120044");
        Sheets.row(sh, 1, "School name:", "Chikwawa LEA");
        Sheets.row(sh, 3, "C1. PUPILS BY AGE, GRADE AND SEX");
        Sheets.row(sh, 4, "Age", "Grade");
        sh.addMergedRegion(new CellRangeAddress(4, 4, 1, 12));
        Object[] numbers = new Object[15];
        Object[] letters = new Object[15];
        for (int g = 1; g <= 6; g++) {
            numbers[2 * g - 1] = g;
            letters[2 * g - 1] = "M";
            letters[2 * g] = "F";
            sh.addMergedRegion(new CellRangeAddress(5, 5, 2 * g - 1, 2 * g));
        }
        numbers[13] = "Total";
        letters[13] = "M";
        letters[14] = "F";
        sh.addMergedRegion(new CellRangeAddress(5, 5, 13, 14));
        Sheets.row(sh, 5, numbers);
        Sheets.row(sh, 6, letters);
        String[] bands = {"Under 6", "6", "7", "8", "9", "10", "11", "Over 11"};
        String[] codes = {"-5", "6", "7", "8", "9", "10", "11", "12+"};
        int[][][] v = new int[bands.length][7][2]; // [age][grade][F, M]
        for (int a = 0; a < bands.length; a++) {
            Object[] row = new Object[15];
            row[0] = a == 0 || a == bands.length - 1 ? bands[a] : (Object) Integer.parseInt(bands[a]);
            int[] total = new int[2];
            for (int g = 1; g <= 6; g++) {
                // Pupils from two years under their grade's age (6 + grade − 1) to three over.
                int usual = 5 + g;
                int age = a == 0 ? 5 : a == bands.length - 1 ? 12 : 5 + a;
                boolean there = age >= usual - 2 && age <= usual + 3;
                for (int s = 0; s < 2; s++) {
                    v[a][g][s] = there ? rnd.nextInt(30) + 1 : 0;
                    total[s] += v[a][g][s];
                }
                row[2 * g - 1] = there ? v[a][g][1] : null;
                row[2 * g] = there ? v[a][g][0] : null;
            }
            row[13] = total[1];
            row[14] = total[0];
            Sheets.row(sh, 7 + a, row);
        }
        DraftedImports imports = imports();
        Run run = imports.draftCheckImport(wb, "chikwawa-2024.xlsx");
        assertTrue(run.json().contains("\"rows\" : \"age\""), run.json());
        assertClean(run, 1);
        try (Workbench w = imports.open()) {
            for (int g = 1; g <= 6; g++) {
                int[] all = new int[2];
                for (int a = 0; a < bands.length; a++) {
                    all[0] += v[a][g][0];
                    all[1] += v[a][g][1];
                }
                imports.assertEnrolment(w, "MW-3120044", g, all[0], all[1]);
            }
            assertEquals(v[0][1][0], value(w, "MW-3120044", Topic.ENROLMENT, 1, Sex.F, new AgeGroup(codes[0])),
                    "girls under 6 in grade 1");
            assertEquals(v[7][6][1], value(w, "MW-3120044", Topic.ENROLMENT, 6, Sex.M, new AgeGroup(codes[7])),
                    "boys over 11 in grade 6");
            assertEquals(v[3][2][1], value(w, "MW-3120044", Topic.ENROLMENT, 2, Sex.M, new AgeGroup(codes[3])),
                    "boys aged 8 in grade 2");
        }
    }

    // ---- 4. Pacific-style export: one row per school, year level (a number) and sex ---------------------------

    @Test
    void longExportWithNumberedYearLevelsAndOneRowPerSex() throws Exception {
        Random rnd = new Random(5104);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("qryEnrolmentExport");
        Sheets.row(sh, 0, "SchoolID", "SchoolName", "Year Level", "Gender", "Enrolment", "Repeaters");
        Map<String, int[][][]> expected = new LinkedHashMap<>(); // school → [level][F, M][enrol, rep]
        int r = 1;
        for (String school : new String[] {"FJ0102", "FJ0117", "FJ0240"}) {
            int[][][] e = new int[9][2][2];
            expected.put(school, e);
            for (int level = 1; level <= 8; level++) {
                for (int s = 1; s >= 0; s--) {
                    e[level][s][0] = rnd.nextInt(40) + 1;
                    e[level][s][1] = rnd.nextInt(3);
                    Sheets.row(sh, r++, school, "School " + school, level, s == 0 ? "F" : "M", e[level][s][0],
                            e[level][s][1]);
                }
            }
        }
        DraftedImports imports = imports();
        Run run = imports.draftCheckImport(wb, "fiji-enrolment-2024.xlsx");
        assertTrue(run.json().contains("\"field\" : \"row.grade\""), run.json());
        assertTrue(run.json().contains("\"field\" : \"row.sex\""), run.json());
        assertClean(run, 3);
        assertEquals(3 * 8 * 2 * 2, run.result().valuesStored());
        try (Workbench w = imports.open()) {
            for (var school : expected.entrySet()) {
                for (int level = 1; level <= 8; level++) {
                    int[][] e = school.getValue()[level];
                    imports.assertEnrolment(w, school.getKey(), level, e[0][0], e[1][0]);
                    imports.assertFigure(w, school.getKey(), Topic.REPEATERS, level, e[0][1], e[1][1]);
                }
            }
        }
    }

    // ---- 5. District file: "Enrolment by grade" merged over 1 … 6 merged over Boys | Girls; district
    //         subtotals interleaved, a grand total at the bottom ------------------------------------------------

    @Test
    void districtFileWithNumberedGradesUnderABannerAndSubtotalsInterleaved() throws Exception {
        Random rnd = new Random(5105);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Primary");
        Sheets.row(sh, 0, "EASTERN PROVINCE — PRIMARY SCHOOLS CENSUS 2024");
        Sheets.row(sh, 2, "District", "EMIS No", "Name of school", "Enrolment by grade");
        sh.addMergedRegion(new CellRangeAddress(2, 2, 3, 14));
        Object[] numbers = new Object[15];
        Object[] sexes = new Object[15];
        for (int g = 1; g <= 6; g++) {
            numbers[1 + 2 * g] = g;
            sexes[1 + 2 * g] = "Boys";
            sexes[2 + 2 * g] = "Girls";
            sh.addMergedRegion(new CellRangeAddress(3, 3, 1 + 2 * g, 2 + 2 * g));
        }
        Sheets.row(sh, 3, numbers);
        Sheets.row(sh, 4, sexes);
        Map<String, int[]> expected = new LinkedHashMap<>(); // school → [grade*2 + (0 boys, 1 girls)]
        int[] grand = new int[12];
        int r = 5;
        String[] districts = {"Chipata", "Katete", "Petauke"};
        for (int d = 0; d < districts.length; d++) {
            int[] sub = new int[12];
            for (int s = 0; s < 2 + d; s++) {
                String code = "EP" + (100 + 10 * d + s);
                int[] v = new int[12];
                Object[] row = new Object[15];
                row[0] = districts[d];
                row[1] = code;
                row[2] = "School " + code;
                for (int i = 0; i < 12; i++) {
                    v[i] = rnd.nextInt(60) + 1;
                    sub[i] += v[i];
                    grand[i] += v[i];
                    row[3 + i] = v[i];
                }
                expected.put(code, v);
                Sheets.row(sh, r++, row);
            }
            Object[] subtotal = new Object[15];
            subtotal[0] = districts[d] + " Total";
            for (int i = 0; i < 12; i++) {
                subtotal[3 + i] = sub[i];
            }
            Sheets.row(sh, r++, subtotal);
        }
        Object[] total = new Object[15];
        total[0] = "Grand Total";
        for (int i = 0; i < 12; i++) {
            total[3 + i] = grand[i];
        }
        Sheets.row(sh, r, total);
        DraftedImports imports = imports();
        Run run = imports.draftCheckImport(wb, "eastern-2024.xlsx");
        FileResult f = run.result();
        assertTrue(run.json().contains("{grade} {sex}") && !run.json().contains("}.0"),
                "the number cell's 1.0 is the grade itself: " + run.json());
        assertClean(run, expected.size());
        assertEquals(expected.size() * 12L, f.valuesStored(), "no subtotal nor total stored");
        assertEquals(4, f.skipped().getOrDefault(SkipReason.TOTAL_ROW, 0), "three subtotals and the grand total: "
                + f.skipped());
        try (Workbench w = imports.open()) {
            for (var e : expected.entrySet()) {
                for (int g = 1; g <= 6; g++) {
                    imports.assertEnrolment(w, e.getKey(), g, e.getValue()[2 * g - 1], e.getValue()[2 * g - 2]);
                }
            }
            assertEquals("Katete", imports.school(w, "EP111").district());
            assertEquals("Primary!E6", w.whereFrom("EP100", YEAR, Topic.ENROLMENT, 1, Sex.F, AgeGroup.ALL)
                    .orElseThrow().source().sheetCell(), "girls of grade 1 of the first school");
        }
    }

    // ---- 6. The same numbers under "Age", or under nothing, are not grades -----------------------------------

    @Test
    void numbersUnderAgeOrUnderNothingAreNeverTakenForGrades() throws Exception {
        for (String banner : new String[] {"Age", null}) {
            XSSFWorkbook wb = new XSSFWorkbook();
            Sheet sh = wb.createSheet("Pupils");
            int top = banner == null ? 0 : 1;
            Sheets.row(sh, 0, "School code", "School name", banner);
            if (banner != null) {
                sh.addMergedRegion(new CellRangeAddress(0, 0, 2, 13));
            }
            Object[] numbers = new Object[14];
            Object[] sexes = new Object[14];
            if (banner == null) {
                numbers[0] = "School code";
                numbers[1] = "School name";
            }
            for (int k = 0; k < 6; k++) {
                numbers[2 + 2 * k] = (banner == null ? 1 : 6) + k;
                sexes[2 + 2 * k] = "Boys";
                sexes[3 + 2 * k] = "Girls";
                sh.addMergedRegion(new CellRangeAddress(top, top, 2 + 2 * k, 3 + 2 * k));
            }
            Sheets.row(sh, top, numbers);
            Sheets.row(sh, top + 1, sexes);
            for (int s = 0; s < 3; s++) {
                Object[] row = new Object[14];
                row[0] = "NB" + s;
                row[1] = "School " + s;
                for (int c = 2; c < 14; c++) {
                    row[c] = 10 + s + c;
                }
                Sheets.row(sh, top + 2 + s, row);
            }
            Path folder = java.nio.file.Files.createDirectories(dir.resolve(banner == null ? "bare" : "age"));
            Run run = imports().draftCheckImport(wb, folder, "ages-" + (banner == null ? "bare" : "age") + "-2024.xlsx");
            assertFalse(run.json().contains("{grade}"), "no grade read from a number: " + run.json());
            assertTrue(run.check().unreadNumberColumns() > 0, "the figures are shown unread: " + run.check().sheets());
            // The import reads not one figure cell yet would add the schools: refused whole, naming them (0051).
            assertEquals(FileOutcome.FAILED, run.result().outcome(), run.result().message());
            assertTrue(run.result().message().contains("would add 3 school(s) the workspace does not hold"
                    + " (Pupils!A" + (top + 3) + " NB0,"), run.result().message());
            assertTrue(run.result().message().contains("its figures left unread"), run.result().message());
            assertEquals(0, run.result().valuesStored(), "nothing invented");
        }
    }

    // ---- 7. Malawi-style return: a row per standard, "Enrolment" merged over Boys | Girls | Total beside
    //         "Repeaters" merged over Boys | Girls, a Total row --------------------------------------------------

    @Test
    void enrolmentAndRepeatersSideBySideUnderBandsWithARowPerStandard() throws Exception {
        Random rnd = new Random(5107);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Section B");
        Sheets.row(sh, 0, "EMIS Code:", "MW-2207");
        Sheets.row(sh, 1, "Name of school:", "Nsanje CDSS Feeder");
        Sheets.row(sh, 3, "B2. ENROLMENT AND REPEATERS BY STANDARD AND SEX");
        Sheets.row(sh, 4, "Standard", "Enrolment", null, null, "Repeaters", null);
        sh.addMergedRegion(new CellRangeAddress(4, 4, 1, 3));
        sh.addMergedRegion(new CellRangeAddress(4, 4, 4, 5));
        Sheets.row(sh, 5, null, "Boys", "Girls", "Total", "Boys", "Girls");
        int[][][] v = new int[9][2][2]; // [std][F, M][enrolment, repeaters]
        int[][] sums = new int[2][2];
        for (int g = 1; g <= 8; g++) {
            for (int s = 0; s < 2; s++) {
                v[g][s][0] = rnd.nextInt(90) + 10;
                v[g][s][1] = rnd.nextInt(10);
                sums[s][0] += v[g][s][0];
                sums[s][1] += v[g][s][1];
            }
            Sheets.row(sh, 5 + g, "Std " + g, v[g][1][0], v[g][0][0], v[g][0][0] + v[g][1][0], v[g][1][1], v[g][0][1]);
        }
        // The Total row: the girls repeating typed over by two.
        Sheets.row(sh, 14, "Total", sums[1][0], sums[0][0], sums[0][0] + sums[1][0], sums[1][1], sums[0][1] + 2);
        DraftedImports imports = imports();
        Run run = imports.draftCheckImport(wb, "nsanje-2024.xlsx");
        FileResult f = run.result();
        assertTrue(run.json().contains("\"band\" : [ \"Repeaters\" ]"), run.json());
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message() + "\n" + run.json());
        DraftedImports.assertNoUnread(run);
        assertEquals(0, count(f, "VALUE_CLASH"), "repeaters are no second enrolment: " + f.problems());
        assertEquals(1, count(f, "TOTAL_MISMATCH"), f.problems() + "\n" + run.json());
        assertEquals("Section B!F15", first(f, "TOTAL_MISMATCH"));
        assertEquals(1, f.problemCount(), f.problems().toString());
        assertEquals(8 * 2 * 2, f.valuesStored());
        try (Workbench w = imports.open()) {
            for (int g = 1; g <= 8; g++) {
                imports.assertEnrolment(w, "MW-2207", g, v[g][0][0], v[g][1][0]);
                imports.assertFigure(w, "MW-2207", Topic.REPEATERS, g, v[g][0][1], v[g][1][1]);
            }
            assertEquals("Section B!F9", w.whereFrom("MW-2207", YEAR, Topic.REPEATERS, 3, Sex.F, AgeGroup.ALL)
                    .orElseThrow().source().sheetCell(), "girls repeating Std 3, under the Repeaters band");
        }
    }

    @Test
    void aBandIsOnlyForATableWhoseRowsAreGrades() {
        String json = """
                {"id": "bands", "version": 1, "layout": "grid", "sheets": [{"names": ["Form"],
                  "labels": [{"labels": ["School code"], "field": "school.code"}],
                  "grids": [{"field": "repeaters", "titles": ["Pupils"], "rows": "age", "band": ["Repeaters"]}]}]}
                """;
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.emisworkbench.template.TemplateException.class,
                () -> org.emisworkbench.template.TemplateLoader.parse(json, "bands.json", null));
        assertTrue(e.getMessage().contains("$.sheets[0].grids[0].band"), e.getMessage());
    }

    // ---- 8. Francophone form: "Classe" merged over 1 … 6 and Total, a Garçons row, a Filles row, a Total row -----

    @Test
    void garconsAndFillesRowsUnderNumberedClassesWithATotalRow() throws Exception {
        Random rnd = new Random(5108);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Fiche");
        Sheets.row(sh, 0, "Code établissement :", "CI-55012");
        Sheets.row(sh, 1, "Nom de l'établissement :", "EPP Bouaké Commerce 2");
        Sheets.row(sh, 3, "II. Effectifs des élèves par classe");
        Sheets.row(sh, 4, null, "Classe");
        sh.addMergedRegion(new CellRangeAddress(4, 4, 1, 7));
        Sheets.row(sh, 5, "Sexe", 1, 2, 3, 4, 5, 6, "Total");
        int[][] v = new int[7][2]; // [class][F, M]
        Object[] garcons = new Object[8];
        Object[] filles = new Object[8];
        Object[] total = new Object[8];
        garcons[0] = "Garçons";
        filles[0] = "Filles";
        total[0] = "Total";
        int[] all = new int[2];
        for (int g = 1; g <= 6; g++) {
            v[g][0] = rnd.nextInt(60) + 5;
            v[g][1] = rnd.nextInt(60) + 5;
            all[0] += v[g][0];
            all[1] += v[g][1];
            garcons[g] = v[g][1];
            filles[g] = v[g][0];
            total[g] = v[g][0] + v[g][1];
        }
        garcons[7] = all[1];
        filles[7] = all[0];
        total[7] = all[0] + all[1];
        Sheets.row(sh, 6, garcons);
        Sheets.row(sh, 7, filles);
        Sheets.row(sh, 8, total);
        DraftedImports imports = imports();
        Run run = imports.draftCheckImport(wb, "bouake-2024.xlsx");
        assertTrue(run.json().contains("\"sexLayout\" : \"rows\""), run.json());
        assertClean(run, 1);
        assertEquals(6 * 2, run.result().valuesStored());
        try (Workbench w = imports.open()) {
            for (int g = 1; g <= 6; g++) {
                imports.assertEnrolment(w, "CI-55012", g, v[g][0], v[g][1]);
            }
            assertEquals("Fiche!E8", w.whereFrom("CI-55012", YEAR, Topic.ENROLMENT, 4, Sex.F, AgeGroup.ALL)
                    .orElseThrow().source().sheetCell(), "girls of class 4, on the Filles row");
        }
    }

    // ---- 9. Uganda-style return: an enrolment table and a repeaters table side by side on the same rows, each
    //         under its own title, classes P1 … P7 -----------------------------------------------------------------

    @Test
    void enrolmentAndRepeatersTablesSideBySideEachUnderItsTitle() throws Exception {
        Random rnd = new Random(5109);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Return");
        Sheets.row(sh, 0, "School code:", "UG-004417");
        Sheets.row(sh, 1, "Name of school:", "Mbale Municipal P/S");
        Sheets.row(sh, 3, "ENROLMENT BY CLASS", null, null, null, null, "REPEATERS BY CLASS");
        Sheets.row(sh, 4, "Class", "Boys", "Girls", "Total", null, "Class", "Boys", "Girls");
        int[][][] v = new int[8][2][2]; // [class][F, M][enrolment, repeaters]
        for (int g = 1; g <= 7; g++) {
            for (int s = 0; s < 2; s++) {
                v[g][s][0] = rnd.nextInt(120) + 20;
                v[g][s][1] = rnd.nextInt(12);
            }
            Sheets.row(sh, 4 + g, "P" + g, v[g][1][0], v[g][0][0], v[g][0][0] + v[g][1][0], null, "P" + g, v[g][1][1],
                    v[g][0][1]);
        }
        DraftedImports imports = imports();
        Run run = imports.draftCheckImport(wb, "mbale-2024.xlsx");
        assertTrue(run.json().contains("\"band\" : [ \"REPEATERS BY CLASS\" ]"), run.json());
        assertClean(run, 1);
        assertEquals(7 * 2 * 2, run.result().valuesStored());
        try (Workbench w = imports.open()) {
            for (int g = 1; g <= 7; g++) {
                imports.assertEnrolment(w, "UG-004417", g, v[g][0][0], v[g][1][0]);
                imports.assertFigure(w, "UG-004417", Topic.REPEATERS, g, v[g][0][1], v[g][1][1]);
            }
            assertEquals("Return!H10", w.whereFrom("UG-004417", YEAR, Topic.REPEATERS, 5, Sex.F, AgeGroup.ALL)
                    .orElseThrow().source().sheetCell(), "girls repeating P5, in the table on the right");
        }
    }

    // ---- 10. Classes numbered 1 … 4 down, an M row and an F row for each, age bands across ----------------------

    @Test
    void numberedClassesWithASexColumnAndAgeBandsAcross() throws Exception {
        Random rnd = new Random(5110);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Return");
        Sheets.row(sh, 0, "School code:", "SL-21090");
        Sheets.row(sh, 2, "PUPILS BY CLASS, AGE AND SEX");
        Sheets.row(sh, 3, "Class", "Sex", "Under 6", 6, 7, 8, 9, "Over 9", "Total");
        String[] codes = {"-5", "6", "7", "8", "9", "10+"};
        int[][][] v = new int[5][2][codes.length]; // [class][F, M][age]
        for (int g = 1; g <= 4; g++) {
            for (int s = 1; s >= 0; s--) {
                Object[] row = new Object[9];
                row[0] = s == 1 ? (Object) g : null;
                row[1] = s == 1 ? "M" : "F";
                int total = 0;
                for (int a = 0; a < codes.length; a++) {
                    v[g][s][a] = rnd.nextInt(15);
                    total += v[g][s][a];
                    row[2 + a] = v[g][s][a];
                }
                row[8] = total;
                Sheets.row(sh, 2 + 2 * g + (1 - s), row);
            }
        }
        DraftedImports imports = imports();
        Run run = imports.draftCheckImport(wb, "bo-2024.xlsx");
        assertTrue(run.json().contains("\"sexLayout\" : \"rows\""), run.json());
        assertClean(run, 1);
        assertEquals(4 * 2 * codes.length, run.result().valuesStored());
        try (Workbench w = imports.open()) {
            for (int g = 1; g <= 4; g++) {
                int[] all = new int[2];
                for (int s = 0; s < 2; s++) {
                    for (int a = 0; a < codes.length; a++) {
                        all[s] += v[g][s][a];
                    }
                }
                imports.assertEnrolment(w, "SL-21090", g, all[0], all[1]);
            }
            assertEquals(v[3][0][5], value(w, "SL-21090", Topic.ENROLMENT, 3, Sex.F, new AgeGroup("10+")),
                    "girls over 9 in class 3");
            assertEquals(v[1][1][0], value(w, "SL-21090", Topic.ENROLMENT, 1, Sex.M, new AgeGroup("-5")),
                    "boys under 6 in class 1");
        }
    }
}
