package org.emisworkbench.service;

import static org.emisworkbench.service.DraftedImports.assertClean;
import static org.emisworkbench.service.DraftedImports.count;
import static org.emisworkbench.service.DraftedImports.assertNoUnread;
import static org.emisworkbench.service.DraftedImports.first;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.emisworkbench.service.DraftedImports.Run;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.Template;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A district data manager's first day with a new ministry's workbooks: ordinary layouts from Anglophone,
 * Francophone and Lusophone returns that no other test writes (merged grade headers over Boys | Girls |
 * Total with SUM formulas, HM | H | M under "1ª Classe", an age block and a sex block on one form, French
 * dotted thousands, dashes for nil, a teacher table split by qualification with its Total, hidden columns
 * and rows, remarks). Each is read with the template the program drafts from the workbook itself; the
 * figures stored must be the sums this test works out from the values it wrote, every census column must be
 * read, and every bad cell reported with its file, sheet and cell.
 */
class UnseenLayoutsTest {
    private static final int YEAR = 2024;

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    // ---- 1. Zambia: a merged title, "Grade 1" merged over Boys | Girls | Total (SUM formulas), a hidden
    //         column, a hidden row, remarks, and a grand total row of SUM formulas --------------------------

    @Test
    void mergedGradeOverBoysGirlsTotalWithFormulasHiddenColumnAndRemarks() throws Exception {
        Random rnd = new Random(1101);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Primary");
        Sheets.row(sh, 0, "MINISTRY OF EDUCATION — EASTERN PROVINCE — ANNUAL SCHOOL CENSUS 2024");
        sh.addMergedRegion(new CellRangeAddress(0, 0, 0, 10));
        Sheets.row(sh, 2, "EMIS No.", "Name of School", "Zone", "Grade 1", null, null, "Grade 2", null, null,
                "Remarks");
        Sheets.row(sh, 3, null, null, null, "Boys", "Girls", "Total", "Boys", "Girls", "Total");
        sh.addMergedRegion(new CellRangeAddress(2, 2, 3, 5));
        sh.addMergedRegion(new CellRangeAddress(2, 2, 6, 8));
        sh.setColumnHidden(2, true);
        int n = 5;
        int[][] v = new int[n][4]; // G1 boys, G1 girls, G2 boys, G2 girls
        for (int s = 0; s < n; s++) {
            for (int i = 0; i < 4; i++) {
                v[s][i] = rnd.nextInt(80) + 1;
            }
            int r = 4 + s;
            Sheets.row(sh, r, "ZM" + (300 + s), "Basic School " + s, "Zone " + (s % 2), v[s][0], v[s][1], null,
                    v[s][2], v[s][3], null, s == 1 ? "Flooded in March" : null);
            Row row = sh.getRow(r);
            row.createCell(5).setCellFormula("D" + (r + 1) + "+E" + (r + 1));
            row.createCell(8).setCellFormula("G" + (r + 1) + "+H" + (r + 1));
        }
        sh.getRow(4 + 3).setZeroHeight(true); // a hidden row is still a school's return
        Row total = sh.createRow(4 + n);
        total.createCell(1).setCellValue("TOTAL");
        for (int c = 3; c <= 8; c++) {
            String col = String.valueOf((char) ('A' + c));
            total.createCell(c).setCellFormula("SUM(" + col + "5:" + col + (4 + n) + ")");
        }
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        Run run = draftCheckImport(wb, "eastern-2024.xlsx");
        assertClean(run, n);
        try (Workbench w = open()) {
            for (int s = 0; s < n; s++) {
                assertEnrolment(w, "ZM" + (300 + s), 1, v[s][1], v[s][0]);
                assertEnrolment(w, "ZM" + (300 + s), 2, v[s][3], v[s][2]);
            }
            assertEquals("Primary!E6", w.whereFrom("ZM301", YEAR, Topic.ENROLMENT, 1, Sex.F, AgeGroup.ALL)
                    .orElseThrow().source().sheetCell());
        }
    }

    // ---- 2. Mozambique: "1ª Classe" merged over HM | H | M, teachers Masculino / Feminino ----------------

