package org.emisworkbench.service;

import static org.emisworkbench.service.DraftedImports.assertClean;
import static org.emisworkbench.service.DraftedImports.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.emisworkbench.service.DraftedImports.Run;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.SkipReason;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Layouts real ministries use, written here in styles the sample generator never produces, each read
 * with the template the program drafts from the workbook itself (no hand-written template): the draft
 * must read every census column, the import must store exactly the figures written here (worked out
 * by this test, never by the code under test) with each figure's cell as its source, and rows that
 * are not schools (subtotals, grand totals, footnotes) must be skipped with a reason, never read as
 * schools. Where no guess is reasonable (Form 1 is grade 8 in one country, grade 9 in another), the
 * draft must leave the columns unread and a hand-written template reads them.
 */
class DraftedLayoutsTest {
    private static final int YEAR = 2024;

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    /** A drafted, checked and imported workbook. */
    // ---- Francophone primary CP1 … CM2 with G/F letters, lower secondary 6e … 3e -----------------------

    @Test
    void francophoneGradeNamesWithGarconsFillesLetters() throws Exception {
        Random rnd = new Random(101);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet prim = wb.createSheet("Primaire");
        String[] cp = {"CP1", "CP2", "CE1", "CE2", "CM1", "CM2"};
        List<Object> head = new ArrayList<>(List.of("Code école", "Nom de l'école"));
        for (String g : cp) {
            head.add(g + " G");
            head.add(g + " F");
        }
        Sheets.row(prim, 0, head.toArray());
        Sheet col = wb.createSheet("Collège");
        List<Object> head2 = new ArrayList<>(List.of("Code école", "Nom de l'école"));
        for (String g : new String[] {"6e", "5e", "4e", "3e"}) {
            head2.add(g + " Garçons");
            head2.add(g + " Filles");
        }
        Sheets.row(col, 0, head2.toArray());
        Map<String, int[]> expected = new LinkedHashMap<>(); // [grade 1..10][F, M] flattened: (g-1)*2 + (F=0, M=1)
        for (int s = 0; s < 5; s++) {
            String code = "BF-" + (2100 + s);
            int[] v = new int[20];
            List<Object> r = new ArrayList<>(List.of(code, "École " + s));
            List<Object> r2 = new ArrayList<>(List.of(code, "École " + s));
            for (int g = 1; g <= 10; g++) {
                v[(g - 1) * 2] = rnd.nextInt(60) + 1;
                v[(g - 1) * 2 + 1] = rnd.nextInt(60) + 1;
                List<Object> target = g <= 6 ? r : r2;
                target.add(v[(g - 1) * 2 + 1]); // garçons first
                target.add(v[(g - 1) * 2]);
            }
            expected.put(code, v);
            Sheets.row(prim, s + 1, r.toArray());
            Sheets.row(col, s + 1, r2.toArray());
        }
        Run run = draftCheckImport(wb, "ecoles-2024.xlsx");
        assertClean(run, 5);
        try (Workbench w = open()) {
            for (var e : expected.entrySet()) {
                for (int g = 1; g <= 10; g++) {
                    assertEnrolment(w, e.getKey(), g, e.getValue()[(g - 1) * 2], e.getValue()[(g - 1) * 2 + 1]);
                }
            }
            // CE1 girls of the first school: column G (C, D = CP1; E, F = CP2; G, H = CE1 G then F → H).
            var fig = w.whereFrom("BF-2100", YEAR, Topic.ENROLMENT, 3, Sex.F, AgeGroup.ALL).orElseThrow();
            assertEquals("Primaire!H2", fig.source().sheetCell());
            var sixth = w.whereFrom("BF-2101", YEAR, Topic.ENROLMENT, 7, Sex.M, AgeGroup.ALL).orElseThrow();
            assertEquals("Collège!C3", sixth.source().sheetCell(), "6e garçons is the seventh grade");
        }
    }

    // ---- Anglophone grade names: Std, Class, Year, P, Grade R ---------------------------------------------

