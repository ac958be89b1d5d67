package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A school's form with three age × grade × sex blocks (enrolment, repeaters, new entrants), side by side under
 * titles on one row or stacked one right under another: each grid reads the block under its own title, never the
 * first block (review 16, S1); a grid whose title is not on the form reads nothing and says so. The workbooks are
 * written here (French titles, ages and sexes, CP1 | CP2; and a copy of the reviewer's English layout); the figures
 * expected are those the test wrote.
 */
class GridBlocksByTitleTest {
    private static final int YEAR = 2024;
    private static final String[] AGE_LABELS = {"moins de 6 ans", "6 ans", "7 ans", "8 ans", "9 ans", "10 ans",
            "11 ans", "12 ans et plus"};
    private static final String[] AGE_LABELS_EN = {"<6", "6", "7", "8", "9", "10", "11", "12+"};
    private static final String[] AGE_CODES = {"-5", "6", "7", "8", "9", "10", "11", "12+"};
    private static final Topic[] TOPICS = {Topic.ENROLMENT, Topic.REPEATERS, Topic.NEW_ENTRANTS};
    /** Grades each block gives: new entrants only to the first grade, unless a test gives them both. */
    private int[] blockGrades = {2, 2, 1};

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    /** Labels of one form's spelling. */
    private record Words(String sheet, String codeLabel, String[] titles, String[] grades, String[] sexes,
                         String[] ages, String ageHeader) {
    }

    private static final Words FRENCH = new Words("Fiche", "Code école :",
            new String[] {"EFFECTIFS", "REDOUBLANTS", "NOUVEAUX INSCRITS"}, new String[] {"CP1", "CP2"},
            new String[] {"Garçons", "Filles"}, AGE_LABELS, "Âge");
    private static final Words REVIEWER = new Words("Form", "School code:",
            new String[] {"ENROLMENT", "REPEATERS", "NEW ENTRANTS"}, new String[] {"Grade 1", "Grade 2"},
            new String[] {"Boys", "Girls"}, AGE_LABELS_EN, "Age");

    /** [topic][grade][sex][age] as written; null where the cell was left blank. */
    private final Integer[][][][] written = new Integer[3][2][2][AGE_CODES.length];

    @Test
    void blocksSideBySideAreEachReadUnderTheirOwnTitle() throws Exception {
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        FileResult f = imports.importWith(sideBySide(FRENCH, "BF-3101", 31), "kaya-3101-2024.xlsx",
                template("fiche-cote", FRENCH, ""));
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(expectedBlanks(), f.problemCount(), "totals agree, nothing unread, no clash: " + f.problems());
        assertEquals(expectedBlanks(), DraftedImports.count(f, "BLANK_FIGURE"), f.problems().toString());
        assertStoredAsWritten(imports, "BF-3101");
    }

    @Test
    void blocksStackedWithoutABlankRowAreEachReadUnderTheirOwnTitle() throws Exception {
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        FileResult f = imports.importWith(stacked(FRENCH, "BF-3102", 32), "kaya-3102-2024.xlsx",
                template("fiche-pile", FRENCH, ""));
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(expectedBlanks(), f.problemCount(), "totals agree, nothing unread, no clash: " + f.problems());
        assertEquals(expectedBlanks(), DraftedImports.count(f, "BLANK_FIGURE"), f.problems().toString());
        assertStoredAsWritten(imports, "BF-3102");
    }

    @Test
    void theReviewersLayoutReadsRepeatersAndNewEntrantsFromTheirOwnBlocks() throws Exception {
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        FileResult f = imports.importWith(sideBySide(REVIEWER, "AG-601", 6), "case6-age-blocks-2024.xlsx",
                template("case6-copy", REVIEWER, ""));
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(0, DraftedImports.count(f, "VALUE_CLASH"), f.problems().toString());
        assertEquals(0, DraftedImports.count(f, "UNREAD_FIGURES"), f.problems().toString());
        assertStoredAsWritten(imports, "AG-601");
        try (Workbench w = imports.open()) {
            // Boys repeating grade 1 come from the repeaters' block (column G), new entrants' from column L: never
            // from enrolment's column B.
            int a = 0;
            while (written[1][0][0][a] == null) {
                a++;
            }
            assertEquals("G" + (6 + a), w.whereFrom("AG-601", YEAR, Topic.REPEATERS, 1, Sex.M,
                    new AgeGroup(AGE_CODES[a])).orElseThrow().source().cell());
            a = 0;
            while (written[2][0][0][a] == null) {
                a++;
            }
            assertEquals("L" + (6 + a), w.whereFrom("AG-601", YEAR, Topic.NEW_ENTRANTS, 1, Sex.M,
                    new AgeGroup(AGE_CODES[a])).orElseThrow().source().cell());
        }
    }

    @Test
    void aGridWhoseTitleIsNotOnTheFormReadsNothingAndSaysSo() throws Exception {
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        // The repeaters' title misspelt in the template, and a table of pupils with disabilities the form lacks.
        String json = template("fiche-manque", FRENCH, ", {\"field\": \"disabled\", \"titles\": [\"HANDICAPÉS\"]}")
                .replace("[\"REDOUBLANTS\"]", "[\"REDOUBLEMENTS\"]");
        FileResult f = imports.importWith(sideBySide(FRENCH, "BF-3103", 33), "kaya-3103-2024.xlsx", json);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(2, DraftedImports.count(f, "GRID_NOT_FOUND"), f.problems().toString());
        assertTrue(f.hasWarnings(), "never a plain OK");
        String w = f.warningSummary().english();
        assertTrue(w.contains("sheet Fiche: no table titled \"REDOUBLEMENTS\"")
                && w.contains("sheet Fiche: no table titled \"HANDICAPÉS\""), w);
        assertTrue(f.warningSummary().in(java.util.Locale.FRENCH).contains("aucun tableau intitulé « REDOUBLEMENTS »"), w);
        int enrolment = 0;
        try (Workbench wb = imports.open()) {
            for (int g = 0; g < 2; g++) {
                for (int s = 0; s < 2; s++) {
                    for (int a = 0; a < AGE_CODES.length; a++) {
                        Sex sex = s == 0 ? Sex.M : Sex.F;
                        AgeGroup age = new AgeGroup(AGE_CODES[a]);
                        assertTrue(wb.whereFrom("BF-3103", YEAR, Topic.REPEATERS, g + 1, sex, age).isEmpty(),
                                "no repeaters read from another block");
                        assertTrue(wb.whereFrom("BF-3103", YEAR, Topic.DISABLED, g + 1, sex, age).isEmpty());
                        enrolment += wb.whereFrom("BF-3103", YEAR, Topic.ENROLMENT, g + 1, sex, age)
                                .map(x -> x.value()).orElse(0);
                    }
                }
            }
        }
        assertEquals(sum(0), enrolment, "the other grids still read their own blocks");
        assertTrue(enrolment > 0);
    }

    @Test
    void theDraftReadsBlocksSideBySideAsOneGridPerTitle() throws Exception {
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(sideBySide(FRENCH, "BF-3104", 34), "kaya-3104-2024.xlsx");
        assertDraftedGrids(run);
        assertStoredAsWritten(imports, "BF-3104");
    }

    @Test
    void theDraftReadsBlocksStackedWithoutABlankRowAsOneGridPerTitle() throws Exception {
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        // Each block over both grades: a block of one grade alone under its title is not drafted when stacked.
        blockGrades = new int[] {2, 2, 2};
        DraftedImports.Run run = imports.draftCheckImport(stacked(FRENCH, "BF-3105", 35), "kaya-3105-2024.xlsx");
        assertDraftedGrids(run);
        assertStoredAsWritten(imports, "BF-3105");
    }

    /** A grid template of one school's form, a grid per title, and the import clean with one school. */
    private void assertDraftedGrids(DraftedImports.Run run) throws Exception {
        var t = org.emisworkbench.template.TemplateLoader.parse(run.json(), "drafted.json", null);
        assertEquals(org.emisworkbench.template.Layout.GRID, t.layout(), run.json());
        var grids = t.sheets().get(0).grids();
        assertEquals(java.util.List.of("enrolment", "repeaters", "new_entrants"),
                grids.stream().map(org.emisworkbench.template.GridSpec::field).toList(), run.json());
        assertEquals(java.util.List.of(java.util.List.of("EFFECTIFS"), java.util.List.of("REDOUBLANTS"),
                java.util.List.of("NOUVEAUX INSCRITS")), grids.stream().map(
                        org.emisworkbench.template.GridSpec::titles).toList(), run.json());
        assertTrue(grids.stream().allMatch(g -> g.rows().equals("age")), run.json());
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(1, f.schoolsAdded(), "schools");
        DraftedImports.assertNoUnread(run);
        // The only problems: the blanks among an age's figures (IMP-36), as many as were written.
        assertEquals(expectedBlanks(), f.problemCount(), f.problems() + "\n" + run.json());
        assertEquals(expectedBlanks(), DraftedImports.count(f, "BLANK_FIGURE"), f.problems().toString());
    }

    /**
     * The blank cells an import reports (BLANK_FIGURE, IMP-36), worked out from what was written: a blank whose
     * grade's ages above and below it are given, whose grade gave another figure of that age (its other sex, or another
     * topic of its sex), and whose sex of that age is given in the other grade. Blanks at either end of a grade's ages, or with nothing beside, are not.
     */
    private int expectedBlanks() {
        int n = 0;
        for (int t = 0; t < written.length; t++) {
            Integer[][][] topic = written[t];
            for (int g = 0; g < topic.length; g++) {
                for (int x = 0; x < 2; x++) {
                    for (int a = 1; a + 1 < AGE_CODES.length; a++) {
                        boolean otherGrade = false;
                        for (int h = 0; h < topic.length; h++) {
                            otherGrade |= h != g && topic[h][x][a] != null;
                        }
                        // The grade's other figures of that age: its other sex, or another topic of its sex.
                        boolean gradeGiven = topic[g][1 - x][a] != null;
                        for (int u = 0; u < written.length; u++) {
                            gradeGiven |= u != t && written[u][g][x][a] != null;
                        }
                        if (topic[g][x][a] == null && topic[g][x][a - 1] != null && topic[g][x][a + 1] != null
                                && gradeGiven && otherGrade) {
                            n++;
                        }
                    }
                }
            }
        }
        return n;
    }

    private int sum(int topic) {
        int n = 0;
        for (Integer[][] grade : written[topic]) {
            for (Integer[] sex : grade) {
                for (Integer v : sex) {
                    n += v == null ? 0 : v;
                }
            }
        }
        return n;
    }

    /** Every figure written is stored under its topic, grade, sex and age; nothing for a grade a block lacks. */
    private void assertStoredAsWritten(DraftedImports imports, String code) {
        int checked = 0;
        try (Workbench w = imports.open()) {
            for (int t = 0; t < 3; t++) {
                long expected = 0;
                long stored = 0;
                for (int g = 0; g < 2; g++) {
                    for (int s = 0; s < 2; s++) {
                        for (int a = 0; a < AGE_CODES.length; a++) {
                            Sex sex = s == 0 ? Sex.M : Sex.F;
                            var got = w.whereFrom(code, YEAR, TOPICS[t], g + 1, sex, new AgeGroup(AGE_CODES[a]));
                            Integer v = written[t][g][s][a];
                            String where = TOPICS[t] + " grade " + (g + 1) + " " + sex + " age " + AGE_CODES[a];
                            if (v == null) {
                                assertTrue(got.isEmpty() || got.get().value() == null, where + ": " + got);
                                continue;
                            }
                            assertEquals(v, got.orElseThrow(() -> new AssertionError(where + ": not stored"))
                                    .value(), where);
                            expected += v;
                            stored += got.get().value();
                            checked++;
                        }
                    }
                }
                assertTrue(expected > 0, TOPICS[t] + ": the test wrote figures");
                assertEquals(expected, stored, TOPICS[t].code());
            }
        }
        assertTrue(checked > 40, "figures checked: " + checked);
    }

    /** Draws the figures of one block: some cells left blank, as officers leave them. */
    private void draw(Random rnd, int topic) {
        for (int g = 0; g < blockGrades[topic]; g++) {
            for (int s = 0; s < 2; s++) {
                for (int a = 0; a < AGE_CODES.length; a++) {
                    int v = 1 + rnd.nextInt(20 + 10 * topic);
                    written[topic][g][s][a] = rnd.nextInt(6) == 0 ? null : v;
                }
            }
        }
    }

    /** The three blocks side by side, their titles on one row, each merged over its block. */
    private XSSFWorkbook sideBySide(Words words, String code, long seed) {
        Random rnd = new Random(seed);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet(words.sheet());
        put(s, 0, 0, words.codeLabel());
        put(s, 0, 1, code);
        put(s, 3, 0, words.ageHeader());
        int col = 1;
        for (int t = 0; t < 3; t++) {
            draw(rnd, t);
            put(s, 2, col, words.titles()[t]);
            s.addMergedRegion(new CellRangeAddress(2, 2, col, col + 2 * blockGrades[t] - 1));
            block(s, words, t, 3, col);
            // The reviewer's form leaves a blank column after each block (B, G, L); the French one after the first
            // only, the new entrants' block right beside the repeaters'.
            col += 2 * blockGrades[t] + (words == REVIEWER || t == 0 ? 1 : 0);
        }
        return wb;
    }

    /** The three blocks one right under another, each title alone in column A, no blank row between them. */
    private XSSFWorkbook stacked(Words words, String code, long seed) {
        Random rnd = new Random(seed);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet(words.sheet());
        put(s, 0, 0, words.codeLabel());
        put(s, 0, 1, code);
        int row = 2;
        for (int t = 0; t < 3; t++) {
            draw(rnd, t);
            put(s, row, 0, words.titles()[t]);
            put(s, row + 1, 0, words.ageHeader());
            block(s, words, t, row + 1, 1);
            row += 1 + 2 + AGE_CODES.length + 1;
        }
        return wb;
    }

    /** A block's header (grades over their sexes) on {@code header} and the next row, its ages and Total below. */
    private void block(Sheet s, Words words, int t, int header, int col) {
        int[] totals = new int[2 * blockGrades[t]];
        for (int g = 0; g < blockGrades[t]; g++) {
            put(s, header, col + 2 * g, words.grades()[g]);
            s.addMergedRegion(new CellRangeAddress(header, header, col + 2 * g, col + 2 * g + 1));
            put(s, header + 1, col + 2 * g, words.sexes()[0]);
            put(s, header + 1, col + 2 * g + 1, words.sexes()[1]);
        }
        for (int a = 0; a < AGE_CODES.length; a++) {
            int r = header + 2 + a;
            put(s, r, 0, words.ages()[a]);
            for (int g = 0; g < blockGrades[t]; g++) {
                for (int x = 0; x < 2; x++) {
                    Integer v = written[t][g][x][a];
                    if (v != null) {
                        put(s, r, col + 2 * g + x, v);
                        totals[2 * g + x] += v;
                    }
                }
            }
        }
        int total = header + 2 + AGE_CODES.length;
        put(s, total, 0, "Total");
        for (int k = 0; k < totals.length; k++) {
            put(s, total, col + k, totals[k]);
        }
    }

    private static void put(Sheet s, int r, int c, Object v) {
        Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
        if (v instanceof Integer n) {
            row.createCell(c).setCellValue(n);
        } else {
            row.createCell(c).setCellValue(v.toString());
        }
    }

    private static String template(String id, Words words, String moreGrids) {
        String label = words.codeLabel().replace(":", "").strip();
        return "{\"id\": \"" + id + "\", \"version\": 1, \"layout\": \"grid\", \"year\": {\"fromFileName\": true},"
                + " \"sheets\": [{\"names\": [\"" + words.sheet() + "\"], \"required\": [\"school.code\"],"
                + " \"labels\": [{\"labels\": [\"" + label + "\"], \"field\": \"school.code\"}],"
                + " \"grids\": [{\"field\": \"enrolment\", \"titles\": [\"" + words.titles()[0] + "\"], \"rows\": \"age\"},"
                + " {\"field\": \"repeaters\", \"titles\": [\"" + words.titles()[1] + "\"], \"rows\": \"age\"},"
                + " {\"field\": \"new_entrants\", \"titles\": [\"" + words.titles()[2] + "\"], \"rows\": \"age\"}"
                + moreGrids + "]}]}";
    }
}
