package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.CanonicalField;
import org.emisworkbench.template.CodeLists;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Francophone West African one-school form as a district officer drafts and imports it: labels {@code Code de
 * l'établissement}, {@code Nom}, {@code Statut}; an EFFECTIFS table and a REDOUBLANTS table with a row per grade over
 * {@code G | F | T}; an ENSEIGNANTS heading over {@code Hommes} / {@code Femmes}. Each test writes its own workbook
 * (title cell with the school year, the code in column C, a blank column B) and computes the figures itself.
 */
class FrancophoneFormDraftTest {
    private static final int YEAR = 2024;
    private static final String SHEET = "Fiche école";

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    /** What a form holds: its grades (rows), figures [grade][boys, girls] of both tables, teachers, status. */
    private record Form(String code, String title, String status, String[] grades, String totalHeader,
                        int[][] pupils, int[][] repeaters, int men, int women, int wrongTotalRow) {
    }

    private static Form form(String code, String title, String status, String[] grades, String totalHeader,
                             int wrongTotalRow, long seed) {
        Random random = new Random(seed);
        int[][] pupils = new int[grades.length][2];
        int[][] repeaters = new int[grades.length][2];
        for (int g = 0; g < grades.length; g++) {
            for (int x = 0; x < 2; x++) {
                pupils[g][x] = 20 + random.nextInt(60);
                repeaters[g][x] = random.nextInt(8);
            }
        }
        return new Form(code, title, status, grades, totalHeader, pupils, repeaters, 1 + random.nextInt(5),
                1 + random.nextInt(5), wrongTotalRow);
    }

    private static final String[] TOGO = {"CP1", "CP2", "CE1", "CE2", "CM1", "CM2"};

    /** The form as the review's workbooks lay it out; the EFFECTIFS header is on row 10 (index 9). */
    private static XSSFWorkbook write(Form f) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet(SHEET);
        Sheets.row(sh, 0, "RÉPUBLIQUE TOGOLAISE - MINISTÈRE DES ENSEIGNEMENTS PRIMAIRE ET SECONDAIRE");
        Sheets.row(sh, 1, f.title());
        Sheets.row(sh, 3, "Code de l'établissement", null, f.code());
        Sheets.row(sh, 4, "Nom", null, "EPP " + f.code());
        Sheets.row(sh, 5, "Inspection", null, "Golfe 1");
        Sheets.row(sh, 6, "Statut", null, f.status());
        int r = table(sh, 8, "EFFECTIFS", f, f.pupils(), f.wrongTotalRow());
        r = table(sh, r + 1, "REDOUBLANTS", f, f.repeaters(), -1);
        Sheets.row(sh, r + 1, "ENSEIGNANTS");
        Sheets.row(sh, r + 2, "Hommes", f.men());
        Sheets.row(sh, r + 3, "Femmes", f.women());
        return wb;
    }

    /** A table under its title from row {@code top}, T typed in (one row's T 10 too many, and the total row adding up each column as typed); returns the next free row. */
    private static int table(Sheet sh, int top, String title, Form f, int[][] v, int wrongRow) {
        Sheets.row(sh, top, title);
        Sheets.row(sh, top + 1, "Classe", "G", "F", f.totalHeader());
        int[] sum = new int[3];
        for (int g = 0; g < f.grades().length; g++) {
            int t = v[g][0] + v[g][1] + (g == wrongRow ? 10 : 0);
            Sheets.row(sh, top + 2 + g, f.grades()[g], v[g][0], v[g][1], t);
            sum[0] += v[g][0];
            sum[1] += v[g][1];
            sum[2] += t;
        }
        int last = top + 2 + f.grades().length;
        // The total row adds up each column as typed (the wrong T too): only the wrong T is wrong.
        Sheets.row(sh, last, "Total", sum[0], sum[1], sum[2]);
        return last + 1;
    }

    private void assertFigures(DraftedImports imports, Form f, int firstSlot) {
        int teachers = CanonicalField.parse("teachers.total").orElseThrow().slot();
        try (Workbench w = imports.open()) {
            for (int g = 0; g < f.grades().length; g++) {
                imports.assertEnrolment(w, f.code(), firstSlot + g, f.pupils()[g][1], f.pupils()[g][0]);
                imports.assertFigure(w, f.code(), Topic.REPEATERS, firstSlot + g, f.repeaters()[g][1],
                        f.repeaters()[g][0]);
            }
            imports.assertFigure(w, f.code(), Topic.TEACHERS, teachers, f.women(), f.men());
        }
    }

    /** Finding 5: T (and Ensemble, GF) beside G | F is the row's total, checked as Total is, never unread. */
    @Test
    void aTColumnBesideGAndFIsTheTotalAndAWrongOneIsReported() throws Exception {
        int i = 0;
        for (String header : List.of("T", "Ensemble", "GF", "Total")) {
            Form f = form("TG-010" + i, "QUESTIONNAIRE DE RENTRÉE - Année scolaire 2024-2025", "Public", TOGO,
                    header, 2, 40 + i);
            Path folder = Files.createDirectories(dir.resolve("t" + i++));
            DraftedImports imports = new DraftedImports(folder, YEAR, workshop);
            DraftedImports.Run run = imports.draftCheckImport(write(f), folder, "fiche-" + f.code() + "-2024.xlsx");
            FileResult r = run.result();
            assertEquals(FileOutcome.IMPORTED, r.outcome(), r.message());
            DraftedImports.assertNoUnread(run);
            // The EFFECTIFS header is on row 10: CE1 (third grade) is row 13, its T in column D.
            assertEquals(1, DraftedImports.count(r, "TOTAL_MISMATCH"), header + ": " + r.problems());
            assertEquals(SHEET + "!D13", DraftedImports.first(r, "TOTAL_MISMATCH"), header);
            // Teachers M and F, enrolment and repeaters by grade and sex.
            assertEquals(2 + 2 * 2L * TOGO.length, r.valuesStored(), run.json());
            assertFigures(imports, f, 1);
        }
    }

    /** Finding 6: a one-sex label under a heading naming teachers, in French, English and Portuguese. */
    @Test
    void aSexUnderATeachersHeadingIsDraftedAsTeachersOfThatSex() throws Exception {
        String[][] forms = {
            {"Code de l'établissement", "Nom", "ENSEIGNANTS", "Hommes", "Femmes"},
            {"School code", "School name", "TEACHERS", "Male", "Female"},
            {"Código da escola", "Nome da escola", "PROFESSORES", "Homens", "Mulheres"}};
        int teachers = CanonicalField.parse("teachers.total").orElseThrow().slot();
        for (int i = 0; i < forms.length; i++) {
            String[] words = forms[i];
            int men = 2 + i;
            int women = 7 - i;
            XSSFWorkbook wb = new XSSFWorkbook();
            Sheet sh = wb.createSheet("Form");
            Sheets.row(sh, 0, words[0], "XY-" + (500 + i));
            Sheets.row(sh, 1, words[1], "School " + i);
            Sheets.row(sh, 3, words[2]);
            Sheets.row(sh, 4, words[3], men);
            Sheets.row(sh, 5, words[4], women);
            Path folder = Files.createDirectories(dir.resolve("s" + i));
            DraftedImports imports = new DraftedImports(folder, YEAR, workshop);
            DraftedImports.Run run = imports.draftCheckImport(wb, folder, "form-" + i + "-2024.xlsx");
            assertTrue(run.json().contains("\"teachers.total\""), run.json());
            assertEquals(FileOutcome.IMPORTED, run.result().outcome(), run.result().message());
            assertEquals(2, run.result().valuesStored(), run.json());
            try (Workbench w = imports.open()) {
                imports.assertFigure(w, "XY-" + (500 + i), Topic.TEACHERS, teachers, women, men);
            }
        }
    }

    /** Finding 6b: CI then CP down a table's grade column: CP is the second year, drafted in codeLists. */
    @Test
    void cpBelowCiInATableOfGradeRowsIsTheSecondYear() throws Exception {
        String[] senegal = {"CI", "CP", "CE1", "CE2", "CM1", "CM2"};
        Form f = form("SN-0001", "QUESTIONNAIRE DE RENTRÉE - Année scolaire 2024-2025", "Public", senegal, "T", -1,
                7);
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(write(f), "fiche-SN-0001-2024.xlsx");
        assertTrue(run.json().replaceAll("\\s", "").contains("\"G2\":[\"CP\"]"), run.json());
        FileResult r = run.result();
        assertEquals(FileOutcome.IMPORTED, r.outcome(), r.message());
        assertEquals(0, DraftedImports.count(r, "UNKNOWN_CODE"), r.problems().toString());
        assertEquals(0, r.problemCount(), r.problems().toString());
        assertFigures(imports, f, 1);
    }

    /**
     * Review 26: Haiti's années fondamentales ({@code 1ère AF} … {@code 6e AF}) down a table's grade column are
     * grades 1 to 6, read without a code list of the template's; {@code 6e} alone stays the collège's sixième.
     */
    @Test
    void haitiAnneesFondamentalesAreTheGradesOfTheirNumber() throws Exception {
        var grades = CodeLists.builtIn().require("grade");
        String[][] expected = {{"1ère AF", "G1"}, {"1re AF", "G1"}, {"2e AF", "G2"}, {"3ème AF", "G3"},
            {"4eme A.F.", "G4"}, {"5e année fondamentale", "G5"}, {"6e AF", "G6"}, {"7e AF", "G7"}, {"6e", "G7"}};
        for (String[] e : expected) {
            assertEquals(e[1], grades.code(e[0]), e[0]);
        }
        assertNull(grades.code("AF"), "AF alone names no grade");
        String[] haiti = {"1ère AF", "2e AF", "3ème AF", "4e AF", "5e AF", "6e AF"};
        Form f = form("HT-0101", "QUESTIONNAIRE DE RENTRÉE - Année scolaire 2024-2025", "Public", haiti, "T", -1, 11);
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(write(f), "fiche-HT-0101-2024.xlsx");
        assertFalse(run.json().contains("AF\""), "no code list needed: " + run.json());
        FileResult r = run.result();
        assertEquals(FileOutcome.IMPORTED, r.outcome(), r.message());
        assertEquals(0, r.problemCount(), r.problems().toString());
        assertEquals(2 + 2 * 2L * haiti.length, r.valuesStored(), run.json());
        assertFigures(imports, f, 1);
    }

    /** Finding 7: the French and Portuguese words for who runs a school are in the ownership list. */
    @Test
    void frenchAndPortugueseOwnershipsAreKnown() throws Exception {
        var list = CodeLists.builtIn().require("ownership");
        String[][] expected = {{"Privé confessionnel", "faith"}, {"Privé laïc", "private"}, {"Confessionnel", "faith"},
            {"Communautaire", "community"}, {"Public", "public"}, {"Publique", "public"}, {"Privada", "private"},
            {"Comunitária", "community"}, {"Privée confessionnelle", "faith"}};
        for (String[] e : expected) {
            assertEquals(e[1], list.code(e[0]), e[0]);
        }
        Form f = form("TG-0102", "QUESTIONNAIRE DE RENTRÉE - Année scolaire 2024-2025", "Privé confessionnel", TOGO,
                "T", -1, 3);
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(write(f), "fiche-TG-0102-2024.xlsx");
        assertEquals(0, DraftedImports.count(run.result(), "UNKNOWN_CODE"), run.result().problems().toString());
        try (Workbench w = imports.open()) {
            assertEquals("faith", imports.school(w, "TG-0102").ownership());
        }
    }

    /** Finding 8: the code's label is there, its value blank: the refusal names the label's cell and the value's. */
    @Test
    void aBlankSchoolCodeIsReportedAtItsLabelAndValueCells() throws Exception {
        Form good = form("TG-0103", "QUESTIONNAIRE DE RENTRÉE - Année scolaire 2024-2025", "Public", TOGO, "T", -1, 5);
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(write(good), "fiche-TG-0103-2024.xlsx");
        assertEquals(FileOutcome.IMPORTED, run.result().outcome(), run.result().message());
        Form blank = form("", good.title(), "Public", TOGO, "T", -1, 6);
        FileResult r = imports.importWith(write(blank), "fiche-nocode-2024.xlsx",
                run.json().replaceFirst("\"id\"\\s*:", "\"id\":"));
        assertEquals(FileOutcome.FAILED, r.outcome());
        String m = r.message();
        assertTrue(m.contains(SHEET + "!A4") && m.contains(SHEET + "!C4") && m.contains("blank"), m);
        assertFalse(m.contains("no school code found"), m);
        // The workspace held an import, so a backup was made before the refused file: it wrote nothing, so the
        // backup is gone again and the backups are as they were.
        try (var files = Files.list(dir)) {
            List<String> backups = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.contains("backup-before-import")).toList();
            assertEquals(List.of(), backups);
        }
        FileResult again = imports.importWith(write(form("TG-0105", good.title(), "Public", TOGO, "T", -1, 8)),
                "fiche-TG-0105-2024.xlsx", run.json().replaceFirst("\"id\"\\s*:", "\"id\":"));
        assertEquals(FileOutcome.IMPORTED, again.outcome(), again.message());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.filter(p -> p.getFileName().toString().contains("backup-before-import")).count(),
                    "an import that writes keeps its backup");
        }
    }

    /** Finding 9: the year in the title cell after other words and a dash, with no year in the file's name. */
    @Test
    void theYearInATitleLineIsDraftedAsTheYearLabel() throws Exception {
        Form f = form("TG-0104", "QUESTIONNAIRE DE RENTRÉE - Année scolaire 2024-2025", "Public", TOGO, "T", -1, 9);
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(write(f), "fiche-TG-0104.xlsx");
        // The known year words, not the whole title up to the year (a title may name the district: decision 0121).
        assertTrue(run.json().contains("\"labels\" : [ \"Année scolaire\" ]"), run.json());
        FileResult r = run.result();
        assertEquals(FileOutcome.IMPORTED, r.outcome(), r.message());
        assertNotNull(r.year());
        assertEquals(YEAR, r.year().intValue());
        assertNull(DraftedImports.first(r, "UNKNOWN_CODE"));
        assertFigures(imports, f, 1);
    }

    /**
     * Review 28: {@code N° :} with the school's code beside it, where no other label names the code, is the school
     * code; a list below numbered down its own {@code N°} column is never read as the code. The file's name gives no
     * code, so only the label can.
     */
    @Test
    void aNumberLabelWithACodeBesideItIsTheSchoolCodeNotASerialColumn() throws Exception {
        Form f = form("TG-0107", "QUESTIONNAIRE DE RENTRÉE - Année scolaire 2024-2025", "Public", TOGO, "T", -1, 11);
        XSSFWorkbook wb = write(f);
        Sheet sh = wb.getSheet(SHEET);
        sh.getRow(3).getCell(0).setCellValue("N° :");
        int r = sh.getLastRowNum() + 2;
        Sheets.row(sh, r, "N°", "Nom et prénoms", "Fonction");
        Sheets.row(sh, r + 1, 1, "Kossi Agbeko", "Directeur");
        Sheets.row(sh, r + 2, 2, "Ama Mensah", "Adjoint");
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(wb, "fiche-rentree-2024.xlsx");
        assertTrue(run.json().contains("\"labels\" : [ \"N°\" ]") && run.json().contains("\"school.code\""),
                run.json());
        assertFalse(run.json().contains("fileName"), run.json());
        FileResult res = run.result();
        assertEquals(FileOutcome.IMPORTED, res.outcome(), res.message());
        assertFigures(imports, f, 1);
    }

    /** Review 28: the year in the title written in Arabic-Indic digits is the census year, as 2024-2025 is. */
    @Test
    void aTitleYearInArabicIndicDigitsIsDraftedAsTheYearLabel() throws Exception {
        Form f = form("TG-0108", "QUESTIONNAIRE DE RENTRÉE - Année scolaire ٢٠٢٤-٢٠٢٥", "Public", TOGO, "T", -1, 12);
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(write(f), "fiche-TG-0108.xlsx");
        // The known year words, not the whole title up to the year (a title may name the district: decision 0121).
        assertTrue(run.json().contains("\"labels\" : [ \"Année scolaire\" ]"), run.json());
        FileResult r = run.result();
        assertEquals(FileOutcome.IMPORTED, r.outcome(), r.message());
        assertNotNull(r.year());
        assertEquals(YEAR, r.year().intValue());
        assertFigures(imports, f, 1);
    }
}
