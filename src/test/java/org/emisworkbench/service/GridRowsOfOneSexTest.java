package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.TemplateException;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A one-school form with a table of boys beside a table of girls, each with a row per grade and its figures across
 * ({@code Standard | New | Repeaters | Total}, or ages), read by grids of one sex whose rows are grades (decision
 * 0061): written by hand and drafted, checked, imported, the stored enrolment (new + repeaters) and repeaters
 * compared with what the test wrote. Also what {@code GRID_NOT_FOUND} says when the title is there but the table
 * under it is not as the grid says. The workbooks are written here with POI.
 */
class GridRowsOfOneSexTest {
    private static final int YEAR = 2024;
    private static final int GRADES = 7;
    private static final int[] AGES = {5, 6, 7, 8, 9, 10};

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    /** [sex 0 boys, 1 girls][grade index] as written. */
    private final int[][] fresh = new int[2][GRADES];
    private final int[][] repeating = new int[2][GRADES];
    /** [sex][age index][grade index] of the table by age. */
    private final int[][][] byAge = new int[2][AGES.length][GRADES];

    /**
     * School code and name at the top; the tables start in column B on row 6: {@code Male pupils} over {@code
     * Standard | New | Repeaters | Total} (B:E), a blank column, {@code Female pupils} over the same (G:J), a row per
     * standard ({@code Std 1} … {@code Std 7}) and a Total row; then the teachers' line below.
     */
    private XSSFWorkbook newAndRepeaters(String code, int wrongTotalGrade) {
        Random rnd = new Random(code.hashCode());
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Census Return");
        Sheets.row(s, 0, "PRIMARY SCHOOL RETURN " + YEAR);
        Sheets.row(s, 2, "School code:", code, null, "School name:", "Rwenzori View P/S");
        Sheets.row(s, 5, null, "Male pupils", null, null, null, null, "Female pupils");
        Sheets.row(s, 6, null, "Standard", "New", "Repeaters", "Total", null, "Standard", "New", "Repeaters", "Total");
        int[][] sums = new int[2][3];
        for (int g = 0; g < GRADES; g++) {
            Object[] row = new Object[10];
            for (int sex = 0; sex < 2; sex++) {
                fresh[sex][g] = 10 + rnd.nextInt(60);
                repeating[sex][g] = rnd.nextInt(12);
                int at = sex == 0 ? 1 : 6;
                int total = fresh[sex][g] + repeating[sex][g] + (sex == 1 && g == wrongTotalGrade ? 5 : 0);
                row[at] = "Std " + (g + 1);
                row[at + 1] = fresh[sex][g];
                row[at + 2] = repeating[sex][g];
                row[at + 3] = total;
                sums[sex][0] += fresh[sex][g];
                sums[sex][1] += repeating[sex][g];
                sums[sex][2] += total;
            }
            Sheets.row(s, 7 + g, row);
        }
        Sheets.row(s, 7 + GRADES, null, "Total", sums[0][0], sums[0][1], sums[0][2], null, "Total", sums[1][0],
                sums[1][1], sums[1][2]);
        return wb;
    }

    /**
     * Titles merged over their tables ({@code ENROLMENT BY AGE (BOYS)} over A:H, the girls' over J:Q), a header of
     * {@code Grade | 5 | 6 … 10 | Total}, rows {@code Grade 1} … {@code Grade 7}.
     */
    private XSSFWorkbook byAge(String code) {
        Random rnd = new Random(code.hashCode() * 31L);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Pupils");
        Sheets.row(s, 0, "EMIS code:", code);
        Sheets.row(s, 3, "ENROLMENT BY AGE (BOYS)", null, null, null, null, null, null, null, null,
                "ENROLMENT BY AGE (GIRLS)");
        s.addMergedRegion(new CellRangeAddress(3, 3, 0, 7));
        s.addMergedRegion(new CellRangeAddress(3, 3, 9, 16));
        Object[] header = new Object[17];
        for (int sex = 0; sex < 2; sex++) {
            int at = sex * 9;
            header[at] = "Grade";
            for (int a = 0; a < AGES.length; a++) {
                header[at + 1 + a] = AGES[a];
            }
            header[at + 1 + AGES.length] = "Total";
        }
        Sheets.row(s, 4, header);
        for (int g = 0; g < GRADES; g++) {
            Object[] row = new Object[17];
            for (int sex = 0; sex < 2; sex++) {
                int at = sex * 9;
                row[at] = "Grade " + (g + 1);
                int total = 0;
                for (int a = 0; a < AGES.length; a++) {
                    byAge[sex][a][g] = rnd.nextInt(9);
                    row[at + 1 + a] = byAge[sex][a][g];
                    total += byAge[sex][a][g];
                }
                row[at + 1 + AGES.length] = total;
            }
            Sheets.row(s, 5 + g, row);
        }
        return wb;
    }

