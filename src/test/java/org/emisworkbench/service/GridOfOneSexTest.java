package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.TemplateException;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A form giving its age × grade table twice, once for boys and once for girls, read with the grid {@code sex}
 * (decision 0045); and the check counting a block's figures without its column of ages. The workbook is written
 * here with POI; the figures expected are those the test wrote.
 */
class GridOfOneSexTest {
    private static final int YEAR = 2024;
    private static final int[] AGES = {6, 7, 8, 9, 10, 11, 12, 13};
    private static final int GRADES = 3;

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    /** [sex 0 boys, 1 girls][age index][grade index] as written. */
    private final int[][][] written = new int[2][AGES.length][GRADES];

    /**
     * The school code, then the boys' block and the girls' block, each {@code Age | P1 | P2 | P3 | Total} with a
     * Total row, the titles telling the sex after a dash.
     */
    private XSSFWorkbook form(String code) {
        Random rnd = new Random(code.hashCode());
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Return");
        Sheets.row(s, 0, "School code:", code);
        int r = 2;
        for (int sex = 0; sex < 2; sex++) {
            Sheets.row(s, r++, "ENROLMENT BY AGE AND CLASS - " + (sex == 0 ? "BOYS" : "GIRLS"));
            Sheets.row(s, r++, "Age", "P1", "P2", "P3", "Total");
            int[] columnTotals = new int[GRADES + 1];
            for (int a = 0; a < AGES.length; a++) {
                Object[] row = new Object[GRADES + 2];
                row[0] = AGES[a];
                int total = 0;
                for (int g = 0; g < GRADES; g++) {
                    written[sex][a][g] = rnd.nextInt(14);
                    row[g + 1] = written[sex][a][g];
                    total += written[sex][a][g];
                    columnTotals[g] += written[sex][a][g];
                }
                row[GRADES + 1] = total;
                columnTotals[GRADES] += total;
                Sheets.row(s, r++, row);
            }
            Sheets.row(s, r++, "Total", columnTotals[0], columnTotals[1], columnTotals[2], columnTotals[3]);
            r++;
        }
        return wb;
    }

    private static String template(String id, String grids) {
        return "{\"id\": \"" + id + "\", \"version\": 1, \"layout\": \"grid\", \"year\": {\"fromFileName\": true},"
                + " \"sheets\": [{\"names\": [\"Return\"], \"required\": [\"school.code\"],"
                + " \"labels\": [{\"labels\": [\"School code\"], \"field\": \"school.code\"}],"
                + " \"grids\": [" + grids + "]}]}";
    }

    @Test
    void boysAndGirlsBlocksUnderOneTitleAreReadInTurnWithTheirSex() throws Exception {
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        String json = template("by-sex", "{\"field\": \"enrolment\", \"titles\": [\"ENROLMENT BY AGE AND CLASS\"],"
                + " \"sex\": \"M\"}, {\"field\": \"enrolment\", \"titles\": [\"ENROLMENT BY AGE AND CLASS\"],"
                + " \"sex\": \"F\"}");
        FileResult f = imports.importWith(form("UG-7701"), "busoga-7701-2024.xlsx", json);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message() + " " + f.problems());
        assertEquals(0, f.problemCount(), "totals agree, nothing unread: " + f.problems());
        int expectedSum = 0;
        int storedSum = 0;
        try (Workbench w = imports.open()) {
            for (int sex = 0; sex < 2; sex++) {
                for (int a = 0; a < AGES.length; a++) {
                    for (int g = 0; g < GRADES; g++) {
                        Sex s = sex == 0 ? Sex.M : Sex.F;
                        int v = w.whereFrom("UG-7701", YEAR, Topic.ENROLMENT, g + 1, s,
                                new AgeGroup(Integer.toString(AGES[a]))).orElseThrow(() -> new AssertionError(
                                        "no figure")).value();
                        assertEquals(written[sex][a][g], v, s + " age " + AGES[a] + " P" + (g + 1));
                        expectedSum += written[sex][a][g];
                        storedSum += v;
                    }
                }
            }
        }
        assertTrue(expectedSum > 0, "the test wrote figures");
        assertEquals(expectedSum, storedSum);
    }

    @Test
    void titlesTellingTheSexReadEachBlockAndTheCheckNamesTheSex() throws Exception {
        Path file = write(form("UG-7702"), "busoga-7702-2024.xlsx");
        var t = TemplateLoader.parse(template("by-title", "{\"field\": \"enrolment\", \"titles\":"
                + " [\"ENROLMENT BY AGE AND CLASS - GIRLS\"], \"sex\": \"F\"}, {\"field\": \"enrolment\", \"titles\":"
                + " [\"ENROLMENT BY AGE AND CLASS - BOYS\"], \"sex\": \"M\"}"), "by-title.json", null);
        TemplateWorkshop.CheckReport r = workshop.check(file, t, null, Cancellation.none());
        assertEquals(null, r.refused());
        assertEquals(2 * AGES.length * GRADES, r.values(), "one value per age, grade and sex");
        var sheet = r.sheets().get(0);
        // The girls' block is the second on the sheet (title on row 15), the boys' the first (row 3).
        assertEquals(List.of("A15 ENROLMENT BY AGE AND CLASS - GIRLS → enrolment F",
                "A3 ENROLMENT BY AGE AND CLASS - BOYS → enrolment M"), sheet.gridsFound());
        assertTrue(r.byKind().isEmpty(), r.problems().toString());
    }

    @Test
    void theCheckCountsABlocksFiguresWithoutItsColumnOfAges() throws Exception {
        Path file = write(form("UG-7703"), "busoga-7703-2024.xlsx");
        var t = TemplateLoader.parse(template("no-grids", "").replace(", \"grids\": []", ""), "no-grids.json", null);
        TemplateWorkshop.CheckReport r = workshop.check(file, t, null, Cancellation.none());
        List<TemplateWorkshop.ProblemLine> blocks = r.unreadBlocks();
        assertEquals(2, blocks.size(), blocks.toString());
        for (TemplateWorkshop.ProblemLine b : blocks) {
            // 8 ages × 3 grades: the ages 6 to 13 down column A name the rows, they are not counted; the Total
            // beside each row is counted apart, never as a figure (decision 0088).
            assertTrue(b.detail().english().startsWith(AGES.length * GRADES + " figure(s) (with " + AGES.length
                    + " total(s) beside them)"), b.detail().english());
            assertTrue(b.cells().startsWith("B"), b.cells());
        }
    }

    @Test
    void aGridOfOneSexWithItsSexesInRowsIsRefused() {
        TemplateException e = org.junit.jupiter.api.Assertions.assertThrows(TemplateException.class, () ->
                TemplateLoader.parse(template("bad", "{\"field\": \"enrolment\", \"titles\": [\"X\"], \"sex\": \"F\","
                        + " \"sexLayout\": \"rows\"}"), "bad.json", null));
        assertTrue(String.join(" ", e.problems()).contains(".sex: a grid of one sex"), e.problems().toString());
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
