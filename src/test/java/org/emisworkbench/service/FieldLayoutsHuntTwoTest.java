package org.emisworkbench.service;

import static org.emisworkbench.service.DraftedImports.assertClean;
import static org.emisworkbench.service.DraftedImports.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.service.DraftedImports.Run;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second hunt for returns the drafter still got wrong. First the gaps the first hunt left: enrolment and
 * repeaters side by side under bands when the grade heading ({@code Std}, {@code Grade}) stands on the band row
 * or is merged down over both header rows; two bands of one topic ({@code Day}, {@code Boarding}) that add up.
 * Then layouts none of the other corpora has. Each workbook is written here, drafted, checked and imported with
 * its draft; every figure stored and its cell are compared with what this test wrote.
 */
class FieldLayoutsHuntTwoTest {
    private static final int YEAR = 2024;

    @TempDir
    Path dir;

    private DraftedImports imports() {
        return new DraftedImports(dir, YEAR, new TemplateWorkshop(TemplateCatalog.load(null)));
    }

    private static String source(Workbench w, String school, Topic topic, int grade, Sex sex) {
        return w.whereFrom(school, YEAR, topic, grade, sex, AgeGroup.ALL)
                .orElseThrow(() -> new AssertionError(school + " " + topic + " G" + grade + " " + sex))
                .source().sheetCell();
    }

    // ---- 1. Gap (a): numbered standards; "Std" on the band row, or merged down over both header rows ------------

    @Test
    void bandsWithTheGradeHeadingOnTheBandRowOrMergedDown() throws Exception {
        for (boolean merged : new boolean[] {false, true}) {
            Random rnd = new Random(merged ? 6102 : 6101);
            XSSFWorkbook wb = new XSSFWorkbook();
            Sheet sh = wb.createSheet("Section B");
            Sheets.row(sh, 0, "EMIS Code:", "MW-3301");
            Sheets.row(sh, 1, "Name of school:", "Zomba Central");
            Sheets.row(sh, 3, "B2. PUPILS BY STANDARD AND SEX");
            Sheets.row(sh, 4, merged ? "Grade" : "Std", "Enrolment", null, null, "Repeaters", null);
            sh.addMergedRegion(new CellRangeAddress(4, 4, 1, 3));
            sh.addMergedRegion(new CellRangeAddress(4, 4, 4, 5));
            if (merged) {
                sh.addMergedRegion(new CellRangeAddress(4, 5, 0, 0));
            }
            Sheets.row(sh, 5, null, "Boys", "Girls", "Total", "Boys", "Girls");
            int[][][] v = new int[9][2][2]; // [std][F, M][enrolment, repeaters]
            for (int g = 1; g <= 8; g++) {
                for (int s = 0; s < 2; s++) {
                    v[g][s][0] = rnd.nextInt(90) + 10;
                    v[g][s][1] = rnd.nextInt(10);
                }
                Sheets.row(sh, 5 + g, g, v[g][1][0], v[g][0][0], v[g][0][0] + v[g][1][0], v[g][1][1], v[g][0][1]);
            }
            Path folder = java.nio.file.Files.createDirectories(dir.resolve(merged ? "merged" : "band-row"));
            DraftedImports imports = new DraftedImports(folder, YEAR, new TemplateWorkshop(TemplateCatalog.load(null)));
            Run run = imports.draftCheckImport(wb, "zomba-2024.xlsx");
            assertTrue(run.json().contains("\"band\" : [ \"Repeaters\" ]"), run.json());
            assertClean(run, 1);
            assertEquals(8 * 2 * 2, run.result().valuesStored());
            try (Workbench w = imports.open()) {
                for (int g = 1; g <= 8; g++) {
                    imports.assertEnrolment(w, "MW-3301", g, v[g][0][0], v[g][1][0]);
                    imports.assertFigure(w, "MW-3301", Topic.REPEATERS, g, v[g][0][1], v[g][1][1]);
                }
                assertEquals("Section B!F9", source(w, "MW-3301", Topic.REPEATERS, 3, Sex.F));
                assertEquals("Section B!B7", source(w, "MW-3301", Topic.ENROLMENT, 1, Sex.M));
            }
        }
    }