    private static String template(String id, String sheet, String codeLabel, String grids) {
        return "{\"id\": \"" + id + "\", \"version\": 1, \"layout\": \"grid\", \"year\": {\"fromFileName\": true},"
                + " \"sheets\": [{\"names\": [\"" + sheet + "\"], \"required\": [\"school.code\"],"
                + " \"labels\": [{\"labels\": [\"" + codeLabel + "\"], \"field\": \"school.code\"}],"
                + " \"grids\": [" + grids + "]}]}";
    }

    private static final String BY_HAND = "{\"field\": \"enrolment\", \"titles\": [\"Male pupils\"], \"rows\": \"grade\","
            + " \"sex\": \"M\", \"band\": [\"New\", \"Repeaters\"]},"
            + " {\"field\": \"repeaters\", \"titles\": [\"Male pupils\"], \"rows\": \"grade\", \"sex\": \"M\","
            + " \"band\": [\"Repeaters\"]},"
            + " {\"field\": \"enrolment\", \"titles\": [\"Female pupils\"], \"rows\": \"grade\", \"sex\": \"F\","
            + " \"band\": [\"New\", \"Repeaters\"]},"
            + " {\"field\": \"repeaters\", \"titles\": [\"Female pupils\"], \"rows\": \"grade\", \"sex\": \"F\","
            + " \"band\": [\"Repeaters\"]}";

