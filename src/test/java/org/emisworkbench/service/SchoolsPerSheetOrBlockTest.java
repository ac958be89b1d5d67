package org.emisworkbench.service;

import static org.emisworkbench.service.DraftedImports.count;
import static org.emisworkbench.service.DraftedImports.first;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.SkipReason;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grid workbooks holding many schools' forms ({@code "schools"}), written here in styles the sample
 * generator never produces: a district's French forms compiled one per sheet (with a summary sheet and a
 * hidden lists sheet), and an English district return stacking 22 schools' blocks down one sheet (one
 * block repeating a school, one with its code left blank). Each is imported with a template written by
 * hand and with the template the program drafts from the workbook; the figures stored must be those
 * written here (worked out by this test), each traced to its own sheet and cell, and the forms that are
 * not schools reported at their cell, never read as schools nor dropped unseen.
 */
class SchoolsPerSheetOrBlockTest {
    private static final int YEAR = 2024;
    private static final String[] CLASSES = {"CP1", "CP2", "CE1"};
    private static final int[] AGES = {6, 7, 8, 9};
    private static final int FORMS = 6;
    private static final int BLOCKS = 22;
    /** Block numbers (0-based) of the block repeating block 3's school, and of the block without code. */
    private static final int DUPLICATE = 14;
    private static final int BLANK = 9;
    private static final int BLOCK_ROWS = 9;
    private static final int FIRST_BLOCK_ROW = 2;

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    // ---- one school per sheet -----------------------------------------------------------------------------

    /** Values written: [form][class][age][sex F=0, M=1]. */
    private final int[][][][] perSheet = new int[FORMS][CLASSES.length][AGES.length][2];

    private static String code(int form) {
        return "TG-41" + (form + 10);
    }

    /**
     * A summary sheet, then one sheet per school ("EPP Kara 1" …): French labels with colons, an age × class
     * × sex table with garçons and filles under each merged class, and a hidden lists sheet at the end.
     */
    private XSSFWorkbook karaForms() {
        Random rnd = new Random(4101);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sum = wb.createSheet("Sommaire");
        Sheets.row(sum, 0, "Inspection de Kara : récapitulatif des fiches");
        Sheets.row(sum, 2, "Nombre d'écoles", FORMS);
        Sheets.row(sum, 3, "Total élèves", 999);
        for (int f = 0; f < FORMS; f++) {
            Sheet s = wb.createSheet("EPP Kara " + (f + 1));
            Sheets.row(s, 0, "Fiche d'enquête scolaire");
            Sheets.row(s, 1, "Code établissement :", code(f));
            Sheets.row(s, 2, "Nom de l'établissement :", "EPP Kara " + (f + 1));
            Sheets.row(s, 4, "Effectifs par âge, classe et sexe");
            List<Object> classes = new ArrayList<>(List.of("Âge"));
            List<Object> sexes = new ArrayList<>();
            sexes.add(null);
            for (int c = 0; c < CLASSES.length; c++) {
                classes.add(CLASSES[c]);
                classes.add(null);
                sexes.add("G");
                sexes.add("F");
                s.addMergedRegion(new CellRangeAddress(5, 5, 1 + 2 * c, 2 + 2 * c));
            }
            Sheets.row(s, 5, classes.toArray());
            Sheets.row(s, 6, sexes.toArray());
            for (int a = 0; a < AGES.length; a++) {
                List<Object> r = new ArrayList<>(List.of(AGES[a]));
                for (int c = 0; c < CLASSES.length; c++) {
                    int boys = rnd.nextInt(30) + 1;
                    int girls = rnd.nextInt(30) + 1;
                    perSheet[f][c][a][1] = boys;
                    perSheet[f][c][a][0] = girls;
                    r.add(boys);
                    r.add(girls);
                }
                Sheets.row(s, 7 + a, r.toArray());
            }
        }
        Sheet lists = wb.createSheet("Listes");
        Sheets.row(lists, 0, "Code établissement :", "Statut");
        Sheets.row(lists, 1, "TG-9999", "Public");
        wb.setSheetHidden(wb.getSheetIndex(lists), true);
        return wb;
    }

