package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Blocks of one grade × sex table stacked down a form (this year's block, then last year's under the same header)
 * with NO blank row between them: the header written again is where the block above ends, exactly as at a blank
 * row (decision 0057). Before, a table with a row per grade read the repeated {@code Class | Boys | Girls | Total}
 * as a row whose grade is "Class" ({@code UNKNOWN_CODE}) and last year's figures as this year's given a second time
 * (a dozen {@code VALUE_CLASH}es); rows naming topic and sex ran on into the next block's rows; and an age × grade
 * block whose grades are numbers ({@code 1 | 2 | 3}) or ordinals ({@code 1st | 2nd}) was never cut, its repeated
 * header read as rows of ages. Each workbook is written here (bordered, filled headers, merged titles, a Ugandan,
 * a Zambian and a French form, none like the sample country's), once with and once without the blank row; the
 * expected figures are those the test wrote; both versions must give the same figures and the same problems.
 */
class StackedGridStartsOverTest {
    private static final int YEAR = 2024;
    private static final int CLASSES = 7;

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    // ---- a table with a row per grade (Class | Boys | Girls | Total), this year's block over last year's ----------

    /** [block][class][sex M=0, F=1] as written. */
    private final int[][][] byClass = new int[2][CLASSES][2];

    /** How the classes are written down the side. */
    private enum ClassLabels { P, NUMBER, ORDINAL }

    private static Object classLabel(ClassLabels style, int c) {
        return switch (style) {
            case P -> "P" + (c + 1);
            case NUMBER -> Integer.valueOf(c + 1);
            case ORDINAL -> (c + 1) + (c == 0 ? "st" : c == 1 ? "nd" : c == 2 ? "rd" : "th");
        };
    }

    /** The first row (0-based) of last year's block: its header, right under this year's Total row (or a blank). */
    private static int secondHeader(boolean blankRow) {
        return 4 + 1 + CLASSES + 1 + (blankRow ? 1 : 0);
    }

    private XSSFWorkbook ugandaForm(ClassLabels style, boolean blankRow) {
        Random rnd = new Random(2101 + style.ordinal());
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles st = new Styles(wb);
        Sheet s = wb.createSheet("Return");
        st.put(s, 0, 0, "School code:", null);
        st.put(s, 0, 1, "UG-2101", null);
        st.put(s, 1, 0, "School name:", null);
        st.put(s, 1, 1, "Kyebando P/S", null);
        st.put(s, 3, 0, "ENROLMENT BY CLASS AND SEX", st.title);
        s.addMergedRegion(new CellRangeAddress(3, 3, 0, 3));
        int row = 4;
        for (int b = 0; b < 2; b++) {
            String[] head = {"Class", "Boys", "Girls", "Total"};
            for (int k = 0; k < head.length; k++) {
                st.put(s, row, k, head[k], st.header);
            }
            int[] totals = new int[3];
            for (int c = 0; c < CLASSES; c++) {
                int boys = 20 + rnd.nextInt(60);
                int girls = 20 + rnd.nextInt(60);
                byClass[b][c][0] = boys;
                byClass[b][c][1] = girls;
                st.put(s, row + 1 + c, 0, classLabel(style, c), st.body);
                st.put(s, row + 1 + c, 1, boys, st.body);
                st.put(s, row + 1 + c, 2, girls, st.body);
                st.put(s, row + 1 + c, 3, boys + girls, st.body);
                totals[0] += boys;
                totals[1] += girls;
                totals[2] += boys + girls;
            }
            st.put(s, row + 1 + CLASSES, 0, "Total", st.header);
            for (int k = 0; k < 3; k++) {
                st.put(s, row + 1 + CLASSES, 1 + k, totals[k], st.header);
            }
            row = secondHeader(blankRow);
        }
        return wb;
    }

    private static final String UGANDA = """
            {"id": "uganda-class", "version": 1, "layout": "grid", "year": {"fromFileName": true},
             "sheets": [{"names": ["Return"], "required": ["school.code"],
               "labels": [{"labels": ["School code"], "field": "school.code"}],
               "grids": [{"field": "enrolment", "titles": ["ENROLMENT BY CLASS AND SEX"], "rows": "grade"}]}]}
            """;

    @Test
    void aRowPerClassEndsWhereItsHeaderStartsOverAsAtABlankRow() throws Exception {
        for (ClassLabels style : ClassLabels.values()) {
            FileResult gap = importUganda(style, true);
            FileResult none = importUganda(style, false);
            for (FileResult f : List.of(gap, none)) {
                assertEquals(FileOutcome.IMPORTED, f.outcome(), style + ": " + f.message());
                assertEquals(0, DraftedImports.count(f, "UNKNOWN_CODE"), style + ": the header is no class: " + f.problems());
                assertEquals(0, DraftedImports.count(f, "VALUE_CLASH"), style + ": last year's block is no second value: "
                        + f.problems());
                assertEquals(0, DraftedImports.count(f, "TOTAL_MISMATCH"), style + ": " + f.problems());
            }
            assertEquals(kinds(gap), kinds(none), style + ": the same problems with or without the blank row");
            // Last year's figures: not read, named from its first class's Boys to its last class's Total.
            for (boolean blankRow : new boolean[] {true, false}) {
                FileResult f = blankRow ? gap : none;
                int first = secondHeader(blankRow) + 1;
                assertEquals(1, DraftedImports.count(f, "UNREAD_FIGURES"), style + " " + blankRow + ": " + f.problems());
                assertEquals("Return!B" + (first + 1) + ":C" + (first + CLASSES), DraftedImports.first(f, "UNREAD_FIGURES"),
                        style + " " + blankRow + ": " + f.problems());
            }
        }
    }

    private FileResult importUganda(ClassLabels style, boolean blankRow) throws Exception {
        Path own = Files.createDirectories(dir.resolve(style + "-" + blankRow));
        DraftedImports io = new DraftedImports(own, YEAR, workshop);
        FileResult f = io.importWith(ugandaForm(style, blankRow), "kyebando-2024.xlsx", UGANDA);
        assertClassesStored(own.resolve("w"), "Return!", blankRow, style.toString());
        return f;
    }

    /** This year's figures each from its own cell; none of last year's stored. */
    private void assertClassesStored(Path workspace, String sheet, boolean blankRow, String what) {
        int checked = 0;
        try (Workbench w = Workbench.open(workspace)) {
            for (int c = 0; c < CLASSES; c++) {
                for (int x = 0; x < 2; x++) {
                    Sex sex = x == 0 ? Sex.M : Sex.F;
                    var got = w.whereFrom("UG-2101", YEAR, Topic.ENROLMENT, c + 1, sex, AgeGroup.ALL)
                            .orElseThrow(() -> new AssertionError(what + " no class " + sex));
                    assertEquals(byClass[0][c][x], got.value(), what + " P" + (c + 1) + " " + sex);
                    assertEquals(sheet + CellRef.columnLetters(1 + x) + (4 + 1 + c + 1), got.source().sheetCell(), what);
                    checked++;
                }
            }
            for (Topic t : List.of(Topic.REPEATERS, Topic.NEW_ENTRANTS)) {
                assertTrue(w.whereFrom("UG-2101", YEAR, t, 1, Sex.M, AgeGroup.ALL).isEmpty(), what + " " + t);
            }
        }
        assertEquals(2 * CLASSES, checked);
    }

    @Test
    void theDraftOfStackedClassBlocksImportsThisYearsBlock() throws Exception {
        DraftedImports io = new DraftedImports(dir, YEAR, workshop);
        DraftedImports.Run run = io.draftCheckImport(ugandaForm(ClassLabels.P, false), "kyebando-2024.xlsx");
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message() + "\n" + run.json());
        assertTrue(run.json().contains("\"rows\" : \"grade\""), run.json());
        assertEquals(0, DraftedImports.count(f, "UNKNOWN_CODE"), f.problems() + "\n" + run.json());
        assertEquals(0, DraftedImports.count(f, "VALUE_CLASH"), f.problems() + "\n" + run.json());
        String range = "Return!B" + (secondHeader(false) + 2) + ":C" + (secondHeader(false) + 1 + CLASSES);
        assertEquals(range, DraftedImports.first(f, "UNREAD_FIGURES"), f.problems() + "\n" + run.json());
        // emis template check names the same block as not read.
        assertEquals(List.of(range), run.check().unreadBlocks().stream().map(TemplateWorkshop.ProblemLine::sheetCell)
                .toList(), run.json());
        assertClassesStored(dir.resolve("w"), "Return!", false, "draft");
    }

    // ---- rows naming topic and sex (Enrolment Boys …), this year's block over last year's ------------------------

    private static final String[] TOPIC_ROWS = {"Enrolment Boys", "Enrolment Girls", "Repeaters Boys", "Repeaters Girls"};
    private static final int GRADES = 6;
    /** [block][topic row][grade] as written. */
    private final int[][][] bands = new int[2][TOPIC_ROWS.length][GRADES];

    private XSSFWorkbook zambiaForm(boolean blankRow) {
        Random rnd = new Random(3301);
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles st = new Styles(wb);
        Sheet s = wb.createSheet("Form");
        st.put(s, 0, 0, "EMIS code:", null);
        st.put(s, 0, 1, "ZM-3301", null);
        st.put(s, 2, 0, "ENROLMENT AND REPEATERS BY GRADE", st.title);
        int row = 3;
        for (int b = 0; b < 2; b++) {
            st.put(s, row, 0, null, st.header);
            for (int g = 0; g < GRADES; g++) {
                st.put(s, row, 1 + g, "Grade " + (g + 1), st.header);
            }
            st.put(s, row, 1 + GRADES, "Total", st.header);
            for (int t = 0; t < TOPIC_ROWS.length; t++) {
                st.put(s, row + 1 + t, 0, TOPIC_ROWS[t], st.body);
                int sum = 0;
                for (int g = 0; g < GRADES; g++) {
                    bands[b][t][g] = (t < 2 ? 30 : 0) + rnd.nextInt(t < 2 ? 50 : 6);
                    sum += bands[b][t][g];
                    st.put(s, row + 1 + t, 1 + g, bands[b][t][g], st.body);
                }
                st.put(s, row + 1 + t, 1 + GRADES, sum, st.body);
            }
            row += 1 + TOPIC_ROWS.length + (blankRow ? 1 : 0);
        }
        return wb;
    }

    private static final String ZAMBIA = """
            {"id": "zambia-bands", "version": 1, "layout": "grid", "year": {"fromFileName": true},
             "sheets": [{"names": ["Form"], "required": ["school.code"],
               "labels": [{"labels": ["EMIS code"], "field": "school.code"}],
               "grids": [
                 {"field": "enrolment", "titles": ["ENROLMENT AND REPEATERS BY GRADE"], "rows": "none",
                  "sexLayout": "rows", "band": ["Enrolment"]},
                 {"field": "repeaters", "titles": ["ENROLMENT AND REPEATERS BY GRADE"], "rows": "none",
                  "sexLayout": "rows", "band": ["Repeaters"]}]}]}
            """;

    @Test
    void rowsNamingTopicAndSexEndWhereTheirHeaderStartsOver() throws Exception {
        List<FileResult> results = new ArrayList<>();
        for (boolean blankRow : new boolean[] {true, false}) {
            Path own = Files.createDirectories(dir.resolve("zambia-" + blankRow));
            FileResult f = new DraftedImports(own, YEAR, workshop).importWith(zambiaForm(blankRow), "mwinilunga-2024.xlsx",
                    ZAMBIA);
            results.add(f);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertEquals(0, DraftedImports.count(f, "VALUE_CLASH"), blankRow + ": last year's rows are no second rows: "
                    + f.problems());
            assertEquals(0, DraftedImports.count(f, "TOTAL_MISMATCH"), f.problems().toString());
            int second = 3 + 1 + TOPIC_ROWS.length + (blankRow ? 1 : 0);
            assertEquals(1, DraftedImports.count(f, "UNREAD_FIGURES"), blankRow + ": " + f.problems());
            assertEquals("Form!B" + (second + 2) + ":" + CellRef.columnLetters(GRADES) + (second + 1 + TOPIC_ROWS.length),
                    DraftedImports.first(f, "UNREAD_FIGURES"), f.problems().toString());
            int checked = 0;
            try (Workbench w = Workbench.open(own.resolve("w"))) {
                for (int t = 0; t < TOPIC_ROWS.length; t++) {
                    Topic topic = t < 2 ? Topic.ENROLMENT : Topic.REPEATERS;
                    Sex sex = t % 2 == 0 ? Sex.M : Sex.F;
                    for (int g = 0; g < GRADES; g++) {
                        var got = w.whereFrom("ZM-3301", YEAR, topic, g + 1, sex, AgeGroup.ALL).orElseThrow();
                        assertEquals(bands[0][t][g], got.value(), TOPIC_ROWS[t] + " grade " + (g + 1));
                        assertEquals("Form!" + CellRef.columnLetters(1 + g) + (3 + 1 + t + 1), got.source().sheetCell());
                        checked++;
                    }
                }
            }
            assertEquals(TOPIC_ROWS.length * GRADES, checked);
        }
        assertEquals(kinds(results.get(0)), kinds(results.get(1)));
    }

    // ---- age × grade blocks whose grades are numbers (1 | 2 | 3) or ordinals (1st | 2nd), stacked -----------------

    private static final int[] AGES = {6, 7, 8, 9, 10, 11};
    private static final int AGE_GRADES = 6;
    /** [block][grade][sex M=0, F=1][age] as written; -1 for a cell left blank. */
    private final int[][][][] byAge = new int[2][AGE_GRADES][2][AGES.length];

    /**
     * A French form: {@code Âge} merged down three rows, {@code Classe} over the grades {@code 1 | 2 …}, each merged
     * over {@code G | F}, ages as {@code 6 ans}, a
     * {@code Total} row; the second block (last year's) right under (or a blank row under) the first's Total row,
     * its title lost. In the first block the boys of 11 are 1, 2 … 6 and its girls blank: figures in the grades'
     * own columns that are no header (the cut rests on the whole header, sexes under the grades, never on numbers).
     * With {@code ordinals}, an English form with {@code 1st | 2nd …} and {@code Boys | Girls}.
     */
    private XSSFWorkbook ageForm(boolean ordinals, boolean blankRow) {
        Random rnd = new Random(ordinals ? 4401 : 4402);
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles st = new Styles(wb);
        Sheet s = wb.createSheet(ordinals ? "Census" : "Fiche");
        st.put(s, 0, 0, ordinals ? "School code:" : "Code de l'école", null);
        st.put(s, 0, 2, ordinals ? "LR-4401" : "BF-4402", null);
        st.put(s, 2, 0, ordinals ? "ENROLMENT BY AGE AND GRADE" : "EFFECTIFS PAR CLASSE", st.title);
        int header = 3;
        for (int b = 0; b < 2; b++) {
            if (!ordinals) {
                // The French form: Âge merged down three rows, Classe merged over the numbered grades.
                st.put(s, header, 0, "Âge", st.header);
                s.addMergedRegion(new CellRangeAddress(header, header + 2, 0, 0));
                st.put(s, header, 1, "Classe", st.header);
                s.addMergedRegion(new CellRangeAddress(header, header, 1, 2 * AGE_GRADES));
                header++;
            } else {
                st.put(s, header, 0, "Age", st.header);
                s.addMergedRegion(new CellRangeAddress(header, header + 1, 0, 0));
            }
            for (int g = 0; g < AGE_GRADES; g++) {
                Object grade = ordinals ? (g + 1) + (g == 0 ? "st" : g == 1 ? "nd" : g == 2 ? "rd" : "th")
                        : (Object) Integer.valueOf(g + 1);
                st.put(s, header, 1 + 2 * g, grade, st.header);
                st.put(s, header, 2 + 2 * g, null, st.header);
                s.addMergedRegion(new CellRangeAddress(header, header, 1 + 2 * g, 2 + 2 * g));
                st.put(s, header + 1, 1 + 2 * g, ordinals ? "Boys" : "G", st.header);
                st.put(s, header + 1, 2 + 2 * g, ordinals ? "Girls" : "F", st.header);
            }
            int[] totals = new int[2 * AGE_GRADES];
            for (int a = 0; a < AGES.length; a++) {
                st.put(s, header + 2 + a, 0, ordinals ? "Age " + AGES[a] : AGES[a] + " ans", st.body);
                for (int g = 0; g < AGE_GRADES; g++) {
                    for (int x = 0; x < 2; x++) {
                        boolean oddRow = b == 0 && a == AGES.length - 1;
                        int v = oddRow ? (x == 0 ? g + 1 : -1) : 1 + rnd.nextInt(25);
                        byAge[b][g][x][a] = v;
                        if (v >= 0) {
                            totals[2 * g + x] += v;
                            st.put(s, header + 2 + a, 1 + 2 * g + x, v, st.body);
                        }
                    }
                }
            }
            st.put(s, header + 2 + AGES.length, 0, "Total", st.header);
            for (int k = 0; k < totals.length; k++) {
                st.put(s, header + 2 + AGES.length, 1 + k, totals[k], st.header);
            }
            header += 2 + AGES.length + 1 + (blankRow ? 1 : 0);
        }
        return wb;
    }

    /** The header's rows: Âge beside Classe, the grades, the sexes; or the ordinals over Boys | Girls. */
    private static int headerRows(boolean ordinals) {
        return ordinals ? 2 : 3;
    }

    private static String ageTemplate(boolean ordinals) {
        return ordinals ? """
                {"id": "age-ordinals", "version": 1, "layout": "grid", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Census"], "required": ["school.code"],
                   "labels": [{"labels": ["School code"], "field": "school.code"}],
                   "grids": [{"field": "enrolment", "titles": ["ENROLMENT BY AGE AND GRADE"], "rows": "age"}]}]}
                """ : """
                {"id": "age-numbers", "version": 1, "layout": "grid", "language": "fr", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Fiche"], "required": ["school.code"],
                   "labels": [{"labels": ["Code de l'école"], "field": "school.code"}],
                   "grids": [{"field": "enrolment", "titles": ["EFFECTIFS PAR CLASSE"], "rows": "age"}]}]}
                """;
    }

    @Test
    void ageBlocksWithNumberedOrOrdinalGradesEndWhereTheirHeaderStartsOver() throws Exception {
        for (boolean ordinals : new boolean[] {false, true}) {
            List<FileResult> results = new ArrayList<>();
            for (boolean blankRow : new boolean[] {true, false}) {
                Path own = Files.createDirectories(dir.resolve("age-" + ordinals + "-" + blankRow));
                FileResult f = new DraftedImports(own, YEAR, workshop).importWith(ageForm(ordinals, blankRow),
                        "form-2024.xlsx", ageTemplate(ordinals));
                results.add(f);
                String what = (ordinals ? "ordinals" : "numbers") + (blankRow ? ", blank row" : ", no blank row");
                assertEquals(FileOutcome.IMPORTED, f.outcome(), what + ": " + f.message());
                assertEquals(0, DraftedImports.count(f, "UNKNOWN_CODE"), what + ": its header is no age: " + f.problems());
                assertEquals(0, DraftedImports.count(f, "TOTAL_MISMATCH"), what + ": " + f.problems());
                assertEquals(0, DraftedImports.count(f, "VALUE_CLASH"), what + ": " + f.problems());
                int hr = headerRows(ordinals);
                int secondFirstAge = 3 + hr + AGES.length + 1 + (blankRow ? 1 : 0) + hr;
                String sheet = ordinals ? "Census!" : "Fiche!";
                assertEquals(1, DraftedImports.count(f, "UNREAD_FIGURES"), what + ": " + f.problems());
                assertEquals(sheet + "B" + (secondFirstAge + 1) + ":" + CellRef.columnLetters(2 * AGE_GRADES)
                        + (secondFirstAge + AGES.length), DraftedImports.first(f, "UNREAD_FIGURES"),
                        what + ": " + f.problems());
                assertAgesStored(own.resolve("w"), ordinals ? "LR-4401" : "BF-4402", sheet, headerRows(ordinals), what);
            }
            assertEquals(kinds(results.get(0)), kinds(results.get(1)), ordinals ? "ordinals" : "numbers");
        }
    }

    @Test
    void theDraftOfStackedAgeBlocksWithNumberedGradesImportsTheFirstBlock() throws Exception {
        DraftedImports io = new DraftedImports(dir, YEAR, workshop);
        DraftedImports.Run run = io.draftCheckImport(ageForm(false, false), "fiche-2024.xlsx");
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message() + "\n" + run.json());
        assertEquals(0, DraftedImports.count(f, "UNKNOWN_CODE"), f.problems() + "\n" + run.json());
        assertEquals(0, DraftedImports.count(f, "VALUE_CLASH"), f.problems() + "\n" + run.json());
        assertEquals(0, DraftedImports.count(f, "TOTAL_MISMATCH"), f.problems() + "\n" + run.json());
        int secondFirstAge = 3 + 2 * headerRows(false) + AGES.length + 1;
        String range = "Fiche!B" + (secondFirstAge + 1) + ":" + CellRef.columnLetters(2 * AGE_GRADES)
                + (secondFirstAge + AGES.length);
        assertEquals(range, DraftedImports.first(f, "UNREAD_FIGURES"), f.problems() + "\n" + run.json());
        assertEquals(List.of(range), run.check().unreadBlocks().stream().map(TemplateWorkshop.ProblemLine::sheetCell)
                .toList(), run.json());
        assertAgesStored(dir.resolve("w"), "BF-4402", "Fiche!", headerRows(false), "draft");
    }

    /** The first block's figures, each from its own cell (blank cells none); none of the second block's. */
    private void assertAgesStored(Path workspace, String code, String sheet, int headerRows, String what) {
        int checked = 0;
        try (Workbench w = Workbench.open(workspace)) {
            for (int g = 0; g < AGE_GRADES; g++) {
                for (int x = 0; x < 2; x++) {
                    for (int a = 0; a < AGES.length; a++) {
                        var got = w.whereFrom(code, YEAR, Topic.ENROLMENT, g + 1, x == 0 ? Sex.M : Sex.F,
                                AgeGroup.of(AGES[a]));
                        String where = what + " grade " + (g + 1) + " sex " + x + " age " + AGES[a];
                        if (byAge[0][g][x][a] < 0) {
                            assertTrue(got.isEmpty() || got.get().value() < 0, where + " left blank: " + got);
                            continue;
                        }
                        assertEquals(byAge[0][g][x][a], got.orElseThrow(() -> new AssertionError(where)).value(), where);
                        assertEquals(sheet + CellRef.columnLetters(1 + 2 * g + x) + (3 + headerRows + a + 1),
                                got.get().source().sheetCell(), where);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked >= AGE_GRADES * 2 * AGES.length - AGE_GRADES, what + ": figures checked " + checked);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** The problems' kinds and counts, for comparing the imports with and without the blank row. */
    private static Map<String, Integer> kinds(FileResult f) {
        Map<String, Integer> out = new TreeMap<>();
        f.problems().forEach(p -> out.merge(p.kind(), p.count(), Integer::sum));
        assertFalse(out.isEmpty(), "at least the unread block: " + f.problems());
        return out;
    }

    /** Bordered cells, a filled bold header, a large title: nothing like the sample country's plain cells. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle body;

        Styles(XSSFWorkbook wb) {
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(big);
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.LIGHT_TURQUOISE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            border(header);
            body = wb.createCellStyle();
            border(body);
            body.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
        }

        private static void border(CellStyle s) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }

        void put(Sheet s, int r, int c, Object v, CellStyle style) {
            Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
            var cell = row.createCell(c);
            if (style != null) {
                cell.setCellStyle(style);
            }
            if (v instanceof Integer n) {
                cell.setCellValue(n);
            } else if (v != null) {
                cell.setCellValue(v.toString());
            }
        }
    }
}
