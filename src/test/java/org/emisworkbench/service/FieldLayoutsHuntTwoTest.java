package org.emisworkbench.service;

import static org.emisworkbench.service.DraftedImports.assertClean;
import static org.emisworkbench.service.DraftedImports.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.service.DraftedImports.Run;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second hunt for returns the drafter still got wrong. First the gaps the first hunt left: enrolment and
 * repeaters side by side under bands when the grade heading ({@code Std}, {@code Grade}) stands on the band row
 * or is merged down over both header rows; two bands of one topic ({@code Day}, {@code Boarding}) that add up.
 * Then layouts none of the other corpora has. Each workbook is written here, drafted, checked and imported with
 * its draft; every figure stored and its cell are compared with what this test wrote.
 */
class FieldLayoutsHuntTwoTest {
    private static final int YEAR = 2024;

    @TempDir
    Path dir;

    private DraftedImports imports() {
        return new DraftedImports(dir, YEAR, new TemplateWorkshop(TemplateCatalog.load(null)));
    }

    private static String source(Workbench w, String school, Topic topic, int grade, Sex sex) {
        return w.whereFrom(school, YEAR, topic, grade, sex, AgeGroup.ALL)
                .orElseThrow(() -> new AssertionError(school + " " + topic + " G" + grade + " " + sex))
                .source().sheetCell();
    }

    // ---- 1. Gap (a): numbered standards; "Std" on the band row, or merged down over both header rows ------------

    @Test
    void bandsWithTheGradeHeadingOnTheBandRowOrMergedDown() throws Exception {
        for (boolean merged : new boolean[] {false, true}) {
            Random rnd = new Random(merged ? 6102 : 6101);
            XSSFWorkbook wb = new XSSFWorkbook();
            Sheet sh = wb.createSheet("Section B");
            Sheets.row(sh, 0, "EMIS Code:", "MW-3301");
            Sheets.row(sh, 1, "Name of school:", "Zomba Central");
            Sheets.row(sh, 3, "B2. PUPILS BY STANDARD AND SEX");
            Sheets.row(sh, 4, merged ? "Grade" : "Std", "Enrolment", null, null, "Repeaters", null);
            sh.addMergedRegion(new CellRangeAddress(4, 4, 1, 3));
            sh.addMergedRegion(new CellRangeAddress(4, 4, 4, 5));
            if (merged) {
                sh.addMergedRegion(new CellRangeAddress(4, 5, 0, 0));
            }
            Sheets.row(sh, 5, null, "Boys", "Girls", "Total", "Boys", "Girls");
            int[][][] v = new int[9][2][2]; // [std][F, M][enrolment, repeaters]
            for (int g = 1; g <= 8; g++) {
                for (int s = 0; s < 2; s++) {
                    v[g][s][0] = rnd.nextInt(90) + 10;
                    v[g][s][1] = rnd.nextInt(10);
                }
                Sheets.row(sh, 5 + g, g, v[g][1][0], v[g][0][0], v[g][0][0] + v[g][1][0], v[g][1][1], v[g][0][1]);
            }
            Path folder = java.nio.file.Files.createDirectories(dir.resolve(merged ? "merged" : "band-row"));
            DraftedImports imports = new DraftedImports(folder, YEAR, new TemplateWorkshop(TemplateCatalog.load(null)));
            Run run = imports.draftCheckImport(wb, "zomba-2024.xlsx");
            assertTrue(run.json().contains("\"band\" : [ \"Repeaters\" ]"), run.json());
            assertClean(run, 1);
            assertEquals(8 * 2 * 2, run.result().valuesStored());
            try (Workbench w = imports.open()) {
                for (int g = 1; g <= 8; g++) {
                    imports.assertEnrolment(w, "MW-3301", g, v[g][0][0], v[g][1][0]);
                    imports.assertFigure(w, "MW-3301", Topic.REPEATERS, g, v[g][0][1], v[g][1][1]);
                }
                assertEquals("Section B!F9", source(w, "MW-3301", Topic.REPEATERS, 3, Sex.F));
                assertEquals("Section B!B7", source(w, "MW-3301", Topic.ENROLMENT, 1, Sex.M));
            }
        }
    }

    // ---- 2. Gap (b): "Day" and "Boarding" bands, each over Boys | Girls | Total: both enrolment, added up -------

    @Test
    void dayAndBoardingBandsAddUpIntoEnrolment() throws Exception {
        Random rnd = new Random(6103);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enrolment");
        Sheets.row(sh, 0, "School code:", "KE-88120");
        Sheets.row(sh, 1, "School name:", "Kapsabet Boys and Girls");
        Sheets.row(sh, 3, "ENROLMENT BY CLASS AND SEX");
        Sheets.row(sh, 4, null, "Day", null, null, "Boarding", null, null);
        sh.addMergedRegion(new CellRangeAddress(4, 4, 1, 3));
        sh.addMergedRegion(new CellRangeAddress(4, 4, 4, 6));
        Sheets.row(sh, 5, "Class", "Boys", "Girls", "Total", "Boys", "Girls", "Total");
        int[][][] v = new int[9][2][2]; // [class][F, M][day, boarding]
        for (int g = 1; g <= 8; g++) {
            for (int s = 0; s < 2; s++) {
                v[g][s][0] = rnd.nextInt(60) + 5;
                v[g][s][1] = rnd.nextInt(40);
            }
            Sheets.row(sh, 5 + g, "Class " + g, v[g][1][0], v[g][0][0], v[g][1][0] + v[g][0][0], v[g][1][1],
                    v[g][0][1], v[g][1][1] + v[g][0][1]);
        }
        DraftedImports imports = imports();
        Run run = imports.draftCheckImport(wb, "kapsabet-2024.xlsx");
        assertTrue(run.json().contains("\"band\" : [ \"Day\", \"Boarding\" ]"), run.json());
        assertClean(run, 1);
        assertEquals(0, count(run.result(), "VALUE_CLASH"));
        assertEquals(8 * 2, run.result().valuesStored(), "one enrolment figure per class and sex");
        try (Workbench w = imports.open()) {
            for (int g = 1; g <= 8; g++) {
                imports.assertEnrolment(w, "KE-88120", g, v[g][0][0] + v[g][0][1], v[g][1][0] + v[g][1][1]);
            }
            assertEquals("Enrolment!C9+F9", source(w, "KE-88120", Topic.ENROLMENT, 3, Sex.F),
                    "girls of class 3: the day and the boarding cell");
        }
    }
}