    // ---- 2. Gap (b): "Day" and "Boarding" bands, each over Boys | Girls | Total: both enrolment, added up -------

    @Test
    void dayAndBoardingBandsAddUpIntoEnrolment() throws Exception {
        Random rnd = new Random(6103);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enrolment");
        Sheets.row(sh, 0, "School code:", "KE-88120");
        Sheets.row(sh, 1, "School name:", "Kapsabet Boys and Girls");
        Sheets.row(sh, 3, "ENROLMENT BY CLASS AND SEX");
        Sheets.row(sh, 4, null, "Day", null, null, "Boarding", null, null);
        sh.addMergedRegion(new CellRangeAddress(4, 4, 1, 3));
        sh.addMergedRegion(new CellRangeAddress(4, 4, 4, 6));
        Sheets.row(sh, 5, "Class", "Boys", "Girls", "Total", "Boys", "Girls", "Total");
        int[][][] v = new int[9][2][2]; // [class][F, M][day, boarding]
        for (int g = 1; g <= 8; g++) {
            for (int s = 0; s < 2; s++) {
                v[g][s][0] = rnd.nextInt(60) + 5;
                v[g][s][1] = rnd.nextInt(40);
            }
            Sheets.row(sh, 5 + g, "Class " + g, v[g][1][0], v[g][0][0], v[g][1][0] + v[g][0][0], v[g][1][1],
                    v[g][0][1], v[g][1][1] + v[g][0][1]);
        }
        DraftedImports imports = imports();
        Run run = imports.draftCheckImport(wb, "kapsabet-2024.xlsx");
        assertTrue(run.json().contains("\"band\" : [ \"Day\", \"Boarding\" ]"), run.json());
        assertClean(run, 1);
        assertEquals(0, count(run.result(), "VALUE_CLASH"));
        assertEquals(8 * 2, run.result().valuesStored(), "one enrolment figure per class and sex");
        try (Workbench w = imports.open()) {
            for (int g = 1; g <= 8; g++) {
                imports.assertEnrolment(w, "KE-88120", g, v[g][0][0] + v[g][0][1], v[g][1][0] + v[g][1][1]);
            }
            assertEquals("Enrolment!C9+F9", source(w, "KE-88120", Topic.ENROLMENT, 3, Sex.F),
                    "girls of class 3: the day and the boarding cell");
        }
    }

    // ---- 3. A legacy .xls form: "Std" merged down over Day | Boarding bands over B | G, standards 1 … 8, a Total row

    @Test
    void legacyXlsFormWithDayAndBoardingBandsOverNumberedStandards() throws Exception {
        Random rnd = new Random(6104);
        HSSFWorkbook wb = new HSSFWorkbook();
        Sheet sh = wb.createSheet("FORM 1");
        Sheets.row(sh, 0, "MINISTRY OF EDUCATION - ANNUAL SCHOOL CENSUS");
        Sheets.row(sh, 2, "EMIS Code:", null, "NA-51044");
        Sheets.row(sh, 3, "Name of school:", null, "Oshakati Combined");
        Sheets.row(sh, 5, "Table 1. Learners by standard, boarding status and sex");
        Sheets.row(sh, 6, "Std", "Day", null, "Boarding", null);
        sh.addMergedRegion(new CellRangeAddress(6, 7, 0, 0));
        sh.addMergedRegion(new CellRangeAddress(6, 6, 1, 2));
        sh.addMergedRegion(new CellRangeAddress(6, 6, 3, 4));
        Sheets.row(sh, 7, null, "Boys", "Girls", "Boys", "Girls");
        int[][][] v = new int[9][2][2]; // [std][F, M][day, boarding]
        int[][] sums = new int[2][2];
        for (int g = 1; g <= 8; g++) {
            for (int s = 0; s < 2; s++) {
                v[g][s][0] = rnd.nextInt(50) + 5;
                v[g][s][1] = g < 4 ? 0 : rnd.nextInt(25); // boarding from standard 4
                sums[s][0] += v[g][s][0];
                sums[s][1] += v[g][s][1];
            }
            Sheets.row(sh, 7 + g, g, v[g][1][0], v[g][0][0], g < 4 ? null : (Object) v[g][1][1],
                    g < 4 ? null : (Object) v[g][0][1]);
        }
        Sheets.row(sh, 16, "Total", sums[1][0], sums[0][0], sums[1][1], sums[0][1]);
        DraftedImports imports = imports();
        Run run = imports.draftCheckImport(wb, "oshakati-2024.xls");
        assertTrue(run.json().contains("\"band\" : [ \"Day\", \"Boarding\" ]"), run.json());
        assertClean(run, 1);
        assertEquals(8 * 2, run.result().valuesStored());
        try (Workbench w = imports.open()) {
            for (int g = 1; g <= 8; g++) {
                imports.assertEnrolment(w, "NA-51044", g, v[g][0][0] + v[g][0][1], v[g][1][0] + v[g][1][1]);
            }
            assertEquals("FORM 1!C10", source(w, "NA-51044", Topic.ENROLMENT, 2, Sex.F), "no boarders in Std 2");
            assertEquals("FORM 1!B14+D14", source(w, "NA-51044", Topic.ENROLMENT, 6, Sex.M));
        }
    }

