package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Message;
import org.emisworkbench.template.CodeLists;
import org.emisworkbench.template.HeaderText;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 19: grades written apart ({@code CP 1}, {@code C.P.1}, {@code CE-2} on a Togolese form; {@code Pry 1},
 * {@code Pri 2}, {@code Pr. 3} on a Nigerian list), bilingual headers and grades ({@code Boys / Boe}, {@code Class 1 /
 * Klas 1}, Vanuatu) drafted and imported with every figure; rows of figures lost to an unknown grade or a missing
 * school code make the import "OK with warnings"; a sheet whose header words are unknown is said so, without
 * speaking of "School: NAME (CODE)" blocks it does not have.
 */
class GradeSpellingsApartTest {
    private static final int YEAR = 2024;

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    @Test
    void gradeNamesWrittenApartAreOneSpelling() {
        var grades = CodeLists.builtIn().require("grade");
        for (String[] c : new String[][] {{"CP 1", "G1"}, {"C.P.1", "G1"}, {"CP-1", "G1"}, {"c. p. 2", "G2"},
            {"CE 1", "G3"}, {"C.E.2", "G4"}, {"CM-1", "G5"}, {"C M 2", "G6"}, {"Pry 1", "G1"}, {"PRY.2", "G2"},
            {"Pri 3", "G3"}, {"Pr. 4", "G4"}, {"Prim 5", "G5"}, {"Primary 6", "G6"}, {"Class 3 / Klas 3", "G3"}}) {
            assertEquals(c[1], grades.code(c[0]), c[0]);
        }
        // Not grades: a number standing in a longer one, a word that only starts alike, a year, no spaced slash.
        for (String no : new String[] {"CP 12", "CP1.5", "price 1", "pr 1", "Pryx 1", "2024/25", "Class 1/Klas 1"}) {
            assertEquals(null, grades.code(no), no);
        }
        assertEquals("2024/25", HeaderText.normalize("2024/25"));
        assertTrue(HeaderText.bilingualSides(HeaderText.normalize("F/M")).isEmpty());
        var sex = CodeLists.builtIn().require("sex");
        assertEquals("F", sex.code("Girls / Gel"));
        // Sides meaning two things are no pair of languages: nothing is guessed.
        assertEquals(null, sex.code("Boys / Girls"));
    }

    @Test
    void togoleseFormWithGradesWrittenApartIsDraftedAndImported() throws Exception {
        String[] grades = {"CP 1", "C.P.2", "CE-1", "C.E.2", "CM 1", "C. M. 2"};
        int[][] v = new int[grades.length][2];
        Random random = new Random(19);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Fiche");
        Sheets.row(sh, 0, "MINISTÈRE DES ENSEIGNEMENTS PRIMAIRE ET SECONDAIRE");
        Sheets.row(sh, 2, "Code de l'établissement", "TG-0201");
        Sheets.row(sh, 3, "Nom de l'école", "EPP Bè Kpota");
        Sheets.row(sh, 5, "EFFECTIFS PAR CLASSE");
        Sheets.row(sh, 6, "Classe", "Garçons", "Filles");
        for (int g = 0; g < grades.length; g++) {
            v[g][0] = 10 + random.nextInt(60);
            v[g][1] = 10 + random.nextInt(60);
            Sheets.row(sh, 7 + g, grades[g], v[g][0], v[g][1]);
        }
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(wb, "fiche-TG-0201-2024.xlsx");
        DraftedImports.assertNoUnread(run);
        assertEquals(0, DraftedImports.count(run.result(), "UNKNOWN_CODE"), run.result().problems() + run.json());
        assertEquals(grades.length * 2L, run.result().valuesStored(), run.json());
        try (Workbench w = imports.open()) {
            for (int g = 0; g < grades.length; g++) {
                imports.assertEnrolment(w, "TG-0201", g + 1, v[g][1], v[g][0]);
            }
        }
    }