    @Test
    void anglophoneGradeNames() throws Exception {
        String[][] styles = {
            {"Std %d Boys", "Std %d Girls", "8"},
            {"Class %d Boys", "Class %d Girls", "6"},
            {"Year %d M", "Year %d F", "8"},
            {"P%d Boys", "P%d Girls", "7"},
            {"Std %d B", "Std %d G", "8"},
            {"Grade %d Male", "Grade %d Female", "7"}};
        for (int k = 0; k < styles.length; k++) {
            Random rnd = new Random(200 + k);
            int grades = Integer.parseInt(styles[k][2]);
            boolean gradeR = k == styles.length - 1;
            XSSFWorkbook wb = new XSSFWorkbook();
            Sheet sh = wb.createSheet("Enrolment");
            List<Object> head = new ArrayList<>(List.of("School ID", "School name"));
            if (gradeR) {
                head.add("Grade R Male");
                head.add("Grade R Female");
            }
            for (int g = 1; g <= grades; g++) {
                head.add(String.format(styles[k][0], g));
                head.add(String.format(styles[k][1], g));
            }
            Sheets.row(sh, 0, head.toArray());
            Map<String, int[]> expected = new LinkedHashMap<>(); // [(g)*2 + (F=0,M=1)], g=0 pre-primary
            for (int s = 0; s < 4; s++) {
                String code = "EN" + k + "-" + s;
                int[] v = new int[(grades + 1) * 2];
                List<Object> r = new ArrayList<>(List.of(code, "School " + s));
                for (int g = gradeR ? 0 : 1; g <= grades; g++) {
                    v[g * 2] = rnd.nextInt(70) + 1;
                    v[g * 2 + 1] = rnd.nextInt(70) + 1;
                    r.add(v[g * 2 + 1]);
                    r.add(v[g * 2]);
                }
                expected.put(code, v);
                Sheets.row(sh, s + 1, r.toArray());
            }
            Path sub = Files.createDirectories(dir.resolve("style" + k));
            Run run = draftCheckImport(wb, sub, "census-2024.xlsx");
            assertClean(run, 4);
            try (Workbench w = Workbench.open(sub.resolve("w"))) {
                for (var e : expected.entrySet()) {
                    for (int g = gradeR ? 0 : 1; g <= grades; g++) {
                        int slot = g == 0 ? GradeSystem.standard().byCode("PP").orElseThrow().slot() : g;
                        assertEnrolment(w, e.getKey(), slot, e.getValue()[g * 2], e.getValue()[g * 2 + 1]);
                    }
                }
            }
        }
    }

    // ---- A district file: subtotal rows per district, a grand total, footnotes ---------------------------

    @Test
    void districtSubtotalsGrandTotalAndFootnotesAreNeverSchools() throws Exception {
        districtFile(new XSSFWorkbook(), "lakes-2024.xlsx");
    }

    /** The same district file as a legacy .xls (BIFF) workbook, as older tools still export. */
    @Test
    void districtFileAsALegacyXlsWorkbook() throws Exception {
        districtFile(new HSSFWorkbook(), "lakes-2024.xls");
    }

    private void districtFile(Workbook wb, String fileName) throws Exception {
        Random rnd = new Random(300);
        Sheet sh = wb.createSheet("Schools");
        Sheets.row(sh, 0, "PROVINCE OF THE LAKES — PRIMARY ENROLMENT 2024");
        Sheets.row(sh, 2, "District", "School code", "School name", "Grade 1 Boys", "Grade 1 Girls", "Grade 2 Boys",
                "Grade 2 Girls");
        Map<String, int[]> expected = new LinkedHashMap<>();
        int[] grand = new int[4];
        int r = 3;
        String[] districts = {"North", "South", "East"};
        for (int d = 0; d < 3; d++) {
            int[] sub = new int[4];
            for (int s = 0; s < 3 + d; s++) {
                String code = "LK" + d + s;
                int[] v = {rnd.nextInt(50) + 1, rnd.nextInt(50) + 1, rnd.nextInt(50) + 1, rnd.nextInt(50) + 1};
                expected.put(code, v);
                for (int i = 0; i < 4; i++) {
                    sub[i] += v[i];
                    grand[i] += v[i];
                }
                Sheets.row(sh, r++, districts[d], code, "School " + d + s, v[0], v[1], v[2], v[3]);
            }
            // A subtotal labelled under the district, one under the name ("Sous-total"), one in the code column;
            // the last one typed over by hand (one girl too many in Grade 2).
            if (d == 0) {
                Sheets.row(sh, r++, "Total District " + districts[d], null, null, sub[0], sub[1], sub[2], sub[3]);
            } else if (d == 1) {
                Sheets.row(sh, r++, null, null, "Sous-total " + districts[d], sub[0], sub[1], sub[2], sub[3]);
            } else {
                Sheets.row(sh, r++, districts[d], "Total", null, sub[0], sub[1], sub[2], sub[3] + 1);
            }
        }
        int typedOver = r; // 0-based row of the East subtotal + 1 = its 1-based number
        Sheets.row(sh, r++, "GRAND TOTAL", null, null, grand[0], grand[1], grand[2], grand[3]);
        r++;
        Sheets.row(sh, r++, "Source: Ministry of Education, Planning Unit");
        Sheets.row(sh, r++, "* Figures for East district are provisional.");
        Run run = draftCheckImport(wb, fileName);
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(expected.size(), f.schoolsAdded(), "schools: " + f.problems());
        assertEquals(expected.size() * 4L, f.valuesStored(), "no total is stored");
        assertEquals(1, count(f, "TOTAL_MISMATCH"), f.problems().toString());
        assertEquals("Schools!G" + typedOver, f.problems().get(0).firstCell(), "the East subtotal typed over");
        assertEquals(1, f.problemCount(), "no blank-key row, nothing else: " + f.problems());
        assertEquals(4, f.skipped().getOrDefault(SkipReason.TOTAL_ROW, 0),
                "three subtotals and the grand total: " + f.skipped());
        assertEquals(2, f.skipped().getOrDefault(SkipReason.NOTE_ROW, 0), "the source and the footnote: " + f.skipped());
        try (Workbench w = open()) {
            assertEquals(expected.size(), w.schools(YEAR, null).size());
            assertTrue(w.schools(YEAR, null).stream().noneMatch(x -> x.code().contains("TOTAL")));
            for (var e : expected.entrySet()) {
                assertEnrolment(w, e.getKey(), 1, e.getValue()[1], e.getValue()[0]);
                assertEnrolment(w, e.getKey(), 2, e.getValue()[3], e.getValue()[2]);
            }
            assertEquals("South", school(w, "LK10").district());
            assertEquals("Schools!E4", w.whereFrom("LK00", YEAR, Topic.ENROLMENT, 1, Sex.F, AgeGroup.ALL).orElseThrow()
                    .source().sheetCell(), "girls of Grade 1, first school on row 4 under the header of row 3");
        }
    }