    // ---- 4. Wide sheet: "Grade 1" … "Grade 4" merged over "Enrolled" and "Repeaters", each merged over Boys | Girls

    @Test
    void gradeOverTopicOverSexOnAThreeRowHeader() throws Exception {
        Random rnd = new Random(6105);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Schools");
        Object[] top = new Object[18];
        Object[] middle = new Object[18];
        Object[] bottom = new Object[18];
        top[0] = "School code";
        top[1] = "School name";
        sh.addMergedRegion(new CellRangeAddress(0, 2, 0, 0));
        sh.addMergedRegion(new CellRangeAddress(0, 2, 1, 1));
        for (int g = 1; g <= 4; g++) {
            int c = 2 + 4 * (g - 1);
            top[c] = "Grade " + g;
            sh.addMergedRegion(new CellRangeAddress(0, 0, c, c + 3));
            middle[c] = "Enrolled";
            middle[c + 2] = "Repeaters";
            sh.addMergedRegion(new CellRangeAddress(1, 1, c, c + 1));
            sh.addMergedRegion(new CellRangeAddress(1, 1, c + 2, c + 3));
            bottom[c] = "Boys";
            bottom[c + 1] = "Girls";
            bottom[c + 2] = "Boys";
            bottom[c + 3] = "Girls";
        }
        Sheets.row(sh, 0, top);
        Sheets.row(sh, 1, middle);
        Sheets.row(sh, 2, bottom);
        Map<String, int[][][]> expected = new LinkedHashMap<>(); // school → [grade][F, M][enrolled, repeaters]
        for (int i = 0; i < 5; i++) {
            String code = "LS-" + (3100 + 7 * i);
            int[][][] v = new int[5][2][2];
            Object[] row = new Object[18];
            row[0] = code;
            row[1] = "School " + i;
            for (int g = 1; g <= 4; g++) {
                int c = 2 + 4 * (g - 1);
                for (int s = 0; s < 2; s++) {
                    v[g][s][0] = rnd.nextInt(80) + 10;
                    v[g][s][1] = rnd.nextInt(9);
                }
                row[c] = v[g][1][0];
                row[c + 1] = v[g][0][0];
                row[c + 2] = v[g][1][1];
                row[c + 3] = v[g][0][1];
            }
            expected.put(code, v);
            Sheets.row(sh, 3 + i, row);
        }
        DraftedImports imports = imports();
        Run run = imports.draftCheckImport(wb, "maseru-2024.xlsx");
        assertClean(run, expected.size());
        assertEquals(expected.size() * 4 * 2 * 2L, run.result().valuesStored());
        try (Workbench w = imports.open()) {
            for (var e : expected.entrySet()) {
                for (int g = 1; g <= 4; g++) {
                    int[][] v = e.getValue()[g];
                    imports.assertEnrolment(w, e.getKey(), g, v[0][0], v[1][0]);
                    imports.assertFigure(w, e.getKey(), Topic.REPEATERS, g, v[0][1], v[1][1]);
                }
            }
            assertEquals("Schools!N5", source(w, "LS-3107", Topic.REPEATERS, 3, Sex.F), "girls repeating grade 3");
        }
    }

