package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.model.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A French per-school form in the Niger style (review 24, H1, H5, M2), written here: an age × grade table under its
 * title, each grade merged over {@code G | F}, a {@code Total} row, then a {@code Redoublants} row under it; after a
 * blank row a table of one grade whose sexes stand on its title's own row ({@code Nouveaux inscrits au CI | G | F})
 * over one row of figures ({@code Nombre | 12 | 14}). CE2 is a class the school does not have (its columns wholly
 * blank), and some ages are nobody's in a grade (both sexes blank). Figures are random; what each grid must store is
 * worked out here from what was written.
 */
class FormOneGradeAndTopicRowsTest {
    private static final int YEAR = 2024;
    private static final String CODE = "NE-TST-001";
    private static final String TITLE = "I. Effectifs par âge et par cours";
    private static final String NE_TITLE = "Nouveaux inscrits au CI";
    private static final String[] GRADES = {"CI", "CP", "CE1", "CE2"};
    private static final String[] AGES = {"6 ans", "7 ans", "8 ans", "9 ans", "10 ans"};
    private static final String[] AGE_CODES = {"6", "7", "8", "9", "10"};
    /** The first row of ages (0-based): title on 4, grades on 5, sexes on 6. */
    private static final int FIRST_AGE = 7;
    private static final int TOTAL_ROW = FIRST_AGE + AGES.length;
    private static final int REP_ROW = TOTAL_ROW + 1;
    /** The row of the new entrants' figures: a row for a label under the repeaters, a blank row, its title. */
    private static final int NE_ROW = REP_ROW + 4;

    @TempDir
    Path dir;

    /** [grade][sex][age] as written; -1 for a blank cell. */
    private final int[][][] enrolment = new int[GRADES.length][2][AGES.length];
    private final int[][] repeaters = new int[GRADES.length][2];
    private final int[] newEntrants = new int[2];

    private static String template(boolean newEntrantsGrid, boolean repeatersGrid) {
        return "{\"id\": \"niger-style\", \"version\": 1, \"layout\": \"grid\", \"language\": \"fr\","
                + " \"year\": {\"fromFileName\": true}, \"sheets\": [{\"names\": [\"Questionnaire\"],"
                + " \"required\": [\"school.code\"], \"labels\": [{\"labels\": [\"Code école\"], \"field\": \"school.code\"}],"
                + " \"grids\": [{\"field\": \"enrolment\", \"titles\": [\"" + TITLE + "\"], \"rows\": \"age\"}"
                + (repeatersGrid ? ", {\"field\": \"repeaters\", \"titles\": [\"" + TITLE + "\"], \"rows\": \"none\"}" : "")
                + (newEntrantsGrid ? ", {\"field\": \"new_entrants\", \"titles\": [\"" + NE_TITLE
                        + "\"], \"rows\": \"none\", \"grade\": \"G1\"}" : "")
                + "]}], \"codeLists\": {\"grade\": {\"G2\": [\"CP\"]}}}";
    }

    @Test
    void aTableOfOneGradeWithItsSexesOnItsTitlesRowIsReadAndTheRepeatersRowToo() throws Exception {
        XSSFWorkbook wb = form(new Random(41), null, null);
        try (TemplateImports t = new TemplateImports(dir)) {
            FileResult f = t.importWith(wb, "ecole-2024.xlsx", template(true, false), YEAR);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertEquals(0, f.problemCount(), "every figure read, none reported: " + f.problems());
            assertStored(t.workbench);
        }
    }

    @Test
    void withoutAGridTheTablesFiguresAreReportedNotRead() throws Exception {
        XSSFWorkbook wb = form(new Random(43), null, null);
        try (TemplateImports t = new TemplateImports(dir)) {
            FileResult f = t.importWith(wb, "ecole-2024.xlsx", template(false, false), YEAR);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertEquals(1, DraftedImports.count(f, "UNREAD_FIGURES"), f.problems().toString());
            assertEquals("Questionnaire!B" + (NE_ROW + 1) + ":C" + (NE_ROW + 1), DraftedImports.first(f,
                    "UNREAD_FIGURES"));
            assertEquals(0, DraftedImports.count(f, "UNKNOWN_CODE"), "Redoublants is no age: " + f.problems());
        }
    }

    @Test
    void aRepeatersRowAnotherGridReadsIsNeverAlsoAnUnknownAge() throws Exception {
        // The reviewer's template: a repeaters grid without rows under the enrolment table's title.
        XSSFWorkbook wb = form(new Random(47), null, null);
        try (TemplateImports t = new TemplateImports(dir)) {
            FileResult f = t.importWith(wb, "ecole-2024.xlsx", template(true, true), YEAR);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertEquals(0, f.problemCount(), "read once, by its own grid: " + f.problems());
            assertStored(t.workbench);
        }
    }

