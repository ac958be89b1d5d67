package org.emisworkbench.service;

import static org.emisworkbench.service.DraftedImports.assertClean;
import static org.emisworkbench.service.DraftedImports.assertNoUnread;
import static org.emisworkbench.service.DraftedImports.count;
import static org.emisworkbench.service.DraftedImports.first;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.service.DraftedImports.Run;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A third round of a district data manager's first returns from a ministry never seen: layouts that
 * {@link UnseenLayoutsTest} and {@link DraftedLayoutsTest} do not write (a legacy .xls with three header
 * rows under a band, columns M before F with the grades descending and blank separator columns, a header on
 * row 8 under a banner of merged titles with a frozen pane and an autofilter, a remarks column with dashes,
 * repeaters as a second table under the enrolment table, teachers by Certificate / Diploma / Degree /
 * Untrained, totals for both sexes only, one sheet per class with a summary sheet, French abbreviations).
 * Each is read with the template the program drafts from the workbook itself; the figures stored must be the
 * sums this test works out from the values it wrote, and every census column must be read (or, where the
 * workbook does not say a figure, reported and never invented).
 */
class FieldLayoutsTest {
    private static final int YEAR = 2024;

    @TempDir
    java.nio.file.Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    // ---- 1. Angola, a legacy .xls: a "Matriculados" band over "1ª Classe" merged over Homens | Mulheres | HM,
    //         blank cells under every merge ----------------------------------------------------------------