    // ---- 5. An instructions sheet first, a hidden lists sheet, the data sheet third ---------------------------------

    @Test
    void instructionsSheetFirstAndAHiddenListsSheet() throws Exception {
        Random rnd = new Random(6106);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet help = wb.createSheet("Instructions");
        Sheets.row(help, 0, "HOW TO FILL IN THIS RETURN");
        Sheets.row(help, 2, "1.", "Enter the School code exactly as on the master list (column A of the Data sheet).");
        Sheets.row(help, 3, "2.", "Give Boys and Girls for every Grade; leave a cell blank when there are none.");
        Sheets.row(help, 4, "3.", "Do not change the headers. Totals are computed by the Ministry.");
        Sheets.row(help, 6, "Field", "Meaning");
        Sheets.row(help, 7, "School code", "The school's EMIS number");
        Sheets.row(help, 8, "Grade 1 Boys", "Boys enrolled in Grade 1 on census day");
        Sheet lists = wb.createSheet("Lists");
        for (int g = 1; g <= 6; g++) {
            Sheets.row(lists, g - 1, "Grade " + g, g <= 2 ? (g == 1 ? "Boys" : "Girls") : null);
        }
        wb.setSheetHidden(1, true);
        Sheet sh = wb.createSheet("Data");
        Object[] header = new Object[15];
        header[0] = "School code";
        header[1] = "School name";
        header[2] = "District";
        for (int g = 1; g <= 6; g++) {
            header[1 + 2 * g] = "Grade " + g + " Boys";
            header[2 + 2 * g] = "Grade " + g + " Girls";
        }
        Sheets.row(sh, 0, header);
        Map<String, int[][]> expected = new LinkedHashMap<>(); // school → [grade][F, M]
        for (int i = 0; i < 4; i++) {
            String code = "SZ" + (2200 + i);
            int[][] v = new int[7][2];
            Object[] row = new Object[15];
            row[0] = code;
            row[1] = "School " + i;
            row[2] = i < 2 ? "Hhohho" : "Manzini";
            for (int g = 1; g <= 6; g++) {
                v[g][0] = rnd.nextInt(70) + 1;
                v[g][1] = rnd.nextInt(70) + 1;
                row[1 + 2 * g] = v[g][1];
                row[2 + 2 * g] = v[g][0];
            }
            expected.put(code, v);
            Sheets.row(sh, 1 + i, row);
        }
        DraftedImports imports = imports();
        Run run = imports.draftCheckImport(wb, "eswatini-2024.xlsx");
        assertTrue(!run.json().contains("\"Instructions\""), "the instructions are no data: " + run.json());
        assertClean(run, expected.size());
        assertEquals(expected.size() * 6 * 2L, run.result().valuesStored());
        try (Workbench w = imports.open()) {
            for (var e : expected.entrySet()) {
                for (int g = 1; g <= 6; g++) {
                    imports.assertEnrolment(w, e.getKey(), g, e.getValue()[g][0], e.getValue()[g][1]);
                }
            }
            assertEquals("Manzini", imports.school(w, "SZ2203").district());
            assertEquals("Data!G3", source(w, "SZ2201", Topic.ENROLMENT, 2, Sex.F));
        }
    }

    // ---- 6. Numeric school numbers, "Year 1" … "Year 8" merged over Male | Female, the grand total first ---------