    @Test
    void aBlankAmongAnAgesFiguresIsReportedNotAWholeBlankGradeOrAge() throws Exception {
        // CE1 girls of 9 left blank, CE1 girls of 8 and 10, CE1 boys of 9 and CP girls of 9 given.
        XSSFWorkbook wb = form(new Random(53), new int[] {2, 3, 1}, null);
        try (TemplateImports t = new TemplateImports(dir)) {
            FileResult f = t.importWith(wb, "ecole-2024.xlsx", template(true, false), YEAR);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertEquals(1, DraftedImports.count(f, "BLANK_FIGURE"), f.problems().toString());
            String cell = CellRef.columnLetters(1 + 2 * 2 + 1) + (FIRST_AGE + 3 + 1);
            assertEquals("Questionnaire!" + cell, DraftedImports.first(f, "BLANK_FIGURE"));
            assertEquals(1, f.problemCount(), "CE2 (no class), the ages nobody has and the blanks at either end of a"
                    + " grade's ages are not said: " + f.problems());
            assertTrue(t.workbench.whereFrom(CODE, YEAR, Topic.ENROLMENT, 3, Sex.F, new AgeGroup("9")).isEmpty(),
                    "nothing stored for the blank, not 0");
            assertEquals(1, TemplateImports.of(t.validate(YEAR), "IMP-36", CODE).size());
        }
    }

    @Test
    void anUnknownRowLabelIsTheOfficersAndNeverAskedOfTheSchool() throws Exception {
        XSSFWorkbook wb = form(new Random(59), null, "Auditeurs libres");
        try (TemplateImports t = new TemplateImports(dir)) {
            FileResult f = t.importWith(wb, "ecole-2024.xlsx", template(true, false), YEAR);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertEquals(1, DraftedImports.count(f, "UNKNOWN_CODE"), f.problems().toString());
            assertEquals("Questionnaire!A" + (REP_ROW + 2), DraftedImports.first(f, "UNKNOWN_CODE"));
            assertEquals(ProblemKind.Who.OFFICER, ProblemKind.UNKNOWN_CODE.who("age"));
            assertEquals(ProblemKind.Who.SCHOOL, ProblemKind.UNKNOWN_CODE.who("school.ownership"));
            List<StoredFinding> all = t.validate(YEAR);
            assertEquals(1, TemplateImports.of(all, "IMP-05", CODE).size(), all.toString());
            QueryService.Written w = new QueryService(t.workbench).school(YEAR, CODE, Locale.FRENCH,
                    dir.resolve("q"), false);
            assertEquals(1, w.officerOnly(), "the row label is the template's, not the school's");
            assertStored(t.workbench);
        }
    }