    @Test
    void lusophoneClasseOverHmHMAndTeachersMasculinoFeminino() throws Exception {
        Random rnd = new Random(1102);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Alunos");
        Sheets.row(sh, 0, "DIRECÇÃO DISTRITAL DE EDUCAÇÃO — LEVANTAMENTO ESCOLAR 03 DE MARÇO");
        Sheets.row(sh, 2, "Código da escola", "Nome da escola", "1ª Classe", null, null, "2ª Classe", null, null,
                "3ª Classe", null, null);
        Sheets.row(sh, 3, null, null, "HM", "H", "M", "HM", "H", "M", "HM", "H", "M");
        for (int c = 2; c < 11; c += 3) {
            sh.addMergedRegion(new CellRangeAddress(2, 2, c, c + 2));
        }
        Sheet prof = wb.createSheet("Professores");
        Sheets.row(prof, 0, "Código da escola", "Professores Masculino", "Professores Feminino");
        int n = 4;
        int[][] v = new int[n][6]; // per grade: H (men/boys), M (women/girls)
        int[][] t = new int[n][2]; // teachers masculino, feminino
        for (int s = 0; s < n; s++) {
            Object[] row = new Object[11];
            row[0] = "MZ-" + (4100 + s);
            row[1] = "EP de Namaacha " + s;
            for (int g = 0; g < 3; g++) {
                v[s][2 * g] = rnd.nextInt(90) + 1;
                v[s][2 * g + 1] = rnd.nextInt(90) + 1;
                row[2 + 3 * g] = v[s][2 * g] + v[s][2 * g + 1] + (s == 2 && g == 1 ? 10 : 0); // HM typed over once
                row[3 + 3 * g] = v[s][2 * g];
                row[4 + 3 * g] = v[s][2 * g + 1];
            }
            Sheets.row(sh, 4 + s, row);
            t[s][0] = rnd.nextInt(10) + 1;
            t[s][1] = rnd.nextInt(10) + 1;
            Sheets.row(prof, 1 + s, "MZ-" + (4100 + s), t[s][0], t[s][1]);
        }
        Run run = draftCheckImport(wb, "namaacha-2024.xlsx");
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(n, f.schoolsAdded());
        assertNoUnread(run);
        // The typed-over HM of 2ª Classe, third school: F of row 7.
        assertEquals(1, count(f, "TOTAL_MISMATCH"), f.problems() + "\n" + run.json());
        assertEquals("Alunos!F7", first(f, "TOTAL_MISMATCH"));
        assertTrue(f.file().endsWith("namaacha-2024.xlsx"), f.file());
        assertEquals(1, f.problemCount(), f.problems().toString());
        int total = Topic.TEACHERS.fixedSlots().indexOf("total");
        try (Workbench w = open()) {
            for (int s = 0; s < n; s++) {
                for (int g = 0; g < 3; g++) {
                    assertEnrolment(w, "MZ-" + (4100 + s), g + 1, v[s][2 * g + 1], v[s][2 * g]);
                }
                assertEquals(t[s][0], w.whereFrom("MZ-" + (4100 + s), YEAR, Topic.TEACHERS, total, Sex.M,
                        AgeGroup.ALL).orElseThrow().value(), "Professores Masculino");
                assertEquals(t[s][1], w.whereFrom("MZ-" + (4100 + s), YEAR, Topic.TEACHERS, total, Sex.F,
                        AgeGroup.ALL).orElseThrow().value(), "Professores Feminino");
            }
        }
    }

    // ---- 3. Malawi: one form with a block by age, standard and sex, and a block by standard and sex -------