    // ---- Numbers written as text: spaces, thousands separators, dashes, n/a ------------------------------

    @Test
    void numbersWrittenAsText() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Pupils");
        Sheets.row(sh, 0, "EMIS code", "School", "Grade 1 F", "Grade 1 M", "Grade 2 F", "Grade 2 M");
        Sheets.row(sh, 1, "NT1", "One", "12", " 12 ", "1 234", "1,234");
        Sheets.row(sh, 2, "NT2", "Two", "1\u00a0050", "7", "30", "31");
        Sheets.row(sh, 3, "NT3", "Three", "-", "–", "n/a", "8");
        Run run = draftCheckImport(wb, "text-numbers-2024.xlsx");
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(3, f.schoolsAdded());
        // The dashes are the workbook's nil marks (UIS: magnitude nil): the draft lists them, and each is read
        // as 0 and reported at its cell (decision 0013). "n/a" does not say how many pupils there are: a
        // not-available mark, reported, stored as missing (never as 0; decision 0043); everything else is a number.
        assertTrue(run.json().contains("\"nilMarks\" : [ \"-\", \"–\" ]"), run.json());
        assertEquals(2, count(f, "NIL_AS_ZERO"), f.problems().toString());
        assertEquals(1, count(f, "MARK_SET_ASIDE"), f.problems().toString());
        assertEquals(0, count(f, "NOT_A_NUMBER"), f.problems().toString());
        assertEquals(3, f.problemCount(), f.problems().toString());
        try (Workbench w = open()) {
            assertEnrolment(w, "NT1", 1, 12, 12);
            assertEnrolment(w, "NT1", 2, 1234, 1234);
            assertEnrolment(w, "NT2", 1, 1050, 7);
            assertEnrolment(w, "NT2", 2, 30, 31);
            assertEquals(8, w.whereFrom("NT3", YEAR, Topic.ENROLMENT, 2, Sex.M, AgeGroup.ALL).orElseThrow().value());
            assertEquals(0, w.whereFrom("NT3", YEAR, Topic.ENROLMENT, 1, Sex.F, AgeGroup.ALL).orElseThrow().value());
            assertEquals("Pupils!C4", w.whereFrom("NT3", YEAR, Topic.ENROLMENT, 1, Sex.F, AgeGroup.ALL).orElseThrow()
                    .source().sheetCell());
            assertEquals(null, w.whereFrom("NT3", YEAR, Topic.ENROLMENT, 2, Sex.F, AgeGroup.ALL).map(x -> x.value())
                    .orElse(null), "n/a is missing");
            assertEquals("Pupils!E2", w.whereFrom("NT1", YEAR, Topic.ENROLMENT, 2, Sex.F, AgeGroup.ALL).orElseThrow()
                    .source().sheetCell());
        }
    }

    // ---- Data from column C, a hidden column, sex before grade ----------------------------------------------

    @Test
    void dataFromColumnCWithAHiddenColumnAndSexBeforeGrade() throws Exception {
        Random rnd = new Random(500);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Data");
        Sheets.row(sh, 1, null, null, "School code", "Row id", "Girls G1", "Girls G2", "Girls G3", "Boys G1",
                "Boys G2", "Boys G3");
        sh.setColumnHidden(3, true);
        Map<String, int[]> expected = new LinkedHashMap<>();
        for (int s = 0; s < 4; s++) {
            String code = "HC" + s;
            int[] v = new int[6];
            for (int i = 0; i < 6; i++) {
                v[i] = rnd.nextInt(40) + 1;
            }
            expected.put(code, v);
            Sheets.row(sh, 2 + s, null, null, code, 1000 + s, v[0], v[1], v[2], v[3], v[4], v[5]);
        }
        Run run = draftCheckImport(wb, "data-2024.xlsx");
        // The hidden column numbers the rows: left out on purpose by the draft, so never reported.
        assertTrue(run.json().contains("\"ignore\" : [ \"Row id\" ]"), run.json());
        assertClean(run, 4);
        try (Workbench w = open()) {
            for (var e : expected.entrySet()) {
                for (int g = 1; g <= 3; g++) {
                    assertEnrolment(w, e.getKey(), g, e.getValue()[g - 1], e.getValue()[g + 2]);
                }
            }
            assertEquals("Data!E3", w.whereFrom("HC0", YEAR, Topic.ENROLMENT, 1, Sex.F, AgeGroup.ALL)
                    .orElseThrow().source().sheetCell(), "girls of G1, first school: column E, row 3");
            assertEquals("Data!J6", w.whereFrom("HC3", YEAR, Topic.ENROLMENT, 3, Sex.M, AgeGroup.ALL)
                    .orElseThrow().source().sheetCell(), "boys of G3, fourth school");
        }
    }

    // ---- One row per class with a Total column for both sexes -----------------------------------------------

    @Test
    void rowPerClassWithATotalColumnForBothSexes() throws Exception {
        Random rnd = new Random(600);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Classes");
        Sheets.row(sh, 0, "EMIS No", "School name", "Class", "Boys", "Girls", "Total");
        Map<String, int[][]> expected = new LinkedHashMap<>();
        int r = 1;
        for (int s = 0; s < 3; s++) {
            String code = "RC" + s;
            int[][] v = new int[5][2];
            for (int g = 1; g <= 4; g++) {
                v[g][0] = rnd.nextInt(40) + 1;
                v[g][1] = rnd.nextInt(40) + 1;
                int total = v[g][0] + v[g][1] + (s == 1 && g == 2 ? 3 : 0); // one typed over
                Sheets.row(sh, r++, code, "School " + s, "Std " + g, v[g][1], v[g][0], total);
            }
            expected.put(code, v);
        }
        Run run = draftCheckImport(wb, "classes-2024.xlsx");
        assertTrue(run.json().contains("\"total\" : \"enrolment\""), "Total is drafted as a check: " + run.json());
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(3, f.schoolsAdded());
        assertEquals(3 * 4 * 2, f.valuesStored(), "the total column is never stored");
        assertEquals(1, count(f, "TOTAL_MISMATCH"), f.problems().toString());
        assertEquals(1, f.problemCount(), f.problems().toString());
        assertEquals("Classes!F7", f.problems().get(0).firstCell(), "the typed-over total of school 1, Std 2");
        try (Workbench w = open()) {
            for (var e : expected.entrySet()) {
                for (int g = 1; g <= 4; g++) {
                    assertEnrolment(w, e.getKey(), g, e.getValue()[g][0], e.getValue()[g][1]);
                }
            }
            assertEquals("Classes!E3", w.whereFrom("RC0", YEAR, Topic.ENROLMENT, 2, Sex.F, AgeGroup.ALL).orElseThrow()
                    .source().sheetCell(), "girls of Std 2, first school: row 3");
        }
    }

    // ---- Headers with line breaks, extra spaces, trailing colons, mixed case ---------------------------

    @Test
    void messyHeaderTextsOnOneRow() throws Exception {
        Random rnd = new Random(700);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enrolment");
        Sheets.row(sh, 0, "  SCHOOL   CODE: ", "school NAME:", "GRADE 1\nGirls", "Grade 1\r\nBOYS ", "grade  2\ngirls:",
                " Grade 2 \n Boys");
        Map<String, int[]> expected = new LinkedHashMap<>();
        for (int s = 0; s < 4; s++) {
            String code = "MH" + s;
            int[] v = {rnd.nextInt(50) + 1, rnd.nextInt(50) + 1, rnd.nextInt(50) + 1, rnd.nextInt(50) + 1};
            expected.put(code, v);
            Sheets.row(sh, 1 + s, code, "School " + s, v[0], v[1], v[2], v[3]);
        }
        Run run = draftCheckImport(wb, "messy-2024.xlsx");
        assertClean(run, 4);
        try (Workbench w = open()) {
            for (var e : expected.entrySet()) {
                assertEnrolment(w, e.getKey(), 1, e.getValue()[0], e.getValue()[1]);
                assertEnrolment(w, e.getKey(), 2, e.getValue()[2], e.getValue()[3]);
            }
            assertEquals("School 2", school(w, "MH2").name());
        }
    }

    // ---- A school's form: sex as rows (Boys, Girls, Total) under grades as columns ---------------------

    @Test
    void formWithSexAsRowsUnderGradeColumns() throws Exception {
        Random rnd = new Random(800);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Return");
        Sheets.row(sh, 0, "ANNUAL SCHOOL RETURN");
        Sheets.row(sh, 2, "School code:", "SR-501");
        Sheets.row(sh, 3, "District:", "D21");
        Sheets.row(sh, 5, "ENROLMENT BY GRADE AND SEX");
        Sheets.row(sh, 6, null, "Grade 1", "Grade 2", "Grade 3", "Grade 4", "Total");
        int[][] v = new int[2][4]; // [F=0, M=1][grade]
        for (int x = 0; x < 2; x++) {
            for (int g = 0; g < 4; g++) {
                v[x][g] = rnd.nextInt(60) + 1;
            }
        }
        Sheets.row(sh, 7, "Boys", v[1][0], v[1][1], v[1][2], v[1][3], v[1][0] + v[1][1] + v[1][2] + v[1][3]);
        Sheets.row(sh, 8, "Girls", v[0][0], v[0][1], v[0][2], v[0][3], v[0][0] + v[0][1] + v[0][2] + v[0][3]);
        // The Total row: the Grade 3 figure typed over by hand (two too many).
        Sheets.row(sh, 9, "Total", v[0][0] + v[1][0], v[0][1] + v[1][1], v[0][2] + v[1][2] + 2, v[0][3] + v[1][3],
                java.util.Arrays.stream(v[0]).sum() + java.util.Arrays.stream(v[1]).sum());
        Run run = draftCheckImport(wb, "return-sr501-2024.xlsx");
        assertTrue(run.json().contains("\"sexLayout\" : \"rows\""), run.json());
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(1, f.schoolsAdded());
        assertEquals(1, count(f, "TOTAL_MISMATCH"), "the Total row is checked, not read as a sex: " + f.problems());
        assertEquals("Return!D10", f.problems().get(0).firstCell());
        assertEquals(1, f.problemCount(), f.problems().toString());
        try (Workbench w = open()) {
            for (int g = 0; g < 4; g++) {
                assertEnrolment(w, "SR-501", g + 1, v[0][g], v[1][g]);
            }
            assertEquals("Return!C9", w.whereFrom("SR-501", YEAR, Topic.ENROLMENT, 2, Sex.F, AgeGroup.ALL)
                    .orElseThrow().source().sheetCell(), "girls of Grade 2");
        }
    }

    // ---- A school's form: an age x grade matrix, Boys/Girls under each grade ----------------------------

    @Test
    void formWithAnAgeByGradeMatrix() throws Exception {
        Random rnd = new Random(900);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Form");
        Sheets.row(sh, 0, "School code", "AG-77");
        Sheets.row(sh, 1, "School name", "Hill View");
        Sheets.row(sh, 2, "District", "D22");
        Sheets.row(sh, 4, "Table 2: Enrolment by age, grade and sex");
        Sheets.row(sh, 5, "Age", "Grade 1", null, "Grade 2", null, "Grade 3", null);
        Sheets.row(sh, 6, null, "Boys", "Girls", "Boys", "Girls", "Boys", "Girls");
        for (int c = 1; c < 7; c += 2) {
            sh.addMergedRegion(new CellRangeAddress(5, 5, c, c + 1));
        }
        Object[] ages = {"Under 6", 6, 7, 8, 9, "10+"};
        String[] codes = {"-5", "6", "7", "8", "9", "10+"};
        int[][][] v = new int[ages.length][3][2]; // [age][grade][F=0, M=1]
        for (int a = 0; a < ages.length; a++) {
            Object[] row = new Object[7];
            row[0] = ages[a];
            for (int g = 0; g < 3; g++) {
                v[a][g][0] = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(20);
                v[a][g][1] = rnd.nextInt(20);
                row[1 + 2 * g] = v[a][g][1];
                row[2 + 2 * g] = v[a][g][0];
            }
            Sheets.row(sh, 7 + a, row);
        }
        Run run = draftCheckImport(wb, "form-ag77-2024.xlsx");
        assertTrue(run.json().contains("\"rows\" : \"age\""), run.json());
        assertEquals(FileOutcome.IMPORTED, run.result().outcome(), run.result().message());
        assertEquals(1, run.result().schoolsAdded());
        try (Workbench w = open()) {
            for (int g = 0; g < 3; g++) {
                int girls = 0;
                int boys = 0;
                for (int a = 0; a < ages.length; a++) {
                    girls += v[a][g][0];
                    boys += v[a][g][1];
                    var fig = w.whereFrom("AG-77", YEAR, Topic.ENROLMENT, g + 1, Sex.F, new AgeGroup(codes[a]));
                    assertEquals(v[a][g][0], fig.orElseThrow().value(), "girls G" + (g + 1) + " age " + codes[a]);
                }
                assertEnrolment(w, "AG-77", g + 1, girls, boys);
            }
        }
        assertEquals(0, run.result().problemCount(), run.result().problems().toString());
    }

    // ---- Two header rows in French: CP1 merged above G/F letters, or Filles merged above the grades ---------

    @Test
    void twoFrenchHeaderRowsGradeAboveLettersOrSexAboveGrades() throws Exception {
        String[] grades = {"CP1", "CP2", "CE1", "CE2", "CM1", "CM2"};
        for (int style = 0; style < 2; style++) {
            Random rnd = new Random(1000 + style);
            XSSFWorkbook wb = new XSSFWorkbook();
            Sheet sh = wb.createSheet("Effectifs");
            Object[] upper = new Object[14];
            Object[] lower = new Object[14];
            upper[0] = "Code de l'école";
            upper[1] = "Nom de l'école";
            // col(g, x): the column of grade g (0..5) and sex x (0 = girls, 1 = boys)
            for (int g = 0; g < 6; g++) {
                if (style == 0) {
                    upper[2 + 2 * g] = grades[g];
                    lower[2 + 2 * g] = "G";
                    lower[3 + 2 * g] = "F";
                    sh.addMergedRegion(new CellRangeAddress(0, 0, 2 + 2 * g, 3 + 2 * g));
                } else {
                    lower[2 + g] = grades[g];
                    lower[8 + g] = grades[g];
                }
            }
            if (style == 1) {
                upper[2] = "Filles";
                upper[8] = "Garçons";
                sh.addMergedRegion(new CellRangeAddress(0, 0, 2, 7));
                sh.addMergedRegion(new CellRangeAddress(0, 0, 8, 13));
            }
            Sheets.row(sh, 0, upper);
            Sheets.row(sh, 1, lower);
            Map<String, int[][]> expected = new LinkedHashMap<>();
            for (int s = 0; s < 4; s++) {
                String code = "SN" + style + s;
                int[][] v = new int[6][2];
                Object[] row = new Object[14];
                row[0] = code;
                row[1] = "École " + s;
                for (int g = 0; g < 6; g++) {
                    for (int x = 0; x < 2; x++) {
                        v[g][x] = rnd.nextInt(70) + 1;
                        int col = style == 0 ? 2 + 2 * g + (x == 0 ? 1 : 0) : 2 + 6 * x + g;
                        row[col] = v[g][x];
                    }
                }
                expected.put(code, v);
                Sheets.row(sh, 2 + s, row);
            }
            Path sub = Files.createDirectories(dir.resolve("style" + style));
            Run run = draftCheckImport(wb, sub, "effectifs-2024.xlsx");
            assertClean(run, 4);
            try (Workbench w = Workbench.open(sub.resolve("w"))) {
                for (var e : expected.entrySet()) {
                    for (int g = 0; g < 6; g++) {
                        assertEnrolment(w, e.getKey(), g + 1, e.getValue()[g][0], e.getValue()[g][1]);
                    }
                }
                String girlsCe1 = style == 0 ? "Effectifs!H3" : "Effectifs!E3";
                assertEquals(girlsCe1, w.whereFrom("SN" + style + "0", YEAR, Topic.ENROLMENT, 3, Sex.F, AgeGroup.ALL)
                        .orElseThrow().source().sheetCell());
            }
        }
    }

    // ---- A total per grade and overall beside the sex columns of a wide sheet ----------------------------

    @Test
    void totalsPerGradeAndOverallOnAWideSheet() throws Exception {
        Random rnd = new Random(1100);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enrolment");
        Sheets.row(sh, 0, "School code", "Grade 1 Boys", "Grade 1 Girls", "Grade 1 Total", "Grade 2 Boys",
                "Grade 2 Girls", "Grade 2 Total", "Total Boys", "Total Girls", "Grand Total");
        Map<String, int[]> expected = new LinkedHashMap<>();
        for (int s = 0; s < 4; s++) {
            String code = "PT" + s;
            int[] v = {rnd.nextInt(50) + 1, rnd.nextInt(50) + 1, rnd.nextInt(50) + 1, rnd.nextInt(50) + 1};
            expected.put(code, v); // boys G1, girls G1, boys G2, girls G2
            int g1 = v[0] + v[1] + (s == 3 ? 1 : 0); // the last school's Grade 1 total typed over
            Sheets.row(sh, 1 + s, code, v[0], v[1], g1, v[2], v[3], v[2] + v[3], v[0] + v[2], v[1] + v[3],
                    v[0] + v[1] + v[2] + v[3]);
        }
        Run run = draftCheckImport(wb, "totals-2024.xlsx");
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(4, f.schoolsAdded());
        assertEquals(4 * 4L, f.valuesStored(), "totals are checked, never stored: " + run.json());
        assertEquals(1, count(f, "TOTAL_MISMATCH"), f.problems() + "\n" + run.json());
        assertEquals("Enrolment!D5", f.problems().get(0).firstCell());
        assertEquals(1, f.problemCount(), f.problems().toString());
        try (Workbench w = open()) {
            for (var e : expected.entrySet()) {
                assertEnrolment(w, e.getKey(), 1, e.getValue()[1], e.getValue()[0]);
                assertEnrolment(w, e.getKey(), 2, e.getValue()[3], e.getValue()[2]);
            }
        }
    }

    // ---- A school's form: an M row and an F row under each age, grades as columns -----------------------

    @Test
    void formWithSexRowsUnderEachAge() throws Exception {
        Random rnd = new Random(1200);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Form");
        Sheets.row(sh, 0, "School code:", "SA-12");
        Sheets.row(sh, 1, "District:", "D23");
        Sheets.row(sh, 3, "ENROLMENT BY AGE, GRADE AND SEX");
        Sheets.row(sh, 4, "Age", "Sex", "Grade 1", "Grade 2", "Grade 3");
        String[] ages = {"5 years", "6 years", "7 years", "8 years"};
        int[][][] v = new int[ages.length][2][3]; // [age][F=0, M=1][grade]
        int r = 5;
        for (int a = 0; a < ages.length; a++) {
            for (int x = 1; x >= 0; x--) { // M row first, then F
                for (int g = 0; g < 3; g++) {
                    v[a][x][g] = rnd.nextInt(15);
                }
                Sheets.row(sh, r, x == 1 ? ages[a] : null, x == 1 ? "M" : "F", v[a][x][0], v[a][x][1], v[a][x][2]);
                r++;
            }
            sh.addMergedRegion(new CellRangeAddress(r - 2, r - 1, 0, 0));
        }
        Run run = draftCheckImport(wb, "form-sa12-2024.xlsx");
        assertTrue(run.json().contains("\"sexLayout\" : \"rows\""), run.json());
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(0, f.problemCount(), f.problems().toString());
        try (Workbench w = open()) {
            for (int g = 0; g < 3; g++) {
                int girls = 0;
                int boys = 0;
                for (int a = 0; a < ages.length; a++) {
                    girls += v[a][0][g];
                    boys += v[a][1][g];
                    assertEquals(v[a][0][g], w.whereFrom("SA-12", YEAR, Topic.ENROLMENT, g + 1, Sex.F,
                            AgeGroup.of(5 + a)).orElseThrow().value(), "girls G" + (g + 1) + " aged " + (5 + a));
                }
                assertEnrolment(w, "SA-12", g + 1, girls, boys);
            }
            assertEquals("Form!D7", w.whereFrom("SA-12", YEAR, Topic.ENROLMENT, 2, Sex.F, AgeGroup.of(5)).orElseThrow()
                    .source().sheetCell(), "girls aged 5 in Grade 2: the F row under the age 5 label");
        }
    }

    // ---- A staff sheet: teachers by sex and their total; and a total the draft must not misread ----------

    @Test
    void teacherSheetWithATotalColumn() throws Exception {
        Random rnd = new Random(1300);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Staff");
        Sheets.row(sh, 0, "School code", "Teachers Male", "Teachers Female", "Total");
        int[][] v = new int[4][2];
        for (int s = 0; s < 4; s++) {
            v[s][0] = rnd.nextInt(9) + 1;
            v[s][1] = rnd.nextInt(9) + 1;
            Sheets.row(sh, 1 + s, "TS" + s, v[s][1], v[s][0], v[s][0] + v[s][1] + (s == 2 ? 1 : 0));
        }
        Run run = draftCheckImport(wb, "staff-2024.xlsx");
        assertTrue(run.json().contains("\"total\" : \"teachers.total\""), run.json());
        FileResult f = run.result();
        assertEquals(4 * 2L, f.valuesStored(), "the total is never stored");
        assertEquals(1, count(f, "TOTAL_MISMATCH"), f.problems().toString());
        assertEquals("Staff!D4", f.problems().get(0).firstCell());
        assertEquals(1, f.problemCount(), f.problems().toString());
        int total = Topic.TEACHERS.fixedSlots().indexOf("total");
        try (Workbench w = open()) {
            for (int s = 0; s < 4; s++) {
                assertEquals(v[s][0], w.whereFrom("TS" + s, YEAR, Topic.TEACHERS, total, Sex.F, AgeGroup.ALL)
                        .orElseThrow().value());
                assertEquals(v[s][1], w.whereFrom("TS" + s, YEAR, Topic.TEACHERS, total, Sex.M, AgeGroup.ALL)
                        .orElseThrow().value());
            }
        }
    }

    /** Qualified and unqualified teachers, then a Total of all four: never drafted as the qualified ones' total. */
    @Test
    void aTotalOfQualifiedAndUnqualifiedTeachersIsNotTakenForTheQualifiedOnes() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Staff");
        Sheets.row(sh, 0, "School code", "Qualified F", "Qualified M", "Unqualified F", "Unqualified M", "Total");
        Sheets.row(sh, 1, "QU1", 3, 2, 1, 1, 7);
        Sheets.row(sh, 2, "QU2", 4, 4, 2, 0, 10);
        Path file = dir.resolve("qualified-2024.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        TemplateWorkshop.DraftResult d = workshop.draft(file, "qualified");
        assertFalse(d.draft().json().contains("\"total\" : \"teachers.qualified\""), d.draft().json());
        assertTrue(d.draft().json().contains("\"sumOf\""), d.draft().json());
    }

    // ---- Secondary forms (Form 1 … Form 4): which grade they are is the country's to say ------------------

    /**
     * Form 1 follows grade 7 in some countries and grade 8 in others, so no built-in list names it: the draft
     * leaves the columns for a person, and a template with its own grade list reads them (here Form 1 = G9,
     * after eight standards). Boys and Girls merged above the forms.
     */
    @Test
    void secondaryFormsNeedTheCountrysGradeList() throws Exception {
        Random rnd = new Random(1400);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Secondary");
        Sheets.row(sh, 0, "School code", "Boys", null, null, null, "Girls", null, null, null);
        Sheets.row(sh, 1, null, "Form 1", "Form 2", "Form 3", "Form 4", "Form 1", "Form 2", "Form 3", "Form 4");
        sh.addMergedRegion(new CellRangeAddress(0, 0, 1, 4));
        sh.addMergedRegion(new CellRangeAddress(0, 0, 5, 8));
        Map<String, int[]> expected = new LinkedHashMap<>(); // boys F1..F4, girls F1..F4
        for (int s = 0; s < 3; s++) {
            int[] v = new int[8];
            Object[] row = new Object[9];
            row[0] = "SEC" + s;
            for (int i = 0; i < 8; i++) {
                v[i] = rnd.nextInt(80) + 1;
                row[1 + i] = v[i];
            }
            expected.put("SEC" + s, v);
            Sheets.row(sh, 2 + s, row);
        }
        Path file = dir.resolve("secondary-2024.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        TemplateWorkshop.DraftResult d = workshop.draft(file, "secondary-draft");
        assertTrue(d.sheets().stream().flatMap(m -> m.columns().stream()).filter(c -> c.header().contains("Form"))
                .noneMatch(c -> c.reads()), "no grade guessed for Form n: " + d.draft().json());
        FileResult f = importWith(wb, "secondary-2024.xlsx", """
                {"id": "secondary", "version": 1, "title": "Secondary forms", "layout": "wide",
                 "year": {"fromFileName": true}, "constants": {"school.district": "D24"},
                 "codeLists": {"grade": {"G9": ["Form 1"], "G10": ["Form 2"], "G11": ["Form 3"], "G12": ["Form 4"]}},
                 "sheets": [{"names": ["Secondary"], "key": ["School code"], "columns": [
                   {"patterns": ["{sex} {grade}"], "field": "enrolment"}]}]}
                """);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(3, f.schoolsAdded());
        assertEquals(0, f.problemCount(), f.problems().toString());
        try (Workbench w = open()) {
            for (var e : expected.entrySet()) {
                for (int g = 0; g < 4; g++) {
                    assertEnrolment(w, e.getKey(), 9 + g, e.getValue()[4 + g], e.getValue()[g]);
                }
            }
            assertEquals("Secondary!G3", w.whereFrom("SEC0", YEAR, Topic.ENROLMENT, 10, Sex.F, AgeGroup.ALL)
                    .orElseThrow().source().sheetCell(), "girls of Form 2");
        }
    }

    // ---- helpers: one copy in DraftedImports ---------------------------------------------------------------

    private Run draftCheckImport(Workbook wb, String fileName) throws Exception {
        return draftCheckImport(wb, dir, fileName);
    }

    /** Drafted, checked and imported as DraftedImports does; every drafted layout here leaves no column unread. */
    private Run draftCheckImport(Workbook wb, Path folder, String fileName) throws Exception {
        Run run = imports().draftCheckImport(wb, folder, fileName);
        assertEquals(0, run.check().unreadNumberColumns(), "the draft reads every census column: "
                + run.check().sheets() + "\n" + run.json());
        return run;
    }

    private DraftedImports imports;

    /** Made once a test's folder is known (it is injected after the fields are set), with this class's workshop. */
    private DraftedImports imports() {
        if (imports == null) {
            imports = new DraftedImports(dir, YEAR, workshop);
        }
        return imports;
    }

    private FileResult importWith(Workbook wb, String fileName, String templateJson) throws Exception {
        return imports().importWith(wb, fileName, templateJson);
    }

    private Workbench open() {
        return imports().open();
    }

    private org.emisworkbench.model.SchoolListing school(Workbench w, String code) {
        return imports().school(w, code);
    }

    private void assertEnrolment(Workbench w, String school, int slot, int girls, int boys) {
        imports().assertEnrolment(w, school, slot, girls, boys);
    }

    private void assertFigure(Workbench w, String school, Topic topic, int slot, int girls, int boys) {
        imports().assertFigure(w, school, topic, slot, girls, boys);
    }
}
