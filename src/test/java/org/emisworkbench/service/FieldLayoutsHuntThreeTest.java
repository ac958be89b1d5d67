package org.emisworkbench.service;

import static org.emisworkbench.service.DraftedImports.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
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
    @Test
    void theDraftWritesAGridPerTopicOfRowsNamingTopicAndSex() throws Exception {
        for (boolean french : new boolean[] {false, true}) {
            XSSFWorkbook wb = new XSSFWorkbook();
            int[][][] v = topicSexRows(wb.createSheet(french ? "Fiche" : "Form"), french, french ? 7105 : 7104);
            Path folder = java.nio.file.Files.createDirectories(dir.resolve(french ? "fr" : "en"));
            DraftedImports imports = new DraftedImports(folder, YEAR, new TemplateWorkshop(TemplateCatalog.load(null)));
            DraftedImports.Run run = imports.draftCheckImport(wb, french ? "fiche-2024.xlsx" : "form-2024.xlsx");
            assertTrue(run.json().contains(french ? "\"band\" : [ \"Redoublants\" ]" : "\"band\" : [ \"Repeaters\" ]"),
                    run.json());
            DraftedImports.assertClean(run, 1);
            String code = french ? "BJ-0412" : "GH-4410";
            assertEquals(6 * 2 * 2, run.result().valuesStored());
            try (Workbench w = imports.open()) {
                for (int g = 1; g <= 6; g++) {
                    imports.assertEnrolment(w, code, g, v[g][0][0], v[g][1][0]);
                    imports.assertFigure(w, code, Topic.REPEATERS, g, v[g][0][1], v[g][1][1]);
                }
            }
        }
    }

    @Test
    void aTopicAndSexWrittenTwiceKeepsTheFirstRowAndReportsTheSecond() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Form");
        int[][][] v = topicSexRows(sh, false, 7106);
        Sheets.row(sh, 9, "Enrolment Boys", 1, 1, 1, 1, 1, 1, 6); // below Repeaters Girls, on the table's rows
        DraftedImports imports = imports();
        FileResult f = imports.importWith(wb, "form-2024.xlsx", TOPIC_SEX_TEMPLATE.formatted("en", topicSexGrids(true)));
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(1, count(f, "VALUE_CLASH"), f.problems().toString());
        assertEquals("Form!A10", DraftedImports.first(f, "VALUE_CLASH"));
        try (Workbench w = imports.open()) {
            for (int g = 1; g <= 6; g++) {
                imports.assertEnrolment(w, "GH-4410", g, v[g][0][0], v[g][1][0]);
            }
        }
    }

    // ---- 2. Schools stacked as blocks, each opening with "School: NAME (CODE)" ---------------------------------

    @Test
    void blocksOpeningWithSchoolNameAndCodeInOneCell() throws Exception {
        Random rnd = new Random(7201);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Schools");
        Sheets.row(sh, 0, "District:", "D07");
        String[] openings = {"School: Name of school (School code)", "School: Akuna Primary (GH-1200)",
            "École : EPP Zogbo (BJ-0077)", "School: Chela Primary", "SCHOOL:  Bessa  School (GH-1201)"};
        String[] codes = {null, "GH-1200", "BJ-0077", null, "GH-1201"};
        String[] names = {null, "Akuna Primary", "EPP Zogbo", null, "Bessa School"};
        Map<String, int[][]> expected = new LinkedHashMap<>(); // code → [grade][F, M]
        int row = 2;
        for (int b = 0; b < openings.length; b++) {
            Sheets.row(sh, row++, openings[b]);
            Sheets.row(sh, row++, b == 2 ? "Effectifs par classe et sexe" : "Enrolment by grade and sex");
            Sheets.row(sh, row++, b == 2 ? "Classe" : "Grade", b == 2 ? "Garçons" : "Boys", b == 2 ? "Filles" : "Girls");
            int[][] v = new int[4][2];
            for (int g = 1; g <= 3; g++) {
                v[g][0] = b == 0 ? 0 : rnd.nextInt(60) + 5;
                v[g][1] = b == 0 ? 0 : rnd.nextInt(60) + 5;
                Sheets.row(sh, row++, b == 2 ? new String[] {"CP1", "CP2", "CE1"}[g - 1] : "Grade " + g, v[g][1], v[g][0]);
            }
            if (codes[b] != null) {
                expected.put(codes[b], v);
            }
            row++; // the blank row between blocks
        }
        DraftedImports imports = imports();
        FileResult f = imports.importWith(wb, "district-blocks-2024.xlsx", """
                {"id": "school-blocks", "version": 1, "layout": "grid", "schools": "block",
                 "year": {"fromFileName": true},
                 "sheets": [{"names": ["Schools"], "required": ["school.code", "enrolment"],
                   "labels": [{"labels": ["School", "École"], "field": "school.code", "position": "inside"},
                              {"labels": ["School", "École"], "field": "school.name", "position": "inside"},
                              {"labels": ["District"], "field": "school.district"}],
                   "grids": [{"field": "enrolment", "titles": ["Enrolment by grade and sex",
                     "Effectifs par classe et sexe"], "rows": "grade"}]}]}
                """);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(expected.size(), f.schoolsAdded(), f.problems().toString());
        assertEquals(2, count(f, "BLANK_KEY"), "the header-like block and the block without a code: " + f.problems());
        assertEquals(0, count(f, "UNREAD_FIGURES"), f.problems().toString());
        assertEquals(0, count(f, "UNMATCHED_COLUMN"), f.problems().toString());
        assertEquals(expected.size() * 3 * 2L, f.valuesStored());
        var match = TemplateCatalog.load(dir.resolve("templates")).match(List.of(dir.resolve("district-blocks-2024.xlsx")),
                org.emisworkbench.model.Progress.NONE, org.emisworkbench.model.Cancellation.none()).get(0);
        assertEquals("school-blocks", match.best(), "the catalog finds its inside labels: " + match.choices());
        try (Workbench w = imports.open()) {
            assertEquals(expected.keySet(), w.schools(YEAR, null).stream().map(x -> x.code())
                    .collect(java.util.stream.Collectors.toSet()), "no school named after a header");
            for (int b = 0; b < codes.length; b++) {
                if (codes[b] == null) {
                    continue;
                }
                assertEquals(names[b], imports.school(w, codes[b]).name());
                for (int g = 1; g <= 3; g++) {
                    imports.assertEnrolment(w, codes[b], g, expected.get(codes[b])[g][0], expected.get(codes[b])[g][1]);
                }
            }
            // Block 2 (BJ-0077) opens on 0-based row 16: its CP2 row is 0-based 20, girls in column C.
            assertEquals("Schools!C21", source(w, "BJ-0077", Topic.ENROLMENT, 2, Sex.F));
        }
    }

    // ---- 3. Stacked tables whose "School code" stands on the lower of two header rows -----------------------------

    @Test
    void stackedTablesWithTheSchoolCodeOnTheLowerHeaderRow() throws Exception {
        Random rnd = new Random(7301);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("District");
        String[] titles = {"TABLE 1: ENROLMENT BY GRADE AND SEX", "TABLE 2: REPEATERS BY GRADE AND SEX"};
        Map<String, int[][][]> expected = new LinkedHashMap<>(); // school → [grade][F, M][enrolment, repeaters]
        for (int i = 0; i < 5; i++) {
            expected.put("ZM-70" + i, new int[5][2][2]);
        }
        int row = 0;
        for (int t = 0; t < 2; t++) {
            Sheets.row(sh, row++, titles[t]);
            Sheets.row(sh, row, null, null, "Grade 1", null, "Grade 2", null, "Grade 3", null, "Grade 4", null);
            for (int g = 0; g < 4; g++) {
                sh.addMergedRegion(new CellRangeAddress(row, row, 2 + 2 * g, 3 + 2 * g));
            }
            row++;
            Sheets.row(sh, row++, "School code", "School name", "M", "F", "M", "F", "M", "F", "M", "F");
            for (var e : expected.entrySet()) {
                Object[] cells = new Object[10];
                cells[0] = e.getKey();
                cells[1] = "School " + e.getKey();
                for (int g = 1; g <= 4; g++) {
                    for (int s = 0; s < 2; s++) {
                        e.getValue()[g][s][t] = t == 0 ? rnd.nextInt(70) + 5 : rnd.nextInt(8);
                    }
                    cells[2 * g] = e.getValue()[g][1][t];
                    cells[2 * g + 1] = e.getValue()[g][0][t];
                }
                Sheets.row(sh, row++, cells);
            }
            row++; // a blank row between the tables
        }
        DraftedImports imports = imports();
        DraftedImports.Run run = imports.draftCheckImport(wb, "district-2024.xlsx");
        assertTrue(run.json().contains("\"tables\""), run.json());
        DraftedImports.assertClean(run, expected.size());
        assertEquals(expected.size() * 4 * 2 * 2L, run.result().valuesStored());
        try (Workbench w = imports.open()) {
            for (var e : expected.entrySet()) {
                for (int g = 1; g <= 4; g++) {
                    int[][][] v = e.getValue();
                    imports.assertEnrolment(w, e.getKey(), g, v[g][0][0], v[g][1][0]);
                    imports.assertFigure(w, e.getKey(), Topic.REPEATERS, g, v[g][0][1], v[g][1][1]);
                }
            }
            // Table 2 starts on row 10 (title), header rows 11-12, ZM-701 on row 14: girls of grade 2 in column F.
            assertEquals("District!F14", source(w, "ZM-701", Topic.REPEATERS, 2, Sex.F));
        }
    }

    // ---- 4. French teacher statuses by sex (H / F): they add up into the teachers of each sex --------------------

    @Test
    void frenchTeacherStatusesAddUpIntoTheTeachersBySex() throws Exception {
        Random rnd = new Random(7401);
        String[] statuses = {"Titulaires", "Suppléants", "Contractuels", "Volontaires", "Maîtres des parents"};
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enseignants");
        Object[] top = new Object[4 + 2 * statuses.length];
        Object[] sexes = new Object[top.length];
        top[0] = "Code école";
        top[1] = "Nom de l'école";
        top[2] = "CP1";
        sexes[2] = "G";
        sexes[3] = "F";
        for (int i = 0; i < statuses.length; i++) {
            top[4 + 2 * i] = statuses[i];
            sexes[4 + 2 * i] = "H";
            sexes[5 + 2 * i] = "F";
        }
        Sheets.row(sh, 0, top);
        Sheets.row(sh, 1, sexes);
        for (int c = 2; c < top.length; c += 2) {
            sh.addMergedRegion(new CellRangeAddress(0, 0, c, c + 1));
        }
        Map<String, int[]> expected = new LinkedHashMap<>(); // school → [F, M teachers, F, M CP1 pupils]
        for (int i = 0; i < 4; i++) {
            String code = "SN-21" + i;
            Object[] cells = new Object[top.length];
            cells[0] = code;
            cells[1] = "École " + i;
            int[] v = new int[4];
            v[2] = rnd.nextInt(50) + 10;
            v[3] = rnd.nextInt(50) + 10;
            cells[2] = v[3];
            cells[3] = v[2];
            for (int s = 0; s < statuses.length; s++) {
                int men = rnd.nextInt(4);
                int women = rnd.nextInt(4);
                cells[4 + 2 * s] = men;
                cells[5 + 2 * s] = women;
                v[0] += women;
                v[1] += men;
            }
            expected.put(code, v);
            Sheets.row(sh, 2 + i, cells);
        }
        DraftedImports imports = imports();
        DraftedImports.Run run = imports.draftCheckImport(wb, "enseignants-2024.xlsx");
        DraftedImports.assertClean(run, expected.size());
        try (Workbench w = imports.open()) {
            for (var e : expected.entrySet()) {
                imports.assertEnrolment(w, e.getKey(), 1, e.getValue()[2], e.getValue()[3]);
                imports.assertFigure(w, e.getKey(), Topic.TEACHERS, 0, e.getValue()[0], e.getValue()[1]);
            }
            assertEquals("Enseignants!F3+H3+J3+L3+N3", w.whereFrom("SN-210", YEAR, Topic.TEACHERS, 0, Sex.F,
                    AgeGroup.ALL).orElseThrow().source().sheetCell(), "the women of every status");
        }
    }

    @Test
    void statusesBesideATotalOfTeachersAreNotAddedAgainButReported() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enseignants");
        Sheets.row(sh, 0, "Code école", "Nom de l'école", "Enseignants H", "Enseignants F", "Titulaires H",
                "Titulaires F", "Contractuels H", "Contractuels F");
        Sheets.row(sh, 1, "SN-300", "École A", 5, 7, 3, 4, 2, 3);
        Sheets.row(sh, 2, "SN-301", "École B", 4, 2, 4, 1, 0, 1);
        DraftedImports imports = imports();
        DraftedImports.Run run = imports.draftCheckImport(wb, "enseignants-total-2024.xlsx");
        assertTrue(!run.json().contains("sumOf"), "no sum beside the total: " + run.json());
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertTrue(count(f, "UNREAD_FIGURES") > 0, "the statuses are reported, not dropped: " + f.problems());
        try (Workbench w = imports.open()) {
            imports.assertFigure(w, "SN-300", Topic.TEACHERS, 0, 7, 5);
            imports.assertFigure(w, "SN-301", Topic.TEACHERS, 0, 2, 4);
        }
    }

    /**
     * The total of teachers beside their statuses is read as it was typed, whatever the statuses add up to, even
     * when the status columns come first and name teachers themselves ({@code Enseignants titulaires H},
     * {@code Maîtres des parents H}): such a status used to take the total's guess, the total was left out and the
     * statuses were added instead (issue #11).
     */
    @Test
    void aTotalOfTeachersBesideStatusesIsReadAsTypedNeverTheStatusesSum() throws Exception {
        List<List<String>> styles = List.of(
                List.of("Enseignants H", "Enseignants F", "Titulaires H", "Titulaires F", "Contractuels H",
                        "Contractuels F"),
                List.of("Enseignants titulaires H", "Enseignants titulaires F", "Enseignants contractuels H",
                        "Enseignants contractuels F", "Enseignants H", "Enseignants F"),
                List.of("Titulaires H", "Titulaires F", "Maîtres des parents H", "Maîtres des parents F",
                        "Enseignants H", "Enseignants F"));
        Random rnd = new Random(7411);
        for (int style = 0; style < styles.size(); style++) {
            List<String> heads = styles.get(style);
            int totalAt = heads.indexOf("Enseignants H");
            XSSFWorkbook wb = new XSSFWorkbook();
            Sheet sh = wb.createSheet("Enseignants");
            Object[] header = new Object[2 + heads.size()];
            header[0] = "Code école";
            header[1] = "Nom";
            for (int i = 0; i < heads.size(); i++) {
                header[2 + i] = heads.get(i);
            }
            Sheets.row(sh, 0, header);
            Map<String, int[]> totals = new LinkedHashMap<>(); // school → [F, M] as typed in the total columns
            for (int s = 0; s < 3; s++) {
                String code = "SN-5" + style + s;
                Object[] cells = new Object[header.length];
                cells[0] = code;
                cells[1] = "École " + s;
                int[] statusSum = new int[2];
                for (int i = 0; i < heads.size(); i += 2) {
                    if (i == totalAt) {
                        continue;
                    }
                    int men = rnd.nextInt(4);
                    int women = rnd.nextInt(4);
                    cells[2 + i] = men;
                    cells[3 + i] = women;
                    statusSum[0] += women;
                    statusSum[1] += men;
                }
                // The totals typed are more than the statuses add up to (other statuses not printed).
                int[] typed = {statusSum[0] + 1 + rnd.nextInt(3), statusSum[1] + 2 + rnd.nextInt(3)};
                cells[2 + totalAt] = typed[1];
                cells[3 + totalAt] = typed[0];
                totals.put(code, typed);
                Sheets.row(sh, 1 + s, cells);
            }
            Path folder = java.nio.file.Files.createDirectories(dir.resolve("style-" + style));
            DraftedImports imports = new DraftedImports(folder, YEAR, new TemplateWorkshop(TemplateCatalog.load(null)));
            DraftedImports.Run run = imports.draftCheckImport(wb, "personnel-" + style + "-2024.xlsx");
            assertTrue(!run.json().contains("sumOf"), heads + ": no sum beside the total: " + run.json());
            assertTrue(run.json().contains("\"Enseignants {sex}\""), heads + ": the total is read: " + run.json());
            FileResult f = run.result();
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertTrue(count(f, "UNREAD_FIGURES") > 0, heads + ": the statuses are reported: " + f.problems());
            try (Workbench w = imports.open()) {
                for (var e : totals.entrySet()) {
                    imports.assertFigure(w, e.getKey(), Topic.TEACHERS, 0, e.getValue()[0], e.getValue()[1]);
                }
            }
        }
    }

    // ---- 5. Last year's figures printed beside this year's -------------------------------------------------------

    @Test
    void lastYearBesideThisYearIsNeverTakenAsThisYear() throws Exception {
        Random rnd = new Random(7501);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Form");
        Sheets.row(sh, 0, "School code:", "ZM-5521");
        Sheets.row(sh, 1, "School name:", "Chipata Day");
        Sheets.row(sh, 3, "ENROLMENT BY GRADE AND SEX");
        Sheets.row(sh, 4, "Grade", "2023-24", null, "2024-25", null);
        sh.addMergedRegion(new CellRangeAddress(4, 4, 1, 2));
        sh.addMergedRegion(new CellRangeAddress(4, 4, 3, 4));
        Sheets.row(sh, 5, null, "Boys", "Girls", "Boys", "Girls");
        int[][][] v = new int[8][2][2]; // [grade][F, M][last year, this year]
        for (int g = 1; g <= 7; g++) {
            for (int s = 0; s < 2; s++) {
                for (int y = 0; y < 2; y++) {
                    v[g][s][y] = rnd.nextInt(70) + 5;
                }
            }
            Sheets.row(sh, 5 + g, "Grade " + g, v[g][1][0], v[g][0][0], v[g][1][1], v[g][0][1]);
        }
        DraftedImports imports = imports();
        DraftedImports.Run run = imports.draftCheckImport(wb, "chipata-2024.xlsx");
        assertTrue(run.json().contains("\"band\" : [ \"{year}\" ]"), "the census year's band is read: " + run.json());
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(0, count(f, "VALUE_CLASH"), f.problems().toString());
        assertEquals(7 * 2, f.valuesStored(), "this year's figures only");
        try (Workbench w = imports.open()) {
            for (int g = 1; g <= 7; g++) {
                imports.assertEnrolment(w, "ZM-5521", g, v[g][0][1], v[g][1][1]);
            }
            assertEquals("Form!E9", source(w, "ZM-5521", Topic.ENROLMENT, 3, Sex.F));
        }
        // Last year's figures are left out on purpose by the template ({year}): no warning at import, the check
        // clean, and the check still lists them as last year's, with their year.
        assertEquals(0, f.problemCount(), "last year's figures are no problem: " + f.problems());
        assertTrue(run.check().clean(), "the check passes: " + run.check().problems());
        assertEquals(0, run.check().unreadNumberColumns(), run.check().unreadBlocks().toString());
        assertEquals(List.of(new TemplateWorkshop.LeftOutBlock("Form", "B7:C13",
                        "ENROLMENT BY GRADE AND SEX | 2023-24 | Boys | Girls | Grade 1 | Grade 2 | Grade 3 | Grade 4"
                                + " | Grade 5 | Grade 6 | Grade 7", "2023-24")), run.check().leftOutBlocks());

        // A year later the ministry prints 2024-25 beside 2025-26: the same template reads 2025-26 for 2025, and
        // 2024-25 (last year's now) is not read.
        XSSFWorkbook next = new XSSFWorkbook();
        Sheet n = next.createSheet("Form");
        Sheets.row(n, 0, "School code:", "ZM-5521");
        Sheets.row(n, 3, "ENROLMENT BY GRADE AND SEX");
        Sheets.row(n, 4, "Grade", "2024-25", null, "2025-26", null);
        n.addMergedRegion(new CellRangeAddress(4, 4, 1, 2));
        n.addMergedRegion(new CellRangeAddress(4, 4, 3, 4));
        Sheets.row(n, 5, null, "Boys", "Girls", "Boys", "Girls");
        for (int g = 1; g <= 7; g++) {
            Sheets.row(n, 5 + g, "Grade " + g, v[g][1][1], v[g][0][1], v[g][1][0] + 1, v[g][0][0] + 2);
        }
        Path folder = java.nio.file.Files.createDirectories(dir.resolve("next-year"));
        DraftedImports later = new DraftedImports(folder, YEAR + 1, new TemplateWorkshop(TemplateCatalog.load(null)));
        FileResult g2025 = later.importWith(next, "chipata-2025.xlsx",
                run.json().replace("\"id\" : \"chipata-2024\"", "\"id\": \"chipata-next\""));
        assertEquals(FileOutcome.IMPORTED, g2025.outcome(), g2025.message());
        assertEquals(7 * 2, g2025.valuesStored());
        assertEquals(0, g2025.problemCount(), "2024-25, last year's now, is no problem: " + g2025.problems());
        try (Workbench w = later.open()) {
            for (int g = 1; g <= 7; g++) {
                later.assertEnrolment(w, "ZM-5521", g, v[g][0][0] + 2, v[g][1][0] + 1);
            }
        }
    }
}
