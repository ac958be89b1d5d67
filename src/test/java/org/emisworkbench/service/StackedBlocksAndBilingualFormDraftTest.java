package org.emisworkbench.service;

import static org.emisworkbench.service.DraftedImports.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.template.CodeList;
import org.emisworkbench.template.CodeLists;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 27, the draft of two field styles: (1) a district sheet of schools stacked in blocks under a banner and a
 * year line, each block opening with {@code École: NAME — Code: 12345} (A), {@code École: NAME | Code école : | 12345}
 * (B) or {@code École: NAME} with {@code Code : 12345} further right (C): drafted as {@code "schools": "block"}, the
 * code read where the block gives it, one grid titled within the block (the banner titled a second grid, which found
 * nothing in any block: GRID_NOT_FOUND on each); (2) a bilingual Arabic/French right-to-left school form whose grade
 * rows are {@code 1AF} … {@code 6AF}, their Arabic names, or both: its table and its bilingual year label are
 * drafted, so draft, check and import read the form with no hand edit. Every workbook is written here; every figure
 * is compared with what the test wrote.
 */
class StackedBlocksAndBilingualFormDraftTest {
    private static final int YEAR = 2024;
    private static final String[] GRADES = {"CP1", "CP2", "CE1", "CE2", "CM1", "CM2"};
    private static final String[] NAMES = {"EPP Kaédi Centre", "EPP Sélibaby 2", "École Boghé Escale", "EPP M'Bout"};
    private static final String[] CODES = {"31045", "31046", "31047", "31048"};

    @TempDir
    Path dir;

    private enum Opening { CODE_AFTER_NAME, CODE_BESIDE, CODE_INSIDE_RIGHT }

    /** The district's sheet; returns code → [grade][girls, boys]. */
    private static Map<String, int[][]> district(XSSFWorkbook wb, Opening opening, long seed) {
        Random rnd = new Random(seed);
        Sheet sh = wb.createSheet("District");
        Sheets.row(sh, 0, "DREN du Gorgol — Compilation des fiches écoles");
        Sheets.row(sh, 1, "Année scolaire : 2024-2025");
        Map<String, int[][]> expected = new LinkedHashMap<>();
        int r = 3;
        for (int s = 0; s < CODES.length; s++) {
            switch (opening) {
                case CODE_AFTER_NAME -> {
                    Sheets.row(sh, r, "École: " + NAMES[s] + " — Code: " + CODES[s]);
                    sh.addMergedRegion(new CellRangeAddress(r, r, 0, 3));
                }
                case CODE_BESIDE -> {
                    Sheets.row(sh, r, "École: " + NAMES[s], null, "Code école :", Integer.parseInt(CODES[s]));
                    sh.addMergedRegion(new CellRangeAddress(r, r, 0, 1));
                }
                case CODE_INSIDE_RIGHT -> Sheets.row(sh, r, "École: " + NAMES[s], null, null, null,
                        "Code : " + CODES[s]);
            }
            Sheets.row(sh, r + 1, "Classe", "Garçons", "Filles", "Total");
            int[][] v = new int[GRADES.length][2];
            int girls = 0;
            int boys = 0;
            for (int g = 0; g < GRADES.length; g++) {
                v[g][0] = 12 + rnd.nextInt(45);
                v[g][1] = 12 + rnd.nextInt(45);
                girls += v[g][0];
                boys += v[g][1];
                Sheets.row(sh, r + 2 + g, GRADES[g], v[g][1], v[g][0], v[g][0] + v[g][1]);
            }
            Sheets.row(sh, r + 2 + GRADES.length, "Total", boys, girls, boys + girls);
            expected.put(CODES[s], v);
            r += GRADES.length + 4;
        }
        return expected;
    }