    @Test
    void formsOnePerSheetWithASummaryAndAHiddenListsSheet() throws Exception {
        DraftedImports io = new DraftedImports(dir, YEAR, workshop);
        FileResult f = io.importWith(karaForms(), "kara-2024.xlsx", """
                {"id": "kara-fiches", "version": 1, "title": "Fiches de Kara", "layout": "grid", "schools": "sheet",
                 "language": "fr", "year": {"fromFileName": true},
                 "sheets": [{"names": ["*"], "required": ["school.code", "enrolment"],
                   "labels": [{"labels": ["Code établissement"], "field": "school.code"},
                              {"labels": ["Nom de l'établissement"], "field": "school.name"}],
                   "grids": [{"field": "enrolment", "titles": ["Effectifs par âge, classe et sexe"], "rows": "age"}]}]}
                """);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(FORMS, f.schoolsAdded(), f.problems().toString());
        // The summary sheet is reported where it is, not read as a school; the hidden list is never read.
        assertEquals(1, count(f, "BLANK_KEY"), f.problems().toString());
        assertEquals("Sommaire!A1", first(f, "BLANK_KEY"));
        assertEquals(1, f.problemCount(), f.problems().toString());
        assertEquals(4, f.skipped().getOrDefault(SkipReason.NO_SCHOOL_CODE, 0), "the summary's 4 rows: " + f.skipped());
        long values = (long) FORMS * CLASSES.length * AGES.length * 2;
        assertEquals(values, f.valuesStored(), "every cell of every table, nothing else");
        try (Workbench w = io.open()) {
            assertPerSheetFigures(io, w);
            assertEquals("EPP Kara 3", io.school(w, code(2)).name());
            assertFalse(w.schools(YEAR, null).stream().anyMatch(s -> s.code().equals("TG-9999")), "hidden lists");
        }
        // The check says the same, per sheet, without storing anything.
        TemplateWorkshop.CheckReport check = workshop.check(dir.resolve("kara-2024.xlsx"),
                TemplateLoader.load(dir.resolve("templates/kara-fiches.json")), null, Cancellation.none());
        assertNull(check.refused());
        assertEquals(FORMS, check.schools());
        assertEquals(FORMS + 1, check.sheets().size(), "the summary and each school's sheet: " + check.sheets());
        assertEquals(List.of("Sommaire!A1"), check.problems().stream().map(p -> p.sheetCell()).toList());
        assertTrue(check.problems().get(0).detail().english().contains("Code établissement"), check.problems().toString());
    }

    @Test
    void formsOnePerSheetAreDraftedAsSuchAndImportAsWritten() throws Exception {
        DraftedImports io = new DraftedImports(dir, YEAR, workshop);
        Path own = Files.createDirectories(dir.resolve("drafted"));
        DraftedImports.Run run = io.draftCheckImport(karaForms(), own, "kara-2024.xlsx");
        assertTrue(run.json().contains("\"schools\" : \"sheet\""), run.json());
        assertTrue(run.json().contains("\"names\" : [ \"*\" ]"), run.json());
        DraftedImports.assertNoUnread(run);
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(FORMS, f.schoolsAdded(), f.problems() + "\n" + run.json());
        assertEquals("Sommaire!A1", first(f, "BLANK_KEY"));
        assertEquals(FORMS, run.check().schools(), run.check().problems().toString());
        try (Workbench w = Workbench.open(own.resolve("w"))) {
            assertPerSheetFigures(io, w);
        }
    }

    private void assertPerSheetFigures(DraftedImports io, Workbench w) {
        for (int f = 0; f < FORMS; f++) {
            for (int c = 0; c < CLASSES.length; c++) {
                int girls = 0;
                int boys = 0;
                for (int a = 0; a < AGES.length; a++) {
                    girls += perSheet[f][c][a][0];
                    boys += perSheet[f][c][a][1];
                }
                io.assertEnrolment(w, code(f), c + 1, girls, boys);
            }
        }
        // The third school's CE1 girls aged 8: its own sheet, column G (B-C CP1, D-E CP2, F-G CE1), row 10.
        var fig = w.whereFrom(code(2), YEAR, Topic.ENROLMENT, 3, Sex.F, AgeGroup.of(8)).orElseThrow();
        assertEquals(perSheet[2][2][2][0], fig.value());
        assertEquals("EPP Kara 3!G10", fig.source().sheetCell());
        assertEquals("kara-2024.xlsx", Path.of(fig.source().file()).getFileName().toString());
    }

    // ---- schools stacked in blocks down one sheet ----------------------------------------------------------