    @Test
    void nigerianPrimaryYearsAreDraftedAndImported() throws Exception {
        String[] grades = {"Pry 1", "Pry 2", "Pri 3", "Pr. 4", "Pry5", "Primary 6"};
        int schools = 3;
        int[][][] v = new int[schools][grades.length][2];
        Random random = new Random(7);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("LGA Schools");
        Object[] header = new Object[2 + 2 * grades.length];
        header[0] = "School Code";
        header[1] = "School Name";
        for (int g = 0; g < grades.length; g++) {
            header[2 + 2 * g] = grades[g] + " M";
            header[3 + 2 * g] = grades[g] + " F";
        }
        Sheets.row(sh, 0, header);
        for (int s = 0; s < schools; s++) {
            Object[] row = new Object[header.length];
            row[0] = "LA-SU-00" + (s + 1);
            row[1] = "Surulere School " + s;
            for (int g = 0; g < grades.length; g++) {
                for (int x = 0; x < 2; x++) {
                    v[s][g][x] = 5 + random.nextInt(90);
                    row[2 + 2 * g + x] = v[s][g][x];
                }
            }
            Sheets.row(sh, s + 1, row);
        }
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(wb, "surulere-2024.xlsx");
        DraftedImports.assertNoUnread(run);
        assertEquals(schools * grades.length * 2L, run.result().valuesStored(), run.json());
        try (Workbench w = imports.open()) {
            for (int s = 0; s < schools; s++) {
                for (int g = 0; g < grades.length; g++) {
                    imports.assertEnrolment(w, "LA-SU-00" + (s + 1), g + 1, v[s][g][1], v[s][g][0]);
                }
            }
        }
    }