    @Test
    void theDraftReadsTheTableOfOneGradeAsItsTitleSays() throws Exception {
        XSSFWorkbook wb = form(new Random(61), null, null);
        DraftedImports drafted = new DraftedImports(dir, YEAR, new TemplateWorkshop(TemplateCatalog.load(null)));
        DraftedImports.Run run = drafted.draftCheckImport(wb, "ecole-2024.xlsx");
        JsonNode grids = new ObjectMapper().readTree(run.json()).path("sheets").path(0).path("grids");
        List<String> ne = new ArrayList<>();
        for (JsonNode g : grids) {
            if (g.path("field").asText().equals("new_entrants")) {
                ne.add(g.path("titles").path(0).asText() + "|" + g.path("grade").asText() + "|" + g.path("rows").asText());
            }
        }
        assertEquals(List.of(NE_TITLE + "|G1|none"), ne, run.json());
        assertEquals(FileOutcome.IMPORTED, run.result().outcome(), run.result().message());
        assertEquals(0, DraftedImports.count(run.result(), "UNKNOWN_CODE"), run.result().problems().toString());
        assertEquals(0, DraftedImports.count(run.result(), "UNREAD_FIGURES"), run.result().problems().toString());
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            assertStored(w);
        }
    }

    /** Every written figure stored where it was written: enrolment by age, repeaters and new entrants of all ages. */
    private void assertStored(Workbench w) {
        int checked = 0;
        for (int g = 0; g < GRADES.length; g++) {
            for (int s = 0; s < 2; s++) {
                Sex sex = s == 0 ? Sex.M : Sex.F;
                for (int a = 0; a < AGES.length; a++) {
                    var got = w.whereFrom(CODE, YEAR, Topic.ENROLMENT, g + 1, sex, new AgeGroup(AGE_CODES[a]));
                    String where = GRADES[g] + " " + sex + " " + AGES[a];
                    if (enrolment[g][s][a] < 0) {
                        assertTrue(got.isEmpty() || got.get().value() == null, where + ": " + got);
                        continue;
                    }
                    assertEquals(enrolment[g][s][a], got.orElseThrow(() -> new AssertionError(where)).value(), where);
                    checked++;
                }
                var rep = w.whereFrom(CODE, YEAR, Topic.REPEATERS, g + 1, sex, AgeGroup.ALL);
                if (repeaters[g][s] >= 0) {
                    assertEquals(repeaters[g][s], rep.orElseThrow(() -> new AssertionError("repeaters " + sex))
                            .value(), "repeaters " + GRADES[g] + " " + sex);
                    assertEquals("Questionnaire", rep.get().source().sheet());
                    assertEquals(CellRef.columnLetters(1 + 2 * g + s) + (REP_ROW + 1), rep.get().source().cell());
                    checked++;
                }
            }
        }
        for (int s = 0; s < 2; s++) {
            var ne = w.whereFrom(CODE, YEAR, Topic.NEW_ENTRANTS, 1, s == 0 ? Sex.M : Sex.F, AgeGroup.ALL);
            assertEquals(newEntrants[s], ne.orElseThrow(() -> new AssertionError("new entrants")).value());
            assertEquals(CellRef.columnLetters(1 + s) + (NE_ROW + 1), ne.get().source().cell());
            checked++;
        }
        assertTrue(checked > 2 * 3 * 3, "figures checked: " + checked);
    }

    /**
     * The form. {@code blank}: grade, age and sex of one cell left blank (its figure forgotten; the totals as
     * written leave it out), or null. {@code extraRow}: a row label under the repeaters row that is no age nor
     * topic, with figures, or null.
     */
    private XSSFWorkbook form(Random rnd, int[] blank, String extraRow) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Questionnaire");
        put(s, 0, 0, "RÉPUBLIQUE DU NIGER");
        put(s, 2, 0, "Code école :");
        s.addMergedRegion(new CellRangeAddress(2, 2, 0, 1));
        put(s, 2, 2, CODE);
        put(s, 4, 0, TITLE);
        put(s, 5, 0, "Âge");
        s.addMergedRegion(new CellRangeAddress(5, 6, 0, 0));
        int totalCol = 1 + 2 * GRADES.length;
        for (int g = 0; g <= GRADES.length; g++) {
            put(s, 5, 1 + 2 * g, g < GRADES.length ? GRADES[g] : "Total");
            s.addMergedRegion(new CellRangeAddress(5, 5, 1 + 2 * g, 2 + 2 * g));
            put(s, 6, 1 + 2 * g, "G");
            put(s, 6, 2 + 2 * g, "F");
        }
        int[] colTotals = new int[2 * GRADES.length];
        for (int a = 0; a < AGES.length; a++) {
            put(s, FIRST_AGE + a, 0, AGES[a]);
            int[] rowTotals = new int[2];
            for (int g = 0; g < GRADES.length; g++) {
                // Grade g has pupils aged g to g + 2 (index), CE2 none: the school has no such class.
                boolean nobody = g == 3 || a < g || a > g + 2;
                for (int x = 0; x < 2; x++) {
                    boolean left = blank != null && blank[0] == g && blank[1] == a && blank[2] == x;
                    int v = nobody || left ? -1 : 1 + rnd.nextInt(25);
                    enrolment[g][x][a] = v;
                    if (v >= 0) {
                        put(s, FIRST_AGE + a, 1 + 2 * g + x, v);
                        colTotals[2 * g + x] += v;
                        rowTotals[x] += v;
                    }
                }
            }
            put(s, FIRST_AGE + a, totalCol, rowTotals[0]);
            put(s, FIRST_AGE + a, totalCol + 1, rowTotals[1]);
        }
        put(s, TOTAL_ROW, 0, "Total");
        put(s, REP_ROW, 0, "Redoublants");
        for (int g = 0; g < GRADES.length; g++) {
            for (int x = 0; x < 2; x++) {
                if (g < 3) {
                    put(s, TOTAL_ROW, 1 + 2 * g + x, colTotals[2 * g + x]);
                    repeaters[g][x] = rnd.nextInt(Math.max(1, colTotals[2 * g + x] / 5));
                    put(s, REP_ROW, 1 + 2 * g + x, repeaters[g][x]);
                } else {
                    repeaters[g][x] = -1;
                }
            }
        }
        if (extraRow != null) {
            put(s, REP_ROW + 1, 0, extraRow);
            put(s, REP_ROW + 1, 1, 3);
            put(s, REP_ROW + 1, 2, 2);
        }
        int ne = NE_ROW;
        put(s, ne - 1, 0, NE_TITLE);
        put(s, ne - 1, 1, "G");
        put(s, ne - 1, 2, "F");
        put(s, ne, 0, "Nombre");
        for (int x = 0; x < 2; x++) {
            newEntrants[x] = 5 + rnd.nextInt(30);
            put(s, ne, 1 + x, newEntrants[x]);
        }
        return wb;
    }

    private static void put(Sheet s, int r, int c, Object v) {
        Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
        if (v instanceof Integer n) {
            row.createCell(c).setCellValue(n);
        } else {
            row.createCell(c).setCellValue(v.toString());
        }
    }
}