    /** Values written per block: [block][class][sex F=0, M=1], and teachers [block][F, M]. */
    private final int[][][] enrolment = new int[BLOCKS][3][2];
    private final int[][] teachers = new int[BLOCKS][2];

    private static String blockCode(int block) {
        return block == DUPLICATE ? blockCode(3) : "GH-" + (1200 + block);
    }

    private static int blockRow(int block) {
        return FIRST_BLOCK_ROW + block * BLOCK_ROWS;
    }

    /**
     * A census-year line, then 22 blocks of 7 rows with two blank rows between them: the school code and name
     * labelled with colons, teachers as two labelled counts on one row, and a one-row enrolment table by
     * class under a title, boys and girls under each merged class.
     */
    private XSSFWorkbook stackedBlocks() {
        Random rnd = new Random(1203);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Schools");
        Sheets.row(s, 0, "Census year:", YEAR);
        for (int b = 0; b < BLOCKS; b++) {
            int r = blockRow(b);
            Sheets.row(s, r, "School code:", b == BLANK ? null : blockCode(b));
            Sheets.row(s, r + 1, "School name:", "School number " + b);
            teachers[b][0] = rnd.nextInt(9) + 1;
            teachers[b][1] = rnd.nextInt(9) + 1;
            Sheets.row(s, r + 2, "Female teachers", teachers[b][0], "Male teachers", teachers[b][1]);
            Sheets.row(s, r + 3, "Enrolment by class and sex");
            Sheets.row(s, r + 4, null, "Class 1", null, "Class 2", null, "Class 3", null);
            Sheets.row(s, r + 5, null, "Boys", "Girls", "Boys", "Girls", "Boys", "Girls");
            List<Object> values = new ArrayList<>(List.of("Pupils"));
            for (int c = 0; c < 3; c++) {
                s.addMergedRegion(new CellRangeAddress(r + 4, r + 4, 1 + 2 * c, 2 + 2 * c));
                enrolment[b][c][1] = rnd.nextInt(50) + 5;
                enrolment[b][c][0] = rnd.nextInt(50) + 5;
                values.add(enrolment[b][c][1]);
                values.add(enrolment[b][c][0]);
            }
            Sheets.row(s, r + 6, values.toArray());
        }
        return wb;
    }

