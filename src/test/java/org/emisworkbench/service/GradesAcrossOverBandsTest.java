package org.emisworkbench.service;

import static org.emisworkbench.service.DraftedImports.assertClean;
import static org.emisworkbench.service.DraftedImports.count;
import static org.emisworkbench.service.DraftedImports.first;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.service.DraftedImports.Run;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One row of figures under grades across, each grade merged over topic bands ({@code New | Repeaters}), each band
 * over the sexes, then a {@code Total} of the row by sex and of both sexes: the Francophone questionnaire de rentrée's
 * table I (review 30 B2, decision 0100), written here in English for the draft and in Portuguese ({@code 1ª classe}
 * over {@code Novos | Repetentes} over {@code H | M}) for a template written by hand. The figures are drawn at random
 * and the expected ones worked out here; a wrong total and a blank cell are reported at their cells.
 */
class GradesAcrossOverBandsTest {
    private static final int YEAR = 2024;
    private static final int GRADES = 6;
    /** Column of the first figure: A holds the row's label. */
    private static final int FIRST = 1;

    @TempDir
    Path dir;

    /** Figures [grade 1…6][band 0 new, 1 repeaters][sex 0 first written, 1 second]. */
    private static int[][][] figures(long seed) {
        Random rnd = new Random(seed);
        int[][][] v = new int[GRADES + 1][2][2];
        for (int g = 1; g <= GRADES; g++) {
            for (int s = 0; s < 2; s++) {
                v[g][0][s] = 10 + rnd.nextInt(60);
                v[g][1][s] = rnd.nextInt(9);
            }
        }
        return v;
    }

    /**
     * The table from row {@code top}: title, grades (merged over four columns), bands (merged over two), sexes, one
     * row of figures and its totals. {@code totalShift} is added to the first sex's total; {@code blank} (grade,
     * band, sex) leaves that cell empty. Returns the row of figures (0-based).
     */
    private static int table(Sheet sh, int top, String title, String[] grades, String[] bands, String[] sexes,
                             String rowLabel, int[][][] v, int totalShift, int[] blank) {
        Sheets.row(sh, top, title);
        List<Object> gradeRow = new ArrayList<>(List.of("Class"));
        List<Object> bandRow = new ArrayList<>(List.of(""));
        List<Object> sexRow = new ArrayList<>(List.of(""));
        List<Object> values = new ArrayList<>(List.of(rowLabel));
        long[] total = new long[2];
        for (int g = 1; g <= GRADES; g++) {
            for (int b = 0; b < 2; b++) {
                for (int s = 0; s < 2; s++) {
                    gradeRow.add(b == 0 && s == 0 ? grades[g - 1] : null);
                    bandRow.add(s == 0 ? bands[b] : null);
                    sexRow.add(sexes[s]);
                    boolean empty = blank != null && blank[0] == g && blank[1] == b && blank[2] == s;
                    values.add(empty ? null : v[g][b][s]);
                    total[s] += empty ? 0 : v[g][b][s];
                }
            }
        }
        gradeRow.add("Total");
        sexRow.add(sexes[0]);
        sexRow.add(sexes[1]);
        sexRow.add("T");
        values.add(total[0] + totalShift);
        values.add(total[1]);
        values.add(total[0] + total[1]);
        Sheets.row(sh, top + 1, gradeRow.toArray());
        Sheets.row(sh, top + 2, bandRow.toArray());
        Sheets.row(sh, top + 3, sexRow.toArray());
        Sheets.row(sh, top + 4, values.toArray());
        for (int g = 0; g < GRADES; g++) {
            int c = FIRST + 4 * g;
            sh.addMergedRegion(new CellRangeAddress(top + 1, top + 1, c, c + 3));
            sh.addMergedRegion(new CellRangeAddress(top + 2, top + 2, c, c + 1));
            sh.addMergedRegion(new CellRangeAddress(top + 2, top + 2, c + 2, c + 3));
        }
        int t = FIRST + 4 * GRADES;
        sh.addMergedRegion(new CellRangeAddress(top + 1, top + 2, t, t + 2));
        sh.addMergedRegion(new CellRangeAddress(top + 1, top + 3, 0, 0));
        return top + 4;
    }