    @Test
    void grandTotalRowFirstAndNumericSchoolNumbersUnderYearsOverMaleFemale() throws Exception {
        Random rnd = new Random(6107);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Roll returns");
        Object[] top = new Object[19];
        Object[] sexes = new Object[19];
        top[0] = "School No";
        top[1] = "School Name";
        top[2] = "Authority";
        for (int y = 1; y <= 8; y++) {
            top[1 + 2 * y] = "Year " + y;
            sexes[1 + 2 * y] = "Male";
            sexes[2 + 2 * y] = "Female";
            sh.addMergedRegion(new CellRangeAddress(0, 0, 1 + 2 * y, 2 + 2 * y));
        }
        Sheets.row(sh, 0, top);
        Sheets.row(sh, 1, sexes);
        Map<Integer, int[][]> expected = new LinkedHashMap<>(); // school → [year][F, M]
        int[][] all = new int[9][2];
        for (int i = 0; i < 5; i++) {
            int code = 40101 + 13 * i;
            int[][] v = new int[9][2];
            Object[] row = new Object[19];
            row[0] = code;
            row[1] = "School " + code;
            row[2] = i % 2 == 0 ? "State" : "Catholic";
            for (int y = 1; y <= 8; y++) {
                for (int s = 0; s < 2; s++) {
                    v[y][s] = rnd.nextInt(45) + 1;
                    all[y][s] += v[y][s];
                }
                row[1 + 2 * y] = v[y][1];
                row[2 + 2 * y] = v[y][0];
            }
            expected.put(code, v);
            Sheets.row(sh, 3 + i, row);
        }
        Object[] total = new Object[19];
        total[1] = "TOTAL ALL SCHOOLS";
        for (int y = 1; y <= 8; y++) {
            total[1 + 2 * y] = all[y][1];
            total[2 + 2 * y] = all[y][0];
        }
        Sheets.row(sh, 2, total);
        DraftedImports imports = imports();
        Run run = imports.draftCheckImport(wb, "roll-returns-2024.xlsx");
        assertEquals(FileOutcome.IMPORTED, run.result().outcome(), run.result().message());
        assertEquals(expected.size(), run.result().schoolsAdded());
        DraftedImports.assertNoUnread(run);
        assertEquals(expected.size() * 8 * 2L, run.result().valuesStored(), "the grand total is no school");
        assertEquals(0, run.result().problemCount(), "the total printed first agrees with the schools below it, "
                + "Catholic is a faith school's authority: " + run.result().problems());
        try (Workbench w = imports.open()) {
            for (var e : expected.entrySet()) {
                for (int y = 1; y <= 8; y++) {
                    imports.assertEnrolment(w, Integer.toString(e.getKey()), y, e.getValue()[y][0],
                            e.getValue()[y][1]);
                }
            }
            assertEquals("Roll returns!Q5", source(w, "40114", Topic.ENROLMENT, 7, Sex.F));
            assertEquals("faith", imports.school(w, "40114").ownership());
        }
    }

    // ---- 7. Counts typed as text with non-breaking-space thousands ("1 234"), a dash for none ------------------

    @Test
    void textCountsWithNonBreakingSpaceThousandsAndDashes() throws Exception {
        Random rnd = new Random(6108);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enrolment");
        Sheets.row(sh, 0, "EMIS code", "School", "Grade 7 Boys", "Grade 7 Girls", "Grade 8 Boys", "Grade 8 Girls");
        Map<String, int[]> expected = new LinkedHashMap<>(); // school → [g7 F, g7 M, g8 F, g8 M]
        for (int i = 0; i < 6; i++) {
            String code = "ZW" + (7000 + i);
            int[] v = new int[4];
            Object[] row = new Object[6];
            row[0] = code;
            row[1] = "Secondary " + i;
            int[] order = {1, 0, 3, 2}; // Boys before Girls
            for (int k = 0; k < 4; k++) {
                int x = i == 2 && k == 3 ? 0 : 900 + rnd.nextInt(2500);
                v[order[k]] = x;
                String digits = Integer.toString(x);
                row[2 + k] = x == 0 ? "-" : x < 1000 ? digits
                        : digits.substring(0, digits.length() - 3) + (k % 2 == 0 ? "\u00A0" : "\u202F")
                        + digits.substring(digits.length() - 3);
            }
            expected.put(code, v);
            Sheets.row(sh, 1 + i, row);
        }
        DraftedImports imports = imports();
        Run run = imports.draftCheckImport(wb, "harare-secondary-2024.xlsx");
        assertEquals(FileOutcome.IMPORTED, run.result().outcome(), run.result().message());
        DraftedImports.assertNoUnread(run);
        assertEquals(0, count(run.result(), "NOT_A_NUMBER"), run.result().problems() + "\n" + run.json());
        assertEquals(expected.size() * 4L, run.result().valuesStored(), "the dash is a nil mark: " + run.json());
        assertEquals(expected.size(), run.result().schoolsAdded());
        try (Workbench w = imports.open()) {
            for (var e : expected.entrySet()) {
                imports.assertEnrolment(w, e.getKey(), 7, e.getValue()[0], e.getValue()[1]);
                imports.assertEnrolment(w, e.getKey(), 8, e.getValue()[2], e.getValue()[3]);
            }
            assertEquals("Enrolment!D3", source(w, "ZW7001", Topic.ENROLMENT, 7, Sex.F));
        }
    }