    private void assertStackedBlocksDrafted(Opening opening, long seed) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Map<String, int[][]> expected = district(wb, opening, seed);
        Path d = Files.createDirectories(dir.resolve(opening.name()));
        DraftedImports imports = new DraftedImports(d, YEAR, new TemplateWorkshop(TemplateCatalog.load(null)));
        DraftedImports.Run run = imports.draftCheckImport(wb, "gorgol-2024.xlsx");
        String json = run.json();
        assertTrue(json.contains("\"schools\" : \"block\""), json);
        assertFalse(json.contains("\"fileName\""), "the code is the block's, not the file's name: " + json);
        assertFalse(json.contains("DREN du Gorgol"), "the banner above the blocks titles no table: " + json);
        assertEquals(1, json.split("\"titles\"", -1).length - 1, "one grid for the one table of a block: " + json);
        assertEquals(0, count(run.result(), "GRID_NOT_FOUND"), run.result().problems() + "\n" + json);
        DraftedImports.assertClean(run, CODES.length);
        assertEquals(CODES.length * GRADES.length * 2L, run.result().valuesStored(), "each figure stored once");
        try (Workbench w = imports.open()) {
            for (int s = 0; s < CODES.length; s++) {
                assertEquals(NAMES[s], imports.school(w, CODES[s]).name(), json);
                for (int g = 0; g < GRADES.length; g++) {
                    int[] v = expected.get(CODES[s])[g];
                    imports.assertEnrolment(w, CODES[s], g + 1, v[0], v[1]);
                }
            }
        }
    }

    @Test
    void blocksOpeningWithTheNameThenTheCodeInOneMergedCell() throws Exception {
        assertStackedBlocksDrafted(Opening.CODE_AFTER_NAME, 2801);
    }

    @Test
    void blocksWithTheCodeLabelledBesideTheNameUnderABanner() throws Exception {
        assertStackedBlocksDrafted(Opening.CODE_BESIDE, 2802);
    }

    @Test
    void blocksWithTheCodeInsideItsOwnCellRightOfTheName() throws Exception {
        assertStackedBlocksDrafted(Opening.CODE_INSIDE_RIGHT, 2803);
    }

    private static final String[] ARABIC = {"السنة الأولى", "السنة الثانية", "السنة الثالثة", "السنة الرابعة",
        "السنة الخامسة", "السنة السادسة"};

    /** A bilingual school form, right to left, its grade rows written {@code style}; returns [grade][girls, boys]. */
    private static int[][] bilingualForm(XSSFWorkbook wb, String code, int style, long seed) {
        Random rnd = new Random(seed);
        XSSFSheet sh = wb.createSheet("الاستمارة - Fiche");
        sh.setRightToLeft(true);
        Sheets.row(sh, 0, "الإحصاء المدرسي السنوي / Recensement scolaire annuel");
        Sheets.row(sh, 2, "رمز المدرسة / Code de l'école", null, code);
        Sheets.row(sh, 3, "اسم المدرسة / Nom de l'école", null, "مدرسة النور / École En-Nour");
        Sheets.row(sh, 4, "السنة الدراسية / Année scolaire", null, "2024-2025");
        Sheets.row(sh, 6, "التلاميذ حسب السنة والجنس / Élèves par année et sexe");
        Sheets.row(sh, 7, "السنة / Classe", "ذكور / Garçons", "إناث / Filles");
        int[][] v = new int[6][2];
        for (int g = 0; g < 6; g++) {
            v[g][0] = 10 + rnd.nextInt(60);
            v[g][1] = 10 + rnd.nextInt(60);
            String label = switch (style) {
                case 0 -> (g + 1) + "AF";
                case 1 -> ARABIC[g];
                default -> ARABIC[g] + " / " + (g + 1) + "AF";
            };
            Sheets.row(sh, 8 + g, label, v[g][1], v[g][0]);
        }
        return v;
    }

    @Test
    void aBilingualFormsGradeRowsAndYearLabelAreDrafted() throws Exception {
        String[] codes = {"MR-10101", "MR-10102", "MR-10103"};
        for (int style = 0; style < codes.length; style++) {
            XSSFWorkbook wb = new XSSFWorkbook();
            int[][] v = bilingualForm(wb, codes[style], style, 2810 + style);
            Path d = Files.createDirectories(dir.resolve("fiche" + style));
            DraftedImports imports = new DraftedImports(d, YEAR, new TemplateWorkshop(TemplateCatalog.load(null)));
            // No year in the file's name: the census year comes from the bilingual year label only.
            DraftedImports.Run run = imports.draftCheckImport(wb, "fiche-" + codes[style] + ".xlsx");
            String json = run.json();
            assertTrue(json.contains("\"السنة الدراسية / Année scolaire\""), "the year label drafted: " + json);
            assertTrue(json.contains("\"rows\" : \"grade\""), "the table of grades drafted: " + json);
            DraftedImports.assertClean(run, 1);
            assertEquals(12L, run.result().valuesStored(), run.result().problems().toString());
            try (Workbench w = imports.open()) {
                for (int g = 0; g < 6; g++) {
                    imports.assertEnrolment(w, codes[style], g + 1, v[g][0], v[g][1]);
                }
            }
        }
    }

    @Test
    void mauritaniasPrimaryYearsAreBuiltInGrades() {
        CodeList grades = CodeLists.builtIn().require("grade");
        for (int g = 1; g <= 6; g++) {
            assertEquals("G" + g, grades.code(g + "AF"));
            assertEquals("G" + g, grades.code(ARABIC[g - 1]));
            assertEquals("G" + g, grades.code(ARABIC[g - 1] + " / " + g + "AF"));
        }
        assertEquals("G1", grades.code("السنة الاولى"), "the first year typed without its hamza");
        // One reading of the fondamental's years, Haiti's nine (7e AF) as Mauritania's six: a year past nine is none.
        assertEquals("G7", grades.code("7AF"));
        assertEquals(null, grades.code("10AF"), "the fondamental has nine years at most");
        assertEquals(null, grades.code("AF"));
    }
}