    /** The schools the blocks give, each with the block read for it: the first of a repeated school. */
    private Map<String, Integer> blockSchools() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int b = 0; b < BLOCKS; b++) {
            if (b != BLANK) {
                out.putIfAbsent(blockCode(b), b);
            }
        }
        return out;
    }

    @Test
    void schoolsStackedInBlocksDownOneSheet() throws Exception {
        DraftedImports io = new DraftedImports(dir, YEAR, workshop);
        FileResult f = io.importWith(stackedBlocks(), "district-2024.xlsx", """
                {"id": "district-blocks", "version": 1, "title": "District return", "layout": "grid",
                 "schools": "block", "year": {"labels": ["Census year"], "fromFileName": true},
                 "sheets": [{"names": ["Schools"], "required": ["school.code", "enrolment"],
                   "labels": [{"labels": ["School code"], "field": "school.code"},
                              {"labels": ["School name"], "field": "school.name"},
                              {"labels": ["Female teachers"], "field": "teachers.total", "sex": "F"},
                              {"labels": ["Male teachers"], "field": "teachers.total", "sex": "M"}],
                   "grids": [{"field": "enrolment", "titles": ["Enrolment by class and sex"], "rows": "none",
                              "sexLayout": "columns"}]}]}
                """);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        Map<String, Integer> schools = blockSchools();
        assertEquals(BLOCKS - 2, schools.size());
        assertEquals(schools.size(), f.schoolsAdded(), f.problems().toString());
        assertBlockProblems(f);
        assertEquals(2, f.problemCount(), f.problems().toString());
        // Per school: 3 classes × 2 sexes enrolled, 2 teacher counts.
        assertEquals((long) schools.size() * 8, f.valuesStored());
        try (Workbench w = io.open()) {
            assertBlockFigures(io, w, schools);
            assertEquals("School number 3", io.school(w, blockCode(3)).name(), "the first block of a repeated school");
        }
        TemplateWorkshop.CheckReport check = workshop.check(dir.resolve("district-2024.xlsx"),
                TemplateLoader.load(dir.resolve("templates/district-blocks.json")), null, Cancellation.none());
        assertEquals(YEAR, check.year());
        assertEquals(schools.size(), check.schools());
        assertEquals(schools.size(), check.preview().size());
        var dup = check.problems().stream().filter(p -> p.kind().name().equals("DUPLICATE_SCHOOL")).findFirst()
                .orElseThrow();
        assertTrue(dup.detail().english().contains("Schools!B" + (blockRow(3) + 1)), "names the first form: " + dup.detail());
    }

    @Test
    void stackedBlocksAreDraftedAsSuchAndImportAsWritten() throws Exception {
        DraftedImports io = new DraftedImports(dir, YEAR, workshop);
        Path own = Files.createDirectories(dir.resolve("drafted"));
        DraftedImports.Run run = io.draftCheckImport(stackedBlocks(), own, "district-2024.xlsx");
        assertTrue(run.json().contains("\"schools\" : \"block\""), run.json());
        DraftedImports.assertNoUnread(run);
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        Map<String, Integer> schools = blockSchools();
        assertEquals(schools.size(), f.schoolsAdded(), f.problems() + "\n" + run.json());
        assertBlockProblems(f);
        try (Workbench w = Workbench.open(own.resolve("w"))) {
            assertBlockFigures(io, w, schools);
        }
    }

    /** The blank code and the repeated school are reported at their cells, and their blocks skipped. */
    private static void assertBlockProblems(FileResult f) {
        assertEquals(1, count(f, "BLANK_KEY"), f.problems().toString());
        assertEquals("Schools!B" + (blockRow(BLANK) + 1), first(f, "BLANK_KEY"));
        assertEquals(1, count(f, "DUPLICATE_SCHOOL"), f.problems().toString());
        assertEquals("Schools!B" + (blockRow(DUPLICATE) + 1), first(f, "DUPLICATE_SCHOOL"));
        assertTrue(f.skipped().getOrDefault(SkipReason.NO_SCHOOL_CODE, 0) > 0, f.skipped().toString());
        assertTrue(f.skipped().getOrDefault(SkipReason.REPEATED_SCHOOL, 0) > 0, f.skipped().toString());
    }

    private void assertBlockFigures(DraftedImports io, Workbench w, Map<String, Integer> schools) {
        int total = Topic.TEACHERS.fixedSlots().indexOf("total");
        for (Map.Entry<String, Integer> e : schools.entrySet()) {
            int b = e.getValue();
            for (int c = 0; c < 3; c++) {
                io.assertEnrolment(w, e.getKey(), c + 1, enrolment[b][c][0], enrolment[b][c][1]);
            }
            io.assertFigure(w, e.getKey(), Topic.TEACHERS, total, teachers[b][0], teachers[b][1]);
        }
        // The fifth block: its own rows, Class 2 girls in column E, male teachers in column D.
        int r = blockRow(4);
        var girls = w.whereFrom(blockCode(4), YEAR, Topic.ENROLMENT, 2, Sex.F, AgeGroup.ALL).orElseThrow();
        assertEquals(enrolment[4][1][0], girls.value());
        assertEquals("Schools!E" + (r + 7), girls.source().sheetCell());
        var men = w.whereFrom(blockCode(4), YEAR, Topic.TEACHERS, total, Sex.M, AgeGroup.ALL).orElseThrow();
        assertEquals("Schools!D" + (r + 3), men.source().sheetCell());
    }

    // ---- one bad form among many, a form of another year, templates refused, the mapping screen ---------------

    /** A code that reads as a label is that school's problem: reported at its cell, the other forms imported. */
    @Test
    void aSuspectCodeSkipsItsFormOnlyAndAnotherYearRefusesTheFile() throws Exception {
        String template = """
                {"id": "kara-fiches", "version": 1, "title": "Fiches de Kara", "layout": "grid", "schools": "sheet",
                 "language": "fr", "year": {"labels": ["Année scolaire"], "fromFileName": true},
                 "sheets": [{"names": ["*"],
                   "labels": [{"labels": ["Code établissement"], "field": "school.code"}],
                   "grids": [{"field": "enrolment", "titles": ["Effectifs par âge, classe et sexe"], "rows": "age"}]}]}
                """;
        XSSFWorkbook wb = karaForms();
        wb.getSheet("EPP Kara 2").getRow(1).getCell(1).setCellValue("Chef d'établissement");
        DraftedImports io = new DraftedImports(dir, YEAR, workshop);
        FileResult f = io.importWith(wb, "kara-2024.xlsx", template);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(FORMS - 1, f.schoolsAdded(), f.problems().toString());
        assertEquals(2, count(f, "BLANK_KEY"), f.problems().toString());
        assertEquals("EPP Kara 2!B2", f.problems().stream().filter(p -> p.kind().equals("BLANK_KEY"))
                .map(FileResult.ProblemSummary::lastCell).findFirst().orElseThrow(), f.problems().toString());
        try (Workbench w = io.open()) {
            assertFalse(w.schools(YEAR, null).stream().anyMatch(s -> s.code().toLowerCase().contains("chef")));
        }
        // A form stating another census year than the others: the workbook is not one year's return, refused whole.
        XSSFWorkbook old = karaForms();
        for (int i = 1; i <= FORMS; i++) {
            Sheets.row(old.getSheet("EPP Kara " + i), 3, "Année scolaire :", i == 4 ? "2023-2024" : "2024-2025");
        }
        Path other = Files.createDirectories(dir.resolve("other"));
        FileResult refused = new DraftedImports(other, YEAR, workshop).importWith(old, "kara-2024.xlsx", template);
        assertEquals(FileOutcome.FAILED, refused.outcome(), refused.toString());
        assertTrue(refused.message().contains("EPP Kara 4") && refused.message().contains("2023"), refused.message());
        try (Workbench w = Workbench.open(other.resolve("w"))) {
            assertTrue(w.schools(YEAR, null).isEmpty(), "never a half-imported file");
        }
    }

    @Test
    void severalSchoolsAreForGridFormsWhoseSheetsHoldTheCodeLabel() {
        var wide = org.junit.jupiter.api.Assertions.assertThrows(org.emisworkbench.template.TemplateException.class,
                () -> TemplateLoader.parse("""
                        {"id": "w", "version": 1, "layout": "wide", "schools": "sheet",
                         "sheets": [{"names": ["S"], "key": ["Code"], "columns": [{"headers": ["Name"],
                           "field": "school.name"}]}]}""", "w.json", null));
        assertTrue(wide.problems().stream().anyMatch(p -> p.startsWith("$.schools")), wide.problems().toString());
        var noCode = org.junit.jupiter.api.Assertions.assertThrows(org.emisworkbench.template.TemplateException.class,
                () -> TemplateLoader.parse("""
                        {"id": "g", "version": 1, "layout": "grid", "schools": "block",
                         "sheets": [{"names": ["S"], "labels": [{"labels": ["Name"], "field": "school.name"}]}]}""",
                        "g.json", null));
        assertTrue(noCode.problems().stream().anyMatch(p -> p.startsWith("$.sheets[0]") && p.contains("school code")),
                noCode.problems().toString());
        var unknown = org.junit.jupiter.api.Assertions.assertThrows(org.emisworkbench.template.TemplateException.class,
                () -> TemplateLoader.parse("""
                        {"id": "g", "version": 1, "layout": "grid", "schools": "page",
                         "sheets": [{"names": ["S"], "labels": [{"labels": ["Code"], "field": "school.code"}]}]}""",
                        "g.json", null));
        assertTrue(unknown.problems().stream().anyMatch(p -> p.startsWith("$.schools")), unknown.problems().toString());
    }

    /**
     * What the mapping screen saves: the forms guessed, taken when they read anything, one label changed by
     * hand, built as a template. The schools per sheet or per block survive the save.
     */
    @Test
    void theMappingScreensSaveKeepsSchoolsPerSheetAndPerBlock() throws Exception {
        for (var c : List.of(Map.entry("kara-2024.xlsx", "sheet"), Map.entry("district-2024.xlsx", "block"))) {
            XSSFWorkbook wb = c.getValue().equals("sheet") ? karaForms() : stackedBlocks();
            Path file = dir.resolve(c.getKey());
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            TemplateWorkshop.DraftWorkbook opened = workshop.open(file);
            assertEquals(org.emisworkbench.template.Layout.GRID, opened.layout());
            List<org.emisworkbench.template.FormMapping> taken = new ArrayList<>(opened.forms().stream()
                    .filter(org.emisworkbench.template.FormMapping::readsAnything).toList());
            var first = taken.get(0);
            int name = -1;
            for (int i = 0; i < first.labels().size(); i++) {
                if ("school.name".equals(first.labels().get(i).field())) {
                    name = i;
                }
            }
            taken.set(0, first.withLabel(name, first.labels().get(name).withField(null, null)));
            var draft = workshop.build(opened, "saved", 1, "Saved", new org.emisworkbench.template.WorkbookMapping(
                    org.emisworkbench.template.Layout.GRID, List.of(), taken));
            assertEquals(c.getValue(), draft.template().schools(), draft.json());
            assertFalse(draft.json().contains("school.name"), "the label left out by hand: " + draft.json());
        }
    }

    /**
     * A long district sheet: 600 schools' blocks of 8 rows (4,800 rows) are read one block at a time within
     * the sheet held once, each school with its own figures, in well under a minute.
     */
    @Test
    void aLongSheetOfSixHundredBlocks() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Schools");
        int n = 600;
        for (int b = 0; b < n; b++) {
            int r = b * 8;
            Sheets.row(s, r, "School code:", "LG-" + (10000 + b));
            Sheets.row(s, r + 1, "Female teachers", b % 7, "Male teachers", b % 5);
            Sheets.row(s, r + 2, "Enrolment by class and sex");
            Sheets.row(s, r + 3, null, "Class 1", null);
            s.addMergedRegion(new CellRangeAddress(r + 3, r + 3, 1, 2));
            Sheets.row(s, r + 4, null, "Boys", "Girls");
            Sheets.row(s, r + 5, "Pupils", b % 40, b % 30);
        }
        Path file = dir.resolve("long-2024.xlsx");
        try (var out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        Path template = Files.writeString(dir.resolve("long.json"), """
                {"id": "long", "version": 1, "layout": "grid", "schools": "block", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Schools"],
                   "labels": [{"labels": ["School code"], "field": "school.code"},
                              {"labels": ["Female teachers"], "field": "teachers.total", "sex": "F"},
                              {"labels": ["Male teachers"], "field": "teachers.total", "sex": "M"}],
                   "grids": [{"field": "enrolment", "titles": ["Enrolment by class and sex"], "rows": "none"}]}]}
                """);
        long start = System.nanoTime();
        TemplateWorkshop.CheckReport check = workshop.check(file, TemplateLoader.load(template), null,
                Cancellation.none());
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertNull(check.refused());
        assertEquals(n, check.schools(), check.problems().toString());
        assertEquals((long) n * 4, check.values());
        assertTrue(check.problems().isEmpty(), check.problems().toString());
        assertTrue(seconds < 60, "600 blocks read in " + seconds + " s");
        assertEquals(Math.min(n, TemplateWorkshop.PREVIEW_SCHOOLS), check.preview().size());
        assertTrue(check.preview().stream().allMatch(p -> p.values() == 4), check.preview().toString());
    }

    /** A form without a required table is reported at its code and imported with what it has. */
    @Test
    void aFormMissingARequiredTableIsReportedAndImportedWithWhatItHas() throws Exception {
        XSSFWorkbook wb = karaForms();
        wb.getSheet("EPP Kara 5").getRow(4).getCell(0).setCellValue("Tableau des effectifs");
        DraftedImports io = new DraftedImports(dir, YEAR, workshop);
        FileResult f = io.importWith(wb, "kara-2024.xlsx", """
                {"id": "kara-fiches", "version": 1, "title": "Fiches de Kara", "layout": "grid", "schools": "sheet",
                 "language": "fr", "year": {"fromFileName": true},
                 "sheets": [{"names": ["*"], "required": ["school.code", "school.name", "enrolment"],
                   "labels": [{"labels": ["Code établissement"], "field": "school.code"},
                              {"labels": ["Nom de l'établissement"], "field": "school.name"}],
                   "grids": [{"field": "enrolment", "titles": ["Effectifs par âge, classe et sexe"], "rows": "age"}]}]}
                """);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(FORMS, f.schoolsAdded(), f.problems().toString());
        assertEquals(1, count(f, "MISSING_REQUIRED_VALUE"), f.problems().toString());
        assertEquals("EPP Kara 5!B2", first(f, "MISSING_REQUIRED_VALUE"));
        assertEquals((long) (FORMS - 1) * CLASSES.length * AGES.length * 2, f.valuesStored());
        try (Workbench w = io.open()) {
            assertEquals("EPP Kara 5", io.school(w, code(4)).name());
            assertTrue(w.whereFrom(code(4), YEAR, Topic.ENROLMENT, 1, Sex.F, AgeGroup.of(6)).isEmpty());
        }
    }
}