    @Test
    void legacyXlsWithABandOverClassesOverHomensMulheresHm() throws Exception {
        Random rnd = new Random(3101);
        HSSFWorkbook wb = new HSSFWorkbook();
        Sheet sh = wb.createSheet("Matrículas");
        Sheets.row(sh, 0, "REPÚBLICA DE ANGOLA — GABINETE PROVINCIAL DA EDUCAÇÃO DO HUAMBO");
        sh.addMergedRegion(new CellRangeAddress(0, 0, 0, 10));
        Sheets.row(sh, 2, "Código da Escola", "Nome da Escola", "Matriculados");
        sh.addMergedRegion(new CellRangeAddress(2, 2, 2, 10));
        Sheets.row(sh, 3, null, null, "1ª Classe", null, null, "2ª Classe", null, null, "3ª Classe", null, null);
        Sheets.row(sh, 4, null, null, "Homens", "Mulheres", "HM", "Homens", "Mulheres", "HM", "Homens", "Mulheres",
                "HM");
        for (int c = 2; c < 11; c += 3) {
            sh.addMergedRegion(new CellRangeAddress(3, 3, c, c + 2));
        }
        sh.addMergedRegion(new CellRangeAddress(2, 4, 0, 0));
        sh.addMergedRegion(new CellRangeAddress(2, 4, 1, 1));
        int n = 4;
        int[][] v = new int[n][6]; // per class: homens, mulheres
        for (int s = 0; s < n; s++) {
            Object[] row = new Object[11];
            row[0] = "AO-" + (5100 + s);
            row[1] = "Escola Primária nº " + (10 + s);
            for (int g = 0; g < 3; g++) {
                v[s][2 * g] = rnd.nextInt(90) + 1;
                v[s][2 * g + 1] = rnd.nextInt(90) + 1;
                row[2 + 3 * g] = v[s][2 * g];
                row[3 + 3 * g] = v[s][2 * g + 1];
                row[4 + 3 * g] = v[s][2 * g] + v[s][2 * g + 1] + (s == 3 && g == 2 ? 5 : 0); // one HM typed over
            }
            Sheets.row(sh, 5 + s, row);
        }
        Run run = imports().draftCheckImport(wb, "huambo-2024.xls");
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message() + "\n" + run.json());
        assertEquals(n, f.schoolsAdded());
        assertNoUnread(run);
        assertEquals(1, count(f, "TOTAL_MISMATCH"), f.problems() + "\n" + run.json());
        assertEquals("Matrículas!K9", first(f, "TOTAL_MISMATCH"));
        assertEquals(1, f.problemCount(), f.problems().toString());
        try (Workbench w = open()) {
            for (int s = 0; s < n; s++) {
                for (int g = 0; g < 3; g++) {
                    imports().assertEnrolment(w, "AO-" + (5100 + s), g + 1, v[s][2 * g + 1], v[s][2 * g]);
                }
            }
            assertEquals("Matrículas!D6", w.whereFrom("AO-5100", YEAR, Topic.ENROLMENT, 1, Sex.F, AgeGroup.ALL)
                    .orElseThrow().source().sheetCell(), "Mulheres of 1ª Classe, first school");
        }
    }

    // ---- 2. Kiribati: Class 6 … Class 1 (descending), M before F, blank separator columns and rows ---------

    @Test
    void classesDescendingMaleFirstWithBlankSeparatorColumnsAndRows() throws Exception {
        Random rnd = new Random(3102);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enrolment");
        // Columns: A code, B name, C blank, then per class (6 down to 1) M, F and a blank separator column.
        Object[] head = new Object[3 + 6 * 3];
        head[0] = "School No.";
        head[1] = "School Name";
        for (int k = 0; k < 6; k++) {
            int cls = 6 - k;
            head[3 + 3 * k] = "Class " + cls + " M";
            head[4 + 3 * k] = "Class " + cls + " F";
        }
        Sheets.row(sh, 0, head);
        int n = 5;
        int[][][] v = new int[n][7][2]; // [school][class 1..6][F=0, M=1]
        int r = 2; // a blank row under the header
        for (int s = 0; s < n; s++) {
            Object[] row = new Object[head.length];
            row[0] = "KI" + (40 + s);
            row[1] = "Tarawa School " + s;
            for (int k = 0; k < 6; k++) {
                int cls = 6 - k;
                v[s][cls][0] = rnd.nextInt(40) + 1;
                v[s][cls][1] = rnd.nextInt(40) + 1;
                row[3 + 3 * k] = v[s][cls][1];
                row[4 + 3 * k] = v[s][cls][0];
            }
            Sheets.row(sh, r, row);
            r += s == 1 ? 3 : 1; // two blank rows between the islands
        }
        Run run = imports().draftCheckImport(wb, "tarawa-2024.xlsx");
        assertClean(run, n);
        try (Workbench w = open()) {
            for (int s = 0; s < n; s++) {
                for (int cls = 1; cls <= 6; cls++) {
                    imports().assertEnrolment(w, "KI" + (40 + s), cls, v[s][cls][0], v[s][cls][1]);
                }
            }
            // Class 1 F is the last column but one: 3 + 3*5 + 1 = 19 = T; first school on row 3.
            assertEquals("Enrolment!T3", w.whereFrom("KI40", YEAR, Topic.ENROLMENT, 1, Sex.F, AgeGroup.ALL)
                    .orElseThrow().source().sheetCell());
        }
    }

    // ---- 3. Liberia: header on row 8 under a banner of merged titles; frozen pane, autofilter, a hidden
    //         column of the clerk's, hidden rows ----------------------------------------------------------

    @Test
    void headerOnRowEightUnderABannerWithAFrozenPaneAndAnAutofilter() throws Exception {
        Random rnd = new Random(3103);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("County Return");
        String[] banner = {"[logo]", "REPUBLIC OF LIBERIA", "MINISTRY OF EDUCATION",
            "Division of Research, Planning and EMIS", "ANNUAL SCHOOL CENSUS 2024 — PRIMARY",
            "County: Bong          District: Jorquelleh", "Please complete in BLOCK letters. Do not change the columns."};
        for (int i = 0; i < banner.length; i++) {
            Sheets.row(sh, i, banner[i]);
            sh.addMergedRegion(new CellRangeAddress(i, i, 0, 8));
        }
        Sheets.row(sh, 7, "EMIS Code", "School Name", "Checked by", "Grade 1 Girls", "Grade 1 Boys", "Grade 2 Girls",
                "Grade 2 Boys", "Grade 3 Girls", "Grade 3 Boys");
        sh.createFreezePane(2, 8);
        sh.setAutoFilter(new CellRangeAddress(7, 7, 0, 8));
        sh.setColumnHidden(2, true);
        int n = 6;
        int[][] v = new int[n][6];
        for (int s = 0; s < n; s++) {
            Object[] row = new Object[9];
            row[0] = "LR-BG-" + (100 + s);
            row[1] = "Gbarnga Public " + s;
            row[2] = s % 2 == 0 ? "JK" : "MT";
            for (int i = 0; i < 6; i++) {
                v[s][i] = rnd.nextInt(60) + 1;
                row[3 + i] = v[s][i];
            }
            Sheets.row(sh, 8 + s, row);
        }
        sh.getRow(9).setZeroHeight(true);
        sh.getRow(12).setZeroHeight(true); // filtered out by the autofilter: still a school's return
        Run run = imports().draftCheckImport(wb, "bong-2024.xlsx");
        assertClean(run, n);
        try (Workbench w = open()) {
            for (int s = 0; s < n; s++) {
                for (int g = 0; g < 3; g++) {
                    imports().assertEnrolment(w, "LR-BG-" + (100 + s), g + 1, v[s][2 * g], v[s][2 * g + 1]);
                }
            }
            assertEquals("County Return!D9", w.whereFrom("LR-BG-100", YEAR, Topic.ENROLMENT, 1, Sex.F, AgeGroup.ALL)
                    .orElseThrow().source().sheetCell(), "the first school is on row 9, under the header of row 8");
        }
    }

    // ---- 4. Ghana: a Remarks column with dashes and words; the counts have no dash at all ------------------

    @Test
    void dashesInARemarksColumnAreNoNilMarks() throws Exception {
        Random rnd = new Random(3104);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Basic Schools");
        Sheets.row(sh, 0, "School Code", "School Name", "P1 Boys", "P1 Girls", "P2 Boys", "P2 Girls", "Remarks");
        int n = 5;
        String[] remarks = {"-", "Roof blown off in May", "–", "-", "New head teacher - posted in March"};
        int[][] v = new int[n][4];
        for (int s = 0; s < n; s++) {
            for (int i = 0; i < 4; i++) {
                v[s][i] = rnd.nextInt(70) + 1;
            }
            Sheets.row(sh, 1 + s, "GH" + (7700 + s), "D/A Basic " + s, v[s][0], v[s][1], v[s][2], v[s][3],
                    remarks[s]);
        }
        Run run = imports().draftCheckImport(wb, "ho-2024.xlsx");
        assertFalse(run.json().contains("nilMarks"), "a dash in the remarks says nothing of the counts: "
                + run.json());
        assertClean(run, n);
        try (Workbench w = open()) {
            for (int s = 0; s < n; s++) {
                imports().assertEnrolment(w, "GH" + (7700 + s), 1, v[s][1], v[s][0]);
                imports().assertEnrolment(w, "GH" + (7700 + s), 2, v[s][3], v[s][2]);
            }
        }
    }

    /** The same remarks beside counts that do write a dash for nil: only the count's dash is a nil mark. */
    @Test
    void aDashInTheCountsIsANilMarkWhateverTheRemarksHold() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Basic Schools");
        Sheets.row(sh, 0, "School Code", "P1 Boys", "P1 Girls", "Remarks");
        Sheets.row(sh, 1, "GH1", 12, "–", "-");
        Sheets.row(sh, 2, "GH2", 9, 14, "—");
        Run run = imports().draftCheckImport(wb, "ho2-2024.xlsx");
        assertTrue(run.json().contains("\"nilMarks\" : [ \"–\" ]"), "the remarks' - and — are not nil marks: "
                + run.json());
        assertEquals(1, count(run.result(), "NIL_AS_ZERO"), run.result().problems().toString());
        assertEquals("Basic Schools!C2", first(run.result(), "NIL_AS_ZERO"));
    }

    // ---- 5. Nigeria: repeaters as a second table under the enrolment table, on the same sheet -------------

    @Test
    void repeatersAsASecondTableUnderTheEnrolmentTable() throws Exception {
        Random rnd = new Random(3105);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("LGEA");
        Sheets.row(sh, 0, "TABLE 1: ENROLMENT BY CLASS AND SEX");
        String[] head = {"School Code", "School Name", "Primary 1 Male", "Primary 1 Female", "Primary 2 Male",
            "Primary 2 Female"};
        Sheets.row(sh, 1, (Object[]) head);
        int n = 4;
        int[][] e = new int[n][4];
        int[][] rep = new int[n][4];
        for (int s = 0; s < n; s++) {
            for (int i = 0; i < 4; i++) {
                e[s][i] = rnd.nextInt(90) + 10;
                rep[s][i] = rnd.nextInt(8);
            }
            Sheets.row(sh, 2 + s, "NG-" + (300 + s), "LGEA School " + s, e[s][0], e[s][1], e[s][2], e[s][3]);
        }
        int top = 2 + n + 2;
        Sheets.row(sh, top, "TABLE 2: REPEATERS BY CLASS AND SEX");
        Sheets.row(sh, top + 1, (Object[]) head);
        for (int s = 0; s < n; s++) {
            Sheets.row(sh, top + 2 + s, "NG-" + (300 + s), "LGEA School " + s, rep[s][0], rep[s][1], rep[s][2],
                    rep[s][3]);
        }
        Run run = imports().draftCheckImport(wb, "lgea-2024.xlsx");
        assertClean(run, n);
        try (Workbench w = open()) {
            for (int s = 0; s < n; s++) {
                String code = "NG-" + (300 + s);
                imports().assertEnrolment(w, code, 1, e[s][1], e[s][0]);
                imports().assertEnrolment(w, code, 2, e[s][3], e[s][2]);
                imports().assertFigure(w, code, Topic.REPEATERS, 1, rep[s][1], rep[s][0]);
                imports().assertFigure(w, code, Topic.REPEATERS, 2, rep[s][3], rep[s][2]);
            }
            assertEquals("LGEA!D" + (top + 3), w.whereFrom("NG-300", YEAR, Topic.REPEATERS, 1, Sex.F, AgeGroup.ALL)
                    .orElseThrow().source().sheetCell(), "the first school's repeaters, Primary 1 female");
        }
    }

    /**
     * The same stacked tables read with a template written by hand: a school twice in the repeaters' table is
     * still reported; the total row under a table adds that table's rows; a table of a topic that is not graded
     * is refused with its path.
     */
    @Test
    void stackedTablesWrittenByHandAndTheirMistakes() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("LGEA");
        Sheets.row(sh, 0, "School Code", "Primary 1 Male", "Primary 1 Female");
        Sheets.row(sh, 1, "NG-1", 40, 38);
        Sheets.row(sh, 2, "NG-2", 31, 30);
        Sheets.row(sh, 4, "Repeaters");
        Sheets.row(sh, 5, "School Code", "Primary 1 Male", "Primary 1 Female");
        Sheets.row(sh, 6, "NG-1", 3, 2);
        Sheets.row(sh, 7, "NG-2", 1, 4);
        Sheets.row(sh, 8, "NG-2", 9, 9);
        Sheets.row(sh, 9, "Total", 4, 6); // the repeaters' total: the rows of its own table only
        FileResult f = imports().importWith(wb, "lgea-hand-2024.xlsx", """
                {"id": "lgea-hand", "version": 1, "title": "t", "layout": "wide", "year": {"fromFileName": true},
                 "sheets": [{"names": ["LGEA"], "key": ["School Code"],
                   "columns": [{"patterns": ["Primary {grade} {sex}"], "field": "enrolment"}],
                   "tables": [{"titles": ["Repeaters"], "field": "repeaters"}]}]}
                """);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(2, f.schoolsAdded());
        assertEquals(1, count(f, "DUPLICATE_SCHOOL"), f.problems().toString());
        assertEquals("LGEA!A9", first(f, "DUPLICATE_SCHOOL"));
        assertEquals(0, count(f, "REPEATED_HEADER"), "the table's own header is expected: " + f.problems());
        assertEquals(0, count(f, "TOTAL_MISMATCH"), "a table's total adds its own rows: " + f.problems());
        try (Workbench w = open()) {
            imports().assertEnrolment(w, "NG-2", 1, 30, 31);
            imports().assertFigure(w, "NG-2", Topic.REPEATERS, 1, 4, 1);
        }
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.emisworkbench.template.TemplateException.class,
                () -> org.emisworkbench.template.TemplateLoader.parse("""
                        {"id": "bad-table", "version": 1, "layout": "wide",
                         "sheets": [{"names": ["S"], "key": ["Code"],
                           "columns": [{"patterns": ["{grade} {sex}"], "field": "enrolment"}],
                           "tables": [{"titles": [" "], "field": "teachers.total"}]}]}
                        """, "bad-table.json", null));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("$.sheets[0].tables[0].field"), all);
        assertTrue(all.contains("$.sheets[0].tables[0].titles"), all);
    }

    /**
     * A table's title printed in the code column, alone on its row, is never a school, even with a template
     * that does not know the tables (before: "TABLE 2: REPEATERS BY CLASS AND SEX" was stored as a school).
     */
    @Test
    void aTitleAloneInTheCodeColumnIsNeverASchool() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("LGEA");
        Sheets.row(sh, 0, "School Code", "Primary 1 Male", "Primary 1 Female");
        Sheets.row(sh, 1, "NG-1", 40, 38);
        Sheets.row(sh, 2, "TABLE 2: REPEATERS BY CLASS AND SEX");
        Sheets.row(sh, 3, "NG-2", 31, 30);
        FileResult f = imports().importWith(wb, "title-2024.xlsx", """
                {"id": "title", "version": 1, "title": "t", "layout": "wide", "year": {"fromFileName": true},
                 "sheets": [{"names": ["LGEA"], "key": ["School Code"],
                   "columns": [{"patterns": ["Primary {grade} {sex}"], "field": "enrolment"}]}]}
                """);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(2, f.schoolsAdded(), f.problems().toString());
        assertEquals(1, f.skipped().getOrDefault(org.emisworkbench.model.SkipReason.BANNER_ROW, 0), f.skipped()
                .toString());
        try (Workbench w = open()) {
            assertEquals(java.util.Set.of("NG-1", "NG-2"), w.schools(YEAR, null).stream()
                    .map(org.emisworkbench.model.SchoolListing::code).collect(java.util.stream.Collectors.toSet()));
        }
    }

    // ---- 6. Solomon Islands: teachers by Certificate / Diploma / Degree / Untrained, by sex --------------------

    @Test
    void teachersByCertificateDiplomaDegreeAndUntrained() throws Exception {
        Random rnd = new Random(3106);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Teachers");
        Sheets.row(sh, 0, "School ID", "School", "Certificate M", "Certificate F", "Diploma M", "Diploma F",
                "Degree M", "Degree F", "Untrained M", "Untrained F");
        int n = 4;
        int[][] v = new int[n][8];
        for (int s = 0; s < n; s++) {
            Object[] row = new Object[10];
            row[0] = "SB" + (900 + s);
            row[1] = "Honiara Primary " + s;
            for (int i = 0; i < 8; i++) {
                v[s][i] = rnd.nextInt(6);
                row[2 + i] = v[s][i];
            }
            Sheets.row(sh, 1 + s, row);
        }
        Run run = imports().draftCheckImport(wb, "honiara-2024.xlsx");
        assertClean(run, n);
        int total = Topic.TEACHERS.fixedSlots().indexOf("total");
        int trained = Topic.TEACHERS.fixedSlots().indexOf("trained");
        try (Workbench w = open()) {
            for (int s = 0; s < n; s++) {
                String code = "SB" + (900 + s);
                int trainedM = v[s][0] + v[s][2] + v[s][4];
                int trainedF = v[s][1] + v[s][3] + v[s][5];
                imports().assertFigure(w, code, Topic.TEACHERS, total, trainedF + v[s][7], trainedM + v[s][6]);
                imports().assertFigure(w, code, Topic.TEACHERS, trained, trainedF, trainedM);
            }
        }
    }

    // ---- 7. Totals for both sexes only: reported, never split into girls and boys --------------------------

    @Test
    void enrolmentGivenForBothSexesOnlyIsReportedNeverInvented() throws Exception {
        Random rnd = new Random(3107);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enrolment");
        Sheets.row(sh, 0, "School code", "School name", "Grade 1 Boys", "Grade 1 Girls", "Grade 2", "Grade 3");
        int n = 3;
        int[][] v = new int[n][4];
        for (int s = 0; s < n; s++) {
            for (int i = 0; i < 4; i++) {
                v[s][i] = rnd.nextInt(80) + 1;
            }
            Sheets.row(sh, 1 + s, "BS" + s, "School " + s, v[s][0], v[s][1], v[s][2], v[s][3]);
        }
        Run run = imports().draftCheckImport(wb, "both-2024.xlsx");
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(n * 2L, f.valuesStored(), "only the figures by sex are stored: " + run.json());
        // Grade 2 and Grade 3 say how many pupils, not how many girls and boys: the officer is told, on the
        // check and in the import, at the columns concerned.
        assertEquals(2, run.check().unreadNumberColumns(), run.check().sheets().toString());
        assertEquals(2, count(f, "UNREAD_FIGURES") + count(f, "UNMATCHED_COLUMN"), f.problems().toString());
        try (Workbench w = open()) {
            for (int s = 0; s < n; s++) {
                imports().assertEnrolment(w, "BS" + s, 1, v[s][1], v[s][0]);
                assertTrue(w.whereFrom("BS" + s, YEAR, Topic.ENROLMENT, 2, Sex.F, AgeGroup.ALL).isEmpty(),
                        "no girls invented");
                assertTrue(w.whereFrom("BS" + s, YEAR, Topic.ENROLMENT, 2, Sex.M, AgeGroup.ALL).isEmpty(),
                        "no boys invented");
            }
        }
    }

    // ---- 8. Fiji: one sheet per class with a Total column, and a summary sheet of formulas -----------------

    @Test
    void oneSheetPerClassWithTotalsAndASummarySheetOfFormulas() throws Exception {
        Random rnd = new Random(3108);
        XSSFWorkbook wb = new XSSFWorkbook();
        int n = 4;
        int classes = 3;
        int[][][] v = new int[classes][n][2]; // [class][school][F=0, M=1]
        Sheet summary = wb.createSheet("Summary");
        Sheets.row(summary, 0, "DISTRICT SUMMARY", null, null);
        Sheets.row(summary, 1, "Class", "Boys", "Girls");
        for (int c = 0; c < classes; c++) {
            Sheet sh = wb.createSheet("Class " + (c + 1));
            Sheets.row(sh, 0, "Class " + (c + 1) + " enrolment — Lautoka District");
            Sheets.row(sh, 2, "School Code", "School Name", "Boys", "Girls", "Total");
            for (int s = 0; s < n; s++) {
                v[c][s][0] = rnd.nextInt(50) + 1;
                v[c][s][1] = rnd.nextInt(50) + 1;
                int r = 3 + s;
                Sheets.row(sh, r, "FJ" + (60 + s), "Lautoka School " + s, v[c][s][1], v[c][s][0]);
                sh.getRow(r).createCell(4).setCellFormula("C" + (r + 1) + "+D" + (r + 1));
            }
            Row sum = summary.createRow(2 + c);
            sum.createCell(0).setCellValue("Class " + (c + 1));
            sum.createCell(1).setCellFormula("SUM('Class " + (c + 1) + "'!C4:C" + (3 + n) + ")");
            sum.createCell(2).setCellFormula("SUM('Class " + (c + 1) + "'!D4:D" + (3 + n) + ")");
        }
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        Run run = imports().draftCheckImport(wb, "lautoka-2024.xlsx");
        assertClean(run, n);
        try (Workbench w = open()) {
            for (int c = 0; c < classes; c++) {
                for (int s = 0; s < n; s++) {
                    imports().assertEnrolment(w, "FJ" + (60 + s), c + 1, v[c][s][0], v[c][s][1]);
                }
            }
            assertEquals("Class 2!D5", w.whereFrom("FJ61", YEAR, Topic.ENROLMENT, 2, Sex.F, AgeGroup.ALL)
                    .orElseThrow().source().sheetCell());
        }
    }

    // ---- 9. Côte d'Ivoire: French abbreviations and accents, Effectif / Redoublants / Enseignants ----------

    @Test
    void frenchEffectifsRedoublantsAndEnseignantsWithAbbreviations() throws Exception {
        Random rnd = new Random(3109);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Données");
        String[] classes = {"CP1", "CP2", "CE1", "CE2", "CM1", "CM2"};
        Object[] head = new Object[2 + 12 + 4 + 2];
        head[0] = "Code établ.";
        head[1] = "Nom de l'établissement";
        for (int g = 0; g < 6; g++) {
            head[2 + 2 * g] = "Effectif " + classes[g] + " Garçons";
            head[3 + 2 * g] = "Effectif " + classes[g] + " Filles";
        }
        head[14] = "Redoublants CP1 Garçons";
        head[15] = "Redoublants CP1 Filles";
        head[16] = "Redoublants CP2 Garçons";
        head[17] = "Redoublants CP2 Filles";
        head[18] = "Nb enseignants H";
        head[19] = "Nb enseignants F";
        Sheets.row(sh, 0, head);
        int n = 4;
        int[][] v = new int[n][18];
        for (int s = 0; s < n; s++) {
            Object[] row = new Object[20];
            row[0] = "CI-" + (4400 + s);
            row[1] = "EPP Bouaké " + s;
            for (int i = 0; i < 18; i++) {
                v[s][i] = i < 12 ? rnd.nextInt(80) + 10 : rnd.nextInt(9) + 1;
                row[2 + i] = v[s][i];
            }
            Sheets.row(sh, 1 + s, row);
        }
        Run run = imports().draftCheckImport(wb, "bouake-2024.xlsx");
        assertClean(run, n);
        int total = Topic.TEACHERS.fixedSlots().indexOf("total");
        try (Workbench w = open()) {
            for (int s = 0; s < n; s++) {
                String code = "CI-" + (4400 + s);
                for (int g = 0; g < 6; g++) {
                    imports().assertEnrolment(w, code, g + 1, v[s][2 * g + 1], v[s][2 * g]);
                }
                imports().assertFigure(w, code, Topic.REPEATERS, 1, v[s][13], v[s][12]);
                imports().assertFigure(w, code, Topic.REPEATERS, 2, v[s][15], v[s][14]);
                imports().assertFigure(w, code, Topic.TEACHERS, total, v[s][17], v[s][16]);
            }
        }
    }

    // ---- 10. Tonga: counts as text (" 7 ", "1,234"), formula totals per row with cached values --------------

    @Test
    void textCountsBesideFormulaTotalsForBothSexes() throws Exception {
        Random rnd = new Random(3110);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Form 1 return");
        Sheets.row(sh, 0, "School Code", "School Name", "Year 1 Male", "Year 1 Female", "Year 1 Total", "Year 2 Male",
                "Year 2 Female", "Year 2 Total");
        int n = 4;
        int[][] v = new int[n][4];
        for (int s = 0; s < n; s++) {
            int r = 1 + s;
            Object[] row = new Object[8];
            row[0] = "TO" + (20 + s);
            row[1] = "Nuku'alofa GPS " + s;
            for (int i = 0; i < 4; i++) {
                v[s][i] = rnd.nextInt(1400) + 1;
                int col = i < 2 ? 2 + i : 3 + i;
                // Some typed with padding or a thousands comma, as text: Excel's "+" reads them, SUM would not.
                row[col] = (s + i) % 3 == 0 ? " " + v[s][i] + " " : (s + i) % 3 == 1
                        ? String.format(java.util.Locale.US, "%,d", v[s][i]) : v[s][i];
            }
            Sheets.row(sh, r, row);
            sh.getRow(r).createCell(4).setCellFormula("C" + (r + 1) + "+D" + (r + 1));
            sh.getRow(r).createCell(7).setCellFormula("F" + (r + 1) + "+G" + (r + 1));
            if (s == 2) {
                sh.getRow(r).createCell(7).setCellValue(v[s][2] + v[s][3] - 4); // a formula typed over
            }
        }
        // Cached values as Excel computes them (its "+" turns "1,234" text to a number; POI does not), so the
        // workbook carries the totals a clerk's Excel would have saved.
        for (int s = 0; s < n; s++) {
            Row row = sh.getRow(1 + s);
            for (int[] t : new int[][] {{4, 0, 1}, {7, 2, 3}}) {
                if (row.getCell(t[0]).getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                    ((org.apache.poi.xssf.usermodel.XSSFCell) row.getCell(t[0])).setCellValue(v[s][t[1]] + v[s][t[2]]);
                }
            }
        }
        Run run = imports().draftCheckImport(wb, "tonga-2024.xlsx");
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertNoUnread(run);
        assertEquals(n * 4L, f.valuesStored(), "the totals are checked, never stored");
        assertEquals(1, count(f, "TOTAL_MISMATCH"), f.problems() + "\n" + run.json());
        assertEquals("Form 1 return!H4", first(f, "TOTAL_MISMATCH"));
        assertEquals(1, f.problemCount(), f.problems().toString());
        try (Workbench w = open()) {
            for (int s = 0; s < n; s++) {
                imports().assertEnrolment(w, "TO" + (20 + s), 1, v[s][1], v[s][0]);
                imports().assertEnrolment(w, "TO" + (20 + s), 2, v[s][3], v[s][2]);
            }
        }
    }

    // ---- helpers: one copy in DraftedImports ---------------------------------------------------------------

    private DraftedImports imports;

    /** Made once a test's folder is known (it is injected after the fields are set), with this class's workshop. */
    private DraftedImports imports() {
        if (imports == null) {
            imports = new DraftedImports(dir, YEAR, workshop);
        }
        return imports;
    }

    private Workbench open() {
        return imports().open();
    }

}
