package org.emisworkbench.service;

import static org.emisworkbench.service.DraftedImports.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Topic;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fourth hunt, on school forms (one school per sheet): teachers by status written as labelled values
 * ({@code Titulaires H : 2}), small tables of statuses by sex, forms printing three school years, text fields
 * holding a formula without its result, and a few more styles. Each workbook is written here, drafted as
 * {@code emis template draft} does, checked and imported; every figure is compared with what this test wrote,
 * and every value not read must be reported at its cell, never dropped in silence.
 */
class FieldLayoutsHuntFourTest {
    private static final int YEAR = 2024;

    @TempDir
    Path dir;

    private DraftedImports imports(String folder) throws Exception {
        return new DraftedImports(Files.createDirectories(dir.resolve(folder)), YEAR,
                new TemplateWorkshop(TemplateCatalog.load(null)));
    }

    // ---- 1. Teachers by status as labelled values: read, or reported unread, never dropped -----------------------

    /**
     * Writes a form of labelled values, the label and value in one cell ({@code oneCell}) or side by side; with or
     * without the total of teachers. Returns [F, M] teachers: the total typed, or the statuses' sum.
     */
    private static int[] statusLabels(Sheet sh, boolean oneCell, boolean withTotal, long seed) {
        Random rnd = new Random(seed);
        int[] tit = {rnd.nextInt(4) + 1, rnd.nextInt(4) + 1}; // F, M
        int[] con = {rnd.nextInt(4) + 1, rnd.nextInt(4) + 1};
        int[] total = {tit[0] + con[0] + 1, tit[1] + con[1] + 2}; // other statuses not printed
        Sheets.row(sh, 0, "Code école :", "SN-" + seed);
        Sheets.row(sh, 1, "Nom de l'école :", "EPP Ndiaye " + seed);
        int row = 3;
        Object[][] items = withTotal
                ? new Object[][] {{"Enseignants H", total[1]}, {"Enseignants F", total[0]}, {"Titulaires H", tit[1]},
                    {"Titulaires F", tit[0]}, {"Contractuels H", con[1]}, {"Contractuels F", con[0]}}
                : new Object[][] {{"Titulaires H", tit[1]}, {"Titulaires F", tit[0]}, {"Contractuels H", con[1]},
                    {"Contractuels F", con[0]}};
        for (Object[] item : items) {
            if (oneCell) {
                Sheets.row(sh, row++, item[0] + " : " + item[1]);
            } else {
                Sheets.row(sh, row++, item[0] + " :", item[1]);
            }
        }
        return withTotal ? total : new int[] {tit[0] + con[0], tit[1] + con[1]};
    }