    /** A Vanuatu return: bilingual headers, one row per school and class, classes written in both languages. */
    private static XSSFWorkbook vanuatu(int[][][] v, String lastClass) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enrolment");
        Sheets.row(sh, 0, "Annual Statistical Return 2024 / Ripot blong Skul 2024");
        Sheets.row(sh, 2, "School No / Namba blong Skul", "School Name / Nem blong Skul", "Class / Klas", "Boys / Boe",
                "Girls / Gel", "Total / Totol");
        int r = 3;
        for (int s = 0; s < v.length; s++) {
            for (int g = 0; g < v[s].length; g++) {
                String klass = g == v[s].length - 1 && lastClass != null ? lastClass
                        : "Class " + (g + 1) + " / Klas " + (g + 1);
                Sheets.row(sh, r++, "VU-31" + s, "Skul " + s, klass, v[s][g][0], v[s][g][1], v[s][g][0] + v[s][g][1]);
            }
        }
        return wb;
    }

    private static int[][][] figures(int schools, int grades, long seed) {
        Random random = new Random(seed);
        int[][][] v = new int[schools][grades][2];
        for (int s = 0; s < schools; s++) {
            for (int g = 0; g < grades; g++) {
                v[s][g][0] = 3 + random.nextInt(40);
                v[s][g][1] = 3 + random.nextInt(40);
            }
        }
        return v;
    }

    @Test
    void bilingualHeadersAndClassesAreDraftedAsWrittenAndImported() throws Exception {
        int[][][] v = figures(2, 4, 3);
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(vanuatu(v, null), "shefa-2024.xlsx");
        // The headers are written as the sheet writes them.
        assertTrue(run.json().contains("\"Boys / Boe\"") && run.json().contains("\"Class / Klas\""), run.json());
        DraftedImports.assertNoUnread(run);
        assertEquals(0, DraftedImports.count(run.result(), "UNKNOWN_CODE"), run.result().problems() + run.json());
        assertEquals(2 * 4 * 2L, run.result().valuesStored(), run.json());
        assertFalse(run.result().hasWarnings(), String.valueOf(run.result().warnings()));
        try (Workbench w = imports.open()) {
            for (int s = 0; s < 2; s++) {
                for (int g = 0; g < 4; g++) {
                    imports.assertEnrolment(w, "VU-31" + s, g + 1, v[s][g][1], v[s][g][0]);
                }
            }
        }
    }

    @Test
    void rowsLostToAnUnknownGradeMakeTheImportOkWithWarnings() throws Exception {
        int[][][] v = figures(2, 4, 5);
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        Path first = Files.createDirectories(dir.resolve("first"));
        DraftedImports.Run run = imports.draftCheckImport(vanuatu(v, null), first, "shefa-2024.xlsx");
        // The same return with each school's last class written as no grade: its two figures are not stored.
        XSSFWorkbook bad = vanuatu(v, "Klas 4X");
        FileResult f = imports.importWith(bad, "shefa-bad-2024.xlsx", run.json().replaceFirst("\"id\" : \"[^\"]+\"",
                "\"id\": \"shefa-by-hand\""));
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(2 * 3 * 2L, f.valuesStored());
        assertTrue(f.hasWarnings(), f.problems().toString());
        Message lost = f.warnings().stream().filter(m -> m.key().equals("import.rowsLost")).findFirst().orElse(null);
        assertNotNull(lost, String.valueOf(f.warnings()));
        assertEquals(2, lost.args().get(0));
        // The first lost row: school 0's fourth class, sheet row 4 + 3 = 7.
        assertEquals("Enrolment!C7", lost.args().get(2));
        assertTrue(String.valueOf(lost.args().get(1)).contains("UNKNOWN_CODE"), lost.toString());
    }

    @Test
    void aRowOfFiguresWithoutSchoolCodeMakesTheImportOkWithWarningsAnUnknownOwnerDoesNot() throws Exception {
        String template = """
                {"id": "lagos-by-hand", "version": 1, "layout": "wide", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Schools"], "key": ["School Code"], "columns": [
                   {"headers": ["Ownership"], "field": "school.ownership"},
                   {"patterns": ["Pry {grade} {sex}"], "field": "enrolment"}]}]}
                """;
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Schools");
        Sheets.row(sh, 0, "School Code", "Ownership", "Pry 1 M", "Pry 1 F");
        Sheets.row(sh, 1, "LA-01", "Public", 10, 12);
        Sheets.row(sh, 2, "LA-02", "Unheard-of owner", 20, 22);
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        FileResult owner = imports.importWith(wb, "lagos-2024.xlsx", template);
        assertEquals(1, DraftedImports.count(owner, "UNKNOWN_CODE"), owner.problems().toString());
        assertEquals(4L, owner.valuesStored());
        assertTrue(owner.warnings().stream().noneMatch(m -> m.key().equals("import.rowsLost")),
                "an unknown ownership costs no figure: " + owner.warnings());

        XSSFWorkbook blank = new XSSFWorkbook();
        Sheet b = blank.createSheet("Schools");
        Sheets.row(b, 0, "School Code", "Ownership", "Pry 1 M", "Pry 1 F");
        Sheets.row(b, 1, "LA-03", "Public", 10, 12);
        Sheets.row(b, 2, "", "Public", 30, 31);
        FileResult f = imports.importWith(blank, "lagos-blank-2024.xlsx", template.replace("lagos-by-hand",
                "lagos-two"));
        assertEquals(2L, f.valuesStored());
        assertTrue(f.hasWarnings(), f.problems().toString());
        Message lost = f.warnings().stream().filter(m -> m.key().equals("import.rowsLost")).findFirst().orElse(null);
        assertNotNull(lost, String.valueOf(f.warnings()));
        assertEquals(1, lost.args().get(0));
        assertEquals("BLANK_KEY", lost.args().get(1));
        assertEquals("Schools!A3", lost.args().get(2));
    }

    @Test
    void unknownHeaderWordsAreNamedWithoutSpeakingOfBlocks() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Data");
        Sheets.row(sh, 0, "Namba / Nambawan", "Nem / Nem blong", "Boe / Man", "Gel / Woman");
        Sheets.row(sh, 1, "VU-1", "Skul", 3, 4);
        Sheets.row(sh, 2, "VU-2", "Skul 2", 5, 6);
        Path file = dir.resolve("odd-2024.xlsx");
        try (var out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        List<Message> notes = new ArrayList<>();
        try {
            notes.addAll(workshop.draft(file, "odd").notes());
        } catch (ServiceException e) {
            assertEquals("draft.nothing", e.message().key());
            for (Object o : ((org.emisworkbench.model.BulletList) e.message().args().get(1)).items()) {
                notes.add((Message) o);
            }
        }
        Message words = notes.stream().filter(n -> n.key().equals("draft.headerWordsUnknown")).findFirst().orElse(null);
        assertNotNull(words, notes.toString());
        assertEquals("Data", words.args().get(0));
        assertTrue(String.valueOf(words.args().get(1)).contains("\"Namba / Nambawan\""), words.toString());
        assertTrue(notes.stream().noneMatch(n -> n.key().equals("draft.noHeaderHint")), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.key().equals("draft.noHeaderHint.noBlocks")), notes.toString());
        assertFalse(notes.stream().map(Message::english).anyMatch(t -> t.contains("School: NAME")), notes.toString());
    }
}