    private static XSSFWorkbook english(String code, int[][][] v, int totalShift, int[] blank) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("School form");
        Sheets.row(sh, 0, "ANNUAL SCHOOL CENSUS 2024 - PRIMARY");
        Sheets.row(sh, 2, "School code:", code);
        Sheets.row(sh, 3, "School name:", "Lakeside Primary " + code);
        String[] grades = new String[GRADES];
        for (int g = 1; g <= GRADES; g++) {
            grades[g - 1] = "Class " + g;
        }
        table(sh, 5, "A. PUPILS BY CLASS, STATUS AND SEX", grades, new String[] {"New", "Repeaters"},
                new String[] {"Boys", "Girls"}, "Pupils", v, totalShift, blank);
        return wb;
    }

    /** Column letter of grade {@code g}'s band {@code b}, sex {@code s} (0 first written). */
    private static String col(int g, int b, int s) {
        return CellRef.columnLetters(FIRST + 4 * (g - 1) + 2 * b + s);
    }

    @Test
    void draftedEnglishTableReadsRepeatersNewEntrantsAndTheEnrolmentAddedUp() throws Exception {
        int[][][] v = figures(3010);
        DraftedImports imports = new DraftedImports(dir, YEAR, new TemplateWorkshop(TemplateCatalog.load(null)));
        Run run = imports.draftCheckImport(english("LS-0101", v, 0, null), "census-LS-0101-2024.xlsx");
        assertTrue(run.json().contains("\"band\" : [ \"Repeaters\" ]"), run.json());
        assertTrue(run.json().contains("\"band\" : [ \"New\", \"Repeaters\" ]"), "no other table gives the enrolment: "
                + run.json());
        assertClean(run, 1);
        // Enrolment and repeaters of 6 grades by sex, new entrants of grade 1 by sex.
        assertEquals(GRADES * 2 * 2 + 2, run.result().valuesStored());
        try (Workbench w = imports.open()) {
            for (int g = 1; g <= GRADES; g++) {
                imports.assertEnrolment(w, "LS-0101", g, v[g][0][1] + v[g][1][1], v[g][0][0] + v[g][1][0]);
                imports.assertFigure(w, "LS-0101", Topic.REPEATERS, g, v[g][1][1], v[g][1][0]);
            }
            imports.assertFigure(w, "LS-0101", Topic.NEW_ENTRANTS, 1, v[1][0][1], v[1][0][0]);
            assertEquals("School form!" + col(3, 0, 1) + "10+" + col(3, 1, 1) + "10",
                    w.whereFrom("LS-0101", YEAR, Topic.ENROLMENT, 3, Sex.F, AgeGroup.ALL).orElseThrow().source()
                            .sheetCell(), "girls of class 3: New + Repeaters, both cells named");
            assertEquals("School form!" + col(5, 1, 0) + "10",
                    w.whereFrom("LS-0101", YEAR, Topic.REPEATERS, 5, Sex.M, AgeGroup.ALL).orElseThrow().source()
                            .sheetCell(), "boys repeating class 5");
        }
    }

    @Test
    void aWrongTotalAndABlankAreReportedAtTheirCells() throws Exception {
        int[][][] v = figures(3011);
        DraftedImports imports = new DraftedImports(dir, YEAR, new TemplateWorkshop(TemplateCatalog.load(null)));
        Run clean = imports.draftCheckImport(english("LS-0102", v, 0, null), "census-LS-0102-2024.xlsx");
        assertClean(clean, 1);
        // Boys' total 7 too many; the girls repeating class 4 left blank.
        FileResult damaged = imports.importWith(english("LS-0103", v, 7, new int[] {4, 1, 1}),
                "census-LS-0103-2024.xlsx", clean.json().replace("\"id\" : ", "\"id\": "));
        String total = CellRef.columnLetters(FIRST + 4 * GRADES) + "10";
        assertEquals(1, count(damaged, "TOTAL_MISMATCH"), damaged.problems().toString());
        assertTrue(first(damaged, "TOTAL_MISMATCH").endsWith(total), damaged.problems().toString());
        assertEquals(1, count(damaged, "BLANK_FIGURE"), damaged.problems().toString());
        assertTrue(first(damaged, "BLANK_FIGURE").endsWith(col(4, 1, 1) + "10"), damaged.problems().toString());
        assertEquals(0, count(damaged, "UNREAD_FIGURES"), damaged.problems().toString());
        try (Workbench w = imports.open()) {
            imports.assertFigure(w, "LS-0103", Topic.REPEATERS, 3, v[3][1][1], v[3][1][0]);
            assertTrue(w.whereFrom("LS-0103", YEAR, Topic.REPEATERS, 4, Sex.F, AgeGroup.ALL).isEmpty(),
                    "a blank is not stored as a figure");
        }
    }

    @Test
    void portugueseTableReadByATemplateWrittenByHand() throws Exception {
        int[][][] v = figures(3012);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Mapa");
        Sheets.row(sh, 0, "MAPA ESTATÍSTICO - ENSINO PRIMÁRIO - 2024");
        Sheets.row(sh, 2, "Código da escola", "MZ-4417");
        String[] grades = new String[GRADES];
        for (int g = 1; g <= GRADES; g++) {
            grades[g - 1] = g + "ª classe";
        }
        // H (homens) first, M (mulheres) second: sex index 0 is male, 1 female, as in the English table.
        int row = table(sh, 4, "1. ALUNOS POR CLASSE, SITUAÇÃO E SEXO", grades, new String[] {"Novos", "Repetentes"},
                new String[] {"H", "M"}, "Alunos", v, 0, null);
        String json = """
                {"id": "mz-bands", "version": 1, "layout": "grid", "language": "pt",
                 "year": {"fromFileName": true},
                 "sheets": [{"names": ["Mapa"], "required": ["school.code"],
                   "labels": [{"labels": ["Código da escola"], "field": "school.code"}],
                   "grids": [
                     {"field": "enrolment", "titles": ["1. ALUNOS POR CLASSE, SITUAÇÃO E SEXO"], "rows": "none", "band": ["Novos", "Repetentes"]},
                     {"field": "repeaters", "titles": ["1. ALUNOS POR CLASSE, SITUAÇÃO E SEXO"], "rows": "none", "band": ["Repetentes"]}]}]}
                """;
        DraftedImports imports = new DraftedImports(dir, YEAR, new TemplateWorkshop(TemplateCatalog.load(null)));
        FileResult f = imports.importWith(wb, "mapa-MZ-4417-2024.xlsx", json);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(0, f.problemCount(), f.problems().toString());
        assertEquals(GRADES * 2 * 2, f.valuesStored());
        try (Workbench w = imports.open()) {
            for (int g = 1; g <= GRADES; g++) {
                imports.assertEnrolment(w, "MZ-4417", g, v[g][0][1] + v[g][1][1], v[g][0][0] + v[g][1][0]);
                imports.assertFigure(w, "MZ-4417", Topic.REPEATERS, g, v[g][1][1], v[g][1][0]);
            }
            assertEquals("Mapa!" + col(2, 1, 1) + (row + 1),
                    w.whereFrom("MZ-4417", YEAR, Topic.REPEATERS, 2, Sex.F, AgeGroup.ALL).orElseThrow().source()
                            .sheetCell(), "M is mulheres in Portuguese: the girls repeating the 2ª classe");
        }
    }
}