    @Test
    void boysBesideGirlsWithNewAndRepeatersAreReadByHandWrittenGrids() throws Exception {
        Path file = write(newAndRepeaters("UG-4101", -1), "rwenzori-4101-2024.xlsx");
        var t = TemplateLoader.parse(template("ug-sex", "Census Return", "School code", BY_HAND), "ug-sex.json", null);
        TemplateWorkshop.CheckReport r = workshop.check(file, t, null, Cancellation.none());
        assertEquals(null, r.refused());
        assertEquals(4L * GRADES, r.values(), "enrolment and repeaters of 7 standards, both sexes: " + r.problems());
        assertTrue(r.problems().isEmpty(), "the totals agree, every figure read: " + r.problems());
        assertEquals(List.of("B6 Male pupils → enrolment M", "B6 Male pupils → repeaters M",
                "G6 Female pupils → enrolment F", "G6 Female pupils → repeaters F"), r.sheets().get(0).gridsFound());

        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        FileResult f = imports.importWith(newAndRepeaters("UG-4102", -1), "rwenzori-4102-2024.xlsx",
                template("ug-sex", "Census Return", "School code", BY_HAND));
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message() + " " + f.problems());
        assertEquals(0, f.problemCount(), f.problems().toString());
        assertStored(imports, "UG-4102");
    }

    @Test
    void theDraftWritesTheFormWithItsTwoTablesOfOneSexAndImportsThem() throws Exception {
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(newAndRepeaters("UG-4103", -1), "rwenzori-4103-2024.xlsx");
        String json = run.json().replaceAll("\\s+", "");
        assertTrue(json.contains("\"layout\":\"grid\""), "a form, never a wide list: " + run.json());
        assertTrue(json.contains("\"sex\":\"M\"") && json.contains("\"sex\":\"F\""), run.json());
        assertTrue(json.contains("\"band\":[\"New\",\"Repeaters\"]"), run.json());
        assertTrue(json.contains("\"band\":[\"Repeaters\"]"), run.json());
        DraftedImports.assertClean(run, 1);
        assertStored(imports, "UG-4103");
    }

    @Test
    void aTotalNotAddingUpNewAndRepeatersIsReportedAtItsCell() throws Exception {
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        FileResult f = imports.importWith(newAndRepeaters("UG-4104", 3), "rwenzori-4104-2024.xlsx",
                template("ug-sex", "Census Return", "School code", BY_HAND));
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        // Std 4 of the girls: J11 (Std 1 on row 8); the Total row adds up the totals as written, so agrees.
        assertEquals("Census Return!J11", DraftedImports.first(f, "TOTAL_MISMATCH"), f.problems().toString());
        assertStored(imports, "UG-4104");
    }

    @Test
    void tablesOfOneSexWithTheirAgesAcrossAreDraftedAndImported() throws Exception {
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(byAge("UG-4105"), "ages-4105-2024.xlsx");
        assertTrue(run.json().replaceAll("\\s+", "").contains("\"rows\":\"grade\""), run.json());
        DraftedImports.assertClean(run, 1);
        long expected = 0;
        long stored = 0;
        try (Workbench w = imports.open()) {
            for (int sex = 0; sex < 2; sex++) {
                for (int a = 0; a < AGES.length; a++) {
                    for (int g = 0; g < GRADES; g++) {
                        Sex s = sex == 0 ? Sex.M : Sex.F;
                        var fig = w.whereFrom("UG-4105", YEAR, Topic.ENROLMENT, g + 1, s,
                                new AgeGroup(Integer.toString(AGES[a])));
                        assertTrue(fig.isPresent(), s + " age " + AGES[a] + " grade " + (g + 1));
                        assertEquals(byAge[sex][a][g], fig.get().value(), s + " age " + AGES[a] + " grade " + (g + 1));
                        expected += byAge[sex][a][g];
                        stored += fig.get().value();
                    }
                }
            }
        }
        assertTrue(expected > 0, "the test wrote figures");
        assertEquals(expected, stored);
    }

    @Test
    void aFormWhoseTablesAreNotRecognisedIsStillNeverDraftedAsAListOfSchools() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("ASC");
        Sheets.row(s, 1, "Name of School:", "Kyambogo P/S", null, "EMIS No.:", "UG-4107");
        Sheets.row(s, 3, "SECTION 2: PUPILS");
        Sheets.row(s, 4, "Class", "New", "Repeaters", "Total");
        for (int g = 0; g < GRADES; g++) {
            Sheets.row(s, 5 + g, "P" + (g + 1), 20 + g, g, 20 + 2 * g);
        }
        Path file = write(wb, "kyambogo-4107-2024.xlsx");
        String json = workshop.draft(file, "kyambogo").draft().json().replaceAll("\\s+", "");
        assertTrue(json.contains("\"layout\":\"grid\""), "the labelled code makes a form, never a wide list: " + json);
        assertFalse(json.contains("\"headerRow\""), json);
    }

    @Test
    void gridNotFoundNamesTheTitlesCellAndWhatIsMissingUnderIt() throws Exception {
        Path file = write(newAndRepeaters("UG-4106", -1), "rwenzori-4106-2024.xlsx");
        // Both sexes asked of each table (no sex): no header of sexes under either title.
        var t = TemplateLoader.parse(template("ug-nosex", "Census Return", "School code",
                "{\"field\": \"enrolment\", \"titles\": [\"Male pupils\"], \"rows\": \"grade\"},"
                        + " {\"field\": \"enrolment\", \"titles\": [\"Female pupils\"], \"rows\": \"grade\"}"),
                "ug-nosex.json", null);
        TemplateWorkshop.CheckReport r = workshop.check(file, t, null, Cancellation.none());
        List<TemplateWorkshop.ProblemLine> absent = r.problems().stream()
                .filter(p -> p.kind() == ProblemKind.GRID_NOT_FOUND).toList();
        assertEquals(List.of("Census Return!B6", "Census Return!G6"),
                absent.stream().map(TemplateWorkshop.ProblemLine::sheetCell).toList(), "one finding per title, at it");
        for (TemplateWorkshop.ProblemLine p : absent) {
            String text = p.detail().english();
            assertTrue(text.contains("is at " + p.sheetCell().substring(p.sheetCell().indexOf('!') + 1)), text);
            assertTrue(text.contains("no header of sexes") && text.contains("\"sex\""), text);
            assertFalse(text.contains("no table titled"), text);
        }
        // A band naming a heading the table lacks: nothing read (never New alone as the enrolment), said at the title.
        var half = TemplateLoader.parse(template("ug-half", "Census Return", "School code",
                "{\"field\": \"enrolment\", \"titles\": [\"Male pupils\"], \"rows\": \"grade\", \"sex\": \"M\","
                        + " \"band\": [\"New\", \"Repeating\"]}"), "ug-half.json", null);
        TemplateWorkshop.CheckReport h = workshop.check(file, half, null, Cancellation.none());
        assertEquals(0L, h.values(), h.problems().toString());
        var p = h.problems().stream().filter(x -> x.kind() == ProblemKind.GRID_NOT_FOUND).findFirst().orElseThrow();
        assertEquals("Census Return!B6", p.sheetCell());
        assertTrue(p.detail().english().contains("New | Repeating"), p.detail().english());
        // Without a band, over columns that are no ages: the grid is told to name them.
        var noBand = TemplateLoader.parse(template("ug-noband", "Census Return", "School code",
                "{\"field\": \"enrolment\", \"titles\": [\"Female pupils\"], \"rows\": \"grade\", \"sex\": \"F\"}"),
                "ug-noband.json", null);
        TemplateWorkshop.CheckReport n = workshop.check(file, noBand, null, Cancellation.none());
        assertEquals(0L, n.values(), n.problems().toString());
        var q = n.problems().stream().filter(x -> x.kind() == ProblemKind.GRID_NOT_FOUND).findFirst().orElseThrow();
        assertEquals("Census Return!G6", q.sheetCell());
        assertTrue(q.detail().english().contains("Standard | New | Repeaters | Total")
                && q.detail().english().contains("\"band\""), q.detail().english());
    }

    @Test
    void aGridOfOneSexByGradeLoadsButNotWithItsSexesInRows() throws Exception {
        TemplateLoader.parse(template("ok", "X", "Code", "{\"field\": \"enrolment\", \"titles\": [\"BOYS\"],"
                + " \"rows\": \"grade\", \"sex\": \"M\", \"band\": [\"New\", \"Repeaters\"]}"), "ok.json", null);
        TemplateException e = org.junit.jupiter.api.Assertions.assertThrows(TemplateException.class, () ->
                TemplateLoader.parse(template("bad", "X", "Code", "{\"field\": \"enrolment\", \"titles\": [\"BOYS\"],"
                        + " \"rows\": \"grade\", \"sex\": \"M\", \"sexLayout\": \"rows\"}"), "bad.json", null));
        assertTrue(String.join(" ", e.problems()).contains(".sex: a grid of one sex"), e.problems().toString());
    }

    /** Enrolment (new + repeaters) and repeaters of every standard and sex, as the test wrote them. */
    private void assertStored(DraftedImports imports, String code) {
        long expected = 0;
        long stored = 0;
        try (Workbench w = imports.open()) {
            for (int sex = 0; sex < 2; sex++) {
                Sex s = sex == 0 ? Sex.M : Sex.F;
                for (int g = 0; g < GRADES; g++) {
                    var enrolment = w.whereFrom(code, YEAR, Topic.ENROLMENT, g + 1, s, AgeGroup.ALL);
                    var repeaters = w.whereFrom(code, YEAR, Topic.REPEATERS, g + 1, s, AgeGroup.ALL);
                    assertTrue(enrolment.isPresent() && repeaters.isPresent(), s + " Std " + (g + 1));
                    assertEquals(fresh[sex][g] + repeating[sex][g], enrolment.get().value(), "enrolment " + s + " " + g);
                    assertEquals(repeating[sex][g], repeaters.get().value(), "repeaters " + s + " " + g);
                    expected += fresh[sex][g] + 2L * repeating[sex][g];
                    stored += enrolment.get().value() + repeaters.get().value();
                }
            }
        }
        assertTrue(expected > 0, "the test wrote figures");
        assertEquals(expected, stored);
    }

    private Path write(XSSFWorkbook wb, String name) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }
}
