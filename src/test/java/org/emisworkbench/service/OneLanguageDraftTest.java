package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Message;
import org.emisworkbench.template.CodeLists;
import org.emisworkbench.template.HeaderText;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 30 C3: forms written in one local language only, whose grade, sex and total words the built-in lists did
 * not know, so that the draft found no table (Amharic {@code 1ኛ ክፍል}, Bislama {@code Yia 1}, {@code Boe | Gel |
 * Totol}, Dari {@code صنف ۱}, {@code پسر | دختر | مجموع}) and a Bislama pupil roster read no pupil. Each is written
 * here with POI, drafted, checked and imported with no codeLists, and its figures read back as written; a damaged
 * return is reported at its cells; a form whose grade word is still unknown gets the codeLists lines proposed, and
 * those lines read it. Short words ({@code Gel}, {@code Boe}, {@code Fi}) name a sex as a whole cell only.
 */
class OneLanguageDraftTest {
    private static final int YEAR = 2024;

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    /**
     * A one-school form: bilingual labels (as the review's files have), then a table in one language only: the
     * heading row {@code heads} (grade word, boys, girls, total), a row per grade labelled {@code grades[g]}, and a
     * total row labelled {@code totalLabel}; figures from {@code v[g] = {boys, girls}}, totals computed here.
     */
    private static XSSFWorkbook form(String code, String title, String[] heads, String[] grades, String totalLabel,
                                     int[][] v) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Census");
        Sheets.row(sh, 0, "ANNUAL SCHOOL CENSUS " + YEAR);
        Sheets.row(sh, 2, "School Code", null, code);
        Sheets.row(sh, 3, "School Name", null, "School " + code);
        Sheets.row(sh, 5, title);
        Sheets.row(sh, 6, (Object[]) heads);
        int boys = 0;
        int girls = 0;
        for (int g = 0; g < grades.length; g++) {
            Sheets.row(sh, 7 + g, grades[g], v[g][0], v[g][1], v[g][0] + v[g][1]);
            boys += v[g][0];
            girls += v[g][1];
        }
        Sheets.row(sh, 7 + grades.length, totalLabel, boys, girls, boys + girls);
        return wb;
    }

    /** Boys and girls of each of {@code grades} grades, 5 to 84 each, drawn from {@code seed}. */
    static int[][] figures(int grades, long seed) {
        Random random = new Random(seed);
        int[][] v = new int[grades][2];
        for (int[] g : v) {
            g[0] = 5 + random.nextInt(80);
            g[1] = 5 + random.nextInt(80);
        }
        return v;
    }

    /** Drafts, checks and imports the form; every figure read, none reported, each stored as written. */
    private void draftedAndImportedExactly(String code, String title, String[] heads, String[] grades,
                                           String totalLabel, long seed) throws Exception {
        int[][] v = figures(grades.length, seed);
        Path folder = Files.createDirectories(dir.resolve(code));
        DraftedImports imports = new DraftedImports(folder, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(form(code, title, heads, grades, totalLabel, v), folder,
                "census_" + code + "_" + YEAR + ".xlsx");
        assertTrue(run.json().contains("\"grids\""), "a table is drafted: " + run.json());
        assertTrue(!run.json().contains("codeLists"), "no codeLists needed: " + run.json());
        DraftedImports.assertClean(run, 1);
        assertEquals(grades.length * 2L, run.result().valuesStored(), run.json());
        try (var w = imports.open()) {
            for (int g = 0; g < grades.length; g++) {
                imports.assertEnrolment(w, code, g + 1, v[g][1], v[g][0]);
            }
        }
    }

    @Test
    void bislamaFormIsDraftedAndImported() throws Exception {
        draftedAndImportedExactly("SAN-1099", "NAMBA BLONG STUDEN LONG EVRI YIA", new String[] {"Yia", "Boe", "Gel",
            "Totol"}, new String[] {"Yia 1", "Yia 2", "Yia 3", "Yia 4", "Yia 5", "Yia 6"}, "Totol", 1);
    }

    @Test
    void amharicFormIsDraftedAndImported() throws Exception {
        String[] grades = new String[8];
        for (int g = 0; g < grades.length; g++) {
            grades[g] = (g + 1) + "ኛ ክፍል";
        }
        draftedAndImportedExactly("1409901", "የተማሪዎች ብዛት በክፍል እና በጾታ", new String[] {"ክፍል", "ወንድ", "ሴት", "ድምር"},
                grades, "ድምር", 2);
    }

    @Test
    void dariFormWithPersianDigitsIsDraftedAndImported() throws Exception {
        String persian = "۰۱۲۳۴۵۶۷۸۹";
        String[] grades = new String[6];
        for (int g = 0; g < grades.length; g++) {
            grades[g] = "صنف " + persian.charAt(g + 1);
        }
        draftedAndImportedExactly("1101-0999", "شاگردان به اساس صنف و جنسیت", new String[] {"صنف", "پسر", "دختر",
            "مجموع"}, grades, "مجموع", 3);
    }

    @Test
    void haitianCreoleFormIsDraftedAndImported() throws Exception {
        draftedAndImportedExactly("HT-0501", "EFEKTIF ELÈV YO", new String[] {"Klas", "Gason", "Fi", "Total"},
                new String[] {"1e AF", "2e AF", "3e AF", "4e AF", "5e AF", "6e AF"}, "Total", 4);
    }

    @Test
    void swahiliFormWithRomanStandardsIsDraftedAndImported() throws Exception {
        draftedAndImportedExactly("PS0101001", "IDADI YA WANAFUNZI", new String[] {"Darasa", "Wavulana", "Wasichana",
            "Jumla"}, new String[] {"Darasa la I", "Darasa la II", "Darasa la III", "Darasa la IV", "Darasa la V",
                "Darasa la VI", "Darasa la VII"}, "Jumla", 5);
    }

    @Test
    void damagedBislamaFormIsReportedAtItsCells() throws Exception {
        int[][] v = figures(6, 6);
        String[] grades = {"Yia 1", "Yia 2", "Yia 3", "Yia 4", "Yia 5", "Yia 6"};
        XSSFWorkbook wb = form("SAN-1098", "NAMBA BLONG STUDEN", new String[] {"Yia", "Boe", "Gel", "Totol"}, grades,
                "Totol", v);
        Sheet sh = wb.getSheetAt(0);
        sh.getRow(8).getCell(2).setBlank(); // Yia 2 Gel: C9 left blank
        sh.getRow(7 + grades.length).getCell(1).setCellValue(9999); // the boys' total: B14 wrong
        Path folder = Files.createDirectories(dir.resolve("damaged"));
        DraftedImports imports = new DraftedImports(folder, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(wb, folder, "census_SAN-1098_" + YEAR + ".xlsx");
        assertEquals(1, DraftedImports.count(run.result(), "BLANK_FIGURE"), run.result().problems() + run.json());
        assertEquals("Census!C9", DraftedImports.first(run.result(), "BLANK_FIGURE"));
        // Yia 2's total beside its blank (D9), the boys' total (B14) and the girls' total over the blank (C14).
        assertEquals(3, DraftedImports.count(run.result(), "TOTAL_MISMATCH"), run.result().problems().toString());
        assertEquals("Census!D9", DraftedImports.first(run.result(), "TOTAL_MISMATCH"));
        assertEquals(0, DraftedImports.count(run.result(), "UNKNOWN_CODE"), run.result().problems().toString());
        assertEquals(grades.length * 2L - 1, run.result().valuesStored());
        try (var w = imports.open()) {
            imports.assertEnrolment(w, "SAN-1098", 1, v[0][1], v[0][0]);
            imports.assertEnrolment(w, "SAN-1098", 6, v[5][1], v[5][0]);
        }
    }

    @Test
    void bislamaRosterIsReadPupilByPupil() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet skul = wb.createSheet("Skul");
        Sheets.row(skul, 0, "PUPIL LIST / LIS BLONG OL STUDEN " + YEAR);
        Sheets.row(skul, 2, "School No / Namba blong Skul", null, "SHE-3050");
        Sheets.row(skul, 3, "School Name / Nem blong Skul", null, "Erakor Bilingual School");
        Sheets.row(skul, 4, "Census year / Yia blong sensas", null, YEAR);
        Sheet s = wb.createSheet("Studen");
        Sheets.row(s, 0, "No", "Full name / Fulnem", "Sex / Seks", "Date of birth / Det blong bon", "Class / Klas");
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        Random random = new Random(8);
        int[][] count = new int[6][2];
        for (int i = 0; i < 80; i++) {
            int grade = 1 + random.nextInt(6);
            boolean girl = random.nextBoolean();
            count[grade - 1][girl ? 1 : 0]++;
            LocalDate born = LocalDate.of(YEAR - 6 - grade, 1 + random.nextInt(12), 1 + random.nextInt(28));
            Sheets.row(s, i + 1, i + 1, "Pupil " + i, girl ? "Gel" : "Boe", null, "Yia " + grade);
            s.getRow(i + 1).createCell(3).setCellValue(born);
            s.getRow(i + 1).getCell(3).setCellStyle(date);
        }
        Path folder = Files.createDirectories(dir.resolve("roster"));
        DraftedImports imports = new DraftedImports(folder, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(wb, folder, "pupils_SHE-3050_" + YEAR + ".xlsx");
        assertEquals(0, DraftedImports.count(run.result(), "UNKNOWN_CODE"), run.result().problems() + run.json());
        assertEquals(0, run.result().problemCount(), run.result().problems() + run.json());
        try (var w = imports.open()) {
            for (int g = 0; g < 6; g++) {
                imports.assertEnrolment(w, "SHE-3050", g + 1, count[g][1], count[g][0]);
            }
        }
    }

    @Test
    void longExportWithOneLanguageValuesIsRead() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Enrolment");
        Sheets.row(s, 0, "School code", "School name", "Grade", "Gender", "Enrolment");
        Random random = new Random(9);
        int[][][] v = new int[2][7][2];
        int r = 1;
        for (int school = 0; school < 2; school++) {
            for (int g = 0; g < 7; g++) {
                for (int x = 0; x < 2; x++) {
                    v[school][g][x] = 1 + random.nextInt(70);
                    Sheets.row(s, r++, "PS01" + school, "Shule " + school, "Darasa la " + (g + 1),
                            x == 0 ? "Wavulana" : "Wasichana", v[school][g][x]);
                }
            }
        }
        Path folder = Files.createDirectories(dir.resolve("long"));
        DraftedImports imports = new DraftedImports(folder, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(wb, folder, "enrolment_" + YEAR + ".xlsx");
        assertEquals(0, DraftedImports.count(run.result(), "UNKNOWN_CODE"), run.result().problems() + run.json());
        assertEquals(2 * 7 * 2L, run.result().valuesStored(), run.result().problems() + run.json());
        try (var w = imports.open()) {
            for (int school = 0; school < 2; school++) {
                for (int g = 0; g < 7; g++) {
                    imports.assertEnrolment(w, "PS01" + school, g + 1, v[school][g][1], v[school][g][0]);
                }
            }
        }
    }

    @Test
    void unknownGradeWordsGetTheirCodeListsProposedAndThoseLinesReadTheForm() throws Exception {
        // Malagasy sexes (Lahy | Vavy) are known; "Kilasi 1"… is no grade word of the list: not guessed, proposed.
        String[] grades = {"Kilasi 1", "Kilasi 2", "Kilasi 3", "Kilasi 4", "Kilasi 5"};
        int[][] v = figures(grades.length, 10);
        Path file = dir.resolve("fanadihadiana_MG-101_" + YEAR + ".xlsx");
        try (var out = Files.newOutputStream(file); XSSFWorkbook wb = form("MG-101", "ISAN'NY MPIANATRA",
                new String[] {"Kilasy", "Lahy", "Vavy", "Total"}, grades, "Total", v)) {
            wb.write(out);
        }
        var draft = workshop.draft(file, "mg").draft();
        Message proposal = draft.notes().stream().filter(n -> n.key().equals("draft.gradesUnknown")).findFirst()
                .orElse(null);
        assertNotNull(proposal, draft.notes().toString());
        assertEquals("A8", proposal.args().get(1));
        assertEquals("A12", proposal.args().get(2));
        String line = String.valueOf(proposal.args().get(5));
        assertEquals("\"codeLists\": {\"grade\": {\"G1\": [\"Kilasi 1\"], \"G2\": [\"Kilasi 2\"], \"G3\": [\"Kilasi 3\"], "
                + "\"G4\": [\"Kilasi 4\"], \"G5\": [\"Kilasi 5\"]}}", line);
        assertTrue(proposal.english().contains("\"codeLists\": {\"grade\": {\"G1\": [\"Kilasi 1\"]"), proposal.english());
        // The officer's template: the draft's, with the proposed lines and the table as a grid.
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(draft.json());
        root.put("id", "mg-hand");
        root.set("codeLists", mapper.readTree("{" + line + "}").get("codeLists"));
        var sheet = (com.fasterxml.jackson.databind.node.ObjectNode) root.withArray("sheets").get(0);
        sheet.set("grids", mapper.readTree("[{\"field\": \"enrolment\", \"titles\": [\"Kilasy\"], \"rows\": \"grade\", "
                + "\"sexLayout\": \"columns\"}]"));
        String json = mapper.writeValueAsString(root);
        Path folder = Files.createDirectories(dir.resolve("mg"));
        DraftedImports imports = new DraftedImports(folder, YEAR, workshop);
        XSSFWorkbook again = form("MG-101", "ISAN'NY MPIANATRA", new String[] {"Kilasy", "Lahy", "Vavy", "Total"},
                grades, "Total", v);
        FileResult f = imports.importWith(again, "fanadihadiana_MG-101_" + YEAR + ".xlsx", json);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), String.valueOf(f.message()));
        assertEquals(0, f.problemCount(), f.problems() + json);
        assertEquals(grades.length * 2L, f.valuesStored());
        try (var w = imports.open()) {
            for (int g = 0; g < grades.length; g++) {
                imports.assertEnrolment(w, "MG-101", g + 1, v[g][1], v[g][0]);
            }
        }
    }

    @Test
    void shortSexWordsNameASexOnlyAsAWholeCell() {
        var sex = CodeLists.builtIn().require("sex");
        for (String[] c : new String[][] {{"Boe", "M"}, {"Gel", "F"}, {"Gason", "M"}, {"Fi", "F"}, {"Lahy", "M"},
            {"Vavy", "F"}, {"Wavulana", "M"}, {"Wasichana", "F"}, {"پسر", "M"}, {"دختر", "F"}, {"ወንድ", "M"},
            {"ሴት", "F"}, {"Boys / Boe", "M"}, {"Girls / Gel", "F"}, {"Male / ወንድ", "M"}}) {
            assertEquals(c[1], sex.code(c[0]), c[0]);
        }
        for (String no : new String[] {"Hand gel", "Wi-Fi", "Fi 2", "Gel / Boys", "Boe Gel", "Gelée"}) {
            assertNull(sex.code(no), no);
        }
        var grade = CodeLists.builtIn().require("grade");
        for (String[] c : new String[][] {{"Yia 3", "G3"}, {"Klas 4", "G4"}, {"صنف ۵", "G5"}, {"2ኛ ክፍል", "G2"},
            {"ክፍል 7", "G7"}, {"Darasa la IV", "G4"}, {"Darasa la 6", "G6"}, {"Class 3 / Klas 3", "G3"}}) {
            assertEquals(c[1], grade.code(c[0]), c[0]);
        }
        for (String no : new String[] {"Yia", "Yia blong sensas", "Las yia", "Klas 4X", "Yia 2024", "Klasi 1",
            "Year / Yia"}) {
            assertNull(grade.code(no), no);
        }
        for (String total : new String[] {"Totol", "Total / Totol", "ድምር", "مجموع", "Jumla"}) {
            assertTrue(HeaderText.isTotalWord(total), total);
        }
    }
}
