package org.emisworkbench.service;

import static org.emisworkbench.service.DraftedImports.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A third hunt for returns the workbench could not read: the topic and the sex named together in a row's label
 * ({@code Enrolment Boys}, {@code Redoublants filles}) with the grades across; schools stacked as blocks each
 * opening with {@code School: NAME (CODE)}; stacked tables whose {@code School code} stands on the lower of two
 * header rows; French teacher statuses ({@code Titulaires}, {@code Suppléants}…) by sex; last year's figures
 * printed beside this year's. Each workbook is written here, its template written (or drafted as an officer would),
 * imported into a workspace of its own, and every figure compared with what this test wrote.
 */
class FieldLayoutsHuntThreeTest {
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

    /** Imported, every census column read, no problem at all. */
    private static void assertCleanImport(FileResult f, int schools) {
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(schools, f.schoolsAdded(), "schools");
        assertEquals(0, count(f, "UNREAD_FIGURES"), f.problems().toString());
        assertEquals(0, count(f, "UNMATCHED_COLUMN"), f.problems().toString());
        assertEquals(0, f.problemCount(), f.problems().toString());
    }

    // ---- 1. The topic and the sex in the row's label, the grades across -------------------------------------------

    /** Writes the form; returns [grade][F, M][enrolment, repeaters]. */
    private static int[][][] topicSexRows(Sheet sh, boolean french, long seed) {
        Random rnd = new Random(seed);
        String[] grades = french ? new String[] {"CP1", "CP2", "CE1", "CE2", "CM1", "CM2"}
                : new String[] {"Grade 1", "Grade 2", "Grade 3", "Grade 4", "Grade 5", "Grade 6"};
        Sheets.row(sh, 0, french ? "Code école :" : "School code:", french ? "BJ-0412" : "GH-4410");
        Sheets.row(sh, 1, french ? "Nom de l'école :" : "School name:", french ? "EPP Zogbo" : "Akuna Primary");
        Sheets.row(sh, 3, french ? "EFFECTIFS ET REDOUBLANTS PAR CLASSE" : "ENROLMENT AND REPEATERS BY GRADE");
        Object[] header = new Object[8];
        System.arraycopy(grades, 0, header, 1, 6);
        header[7] = "Total";
        Sheets.row(sh, 4, header);
        int[][][] v = new int[7][2][2];
        String[][] labels = french
                ? new String[][] {{"Effectif garçons", "Effectif filles"}, {"Redoublants garçons", "Redoublants filles"}}
                : new String[][] {{"Enrolment Boys", "Enrolment Girls"}, {"Repeaters Boys", "Repeaters Girls"}};
        int row = 5;
        for (int topic = 0; topic < 2; topic++) {
            for (int s = 1; s >= 0; s--) { // boys first, as the forms print them
                Object[] cells = new Object[8];
                cells[0] = labels[topic][1 - s];
                int total = 0;
                for (int g = 1; g <= 6; g++) {
                    v[g][s][topic] = topic == 0 ? rnd.nextInt(80) + 10 : rnd.nextInt(9);
                    cells[g] = v[g][s][topic];
                    total += v[g][s][topic];
                }
                cells[7] = total;
                Sheets.row(sh, row++, cells);
            }
        }
        return v;
    }

    private static final String TOPIC_SEX_TEMPLATE = """
            {"id": "topic-sex-rows", "version": 1, "layout": "grid", "language": "%s",
             "year": {"fromFileName": true},
             "sheets": [{"names": ["*"], "required": ["school.code", "enrolment"],
               "labels": [{"labels": ["School code", "Code école"], "field": "school.code"},
                          {"labels": ["School name", "Nom de l'école"], "field": "school.name"}],
               "grids": [%s]}]}
            """;

    private static String topicSexGrids(boolean repeaters) {
        String enrolment = """
                {"field": "enrolment", "titles": ["ENROLMENT AND REPEATERS BY GRADE", "EFFECTIFS ET REDOUBLANTS"],
                 "rows": "none", "sexLayout": "rows", "band": ["Enrolment", "Effectif"]}""";
        String rep = """
                {"field": "repeaters", "titles": ["ENROLMENT AND REPEATERS BY GRADE", "EFFECTIFS ET REDOUBLANTS"],
                 "rows": "none", "sexLayout": "rows", "band": ["Repeaters", "Redoublants"]}""";
        return repeaters ? enrolment + ",\n" + rep : enrolment;
    }

    @Test
    void rowsNamingTopicAndSexWithTheGradesAcross() throws Exception {
        for (boolean french : new boolean[] {false, true}) {
            XSSFWorkbook wb = new XSSFWorkbook();
            int[][][] v = topicSexRows(wb.createSheet(french ? "Fiche" : "Form"), french, french ? 7102 : 7101);
            Path folder = java.nio.file.Files.createDirectories(dir.resolve(french ? "fr" : "en"));
            DraftedImports imports = new DraftedImports(folder, YEAR, new TemplateWorkshop(TemplateCatalog.load(null)));
            FileResult f = imports.importWith(wb, "form-2024.xlsx",
                    TOPIC_SEX_TEMPLATE.formatted(french ? "fr" : "en", topicSexGrids(true)));
            assertCleanImport(f, 1);
            String code = french ? "BJ-0412" : "GH-4410";
            assertEquals(6 * 2 * 2, f.valuesStored());
            try (Workbench w = imports.open()) {
                for (int g = 1; g <= 6; g++) {
                    imports.assertEnrolment(w, code, g, v[g][0][0], v[g][1][0]);
                    imports.assertFigure(w, code, Topic.REPEATERS, g, v[g][0][1], v[g][1][1]);
                }
                String sheet = french ? "Fiche" : "Form";
                assertEquals(sheet + "!D9", source(w, code, Topic.REPEATERS, 3, Sex.F), "girls repeating grade 3");
                assertEquals(sheet + "!B6", source(w, code, Topic.ENROLMENT, 1, Sex.M), "boys enrolled in grade 1");
            }
        }
    }

    @Test
    void rowsOfATopicTheTemplateLeavesOutAreReportedUnread() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        int[][][] v = topicSexRows(wb.createSheet("Form"), false, 7103);
        DraftedImports imports = imports();
        FileResult f = imports.importWith(wb, "form-2024.xlsx", TOPIC_SEX_TEMPLATE.formatted("en", topicSexGrids(false)));
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(6 * 2, f.valuesStored(), "enrolment only");
        assertTrue(count(f, "UNREAD_FIGURES") > 0, "the repeaters' rows are reported, not dropped: " + f.problems());
        try (Workbench w = imports.open()) {
            imports.assertEnrolment(w, "GH-4410", 4, v[4][0][0], v[4][1][0]);
        }
    }
}