    // ---- 8. "ENROLMENT BY STANDARD AND SEX" over "Boys" and "Girls" banners over numbered standards 1 … 6 ------------

    @Test
    void sexBannersOverNumberedStandardsUnderATitleBand() throws Exception {
        Random rnd = new Random(6109);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Sheet1");
        Object[] band = new Object[14];
        Object[] sexes = new Object[14];
        Object[] numbers = new Object[14];
        band[0] = "EMIS No";
        band[1] = "Name of school";
        band[2] = "ENROLMENT BY STANDARD AND SEX";
        sh.addMergedRegion(new CellRangeAddress(0, 2, 0, 0));
        sh.addMergedRegion(new CellRangeAddress(0, 2, 1, 1));
        sh.addMergedRegion(new CellRangeAddress(0, 0, 2, 13));
        sexes[2] = "Boys";
        sexes[8] = "Girls";
        sh.addMergedRegion(new CellRangeAddress(1, 1, 2, 7));
        sh.addMergedRegion(new CellRangeAddress(1, 1, 8, 13));
        for (int g = 1; g <= 6; g++) {
            numbers[1 + g] = g;
            numbers[7 + g] = g;
        }
        Sheets.row(sh, 0, band);
        Sheets.row(sh, 1, sexes);
        Sheets.row(sh, 2, numbers);
        Map<String, int[][]> expected = new LinkedHashMap<>(); // school → [std][F, M]
        for (int i = 0; i < 4; i++) {
            String code = "MW" + (500100 + i);
            int[][] v = new int[7][2];
            Object[] row = new Object[14];
            row[0] = code;
            row[1] = "School " + i;
            for (int g = 1; g <= 6; g++) {
                v[g][0] = rnd.nextInt(90) + 1;
                v[g][1] = rnd.nextInt(90) + 1;
                row[1 + g] = v[g][1];
                row[7 + g] = v[g][0];
            }
            expected.put(code, v);
            Sheets.row(sh, 3 + i, row);
        }
        DraftedImports imports = imports();
        Run run = imports.draftCheckImport(wb, "mzuzu-2024.xlsx");
        assertClean(run, expected.size());
        assertEquals(expected.size() * 6 * 2L, run.result().valuesStored());
        try (Workbench w = imports.open()) {
            for (var e : expected.entrySet()) {
                for (int g = 1; g <= 6; g++) {
                    imports.assertEnrolment(w, e.getKey(), g, e.getValue()[g][0], e.getValue()[g][1]);
                }
            }
            assertEquals("Sheet1!K5", source(w, "MW500101", Topic.ENROLMENT, 3, Sex.F), "girls of standard 3");
        }
    }

    // ---- 9. Teachers by qualification down and Male | Female | Total across on a school form, a Total row ---------

