package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Topic;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A district return whose header takes three merged rows: a class merged over its two sexes, each merged over
 * {@code New | Rep} (or {@code New entrants | Repeaters}, {@code Nouveaux | Redoublants}) — decision 0060. The draft
 * reads the three rows, the enrolment of each class and sex as its two columns added up, the repeaters as the Rep
 * column, and new entrants only for the first class and only where the words say new entrants; the import then
 * stores exactly the figures drawn here (enrolment = new + repeaters, worked out by the test). A New column without
 * its Rep partner is left out with a note, never stored as the whole enrolment.
 */
class NewAndRepeaterColumnsDraftTest {
    private static final int YEAR = 2024;
    private static final int SCHOOLS = 5;
    private static final int GRADES = 6;

    @TempDir
    java.nio.file.Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    /** [school][grade][sex 0 = boys, 1 = girls][0 = new, 1 = repeaters], drawn here. */
    private final int[][][][] drawn = new int[SCHOOLS][GRADES][2][2];

    private record Words(String sheet, String key, String name, String[] grades, String[] sexes, String news,
                         String reps, String code) {
    }

    /**
     * A return in {@code w}'s words: a title and a blank row above the header (rows 3-5), the header's left cells
     * merged down its three rows, zero repeaters written {@code -}, and a class without its Rep column when
     * {@code lastRepMissing}.
     */
    private XSSFWorkbook workbook(Words w, long seed, boolean lastRepMissing) {
        Random random = new Random(seed);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet(w.sheet());
        Sheets.row(sh, 0, "DISTRICT EDUCATION OFFICE — " + YEAR);
        int top = 2;
        Sheets.row(sh, top, w.key(), w.name());
        for (int c = 0; c < 2; c++) {
            sh.addMergedRegion(new CellRangeAddress(top, top + 2, c, c));
        }
        Row classes = sh.getRow(top);
        Row sexes = sh.createRow(top + 1);
        Row subs = sh.createRow(top + 2);
        int col = 2;
        for (int g = 0; g < GRADES; g++) {
            boolean short1 = lastRepMissing && g == GRADES - 1;
            int width = short1 ? 2 : 4;
            classes.createCell(col).setCellValue(w.grades()[g]);
            sh.addMergedRegion(new CellRangeAddress(top, top, col, col + width - 1));
            for (int s = 0; s < 2; s++) {
                int at = col + s * (width / 2);
                sexes.createCell(at).setCellValue(w.sexes()[s]);
                if (!short1) {
                    sh.addMergedRegion(new CellRangeAddress(top + 1, top + 1, at, at + 1));
                    subs.createCell(at + 1).setCellValue(w.reps());
                }
                subs.createCell(at).setCellValue(w.news());
            }
            col += width;
        }
        for (int i = 0; i < SCHOOLS; i++) {
            Row row = sh.createRow(top + 3 + i);
            row.createCell(0).setCellValue(w.code() + (310 + i));
            row.createCell(1).setCellValue("School " + i);
            int c = 2;
            for (int g = 0; g < GRADES; g++) {
                boolean short1 = lastRepMissing && g == GRADES - 1;
                for (int s = 0; s < 2; s++) {
                    drawn[i][g][s][0] = 15 + random.nextInt(120);
                    drawn[i][g][s][1] = short1 ? 0 : random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(12);
                    row.createCell(c++).setCellValue(drawn[i][g][s][0]);
                    if (!short1) {
                        if (drawn[i][g][s][1] == 0) {
                            row.createCell(c++).setCellValue("-");
                        } else {
                            row.createCell(c++).setCellValue(drawn[i][g][s][1]);
                        }
                    }
                }
            }
        }
        return wb;
    }

    private static final Words NEW_REP = new Words("ASC", "EMIS No.", "School name",
            new String[] {"Class 1", "Class 2", "Class 3", "Class 4", "Class 5", "Class 6"},
            new String[] {"Male", "Female"}, "New", "Rep", "SL-");
    private static final Words ENTRANTS = new Words("Enrolment", "School code", "School name",
            new String[] {"Class 1", "Class 2", "Class 3", "Class 4", "Class 5", "Class 6"},
            new String[] {"Boys", "Girls"}, "New entrants", "Repeaters", "KN-");
    private static final Words FRENCH = new Words("Effectifs", "Code école", "Nom de l'école",
            new String[] {"CP1", "CP2", "CE1", "CE2", "CM1", "CM2"},
            new String[] {"Garçons", "Filles"}, "Nouveaux", "Redoublants", "BF-");

    private int sum(int school, int grade, int sex) {
        return drawn[school][grade][sex][0] + drawn[school][grade][sex][1];
    }

