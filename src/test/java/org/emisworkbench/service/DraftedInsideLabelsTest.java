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
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Blocks opening with one line holding the school's name and code ({@code School: NAME (CODE)}, {@code École : NOM
 * (CODE)}, {@code Escola: NOME [CÓDIGO]}) are drafted with labels read inside their own cell ({@code "position":
 * "inside"}), so that draft, check and import read every block with no hand edit. Every workbook is written here in
 * styles the sample generator never writes; every figure is compared with what the test wrote.
 */
class DraftedInsideLabelsTest {
    private static final int YEAR = 2024;

    @TempDir
    Path dir;

    /** One school's block: its opening line, a district line or none, its table; returns [grade][F, M]. */
    private static int[][] block(Sheet sh, int row, String opening, String district, String[] words, Random rnd) {
        Sheets.row(sh, row++, opening);
        if (district != null) {
            Sheets.row(sh, row++, district);
        }
        Sheets.row(sh, row++, words[0]);
        Sheets.row(sh, row++, words[1], words[2], words[3]);
        int[][] v = new int[4][2];
        for (int g = 1; g <= 3; g++) {
            v[g][0] = rnd.nextInt(70) + 3;
            v[g][1] = rnd.nextInt(70) + 3;
            Sheets.row(sh, row++, words[3 + g], v[g][1], v[g][0]); // boys' column first, girls' second
        }
        return v;
    }

    private static final String[] ENGLISH = {"Enrolment by grade and sex", "Grade", "Boys", "Girls", "Grade 1",
        "Grade 2", "Grade 3"};
    private static final String[] FRENCH = {"Effectifs par classe et sexe", "Classe", "Garçons", "Filles", "CP1", "CP2",
        "CE1"};
    private static final String[] PORTUGUESE = {"Efectivos por classe e sexo", "Classe", "Rapazes", "Raparigas",
        "Classe 1", "Classe 2", "Classe 3"};

    private DraftedImports.Run run(XSSFWorkbook wb, String folder, String file) throws Exception {
        Path d = Files.createDirectories(dir.resolve(folder));
        DraftedImports imports = new DraftedImports(d, YEAR, new TemplateWorkshop(TemplateCatalog.load(null)));
        return imports.draftCheckImport(wb, file);
    }

    private static DraftedImports imports(Path d) {
        return new DraftedImports(d, YEAR, new TemplateWorkshop(TemplateCatalog.load(null)));
    }

    private static void assertInside(String json) {
        assertTrue(json.matches("(?s).*\"field\" : \"school.code\",\\s*\"position\" : \"inside\".*"), json);
        assertTrue(json.matches("(?s).*\"field\" : \"school.name\",\\s*\"position\" : \"inside\".*"), json);
    }

    @Test
    void stackedBlocksOnOneSheetWithDistrictLinesABracketedCodeAndALineWithoutCode() throws Exception {
        Random rnd = new Random(8301);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("District return");
        Sheets.row(sh, 0, "Volta region: schools' returns 2024-25");
        String[] openings = {"School: Akuna Primary (GH-1200)", "School: Chela Primary",
            "SCHOOL:  Bessa   School [TG-0412]", "School : Dzorwulu J.H.S. (GH-1205)"};
        String[] codes = {"GH-1200", null, "TG-0412", "GH-1205"};
        String[] names = {"Akuna Primary", null, "Bessa School", "Dzorwulu J.H.S."};
        String[] districts = {"Keta", "Keta", "Ho West", "Ho West"};
        Map<String, int[][]> expected = new LinkedHashMap<>();
        int row = 2;
        for (int b = 0; b < openings.length; b++) {
            int[][] v = block(sh, row, openings[b], "District: " + districts[b], ENGLISH, rnd);
            if (codes[b] != null) {
                expected.put(codes[b], v);
            }
            row += 7;
        }
        DraftedImports.Run run = run(wb, "stacked", "district-return-2024.xlsx");
        assertInside(run.json());
        assertTrue(run.json().matches("(?s).*\"field\" : \"school.district\",\\s*\"position\" : \"inside\".*"),
                run.json());
        assertTrue(run.json().contains("\"schools\" : \"block\""), run.json());
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(expected.size(), f.schoolsAdded(), f.problems().toString());
        assertEquals(1, count(f, "BLANK_KEY"), "the line without a code is reported: " + f.problems());
        assertEquals("District return!A10", DraftedImports.first(f, "BLANK_KEY"));
        assertEquals(0, count(f, "UNREAD_FIGURES"), f.problems() + "\n" + run.json());
        assertEquals(0, count(f, "UNMATCHED_COLUMN"), f.problems().toString());
        assertEquals(1, f.problemCount(), f.problems().toString());
        assertEquals(expected.size() * 3 * 2L, f.valuesStored());
        DraftedImports imports = imports(dir.resolve("stacked"));
        try (Workbench w = imports.open()) {
            assertEquals(expected.keySet(), w.schools(YEAR, null).stream().map(x -> x.code())
                    .collect(Collectors.toSet()));
            for (int b = 0; b < codes.length; b++) {
                if (codes[b] == null) {
                    continue;
                }
                var s = imports.school(w, codes[b]);
                assertEquals(names[b], s.name());
                assertEquals(districts[b], s.district());
                for (int g = 1; g <= 3; g++) {
                    imports.assertEnrolment(w, codes[b], g, expected.get(codes[b])[g][0], expected.get(codes[b])[g][1]);
                }
            }
        }
    }