    @Test
    void teachersByQualificationDownWithMaleFemaleTotalAcrossAndATotalRow() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Section D");
        Sheets.row(sh, 0, "School code:", "GM-1207");
        Sheets.row(sh, 1, "School name:", "Brikama Lower Basic");
        Sheets.row(sh, 3, "D1. TEACHERS BY QUALIFICATION AND SEX");
        Sheets.row(sh, 4, "Qualification", "Male", "Female", "Total");
        Sheets.row(sh, 5, "Qualified", 14, 21, 35);
        Sheets.row(sh, 6, "Unqualified", 5, 3, 8);
        Sheets.row(sh, 7, "Total", 19, 24, 43);
        DraftedImports imports = imports();
        Run run = imports.draftCheckImport(wb, "brikama-2024.xlsx");
        assertClean(run, 1);
        try (Workbench w = imports.open()) {
            var rows = new SchoolDetails(w).figures("GM-1207", YEAR, imports.school(w, "GM-1207").district());
            String all = rows.toString();
            assertTrue(rows.stream().anyMatch(r -> r.topic() == Topic.TEACHERS), all);
            var total = rows.stream().filter(r -> r.topic() == Topic.TEACHERS && r.slot() == 0).findFirst()
                    .orElseThrow(() -> new AssertionError(all));
            assertEquals(24, total.female(), all);
            assertEquals(19, total.male(), all);
            int qualified = Topic.TEACHERS.fixedSlots().indexOf("qualified");
            var q = rows.stream().filter(r -> r.topic() == Topic.TEACHERS && r.slot() == qualified).findFirst()
                    .orElseThrow(() -> new AssertionError(all));
            assertEquals(21, q.female(), all);
            assertEquals(14, q.male(), all);
        }
    }

    // ---- 10. Column numbers "(1) (2) (3) …" printed on the row under the header, as official forms number them --

    @Test
    void columnNumbersPrintedUnderTheHeader() throws Exception {
        Random rnd = new Random(6110);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Table 3");
        Sheets.row(sh, 0, "TABLE 3. ENROLMENT IN PRIMARY EDUCATION BY GRADE AND SEX");
        Object[] header = new Object[10];
        Object[] numbers = new Object[10];
        header[0] = "School code";
        header[1] = "School name";
        for (int g = 1; g <= 4; g++) {
            header[2 * g] = "Grade " + g + " M";
            header[2 * g + 1] = "Grade " + g + " F";
        }
        for (int c = 0; c < 10; c++) {
            numbers[c] = "(" + (c + 1) + ")";
        }
        Sheets.row(sh, 2, header);
        Sheets.row(sh, 3, numbers);
        Map<String, int[][]> expected = new LinkedHashMap<>(); // school → [grade][F, M]
        for (int i = 0; i < 4; i++) {
            String code = "BW-" + (61 + i);
            int[][] v = new int[5][2];
            Object[] row = new Object[10];
            row[0] = code;
            row[1] = "School " + i;
            for (int g = 1; g <= 4; g++) {
                v[g][0] = rnd.nextInt(60) + 1;
                v[g][1] = rnd.nextInt(60) + 1;
                row[2 * g] = v[g][1];
                row[2 * g + 1] = v[g][0];
            }
            expected.put(code, v);
            Sheets.row(sh, 4 + i, row);
        }
        DraftedImports imports = imports();
        Run run = imports.draftCheckImport(wb, "botswana-2024.xlsx");
        assertClean(run, expected.size());
        assertEquals(expected.size() * 4 * 2L, run.result().valuesStored());
        assertEquals(1, run.result().skipped().getOrDefault(org.emisworkbench.model.SkipReason.COLUMN_NUMBERS, 0),
                "the column numbers are skipped as such: " + run.result().skipped());
        try (Workbench w = imports.open()) {
            for (var e : expected.entrySet()) {
                for (int g = 1; g <= 4; g++) {
                    imports.assertEnrolment(w, e.getKey(), g, e.getValue()[g][0], e.getValue()[g][1]);
                }
            }
            assertEquals("Table 3!H6", source(w, "BW-62", Topic.ENROLMENT, 3, Sex.F));
        }
    }
}