    /** Drafts, checks and imports; then every stored figure is the one drawn (enrolment = new + repeaters). */
    private DraftedImports.Run run(Words w, long seed, String file, boolean entrantsOfClass1) throws Exception {
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(workbook(w, seed, false), file);
        String json = run.json().replaceAll("\\s", "");
        assertTrue(json.contains("\"headerRow\":3,\"headerRows\":3"), run.json());
        assertTrue(json.contains("{grade}{sex}" + w.news().replace(" ", "") + "\",\""), run.json());
        assertTrue(json.contains("{grade}{sex}" + w.reps() + "\"],\"field\":\"enrolment\""), run.json());
        DraftedImports.assertNoUnread(run);
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(SCHOOLS, f.schoolsAdded());
        // Every class and sex: an enrolment and a repeaters figure; new entrants for class 1 only, when so worded.
        assertEquals(SCHOOLS * GRADES * 2 * 2 + (entrantsOfClass1 ? SCHOOLS * 2 : 0), f.valuesStored(),
                f.problems() + "\n" + run.json());
        try (Workbench wb = imports.open()) {
            for (int i = 0; i < SCHOOLS; i++) {
                String code = w.code() + (310 + i);
                for (int g = 0; g < GRADES; g++) {
                    imports.assertEnrolment(wb, code, g + 1, sum(i, g, 1), sum(i, g, 0));
                    imports.assertFigure(wb, code, Topic.REPEATERS, g + 1, drawn[i][g][1][1], drawn[i][g][0][1]);
                }
                var rows = new SchoolDetails(wb).figures(code, YEAR, imports.school(wb, code).district());
                var entrants = rows.stream().filter(x -> x.topic() == Topic.NEW_ENTRANTS).toList();
                if (entrantsOfClass1) {
                    assertEquals(1, entrants.size(), rows.toString());
                    imports.assertFigure(wb, code, Topic.NEW_ENTRANTS, 1, drawn[i][0][1][0], drawn[i][0][0][0]);
                } else {
                    assertTrue(entrants.isEmpty(), "no new entrants from a bare New: " + entrants);
                }
            }
        }
        return run;
    }

    @Test
    void newAndRepUnderEachClassAndSexAddUpToTheEnrolmentAndDashesAreNil() throws Exception {
        DraftedImports.Run run = run(NEW_REP, 11, "kono-2024.xlsx", false);
        String json = run.json().replaceAll("\\s", "");
        assertTrue(json.contains("\"sumOf\":[\"Class{grade}{sex}New\",\"Class{grade}{sex}Rep\"],\"field\":\"enrolment\""),
                run.json());
        assertTrue(json.contains("\"patterns\":[\"Class{grade}{sex}Rep\"],\"field\":\"repeaters\""), run.json());
        // The dashes stand in the Rep columns only: they are read as nil all the same.
        assertTrue(json.contains("\"nilMarks\":[\"-\"]"), run.json());
        assertTrue(DraftedImports.count(run.result(), "NIL_AS_ZERO") > 0, run.result().problems().toString());
    }

    @Test
    void newEntrantsBesideRepeatersAreNewEntrantsInClassOneOnlyAndPartOfEveryClassEnrolment() throws Exception {
        DraftedImports.Run run = run(ENTRANTS, 12, "kono-v4-2024.xlsx", true);
        assertFalse(run.json().contains("\"G2\""), "no new entrants above class 1: " + run.json());
    }

    @Test
    void frenchNouveauxAndRedoublantsAddUpToTheEnrolment() throws Exception {
        DraftedImports.Run run = run(FRENCH, 13, "effectifs-2024.xlsx", false);
        assertTrue(run.json().contains("Redoublants"), run.json());
    }

    @Test
    void aTemplateTakingTwoHeaderRowsNamesTheRepColumnsItLeavesByTheirHeaderNotNoHeader() throws Exception {
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        String twoRows = """
                {"id": "two-rows", "version": 1, "layout": "wide", "nilMarks": ["-"],
                 "sheets": [{"names": ["ASC"], "key": ["EMIS No."], "headerRow": 3, "headerRows": 2,
                   "columns": [{"headers": ["School name"], "field": "school.name"},
                               {"patterns": ["Class {grade} {sex}"], "field": "enrolment"}]}]}
                """;
        FileResult f = imports.importWith(workbook(NEW_REP, 15, false), "two-rows-2024.xlsx", twoRows);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        // Columns D, F, H…: each Rep column under "Class n" over "Male"/"Female", merged from the left.
        List<String> unread = f.unreadColumns().stream().map(FileResult.UnreadColumn::describe).toList();
        assertEquals(GRADES * 2, unread.size(), unread.toString());
        assertTrue(unread.contains("ASC!D (Class 1 Male Rep)"), unread.toString());
        assertTrue(unread.contains("ASC!Z (Class 6 Female Rep)"), unread.toString());
        assertTrue(unread.stream().noneMatch(u -> u.contains("()")), unread.toString());
        // The template check names each such column by the same header as the import, never "(no header)".
        TemplateWorkshop.CheckReport check = workshop.check(dir.resolve("two-rows-2024.xlsx"),
                org.emisworkbench.template.TemplateLoader.load(dir.resolve("templates/two-rows.json")), null,
                org.emisworkbench.model.Cancellation.none());
        List<String> notRead = check.sheets().get(0).notRead().stream()
                .map(c -> "ASC!" + c.letters() + " (" + c.header() + ")").toList();
        assertEquals(unread, notRead);
    }