    @Test
    void oneFrenchBlockPerSheet() throws Exception {
        Random rnd = new Random(8302);
        XSSFWorkbook wb = new XSSFWorkbook();
        String[][] schools = {{"EPP Zogbo", "BJ-0077"}, {"EPP Kpota", "BJ-0078"}, {"CEG Avrankou", "BJ-0104"}};
        Map<String, int[][]> expected = new LinkedHashMap<>();
        for (String[] s : schools) {
            Sheet sh = wb.createSheet(s[0]);
            expected.put(s[1], block(sh, 1, "École : " + s[0] + " (" + s[1] + ")", null, FRENCH, rnd));
        }
        DraftedImports.Run run = run(wb, "sheets", "ecoles-2024.xlsx");
        assertInside(run.json());
        assertTrue(run.json().contains("\"schools\" : \"sheet\""), run.json());
        DraftedImports.assertClean(run, schools.length);
        assertEquals(schools.length * 3 * 2L, run.result().valuesStored());
        DraftedImports imports = imports(dir.resolve("sheets"));
        try (Workbench w = imports.open()) {
            for (String[] s : schools) {
                assertEquals(s[0], imports.school(w, s[1]).name());
                for (int g = 1; g <= 3; g++) {
                    imports.assertEnrolment(w, s[1], g, expected.get(s[1])[g][0], expected.get(s[1])[g][1]);
                }
            }
        }
    }

    @Test
    void portugueseBlocksWithCodesInBrackets() throws Exception {
        Random rnd = new Random(8303);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Escolas");
        String[][] schools = {{"EP Namicopo", "MZ-0301"}, {"EPC Mutauanha", "MZ-0302"}};
        Map<String, int[][]> expected = new LinkedHashMap<>();
        int row = 0;
        for (String[] s : schools) {
            expected.put(s[1], block(sh, row, "Escola: " + s[0] + " [" + s[1] + "]", "Distrito: Nampula", PORTUGUESE,
                    rnd));
            row += 8; // a blank row between blocks
        }
        DraftedImports.Run run = run(wb, "pt", "escolas-2024.xlsx");
        assertInside(run.json());
        assertFalse(run.json().contains("\"position\" : \"right\""), run.json());
        DraftedImports.assertClean(run, schools.length);
        DraftedImports imports = imports(dir.resolve("pt"));
        try (Workbench w = imports.open()) {
            for (String[] s : schools) {
                assertEquals(s[0], imports.school(w, s[1]).name());
                assertEquals("Nampula", imports.school(w, s[1]).district());
                for (int g = 1; g <= 3; g++) {
                    imports.assertEnrolment(w, s[1], g, expected.get(s[1])[g][0], expected.get(s[1])[g][1]);
                }
            }
        }
    }

    @Test
    void oneSchoolsWorkbookOpeningWithItsLine() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Ficha");
        Sheets.row(sh, 0, "Recenseamento escolar 2024");
        int[][] v = block(sh, 2, "ESCOLA:   EPC Muhala   [MZ-0410]", null, PORTUGUESE, new Random(8304));
        DraftedImports.Run run = run(wb, "one", "ficha-2024.xlsx");
        assertInside(run.json());
        assertFalse(run.json().contains("\"schools\""), "one school for the workbook: " + run.json());
        DraftedImports.assertClean(run, 1);
        DraftedImports imports = imports(dir.resolve("one"));
        try (Workbench w = imports.open()) {
            assertEquals("EPC Muhala", imports.school(w, "MZ-0410").name());
            for (int g = 1; g <= 3; g++) {
                imports.assertEnrolment(w, "MZ-0410", g, v[g][0], v[g][1]);
            }
        }
    }

    @Test
    void englishFrenchAndPortugueseBlocksOnOneSheet() throws Exception {
        Random rnd = new Random(8305);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Blocks");
        String[][] schools = {{"School: Akuna Primary (GH-1200)", "District: Keta", "GH-1200", "Akuna Primary", "Keta"},
            {"École : EPP Zogbo (BJ-0077)", "District : Adjarra", "BJ-0077", "EPP Zogbo", "Adjarra"},
            {"Escola: EP Namicopo [MZ-0301]", "Distrito: Nampula", "MZ-0301", "EP Namicopo", "Nampula"}};
        // The district's own table under every school's line, whatever the line's language.
        String[][] words = {ENGLISH, ENGLISH, ENGLISH};
        Map<String, int[][]> expected = new LinkedHashMap<>();
        int row = 0;
        for (int s = 0; s < schools.length; s++) {
            expected.put(schools[s][2], block(sh, row, schools[s][0], schools[s][1], words[s], rnd));
            row += 8;
        }
        DraftedImports.Run run = run(wb, "mixed", "blocks-2024.xlsx");
        assertTrue(run.json().contains("\"labels\" : [ \"School\", \"École\", \"Escola\" ]"), run.json());
        assertTrue(run.json().contains("\"labels\" : [ \"District\", \"Distrito\" ]"), run.json());
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(schools.length, f.schoolsAdded(), f.problems() + "\n" + run.json());
        assertEquals(schools.length * 3 * 2L, f.valuesStored(), f.problems() + "\n" + run.json());
        assertEquals(0, f.problemCount(), f.problems().toString());
        DraftedImports imports = imports(dir.resolve("mixed"));
        try (Workbench w = imports.open()) {
            for (String[] s : schools) {
                assertEquals(s[3], imports.school(w, s[2]).name());
                assertEquals(s[4], imports.school(w, s[2]).district());
                for (int g = 1; g <= 3; g++) {
                    imports.assertEnrolment(w, s[2], g, expected.get(s[2])[g][0], expected.get(s[2])[g][1]);
                }
            }
        }
    }
}