    @Test
    void formWithAnAgeBlockAndASexBlockOnOneSheet() throws Exception {
        Random rnd = new Random(1103);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Census Form");
        Sheets.row(sh, 0, "PRIMARY SCHOOL ANNUAL CENSUS");
        Sheets.row(sh, 2, "EMIS code:", "MW-2207");
        Sheets.row(sh, 3, "Name of school:", "Chitala LEA");
        Sheets.row(sh, 4, "Census year:", 2024);
        Sheets.row(sh, 6, "Table A: Enrolment by age, standard and sex");
        Sheets.row(sh, 7, "Age", "Std 1", null, "Std 2", null, "Std 3", null);
        Sheets.row(sh, 8, null, "Boys", "Girls", "Boys", "Girls", "Boys", "Girls");
        for (int c = 1; c < 7; c += 2) {
            sh.addMergedRegion(new CellRangeAddress(7, 7, c, c + 1));
        }
        int[] ages = {6, 7, 8, 9};
        int[][][] e = new int[ages.length][3][2]; // [age][std][F=0, M=1]
        for (int a = 0; a < ages.length; a++) {
            Object[] row = new Object[7];
            row[0] = ages[a];
            for (int g = 0; g < 3; g++) {
                e[a][g][0] = rnd.nextInt(25);
                e[a][g][1] = rnd.nextInt(25);
                row[1 + 2 * g] = e[a][g][1];
                row[2 + 2 * g] = e[a][g][0];
            }
            Sheets.row(sh, 9 + a, row);
        }
        Sheets.row(sh, 15, "Table B: Repeaters by standard and sex");
        Sheets.row(sh, 16, null, "Std 1", "Std 2", "Std 3");
        int[][] rep = new int[3][2];
        Object[] boys = {"Boys", 0, 0, 0};
        Object[] girls = {"Girls", 0, 0, 0};
        for (int g = 0; g < 3; g++) {
            rep[g][0] = rnd.nextInt(6);
            rep[g][1] = rnd.nextInt(6);
            boys[1 + g] = rep[g][1];
            girls[1 + g] = rep[g][0];
        }
        Sheets.row(sh, 17, boys);
        Sheets.row(sh, 18, girls);
        Run run = draftCheckImport(wb, "chitala-2024.xlsx");
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message() + "\n" + run.json());
        assertEquals(1, f.schoolsAdded());
        assertEquals(0, f.problemCount(), f.problems() + "\n" + run.json());
        try (Workbench w = open()) {
            for (int g = 0; g < 3; g++) {
                int girlsSum = 0;
                int boysSum = 0;
                for (int a = 0; a < ages.length; a++) {
                    girlsSum += e[a][g][0];
                    boysSum += e[a][g][1];
                }
                assertEnrolment(w, "MW-2207", g + 1, girlsSum, boysSum);
                assertFigure(w, "MW-2207", Topic.REPEATERS, g + 1, rep[g][0], rep[g][1]);
            }
            assertEquals("Census Form!E11", w.whereFrom("MW-2207", YEAR, Topic.ENROLMENT, 2, Sex.F, AgeGroup.of(7))
                    .orElseThrow().source().sheetCell(), "girls aged 7 in Std 2");
        }
    }

    // ---- 4. Senegal: teachers split by qualification, with a Total of all four -----------------------------

    @Test
    void teachersByQualificationWithATotalColumnBesideThem() throws Exception {
        Random rnd = new Random(1104);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enseignants");
        Sheets.row(sh, 0, "Code école", "Nom de l'école", "Enseignants qualifiés H", "Enseignants qualifiés F",
                "Enseignants non qualifiés H", "Enseignants non qualifiés F", "Total");
        int n = 4;
        int[][] v = new int[n][4]; // qualified H, F, unqualified H, F
        for (int s = 0; s < n; s++) {
            for (int i = 0; i < 4; i++) {
                v[s][i] = rnd.nextInt(8) + 1;
            }
            int sum = v[s][0] + v[s][1] + v[s][2] + v[s][3];
            Sheets.row(sh, 1 + s, "SN-" + (700 + s), "École " + s, v[s][0], v[s][1], v[s][2], v[s][3],
                    s == 3 ? sum - 2 : sum);
        }
        Run run = draftCheckImport(wb, "thies-2024.xlsx");
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertNoUnread(run);
        assertTrue(run.json().contains("\"total\" : \"teachers.total\""), "the Total is the teachers' total: "
                + run.json());
        assertEquals(1, count(f, "TOTAL_MISMATCH"), f.problems().toString());
        assertEquals("Enseignants!G5", first(f, "TOTAL_MISMATCH"));
        assertEquals(1, f.problemCount(), f.problems().toString());
        int total = Topic.TEACHERS.fixedSlots().indexOf("total");
        int qualified = Topic.TEACHERS.fixedSlots().indexOf("qualified");
        try (Workbench w = open()) {
            for (int s = 0; s < n; s++) {
                String code = "SN-" + (700 + s);
                assertEquals(v[s][0] + v[s][2], w.whereFrom(code, YEAR, Topic.TEACHERS, total, Sex.M, AgeGroup.ALL)
                        .orElseThrow().value());
                assertEquals(v[s][1] + v[s][3], w.whereFrom(code, YEAR, Topic.TEACHERS, total, Sex.F, AgeGroup.ALL)
                        .orElseThrow().value());
                assertEquals(v[s][1], w.whereFrom(code, YEAR, Topic.TEACHERS, qualified, Sex.F, AgeGroup.ALL)
                        .orElseThrow().value());
            }
        }
    }

    // ---- 5. Togo: French dotted thousands and dashes for nil -----------------------------------------------

    @Test
    void frenchDottedThousandsAndDashesForNil() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Effectifs");
        Sheets.row(sh, 0, "Code école", "Nom de l'école", "CP1 Garçons", "CP1 Filles", "CP2 Garçons",
                "CP2 Filles");
        Sheets.row(sh, 1, "TG-01", "EPP Lomé Centre", "1.050", "1.124", "987", "1.002");
        Sheets.row(sh, 2, "TG-02", "EPP Kpalimé", "45", "-", "–", "38");
        Sheets.row(sh, 3, "TG-03", "EPP Atakpamé", "52", "49", "n/a", "41");
        Run run = draftCheckImport(wb, "lome-2024.xlsx");
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertNoUnread(run);
        assertTrue(run.json().contains("\"nilMarks\""), "the dashes seen are written as nil marks: " + run.json());
        // Each dash read as zero is reported at its cell; "n/a" says nothing about how many: not available,
        // missing and reported (decision 0043).
        assertEquals(2, count(f, "NIL_AS_ZERO"), f.problems().toString());
        assertEquals("Effectifs!D3", first(f, "NIL_AS_ZERO"));
        assertEquals(1, count(f, "MARK_SET_ASIDE"), f.problems().toString());
        assertEquals("Effectifs!E4", first(f, "MARK_SET_ASIDE"));
        assertEquals(3, f.problemCount(), f.problems().toString());
        try (Workbench w = open()) {
            assertEnrolment(w, "TG-01", 1, 1124, 1050);
            assertEnrolment(w, "TG-01", 2, 1002, 987);
            assertEnrolment(w, "TG-02", 1, 0, 45);
            assertEnrolment(w, "TG-02", 2, 38, 0);
            assertEquals("Effectifs!D3", w.whereFrom("TG-02", YEAR, Topic.ENROLMENT, 1, Sex.F, AgeGroup.ALL)
                    .orElseThrow().source().sheetCell());
            assertTrue(w.whereFrom("TG-03", YEAR, Topic.ENROLMENT, 2, Sex.M, AgeGroup.ALL).map(x -> x.value() == null)
                    .orElse(true), "n/a is stored as missing, never as 0");
        }
    }

    // ---- 6. Pacific: Year levels, facilities with Y/N, classrooms by condition, remarks ------------------

    @Test
    void pacificYearLevelsFacilitiesAndClassroomsWithRemarks() throws Exception {
        Random rnd = new Random(1106);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet en = wb.createSheet("Enrolment");
        Sheets.row(en, 0, "School ID", "School Name", "Island", "Year 1 M", "Year 1 F", "Year 2 M", "Year 2 F",
                "Year 3 M", "Year 3 F", "Comments");
        Sheet fa = wb.createSheet("Facilities");
        Sheets.row(fa, 0, "School ID", "Classrooms - good", "Classrooms - fair", "Classrooms - poor",
                "Electricity (Y/N)", "Toilets boys", "Toilets girls", "Remarks");
        int n = 4;
        int[][] v = new int[n][6];
        int[][] c = new int[n][5];
        for (int s = 0; s < n; s++) {
            Object[] row = new Object[10];
            row[0] = "KI" + (50 + s);
            row[1] = "Primary " + s;
            row[2] = s % 2 == 0 ? "Tarawa" : "Abaiang";
            for (int i = 0; i < 6; i++) {
                v[s][i] = rnd.nextInt(50) + 1;
                row[3 + i] = v[s][i];
            }
            row[9] = s == 0 ? "new head teacher" : null;
            Sheets.row(en, 1 + s, row);
            for (int i = 0; i < 5; i++) {
                c[s][i] = rnd.nextInt(6);
            }
            Sheets.row(fa, 1 + s, "KI" + (50 + s), c[s][0], c[s][1], c[s][2], s % 2 == 0 ? "Y" : "N", c[s][3],
                    c[s][4], s == 2 ? "roof leaking" : null);
        }
        Run run = draftCheckImport(wb, "kiribati-2024.xlsx");
        assertClean(run, n);
        int good = Topic.CLASSROOMS.fixedSlots().indexOf("good");
        int poor = Topic.CLASSROOMS.fixedSlots().indexOf("poor");
        try (Workbench w = open()) {
            for (int s = 0; s < n; s++) {
                String code = "KI" + (50 + s);
                for (int g = 0; g < 3; g++) {
                    assertEnrolment(w, code, g + 1, v[s][2 * g + 1], v[s][2 * g]);
                }
                assertEquals(c[s][0], w.whereFrom(code, YEAR, Topic.CLASSROOMS, good, null, AgeGroup.ALL)
                        .orElseThrow().value());
                assertEquals(c[s][2], w.whereFrom(code, YEAR, Topic.CLASSROOMS, poor, null, AgeGroup.ALL)
                        .orElseThrow().value());
            }
        }
    }

    // ---- 7. Benin: a French form with dashes in its table, and a total row -----------------------------------

    @Test
    void frenchFormWithDashesInItsTable() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Fiche");
        Sheets.row(sh, 0, "Code de l'école :", "BJ-3310");
        Sheets.row(sh, 1, "Nom de l'école :", "EPP Dassa");
        Sheets.row(sh, 2, "Année scolaire :", "2024-2025");
        Sheets.row(sh, 12, "Salles de classe en bon état :", 4);
        Sheets.row(sh, 13, "Salles de classe en mauvais état :", "–");
        Sheets.row(sh, 4, "Effectifs par âge, classe et sexe");
        Sheets.row(sh, 5, "Âge", "CI", null, "CE1", null);
        Sheets.row(sh, 6, null, "G", "F", "G", "F");
        sh.addMergedRegion(new CellRangeAddress(5, 5, 1, 2));
        sh.addMergedRegion(new CellRangeAddress(5, 5, 3, 4));
        Sheets.row(sh, 7, 6, 14, 12, "-", "-");
        Sheets.row(sh, 8, 7, 5, 7, 11, 13);
        Sheets.row(sh, 9, 8, "-", 1, 4, 6);
        Run run = draftCheckImport(wb, "dassa-2024.xlsx");
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message() + "\n" + run.json());
        assertEquals(4, count(f, "NIL_AS_ZERO"), f.problems() + "\n" + run.json());
        // The labels are read first (B14), then the table (D8, E8, B10).
        assertEquals("Fiche!B14", first(f, "NIL_AS_ZERO"));
        assertEquals("Fiche!B10", f.problems().stream().filter(p -> p.kind().equals("NIL_AS_ZERO")).findFirst()
                .orElseThrow().lastCell());
        assertEquals(4, f.problemCount(), f.problems().toString());
        assertTrue(run.json().contains("\"language\" : \"fr\""), "G is garçons beside F: " + run.json());
        try (Workbench w = open()) {
            assertEnrolment(w, "BJ-3310", 1, 12 + 7 + 1, 14 + 5);
            assertEnrolment(w, "BJ-3310", 3, 13 + 6, 11 + 4);
            assertEquals(0, w.whereFrom("BJ-3310", YEAR, Topic.ENROLMENT, 3, Sex.M, AgeGroup.of(6)).orElseThrow()
                    .value());
            int poor = Topic.CLASSROOMS.fixedSlots().indexOf("poor");
            var rooms = w.whereFrom("BJ-3310", YEAR, Topic.CLASSROOMS, poor, null, AgeGroup.ALL).orElseThrow();
            assertEquals(0, rooms.value(), "the dash beside a label is nil too");
            assertEquals("Fiche!B14", rooms.source().sheetCell());
        }
    }

    /**
     * The same form read with a template written by hand in English (no "language"): G is then girls, like F.
     * The second column of a grade with the same sex is reported where it stands, never laid over the first;
     * without nil marks a dash is not a number, as before (the sample country's planted dashes stay errors).
     */
    @Test
    void aFormReadInTheWrongLanguageReportsTheClashAndDashesStayErrorsWithoutNilMarks() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Fiche");
        Sheets.row(sh, 0, "Code de l'école :", "BJ-3311");
        Sheets.row(sh, 4, "Effectifs par âge, classe et sexe");
        Sheets.row(sh, 5, "Âge", "CI", null);
        Sheets.row(sh, 6, null, "G", "F");
        sh.addMergedRegion(new CellRangeAddress(5, 5, 1, 2));
        Sheets.row(sh, 7, 6, 14, 12);
        Sheets.row(sh, 8, 7, "-", 7);
        FileResult f = importWith(wb, "dassa2-2024.xlsx", """
                {"id": "fiche-en", "version": 1, "title": "Fiche read in English", "layout": "grid",
                 "year": {"fromFileName": true},
                 "sheets": [{"names": ["Fiche"], "labels": [{"labels": ["Code de l'école"], "field": "school.code"}],
                   "grids": [{"field": "enrolment", "titles": ["Effectifs par âge, classe et sexe"], "rows": "age"}]}]}
                """);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(1, count(f, "VALUE_CLASH"), f.problems().toString());
        assertEquals("Fiche!C7", first(f, "VALUE_CLASH"));
        assertEquals(1, count(f, "NOT_A_NUMBER"), f.problems().toString());
        assertEquals("Fiche!B9", first(f, "NOT_A_NUMBER"));
        try (Workbench w = open()) {
            assertEquals(14, w.whereFrom("BJ-3311", YEAR, Topic.ENROLMENT, 1, Sex.F, AgeGroup.of(6)).orElseThrow()
                    .value(), "the first column is kept");
        }
    }

    /** Counts written with dotted thousands are never read as fractions silently, with or without the setting. */
    @Test
    void dottedThousandsNeedTheSettingAndAreNeverSilentlyFractions() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Effectifs");
        Sheets.row(sh, 0, "Code école", "CP1 Garçons", "CP1 Filles");
        Sheets.row(sh, 1, "TG-11", "1.050", "2,5");
        FileResult plain = importWith(wb, "plain-2024.xlsx", """
                {"id": "plain", "version": 1, "title": "t", "layout": "wide", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Effectifs"], "key": ["Code école"],
                   "columns": [{"patterns": ["{grade} {sex}"], "field": "enrolment"}]}]}
                """);
        assertEquals(1, count(plain, "FRACTIONAL_COUNT"), plain.problems().toString());
        assertEquals("Effectifs!B2", first(plain, "FRACTIONAL_COUNT"));
        assertEquals(1, count(plain, "NOT_A_NUMBER"), plain.problems().toString());
        XSSFWorkbook wb2 = new XSSFWorkbook();
        Sheet sh2 = wb2.createSheet("Effectifs");
        Sheets.row(sh2, 0, "Code école", "CP1 Garçons", "CP1 Filles");
        Sheets.row(sh2, 1, "TG-12", "1.050", "2,5");
        FileResult dotted = importWith(wb2, "dotted-2024.xlsx", """
                {"id": "dotted", "version": 1, "title": "t", "layout": "wide", "thousands": ".",
                 "year": {"fromFileName": true},
                 "sheets": [{"names": ["Effectifs"], "key": ["Code école"],
                   "columns": [{"patterns": ["{grade} {sex}"], "field": "enrolment"}]}]}
                """);
        assertEquals(1, count(dotted, "FRACTIONAL_COUNT"), "2,5 is two and a half: " + dotted.problems());
        assertEquals("Effectifs!C2", first(dotted, "FRACTIONAL_COUNT"));
        try (Workbench w = open()) {
            assertEquals(1050, w.whereFrom("TG-12", YEAR, Topic.ENROLMENT, 1, Sex.M, AgeGroup.ALL).orElseThrow()
                    .value());
        }
    }

    /** A nil mark must be a text that is no number, and the separator "," or ".": else the template is refused. */
    @Test
    void nilMarksThatAreNumbersOrBlankAreRefused() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.emisworkbench.template.TemplateException.class,
                () -> TemplateLoader.parse("""
                        {"id": "bad-nil", "version": 1, "layout": "wide", "nilMarks": ["-", "0", " "],
                         "thousands": ";",
                         "sheets": [{"names": ["S"], "key": ["Code"],
                           "columns": [{"patterns": ["{grade} {sex}"], "field": "enrolment"}]}]}
                        """, "bad-nil.json", null));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("$.nilMarks[1]: \"0\" is a number"), all);
        assertTrue(all.contains("$.nilMarks[2]: blank"), all);
        assertTrue(all.contains("$.thousands"), all);
    }

    /** The worked example of docs/templates.md section 7 loads, with its nil marks and thousands separator. */
    @Test
    void theGuidesNilMarksExampleLoads() throws Exception {
        String doc = Files.readString(Path.of("docs/templates.md"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("```json\\n(\\s*\\{[^`]*?\"id\": \"lome\"[^`]*?)```")
                .matcher(doc);
        assertTrue(m.find(), "section 7 has the example");
        Template t = TemplateLoader.parse(m.group(1), "docs section 7", null);
        assertEquals(List.of("-", "–"), t.nilMarks());
        assertEquals(".", t.thousands());
    }

    // ---- 8. Uganda: numbers as text with commas, formula totals per sex, a row hidden between schools -----

    @Test
    void textWithCommasAndFormulaTotalsPerSex() throws Exception {
        Random rnd = new Random(1108);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("P1-P3");
        Sheets.row(sh, 0, "UPE ENROLMENT RETURN");
        Sheets.row(sh, 1, "Centre No", "School", "P1 Boys", "P2 Boys", "P3 Boys", "Total Boys", "P1 Girls",
                "P2 Girls", "P3 Girls", "Total Girls");
        int n = 4;
        int[][] v = new int[n][6]; // boys P1-3, girls P1-3
        for (int s = 0; s < n; s++) {
            int r = 2 + s;
            Object[] row = new Object[10];
            row[0] = "UG" + (880 + s);
            row[1] = "Kasese P/S " + s;
            for (int i = 0; i < 6; i++) {
                v[s][i] = rnd.nextInt(1500) + 1;
                String text = String.format(java.util.Locale.US, "%,d", v[s][i]);
                row[i < 3 ? 2 + i : 3 + i] = s % 2 == 0 ? text : v[s][i];
            }
            Sheets.row(sh, r, row);
            sh.getRow(r).createCell(5).setCellFormula("SUM(C" + (r + 1) + ":E" + (r + 1) + ")");
            sh.getRow(r).createCell(9).setCellFormula("SUM(G" + (r + 1) + ":I" + (r + 1) + ")");
        }
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        Run run = draftCheckImport(wb, "kasese-2024.xlsx");
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertNoUnread(run);
        // Excel's SUM leaves out numbers stored as text: on the rows written as text the formula says 0, and
        // the import, adding the figures it reads, agrees with neither... unless it knows a SUM skips text.
        assertEquals(0, f.problemCount(), f.problems() + "\n" + run.json());
        try (Workbench w = open()) {
            for (int s = 0; s < n; s++) {
                for (int g = 0; g < 3; g++) {
                    assertEnrolment(w, "UG" + (880 + s), g + 1, v[s][3 + g], v[s][g]);
                }
            }
        }
    }

    // ---- 9. Malawi: a band over the standards, Std merged over B | G, teachers and a PTR formula -----------

    @Test
    void bandOverMergedStandardsWithTeachersAndARatioFormula() throws Exception {
        Random rnd = new Random(1109);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Zomba");
        Sheets.row(sh, 0, "ZOMBA RURAL — PRIMARY SCHOOL CENSUS 2024");
        Sheets.row(sh, 1, "EMIS Number", "School", "ENROLMENT BY STANDARD AND SEX", null, null, null,
                "TEACHERS", null, "PTR");
        Sheets.row(sh, 2, null, null, "Std 1", null, "Std 2", null, "No. of teachers Male",
                "No. of teachers Female", null);
        Sheets.row(sh, 3, null, null, "B", "G", "B", "G", null, null, null);
        sh.addMergedRegion(new CellRangeAddress(1, 1, 2, 5));
        sh.addMergedRegion(new CellRangeAddress(1, 1, 6, 7));
        sh.addMergedRegion(new CellRangeAddress(2, 2, 2, 3));
        sh.addMergedRegion(new CellRangeAddress(2, 2, 4, 5));
        int n = 4;
        int[][] v = new int[n][6]; // std1 B, G, std2 B, G, teachers M, F
        for (int s = 0; s < n; s++) {
            for (int i = 0; i < 6; i++) {
                v[s][i] = i < 4 ? rnd.nextInt(120) + 1 : rnd.nextInt(6) + 1;
            }
            int r = 4 + s;
            Sheets.row(sh, r, "MW" + (5000 + s), "Zomba School " + s, v[s][0], v[s][1], v[s][2], v[s][3], v[s][4],
                    v[s][5]);
            sh.getRow(r).createCell(8).setCellFormula("ROUND(SUM(C" + (r + 1) + ":F" + (r + 1) + ")/SUM(G" + (r + 1)
                    + ":H" + (r + 1) + "),0)");
        }
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        Run run = draftCheckImport(wb, "zomba-2024.xlsx");
        assertClean(run, n);
        int total = Topic.TEACHERS.fixedSlots().indexOf("total");
        try (Workbench w = open()) {
            for (int s = 0; s < n; s++) {
                String code = "MW" + (5000 + s);
                assertEnrolment(w, code, 1, v[s][1], v[s][0]);
                assertEnrolment(w, code, 2, v[s][3], v[s][2]);
                assertEquals(v[s][4], w.whereFrom(code, YEAR, Topic.TEACHERS, total, Sex.M, AgeGroup.ALL)
                        .orElseThrow().value());
                assertEquals(v[s][5], w.whereFrom(code, YEAR, Topic.TEACHERS, total, Sex.F, AgeGroup.ALL)
                        .orElseThrow().value());
            }
        }
    }

    // ---- 10. Lesotho: enrolment, repeaters and new entrants side by side on one sheet ----------------------

    @Test
    void enrolmentRepeatersAndNewEntrantsOnOneSheet() throws Exception {
        Random rnd = new Random(1110);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Census");
        Sheets.row(sh, 0, "Registration No", "Name of School", "Enrolment Grade 1 Boys", "Enrolment Grade 1 Girls",
                "Enrolment Grade 2 Boys", "Enrolment Grade 2 Girls", "Repeaters Grade 1 Boys",
                "Repeaters Grade 1 Girls", "Repeaters Grade 2 Boys", "Repeaters Grade 2 Girls",
                "New entrants Grade 1 Boys", "New entrants Grade 1 Girls");
        int n = 3;
        int[][] v = new int[n][10];
        for (int s = 0; s < n; s++) {
            Object[] row = new Object[12];
            row[0] = "LS" + (60 + s);
            row[1] = "Maseru School " + s;
            for (int i = 0; i < 10; i++) {
                v[s][i] = rnd.nextInt(40) + 1;
                row[2 + i] = v[s][i];
            }
            Sheets.row(sh, 1 + s, row);
        }
        Run run = draftCheckImport(wb, "maseru-2024.xlsx");
        assertClean(run, n);
        try (Workbench w = open()) {
            for (int s = 0; s < n; s++) {
                String code = "LS" + (60 + s);
                assertEnrolment(w, code, 1, v[s][1], v[s][0]);
                assertEnrolment(w, code, 2, v[s][3], v[s][2]);
                assertFigure(w, code, Topic.REPEATERS, 1, v[s][5], v[s][4]);
                assertFigure(w, code, Topic.REPEATERS, 2, v[s][7], v[s][6]);
                assertFigure(w, code, Topic.NEW_ENTRANTS, 1, v[s][9], v[s][8]);
            }
        }
    }

    // ---- 11. Senegal: header on row 6, Garçons / Filles merged over the classes, totals per sex and overall --

    @Test
    void sexMergedOverClassesWithTotalsPerSexAndOverall() throws Exception {
        Random rnd = new Random(1111);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Effectifs");
        Sheets.row(sh, 0, "RÉPUBLIQUE DU SÉNÉGAL");
        Sheets.row(sh, 1, "Ministère de l'Éducation nationale");
        Sheets.row(sh, 2, "IEF de Mbour — Enquête rapide de rentrée 2024");
        Sheets.row(sh, 4, "Code de l'établissement", "Nom de l'établissement", "Garçons", null, null, "Total G", "Filles",
                null, null, "Total F", "Total", "Observations");
        Sheets.row(sh, 5, null, null, "CI", "CP", "CE1", null, "CI", "CP", "CE1");
        sh.addMergedRegion(new CellRangeAddress(4, 4, 2, 4));
        sh.addMergedRegion(new CellRangeAddress(4, 4, 6, 8));
        int n = 4;
        int[][] v = new int[n][6]; // boys CI, CP, CE1, girls CI, CP, CE1
        for (int s = 0; s < n; s++) {
            int boys = 0;
            int girls = 0;
            for (int i = 0; i < 6; i++) {
                v[s][i] = rnd.nextInt(70) + 1;
                boys += i < 3 ? v[s][i] : 0;
                girls += i >= 3 ? v[s][i] : 0;
            }
            Sheets.row(sh, 6 + s, "SN" + (2200 + s), "École " + s, v[s][0], v[s][1], v[s][2], boys, v[s][3], v[s][4],
                    v[s][5], girls, boys + girls + (s == 1 ? 3 : 0), s == 0 ? "Nouvelle école" : null);
        }
        // A bare CP is the first year in some countries, the second in others; after CI on the same header it is
        // the second, and the draft reads its columns as G2, so every column is read.
        Path file = dir.resolve("mbour-2024.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        TemplateWorkshop.DraftResult d = workshop.draft(file, "mbour");
        TemplateWorkshop.CheckReport drafted = workshop.check(file, d.draft().template(), null, Cancellation.none());
        assertEquals(0, drafted.unreadNumberColumns(), "CP after CI drafted as G2: " + drafted.sheets());
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(d.draft().json());
        // The template's own grade list says so too, for what reads the workspace later (emis trace --slot CP).
        assertTrue(root.path("codeLists").path("grade").path("G2").toString().contains("\"CP\""), root.toString());
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("mbour.json"), root.toPrettyString());
        Template finished = TemplateLoader.load(templates.resolve("mbour.json"));
        TemplateWorkshop.CheckReport check = workshop.check(file, finished, null, Cancellation.none());
        FileResult f;
        try (Workbench w = open()) {
            f = new ImportService(w, TemplateCatalog.load(templates)).importFiles(new ImportRequest(List.of(file),
                    "mbour", null), Progress.NONE, Cancellation.none()).files().get(0);
        }
        Run run = new Run(root.toPrettyString(), check, f);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(n, f.schoolsAdded());
        assertNoUnread(run);
        assertEquals(1, count(f, "TOTAL_MISMATCH"), f.problems() + "\n" + run.json());
        assertEquals("Effectifs!K8", first(f, "TOTAL_MISMATCH"));
        assertEquals(1, f.problemCount(), f.problems().toString());
        try (Workbench w = open()) {
            for (int s = 0; s < n; s++) {
                for (int g = 0; g < 3; g++) {
                    // CI, CP, CE1: the first three years (CP is the second year after CI).
                    assertEnrolment(w, "SN" + (2200 + s), g + 1, v[s][3 + g], v[s][g]);
                }
            }
        }
    }

    // ---- helpers: one copy in DraftedImports ---------------------------------------------------------------

    private Run draftCheckImport(Workbook wb, String fileName) throws Exception {
        return imports().draftCheckImport(wb, fileName);
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

    /** Without CI beside it, a bare CP's year is the officer's to say: the draft names its columns and the line. */
    @Test
    void aBareCpWithoutCiIsNamedInTheDraftWithTheLineThatReadsIt() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Effectifs");
        Sheets.row(sh, 0, "Code école", "Nom", "CP G", "CP F", "CE1 G", "CE1 F");
        Sheets.row(sh, 1, "FR0001", "École A", 10, 11, 12, 13);
        Path file = dir.resolve("ecoles-2024.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        TemplateWorkshop.DraftResult d = workshop.draft(file, "ecoles");
        String note = d.notes().stream().filter(x -> x.key().equals("draft.bareCp")).map(Object::toString).findFirst()
                .orElseThrow(() -> new AssertionError(d.notes().toString()));
        assertTrue(note.contains("CP G, CP F") && note.contains("grade: G1 = [\"CP\"]"), note);
        assertFalse(d.draft().json().contains("\"G2\""), "never guessed: " + d.draft().json());
    }
}