    @Test
    void statusLabelsBesideATotalAreReportedUnreadNeverDropped() throws Exception {
        for (boolean oneCell : new boolean[] {false, true}) {
            XSSFWorkbook wb = new XSSFWorkbook();
            int[] teachers = statusLabels(wb.createSheet("Fiche"), oneCell, true, oneCell ? 411 : 412);
            DraftedImports imports = imports(oneCell ? "one-cell" : "two-cells");
            DraftedImports.Run run = imports.draftCheckImport(wb, "fiche-2024.xlsx");
            FileResult f = run.result();
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message() + "\n" + run.json());
            assertEquals(1, count(f, "UNREAD_FIGURES"), oneCell + ": the statuses reported, one block: "
                    + f.problems() + "\n" + run.json());
            assertEquals(oneCell ? "Fiche!A6:A9" : "Fiche!B6:B9", DraftedImports.first(f, "UNREAD_FIGURES"),
                    "their cells: " + f.problems());
            assertTrue(run.check().unreadNumberColumns() > 0 || !run.check().unreadBlocks().isEmpty(),
                    oneCell + ": the check lists the statuses unread: " + run.check().sheets());
            try (Workbench w = imports.open()) {
                imports.assertFigure(w, "SN-" + (oneCell ? 411 : 412), Topic.TEACHERS, 0, teachers[0], teachers[1]);
            }
        }
    }

    @Test
    void statusLabelsWithoutATotalAddUpIntoTheTeachersBySex() throws Exception {
        for (boolean oneCell : new boolean[] {false, true}) {
            XSSFWorkbook wb = new XSSFWorkbook();
            int[] teachers = statusLabels(wb.createSheet("Fiche"), oneCell, false, oneCell ? 413 : 414);
            DraftedImports imports = imports(oneCell ? "one-cell" : "two-cells");
            DraftedImports.Run run = imports.draftCheckImport(wb, "fiche-2024.xlsx");
            DraftedImports.assertClean(run, 1);
            try (Workbench w = imports.open()) {
                imports.assertFigure(w, "SN-" + (oneCell ? 413 : 414), Topic.TEACHERS, 0, teachers[0], teachers[1]);
            }
        }
    }

    // ---- 3. Three school years side by side: the census year's read, the two others left out, each named --------

    @Test
    void threeSchoolYearsReadTheCensusYearAndNameEachOtherYear() throws Exception {
        Random rnd = new Random(431);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Form");
        Sheets.row(sh, 0, "School code:", "ZM-7731");
        Sheets.row(sh, 1, "School name:", "Lundazi Day");
        Sheets.row(sh, 3, "ENROLMENT BY GRADE AND SEX");
        Sheets.row(sh, 4, "Grade", "2022-23", null, "2023-24", null, "2024-25", null);
        for (int y = 0; y < 3; y++) {
            sh.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(4, 4, 1 + 2 * y, 2 + 2 * y));
        }
        Sheets.row(sh, 5, null, "Boys", "Girls", "Boys", "Girls", "Boys", "Girls");
        int[][] census = new int[5][2]; // [grade][F, M] of 2024-25
        for (int g = 1; g <= 4; g++) {
            Object[] cells = new Object[7];
            cells[0] = "Grade " + g;
            for (int c = 1; c <= 6; c++) {
                cells[c] = rnd.nextInt(70) + 5;
            }
            census[g][1] = ((Number) cells[5]).intValue();
            census[g][0] = ((Number) cells[6]).intValue();
            Sheets.row(sh, 5 + g, cells);
        }
        DraftedImports imports = imports("years");
        DraftedImports.Run run = imports.draftCheckImport(wb, "lundazi-2024.xlsx");
        assertTrue(run.json().contains("\"band\" : [ \"{year}\" ]"), run.json());
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(0, f.problemCount(), "the other years are left out on purpose: " + f.problems());
        assertEquals(4 * 2, f.valuesStored(), "the census year's figures only");
        assertEquals(List.of("2022-23", "2023-24"), run.check().leftOutBlocks().stream()
                .map(TemplateWorkshop.LeftOutBlock::lastYear).toList(), run.check().leftOutBlocks().toString());
        try (Workbench w = imports.open()) {
            for (int g = 1; g <= 4; g++) {
                imports.assertEnrolment(w, "ZM-7731", g, census[g][0], census[g][1]);
            }
        }
        Path template = dir.resolve("years/templates/lundazi-2024.json");
        CliRun r = CliRun.emis("template", "check", "--template", template.toString(), "--year", "2024",
                dir.resolve("years/lundazi-2024.xlsx").toString());
        List<String> leftOut = r.out().lines().filter(l -> l.startsWith("  LEFT OUT")).toList();
        assertEquals(2, leftOut.size(), r.out());
        assertTrue(leftOut.get(0).endsWith("— another school year's figures (2022-23), not read: the template reads"
                + " this census year's columns"), leftOut.get(0));
        assertTrue(leftOut.stream().noneMatch(l -> l.contains("last year")), "2022-23 is not last year: " + leftOut);
        for (var locale : List.of(java.util.Locale.ENGLISH, java.util.Locale.FRENCH, new java.util.Locale("pt"))) {
            String text = java.util.ResourceBundle.getBundle("i18n.messages", locale).getString("mapping.lastYearBlock");
            assertTrue(!text.contains("last year") && !text.contains("an dernier") && !text.contains("ano passado"),
                    locale + ": " + text);
        }
    }

    // ---- 4. Text fields held as a formula without its saved result ---------------------------------------------

    @Test
    void aFormsTextFieldHeldAsAFormulaWithoutResultIsReportedNeverStoredAsItsText() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Fiche");
        Sheets.row(sh, 0, "Code école :", "SN-4401");
        Sheets.row(sh, 1, "Nom de l'école :");
        sh.getRow(1).createCell(1).setCellFormula("\"EPP \"&\"Kara\""); // never evaluated: no saved result
        Sheets.row(sh, 2, "District :");
        sh.getRow(2).createCell(1).setCellFormula("UPPER(\"kara\")");
        Sheets.row(sh, 3, "Enseignants H :", 4);
        Sheets.row(sh, 4, "Enseignants F :", 6);
        DraftedImports imports = imports("formula");
        DraftedImports.Run run = imports.draftCheckImport(wb, "fiche-2024.xlsx");
        assertTrue(run.json().contains("school.name") && run.json().contains("school.district"), run.json());
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(2, count(f, "FORMULA_NO_RESULT"), f.problems().toString());
        assertEquals("Fiche!B2", DraftedImports.first(f, "FORMULA_NO_RESULT"), f.problems().toString());
        try (Workbench w = imports.open()) {
            var school = imports.school(w, "SN-4401");
            assertTrue(school.name() == null || !school.name().startsWith("="), "no formula as a name: " + school);
            assertTrue(school.district() == null || !school.district().startsWith("="), "no formula: " + school);
            imports.assertFigure(w, "SN-4401", Topic.TEACHERS, 0, 6, 4);
        }
    }

    @Test
    void aSchoolCodeHeldAsAFormulaWithoutResultIsNeverAStoredCode() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Fiche");
        Sheets.row(sh, 0, "Code école :");
        sh.getRow(0).createCell(1).setCellFormula("\"SN-\"&\"4402\"");
        Sheets.row(sh, 1, "Enseignants H :", 4);
        DraftedImports imports = imports("code-formula");
        FileResult f = imports.importWith(wb, "fiche-2024.xlsx", """
                {"id": "code-formula", "version": 1, "layout": "grid", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Fiche"], "required": ["school.code"],
                   "labels": [{"labels": ["Code école"], "field": "school.code"},
                              {"labels": ["Enseignants H"], "field": "teachers.total", "sex": "M"}]}]}
                """);
        assertTrue(f.outcome() != FileOutcome.IMPORTED, f.outcome() + " " + f.message());
        assertTrue(f.message().contains("B1") && f.message().contains("formula"), f.message());
        assertEquals(0, f.schoolsAdded());
    }

    @Test
    void aRostersSchoolNameHeldAsAFormulaWithoutResultIsReportedNeverStoredAsItsText() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Learners");
        Sheets.row(sh, 0, "School ID", "School name", "Learner", "Sex", "Date of birth", "Grade");
        String[] schools = {"MW-101", "MW-101", "MW-102"};
        for (int i = 0; i < schools.length; i++) {
            Sheets.row(sh, 1 + i, schools[i], null, "Learner " + i, i % 2 == 0 ? "F" : "M", "2016-03-0" + (i + 1),
                    "Std " + (1 + i % 2));
            sh.getRow(1 + i).createCell(1).setCellFormula("\"Name of \"&A" + (2 + i));
        }
        DraftedImports imports = imports("roster-formula");
        FileResult f = imports.importWith(wb, "register-2024.xlsx", """
                {"id": "register-formula", "version": 1, "layout": "roster", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Learners"], "kind": "pupils", "key": ["School ID"],
                   "required": ["pupil.sex", "pupil.grade"],
                   "columns": [{"headers": ["School name"], "field": "school.name"},
                               {"headers": ["Sex"], "field": "pupil.sex"},
                               {"headers": ["Date of birth"], "field": "pupil.birth_date"},
                               {"headers": ["Grade"], "field": "pupil.grade"}],
                   "ignore": ["Learner"]}]}
                """);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(3, count(f, "FORMULA_NO_RESULT"), f.problems().toString());
        assertEquals("Learners!B2", DraftedImports.first(f, "FORMULA_NO_RESULT"), f.problems().toString());
        try (Workbench w = imports.open()) {
            for (String code : List.of("MW-101", "MW-102")) {
                var school = imports.school(w, code);
                assertTrue(school.name() == null || !school.name().startsWith("="), "no formula: " + school);
            }
        }
    }

    // ---- 2. A small table of statuses by sex, either way round ---------------------------------------------------

    /**
     * Writes {@code Statut | Hommes | Femmes} with a row per status (or, {@code transposed}, a column per status and
     * a row per sex), with or without the {@code Total}; returns [F, M] teachers: the total typed (more than the
     * statuses add up to: a status not printed), or the statuses' sum.
     */
    private static int[] statusTable(Sheet sh, String code, boolean transposed, boolean withTotal, long seed) {
        Random rnd = new Random(seed);
        String[] statuses = {"Titulaires", "Contractuels", "Volontaires"};
        int[][] v = new int[3][2]; // [status][F, M]
        int[] sum = new int[2];
        for (int i = 0; i < 3; i++) {
            for (int s = 0; s < 2; s++) {
                v[i][s] = rnd.nextInt(5) + 1;
                sum[s] += v[i][s];
            }
        }
        int[] total = {sum[0] + 1, sum[1] + 2};
        Sheets.row(sh, 0, "Code école :", code);
        Sheets.row(sh, 1, "Nom de l'école :", "EPP " + code);
        if (!transposed) {
            Sheets.row(sh, 3, "Statut", "Hommes", "Femmes");
            for (int i = 0; i < 3; i++) {
                Sheets.row(sh, 4 + i, statuses[i], v[i][1], v[i][0]);
            }
            if (withTotal) {
                Sheets.row(sh, 7, "Total", total[1], total[0]);
            }
        } else {
            Object[] header = withTotal ? new Object[] {"Statut", statuses[0], statuses[1], statuses[2], "Total"}
                    : new Object[] {"Statut", statuses[0], statuses[1], statuses[2]};
            Sheets.row(sh, 3, header);
            for (int s = 1; s >= 0; s--) {
                Object[] cells = new Object[header.length];
                cells[0] = s == 1 ? "Hommes" : "Femmes";
                for (int i = 0; i < 3; i++) {
                    cells[1 + i] = v[i][s];
                }
                if (withTotal) {
                    cells[4] = total[s];
                }
                Sheets.row(sh, s == 1 ? 4 : 5, cells);
            }
        }
        return withTotal ? total : sum;
    }

    @Test
    void aTableOfStatusesBySexWithATotalRowReadsTheTotalAndReportsTheStatuses() throws Exception {
        for (boolean transposed : new boolean[] {false, true}) {
            XSSFWorkbook wb = new XSSFWorkbook();
            String code = transposed ? "SN-4212" : "SN-4211";
            int[] teachers = statusTable(wb.createSheet("Fiche"), code, transposed, true, transposed ? 421 : 422);
            DraftedImports imports = imports(transposed ? "across" : "down");
            DraftedImports.Run run = imports.draftCheckImport(wb, "fiche-2024.xlsx");
            FileResult f = run.result();
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message() + "\n" + run.json());
            assertTrue(!run.json().contains("sumOf"), transposed + ": no sum beside the total: " + run.json());
            assertEquals(1, count(f, "UNREAD_FIGURES"), transposed + ": the statuses reported: " + f.problems()
                    + "\n" + run.json());
            assertEquals(transposed ? "Fiche!B5:D6" : "Fiche!B5:C7", DraftedImports.first(f, "UNREAD_FIGURES"),
                    f.problems().toString());
            try (Workbench w = imports.open()) {
                imports.assertFigure(w, code, Topic.TEACHERS, 0, teachers[0], teachers[1]);
            }
        }
    }

    @Test
    void aTableOfStatusesBySexWithoutTotalAddsThemUp() throws Exception {
        for (boolean transposed : new boolean[] {false, true}) {
            XSSFWorkbook wb = new XSSFWorkbook();
            String code = transposed ? "SN-4214" : "SN-4213";
            int[] teachers = statusTable(wb.createSheet("Fiche"), code, transposed, false, transposed ? 423 : 424);
            DraftedImports imports = imports(transposed ? "across" : "down");
            DraftedImports.Run run = imports.draftCheckImport(wb, "fiche-2024.xlsx");
            DraftedImports.assertClean(run, 1);
            try (Workbench w = imports.open()) {
                imports.assertFigure(w, code, Topic.TEACHERS, 0, teachers[0], teachers[1]);
            }
        }
    }

    // ---- 5. More form styles --------------------------------------------------------------------------------------

    /** {@code Effectifs par classe}: the grades across ({@code CI CP CE1 CE2 CM1 CM2}), a row per sex ({@code G}, {@code F}). */
    @Test
    void enrolmentWithTheGradesAcrossAndARowPerSexInFrench() throws Exception {
        Random rnd = new Random(451);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Fiche");
        Sheets.row(sh, 0, "Code école :", "BJ-4501");
        Sheets.row(sh, 1, "Nom de l'école :", "EPP Cotonou Sud");
        Sheets.row(sh, 3, "Effectifs par classe");
        Sheets.row(sh, 4, "Sexe", "CI", "CP", "CE1", "CE2", "CM1", "CM2");
        int[][] v = new int[7][2]; // [grade][F, M]
        Object[] boys = new Object[7];
        Object[] girls = new Object[7];
        boys[0] = "G";
        girls[0] = "F";
        for (int g = 1; g <= 6; g++) {
            v[g][0] = rnd.nextInt(60) + 5;
            v[g][1] = rnd.nextInt(60) + 5;
            boys[g] = v[g][1];
            girls[g] = v[g][0];
        }
        Sheets.row(sh, 5, boys);
        Sheets.row(sh, 6, girls);
        DraftedImports imports = imports("classes");
        DraftedImports.Run run = imports.draftCheckImport(wb, "fiche-2024.xlsx");
        assertTrue(run.json().contains("\"G2\" : [ \"CP\" ]"), "CP after CI is the second year: " + run.json());
        DraftedImports.assertClean(run, 1);
        assertEquals(6 * 2, run.result().valuesStored(), run.json());
        try (Workbench w = imports.open()) {
            for (int g = 1; g <= 6; g++) {
                imports.assertEnrolment(w, "BJ-4501", g, v[g][0], v[g][1]);
            }
        }
    }

    /** {@code Nombre de salles de classe : 6} and, below it, {@code Dont en bon état : 4}. */
    @Test
    void classroomsAndThoseInGoodConditionBelowThem() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Fiche");
        Sheets.row(sh, 0, "Code école :", "BF-4502");
        Sheets.row(sh, 1, "Nom de l'école :", "EPP Bobo 3");
        Sheets.row(sh, 3, "Nombre de salles de classe :", 6);
        Sheets.row(sh, 4, "Dont en bon état :", 4);
        Sheets.row(sh, 5, "Enseignants H :", 3);
        Sheets.row(sh, 6, "Enseignants F :", 5);
        DraftedImports imports = imports("rooms");
        DraftedImports.Run run = imports.draftCheckImport(wb, "fiche-2024.xlsx");
        DraftedImports.assertClean(run, 1);
        try (Workbench w = imports.open()) {
            var rows = new SchoolDetails(w).figures("BF-4502", YEAR, imports.school(w, "BF-4502").district());
            int good = Topic.CLASSROOMS.fixedSlots().indexOf("good");
            int total = Topic.CLASSROOMS.fixedSlots().indexOf("total");
            assertEquals(6, rows.stream().filter(r -> r.topic() == Topic.CLASSROOMS && r.slot() == total)
                    .findFirst().orElseThrow(() -> new AssertionError(rows + "\n" + run.json())).total(), run.json());
            assertEquals(4, rows.stream().filter(r -> r.topic() == Topic.CLASSROOMS && r.slot() == good)
                    .findFirst().orElseThrow(() -> new AssertionError(rows + "\n" + run.json())).total(), run.json());
            imports.assertFigure(w, "BF-4502", Topic.TEACHERS, 0, 5, 3);
        }
    }

    /** A template reading the classrooms but not the part of them in good condition reports that part unread. */
    @Test
    void aPartOfACountTheTemplateDoesNotReadIsReported() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Fiche");
        Sheets.row(sh, 0, "Code école :", "BF-4504");
        Sheets.row(sh, 3, "Nombre de salles de classe :", 6);
        Sheets.row(sh, 4, "Dont en bon état :", 4);
        FileResult f = imports("rooms-hand").importWith(wb, "fiche-2024.xlsx", """
                {"id": "rooms-hand", "version": 1, "layout": "grid", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Fiche"], "required": ["school.code"],
                   "labels": [{"labels": ["Code école"], "field": "school.code"},
                              {"labels": ["Nombre de salles de classe"], "field": "classrooms.total"}]}]}
                """);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals("Fiche!B5", DraftedImports.first(f, "UNREAD_FIGURES"), f.problems().toString());
    }

    /** A Portuguese {@code Ficha da escola}: {@code Professores: | H | 4 | M | 5} on one line, M for mulheres. */
    @Test
    void portugueseTeachersBySexOnOneLine() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Ficha da escola");
        Sheets.row(sh, 0, "Código da escola:", "MZ-4503");
        Sheets.row(sh, 1, "Nome da escola:", "EP1 de Chamanculo");
        Sheets.row(sh, 2, "Distrito:", "KaMpfumo");
        Sheets.row(sh, 4, "Professores:", "H", 4, "M", 5);
        DraftedImports imports = imports("ficha");
        DraftedImports.Run run = imports.draftCheckImport(wb, "ficha-2024.xlsx");
        DraftedImports.assertClean(run, 1);
        try (Workbench w = imports.open()) {
            imports.assertFigure(w, "MZ-4503", Topic.TEACHERS, 0, 5, 4);
        }
    }
}
