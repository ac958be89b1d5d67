package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.TemplateLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A form of titled age × grade × sex blocks where one block lost its title (review 16b, K2): the grid above or
 * beside it ends where its own block ends, at the header written again for the untitled block, and the untitled
 * block's figures are reported not read (sheet and range), never read as the grid's second values (no
 * {@code VALUE_CLASH}, so no hint about sex letters). A text on the title's row that titles no block (the school
 * year) no longer cuts the table there. The workbooks are written here in a French layout (no blank column between
 * blocks, grades written in both sub-columns, a Total row); expected figures and ranges are computed from what the
 * test wrote.
 */
class GridBlockEndsTest {
    private static final int YEAR = 2024;
    private static final String[] AGES = {"6 ans", "7 ans", "8 ans", "9 ans"};
    private static final String[] AGE_CODES = {"6", "7", "8", "9"};
    private static final String[] GRADES = {"CP1", "CP2", "CE1"};
    private static final String[] TITLES = {"EFFECTIFS", "REDOUBLANTS", "NOUVEAUX INSCRITS"};
    private static final Topic[] TOPICS = {Topic.ENROLMENT, Topic.REPEATERS, Topic.NEW_ENTRANTS};
    /** Columns of a block: its ages, then Garçons | Filles per grade. */
    private static final int WIDTH = 1 + 2 * GRADES.length;
    /** Rows of a block under its title: grades, sexes, the ages, Total. */
    private static final int HEIGHT = 2 + AGES.length + 1;

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));
    /**
     * The other style: ages written as numbers, each grade merged over its sexes, a blank column after each block
     * (where the second block's ages, numbers too, must not be taken for figures).
     */
    private boolean numbersAndMerges;
    /** [block][grade][sex][age] as written. */
    private final int[][][][] written = new int[3][GRADES.length][2][AGES.length];

    @Test
    void aBlockBesideWhoseTitleWasLostIsReportedUnreadNotReadTwice() throws Exception {
        XSSFWorkbook wb = form(new Random(17), true, 2, false);
        Path file = write(wb, "koudougou-4101-2024.xlsx");
        FileResult f = importIt(file);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(0, DraftedImports.count(f, "VALUE_CLASH"), "the untitled block is no second value: " + f.problems());
        assertEquals(1, DraftedImports.count(f, "GRID_NOT_FOUND"), f.problems().toString());
        assertEquals(1, DraftedImports.count(f, "UNREAD_FIGURES"), f.problems().toString());
        // The untitled block's figures: right of its age column, under its two header rows, down to its Total row.
        // The titles on row 3 (0-based 2), the grades and sexes under them, the first ages on 0-based row 5.
        int left = 2 * WIDTH + 1;
        int firstAge = 2 + 1 + 2;
        String range = "Fiche!" + CellRef.columnLetters(left) + (firstAge + 1) + ":"
                + CellRef.columnLetters(left + 2 * GRADES.length - 1) + (firstAge + AGES.length);
        assertEquals(range, DraftedImports.first(f, "UNREAD_FIGURES"), f.problems().toString());
        assertStored("BF-4101", 2);
        TemplateWorkshop.CheckReport check = workshop.check(file, TemplateLoader.load(dir.resolve("t.json")), null,
                Cancellation.none());
        assertTrue(check.problems().stream().noneMatch(p -> p.kind() == ProblemKind.VALUE_CLASH), check.problems()
                .toString());
        assertEquals(List.of(range), check.unreadBlocks().stream().map(TemplateWorkshop.ProblemLine::sheetCell)
                .toList());
    }

    @Test
    void aBlockStackedUnderWhoseTitleWasLostEndsTheGridAboveAtItsHeader() throws Exception {
        XSSFWorkbook wb = form(new Random(23), false, 1, false);
        FileResult f = importIt(write(wb, "koudougou-4102-2024.xlsx"));
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(0, DraftedImports.count(f, "VALUE_CLASH"), f.problems().toString());
        assertEquals(0, DraftedImports.count(f, "UNKNOWN_CODE"), "its header is no row of ages: " + f.problems());
        assertEquals(0, DraftedImports.count(f, "TOTAL_MISMATCH"), f.problems().toString());
        // The second block (repeaters) lost its title; the new entrants' block under it keeps its own.
        assertEquals(1, DraftedImports.count(f, "GRID_NOT_FOUND"), f.problems().toString());
        // The first block's title on row 3 (0-based 2), the untitled block's header right under its Total row.
        int firstAge = 2 + 1 + HEIGHT + 2;
        String range = "Fiche!B" + (firstAge + 1) + ":" + CellRef.columnLetters(2 * GRADES.length) + (firstAge + AGES.length);
        assertEquals(range, DraftedImports.first(f, "UNREAD_FIGURES"), f.problems().toString());
        assertEquals(1, DraftedImports.count(f, "UNREAD_FIGURES"), f.problems().toString());
        assertStored("BF-4102", 1);
    }

    @Test
    void theSchoolYearOnTheTitlesRowDoesNotCutTheTable() throws Exception {
        XSSFWorkbook wb = form(new Random(29), true, -1, true);
        FileResult f = importIt(write(wb, "koudougou-4103-2024.xlsx"));
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(0, f.problemCount(), "every column of every block read: " + f.problems());
        assertStored("BF-4103", -1);
    }

    @Test
    void blocksBesideThatTheTemplateDoesNotReadAreReportedUnread() throws Exception {
        // Before, sexes under grades merged over them, beside numbers for ages, were not seen as census figures.
        numbersAndMerges = true;
        XSSFWorkbook wb = form(new Random(31), true, -1, false);
        String json = template().substring(0, template().indexOf(", {\"field\": \"repeaters\"")) + "]}]}";
        FileResult f = importIt(write(wb, "koudougou-4103-2024.xlsx"), json);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(2, DraftedImports.count(f, "UNREAD_FIGURES"), json + f.problems());
        // The second block's figures from the column after its ages, the third's last: neither age column counted.
        int firstAge = 2 + 1 + 2;
        String second = "Fiche!" + CellRef.columnLetters(WIDTH + 1 + 1) + (firstAge + 1) + ":"
                + CellRef.columnLetters(2 * WIDTH) + (firstAge + AGES.length);
        String third = "Fiche!" + CellRef.columnLetters(2 * (WIDTH + 1) + 1) + (firstAge + 1) + ":"
                + CellRef.columnLetters(3 * WIDTH + 1) + (firstAge + AGES.length);
        assertEquals(second, DraftedImports.first(f, "UNREAD_FIGURES"), f.problems().toString());
        assertEquals(third, f.problems().stream().filter(p -> p.kind().equals("UNREAD_FIGURES")).findFirst()
                .orElseThrow().lastCell());
    }

    /** Imports with the template of the three titled grids. */
    private FileResult importIt(Path file) throws Exception {
        return importIt(file, template());
    }

    private FileResult importIt(Path file, String json) throws Exception {
        Files.writeString(dir.resolve("t.json"), json);
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("fiche-blocs.json"), json);
        TemplateCatalog catalog = TemplateCatalog.load(templates);
        assertTrue(catalog.problems().isEmpty(), catalog.problems().toString());
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            return new ImportService(w, catalog).importFiles(new ImportRequest(List.of(file), "fiche-blocs", null),
                    org.emisworkbench.model.Progress.NONE, Cancellation.none()).files().get(0);
        }
    }

    private static String template() {
        return "{\"id\": \"fiche-blocs\", \"version\": 1, \"layout\": \"grid\", \"language\": \"fr\","
                + " \"year\": {\"fromFileName\": true}, \"sheets\": [{\"names\": [\"Fiche\"], \"required\": [\"school.code\"],"
                + " \"labels\": [{\"labels\": [\"Code de l'école\"], \"field\": \"school.code\"}], \"grids\": ["
                + "{\"field\": \"enrolment\", \"titles\": [\"EFFECTIFS\"], \"rows\": \"age\"},"
                + " {\"field\": \"repeaters\", \"titles\": [\"REDOUBLANTS\"], \"rows\": \"age\"},"
                + " {\"field\": \"new_entrants\", \"titles\": [\"NOUVEAUX INSCRITS\"], \"rows\": \"age\"}]}]}";
    }

    /** Every figure of the titled blocks stored as written; none of the untitled block's, under any topic. */
    private void assertStored(String code, int untitled) {
        int checked = 0;
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            for (int t = 0; t < 3; t++) {
                long expected = 0;
                long stored = 0;
                for (int g = 0; g < GRADES.length; g++) {
                    for (int s = 0; s < 2; s++) {
                        for (int a = 0; a < AGES.length; a++) {
                            var got = w.whereFrom(code, YEAR, TOPICS[t], g + 1, s == 0 ? Sex.M : Sex.F,
                                    new AgeGroup(AGE_CODES[a]));
                            String where = TOPICS[t] + " " + GRADES[g] + " " + s + " " + AGE_CODES[a];
                            if (t == untitled) {
                                assertTrue(got.isEmpty(), where + " read from an untitled block: " + got);
                                continue;
                            }
                            assertEquals(written[t][g][s][a], got.orElseThrow(() -> new AssertionError(where))
                                    .value(), where);
                            expected += written[t][g][s][a];
                            stored += got.get().value();
                            checked++;
                        }
                    }
                }
                assertEquals(expected, stored, TOPICS[t].code());
            }
        }
        assertTrue(checked >= 2 * GRADES.length * 2 * AGES.length, "figures checked: " + checked);
    }

    /**
     * The school's form: three blocks side by side (titles on row 3, no blank column between them) or stacked (each
     * title alone on its row, no blank row between blocks), the title of block {@code untitled} left out (-1: none);
     * with {@code schoolYear}, the school year written on the titles' row over the first block's last grade.
     */
    private XSSFWorkbook form(Random rnd, boolean sideBySide, int untitled, boolean schoolYear) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Fiche");
        put(s, 0, 0, "Code de l'école");
        put(s, 0, 2, sideBySide ? "BF-410" + (untitled == 2 ? 1 : 3) : "BF-4102");
        int row = 2;
        for (int t = 0; t < 3; t++) {
            int col = sideBySide ? t * (WIDTH + (numbersAndMerges ? 1 : 0)) : 0;
            // Stacked, a block without its title starts right under the block above: no blank row between.
            int header = sideBySide || t != untitled ? row + 1 : row;
            if (t != untitled) {
                put(s, row, col, TITLES[t]);
            }
            if (schoolYear && t == 0) {
                put(s, row, col + WIDTH - 2, "Année scolaire 2024-25");
            }
            block(s, rnd, t, header, col);
            row = sideBySide ? row : header + HEIGHT;
        }
        return wb;
    }

    /** A block: Âge | CP1 | CP1 | CP2 … over Garçons | Filles, the ages, and a Total row of its figures. */
    private void block(Sheet s, Random rnd, int t, int header, int col) {
        put(s, header, col, "Âge");
        s.addMergedRegion(new CellRangeAddress(header, header + 1, col, col));
        int[] totals = new int[2 * GRADES.length];
        for (int g = 0; g < GRADES.length; g++) {
            // The grade written over both of its sexes, unmerged; or once, merged over them.
            put(s, header, col + 1 + 2 * g, GRADES[g]);
            if (numbersAndMerges) {
                s.addMergedRegion(new CellRangeAddress(header, header, col + 1 + 2 * g, col + 2 + 2 * g));
            } else {
                put(s, header, col + 2 + 2 * g, GRADES[g]);
            }
            put(s, header + 1, col + 1 + 2 * g, "Garçons");
            put(s, header + 1, col + 2 + 2 * g, "Filles");
        }
        for (int a = 0; a < AGES.length; a++) {
            put(s, header + 2 + a, col, numbersAndMerges ? (Object) Integer.valueOf(AGE_CODES[a]) : AGES[a]);
            for (int g = 0; g < GRADES.length; g++) {
                for (int x = 0; x < 2; x++) {
                    int v = 1 + rnd.nextInt(30 + 20 * t);
                    written[t][g][x][a] = v;
                    totals[2 * g + x] += v;
                    put(s, header + 2 + a, col + 1 + 2 * g + x, v);
                }
            }
        }
        put(s, header + 2 + AGES.length, col, "Total");
        for (int k = 0; k < totals.length; k++) {
            put(s, header + 2 + AGES.length, col + 1 + k, totals[k]);
        }
    }

    private Path write(XSSFWorkbook wb, String name) throws Exception {
        Path file = dir.resolve(name);
        try (var out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
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