    @Test
    void aTotalBesideNewAndRepIsTheClassAndSexEnrolmentCheckedAgainstTheirSum() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enrolment");
        Sheets.row(sh, 0, "School code", "School name", "Class 1");
        Sheets.row(sh, 1, null, null, "Boys", null, null, "Girls");
        Sheets.row(sh, 2, null, null, "New", "Repeaters", "Total", "New", "Repeaters", "Total");
        int[][] figures = {{40, 3, 37, 0}, {25, 2, 30, 5}};
        for (int i = 0; i < figures.length; i++) {
            int[] f = figures[i];
            // The second school's girls' total is wrong on purpose: 36 written for 30 + 5.
            int girlsTotal = i == 1 ? 36 : f[2] + f[3];
            Sheets.row(sh, 3 + i, "TT-" + i, "School " + i, f[0], f[1], f[0] + f[1], f[2], f[3], girlsTotal);
        }
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(wb, "totals-2024.xlsx");
        String json = run.json().replaceAll("\\s", "");
        assertTrue(json.contains("\"total\":\"enrolment\""), run.json());
        assertEquals(1, DraftedImports.count(run.result(), "TOTAL_MISMATCH"), run.result().problems().toString());
        assertEquals("Enrolment!H5", DraftedImports.first(run.result(), "TOTAL_MISMATCH"));
        try (Workbench w = imports.open()) {
            for (int i = 0; i < figures.length; i++) {
                int[] f = figures[i];
                imports.assertEnrolment(w, "TT-" + i, 1, f[2] + f[3], f[0] + f[1]);
            }
        }
    }

    @Test
    void aNewColumnWithoutItsRepPartnerIsLeftOutWithANoteNeverStoredAsTheEnrolment() throws Exception {
        java.nio.file.Path file = dir.resolve("short-2024.xlsx");
        try (var out = java.nio.file.Files.newOutputStream(file)) {
            XSSFWorkbook wb = workbook(NEW_REP, 14, true);
            wb.write(out);
            wb.close();
        }
        TemplateWorkshop.DraftResult d = workshop.draft(file, "short");
        List<String> alone = d.notes().stream().filter(n -> n.key().equals("draft.newRepNoRep"))
                .map(Object::toString).toList();
        assertEquals(2, alone.size(), d.notes().toString());
        assertTrue(alone.get(0).contains("Class 6"), alone.toString());
        String json = d.draft().json().replaceAll("\\s", "");
        assertFalse(json.contains("Class6MaleNew\""), "class 6's New is no part of any sum: " + d.draft().json());
        assertFalse(json.contains("\"patterns\":[\"Class{grade}{sex}\"]"), d.draft().json());
        // A pattern "Class {grade} {sex} New" would add class 6's New up too: the sums are written header by header.
        assertFalse(json.contains("\"sumOf\":[\"Class{grade}{sex}New\""), d.draft().json());
        assertTrue(json.contains("\"sumOf\":[\"Class5FemaleNew\",\"Class5FemaleRep\"]"), d.draft().json());

        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        FileResult f = imports.importWith(workbook(NEW_REP, 14, true), "short-2024.xlsx",
                d.draft().json().replace("\"id\" : \"short\"", "\"id\": \"short\""));
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        // Class 6's New columns are reported as figures not read, and no class 6 enrolment is stored.
        assertEquals(2, DraftedImports.count(f, "UNREAD_FIGURES"), f.problems().toString());
        try (Workbench wb = imports.open()) {
            for (int i = 0; i < SCHOOLS; i++) {
                String code = NEW_REP.code() + (310 + i);
                var rows = new SchoolDetails(wb).figures(code, YEAR, imports.school(wb, code).district());
                assertTrue(rows.stream().noneMatch(x -> x.topic() == Topic.ENROLMENT && x.slot() == GRADES),
                        "a part is never stored as the whole: " + rows);
                imports.assertEnrolment(wb, code, 1, sum(i, 0, 1), sum(i, 0, 0));
            }
        }
    }
}
