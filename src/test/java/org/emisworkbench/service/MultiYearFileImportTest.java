package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AreaSelector;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.Template;
import org.emisworkbench.template.TemplateLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A district file holding two census years side by side (a year banner over {@code Grade N} merged over
 * {@code Boys | Girls}, on an enrolment and a repeaters sheet) is imported once per year with one template: the
 * second year is not "already imported" because the first was; the same year again is; a corrected file replaces
 * its own year's figures only. With both years in, the flow rates of the first year can be computed.
 */
class MultiYearFileImportTest {
    private static final String[] SCHOOLS = {"MY-0101", "MY-0102", "MY-0103"};
    private static final int GRADES = 6;
    private static final int FIRST = 2023;
    private static final int SECOND = 2024;

    private static final String TEMPLATE = """
            {"id": "two-years", "version": 1, "title": "Two years side by side", "layout": "wide",
             "year": {"fromFileName": true},
             "sheets": [
              {"names": ["Enrolment"], "key": ["School code"],
               "columns": [{"headers": ["School name"], "field": "school.name"},
                           {"patterns": ["{year} Grade {grade} {sex}"], "field": "enrolment"}]},
              {"names": ["Repeaters"], "key": ["School code"],
               "columns": [{"headers": ["School name"], "field": "school.name"},
                           {"patterns": ["{year} Grade {grade} {sex}"], "field": "repeaters"}]}]}
            """;

    @TempDir
    Path dir;

    /** Figures [year 0/1][school][grade 1..6][boys 0, girls 1]. */
    private static int[][][][] figures(long seed, int low, int span) {
        Random rnd = new Random(seed);
        int[][][][] v = new int[2][SCHOOLS.length][GRADES + 1][2];
        for (int[][][] year : v) {
            for (int[][] school : year) {
                for (int g = 1; g <= GRADES; g++) {
                    school[g][0] = low + rnd.nextInt(span);
                    school[g][1] = low + rnd.nextInt(span);
                }
            }
        }
        return v;
    }

    /** Title, then the year banner (row 3), grades merged over two columns (row 4), Boys | Girls (row 5). */
    private static void sheet(XSSFWorkbook wb, String name, int[][][][] v) {
        Sheet sh = wb.createSheet(name);
        sh.createRow(0).createCell(0).setCellValue("EAST DISTRICT - " + name.toUpperCase() + " " + FIRST + " AND " + SECOND);
        Row banner = sh.createRow(2);
        Row grades = sh.createRow(3);
        Row sexes = sh.createRow(4);
        banner.createCell(0).setCellValue("School code");
        banner.createCell(1).setCellValue("School name");
        sh.addMergedRegion(new CellRangeAddress(2, 4, 0, 0));
        sh.addMergedRegion(new CellRangeAddress(2, 4, 1, 1));
        for (int y = 0; y < 2; y++) {
            int from = 2 + y * GRADES * 2;
            banner.createCell(from).setCellValue(String.valueOf(FIRST + y));
            sh.addMergedRegion(new CellRangeAddress(2, 2, from, from + GRADES * 2 - 1));
            for (int g = 1; g <= GRADES; g++) {
                int c = from + (g - 1) * 2;
                grades.createCell(c).setCellValue("Grade " + g);
                sh.addMergedRegion(new CellRangeAddress(3, 3, c, c + 1));
                sexes.createCell(c).setCellValue("Boys");
                sexes.createCell(c + 1).setCellValue("Girls");
            }
        }
        for (int i = 0; i < SCHOOLS.length; i++) {
            Row r = sh.createRow(5 + i);
            r.createCell(0).setCellValue(SCHOOLS[i]);
            r.createCell(1).setCellValue("School " + (i + 1));
            for (int y = 0; y < 2; y++) {
                for (int g = 1; g <= GRADES; g++) {
                    int c = 2 + y * GRADES * 2 + (g - 1) * 2;
                    r.createCell(c).setCellValue(v[y][i][g][0]);
                    r.createCell(c + 1).setCellValue(v[y][i][g][1]);
                }
            }
        }
    }

    private Path write(String name, int[][][][] enrolment, int[][][][] repeaters) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            sheet(wb, "Enrolment", enrolment);
            sheet(wb, "Repeaters", repeaters);
            wb.write(out);
        }
        return file;
    }

    private static FileResult importFor(Workbench w, ImportService imports, Path file, int year) {
        return imports.importFiles(new ImportRequest(List.of(file), "two-years", year), Progress.NONE,
                Cancellation.none()).files().get(0);
    }

    private static void assertYear(DraftedImports reader, Workbench w, int y, int[][][][] e, int[][][][] r) {
        for (int i = 0; i < SCHOOLS.length; i++) {
            for (int g = 1; g <= GRADES; g++) {
                reader.assertFigure(w, SCHOOLS[i], Topic.ENROLMENT, g, e[y][i][g][1], e[y][i][g][0]);
                reader.assertFigure(w, SCHOOLS[i], Topic.REPEATERS, g, r[y][i][g][1], r[y][i][g][0]);
            }
        }
    }

    private static IndicatorValue indicator(Workbench w, int year, String id) {
        return w.indicators().compute(year, AreaSelector.country(), "primary").stream()
                .filter(v -> v.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no " + id));
    }

    /** Sum over schools and sexes of a year's figures of a grade. */
    private static int sum(int[][][][] v, int y, int g) {
        int s = 0;
        for (int[][] school : v[y]) {
            s += school[g][0] + school[g][1];
        }
        return s;
    }

    @Test
    void eachYearOfTheFileIsImportedOnceAndACorrectionReplacesItsOwnYear() throws Exception {
        int[][][][] e = figures(7, 40, 30);
        int[][][][] r = figures(8, 0, 6);
        Path file = write("east-district.xlsx", e, r);
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("two-years.json"), TEMPLATE);
        TemplateCatalog catalog = TemplateCatalog.load(templates);
        assertTrue(catalog.problems().isEmpty(), catalog.problems().toString());
        int perYear = SCHOOLS.length * GRADES * 2 * 2;
        DraftedImports first = new DraftedImports(dir, FIRST, null);
        DraftedImports second = new DraftedImports(dir, SECOND, null);
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            ImportService imports = new ImportService(w, catalog);
            FileResult y1 = importFor(w, imports, file, FIRST);
            assertEquals(FileOutcome.IMPORTED, y1.outcome(), String.valueOf(y1.message()));
            assertEquals(perYear, y1.valuesStored());
            assertFalse(indicator(w, FIRST, "promotion_rate").available(), "no next year yet");

            FileResult y2 = importFor(w, imports, file, SECOND);
            assertEquals(FileOutcome.IMPORTED, y2.outcome(), "the file's other year: " + y2.message());
            assertEquals(perYear, y2.valuesStored());
            assertYear(first, w, 0, e, r);
            assertYear(second, w, 1, e, r);

            FileResult again = importFor(w, imports, file, SECOND);
            assertEquals(FileOutcome.ALREADY_IMPORTED, again.outcome());
            assertTrue(again.message().contains("already imported for census year " + SECOND),
                    again.message());
            FileResult noYear = imports.importFiles(new ImportRequest(List.of(file), "two-years", null),
                    Progress.NONE, Cancellation.none()).files().get(0);
            assertEquals(FileOutcome.ALREADY_IMPORTED, noYear.outcome(), "no year given: the year the file gives, "
                    + "already in: " + noYear.message());

            // Both years in: the first year's flow rates, from the test's own figures (country, Grade 1).
            IndicatorValue repetition = indicator(w, FIRST, "repetition_rate");
            IndicatorValue promotion = indicator(w, FIRST, "promotion_rate");
            assertTrue(repetition.available() && promotion.available(), repetition.why() + " / " + promotion.why());
            double e1 = sum(e, 0, 1);
            assertEquals(sum(r, 1, 1) / e1, repetition.byGrade().get("G1").value(), 1e-9);
            assertEquals((sum(e, 1, 2) - sum(r, 1, 2)) / e1, promotion.byGrade().get("G1").value(), 1e-9);

            // A corrected file: the second year's figures change (and, by mistake, one of the first year's).
            int[][][][] fixed = figures(7, 40, 30);
            fixed[1][0][3][1] += 11;
            fixed[0][1][2][0] += 5;
            Path corrected = write("east-district-corrected.xlsx", fixed, r);
            FileResult c = importFor(w, imports, corrected, SECOND);
            assertEquals(FileOutcome.IMPORTED, c.outcome(), String.valueOf(c.message()));
            assertYear(second, w, 1, fixed, r);
            assertYear(first, w, 0, e, r);
        }
    }

    @Test
    void aFileNameGivingOneOfTheFilesYearsDoesNotChooseItSilently() throws Exception {
        int[][][][] e = figures(17, 40, 30);
        int[][][][] r = figures(18, 0, 6);
        // 2023_2024 in a name reads as the school year 2023-24, so 2023; the file holds 2024's figures too.
        Path file = write("East_District_2023_2024.xlsx", e, r);
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("two-years.json"), TEMPLATE);
        TemplateCatalog catalog = TemplateCatalog.load(templates);
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            ImportService imports = new ImportService(w, catalog);
            FileResult f = imports.importFiles(new ImportRequest(List.of(file), "two-years", null), Progress.NONE,
                    Cancellation.none()).files().get(0);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), String.valueOf(f.message()));
            assertEquals(FIRST, f.year());
            assertTrue(f.hasWarnings(), "not a plain OK: " + f.warnings());
            String warning = f.warnings().stream().filter(m -> m.key().equals("import.otherYearsInFile"))
                    .map(Object::toString).findFirst().orElseThrow(() -> new AssertionError(f.warnings()));
            assertTrue(warning.contains(String.valueOf(SECOND)), warning);
            String note = String.valueOf(f.templateMessage());
            assertTrue(note.contains("--year " + SECOND) && note.contains(FIRST + " was imported"), note);

            FileResult other = importFor(w, imports, file, SECOND);
            assertEquals(FileOutcome.IMPORTED, other.outcome(), String.valueOf(other.message()));
            assertFalse(other.warnings().stream().anyMatch(m -> m.key().equals("import.otherYearsInFile")),
                    "the year given: nothing to say " + other.warnings());
            assertYear(new DraftedImports(dir, SECOND, null), w, 1, e, r);
        }
        // One year in the name, last year's figures beside this year's: the usual file, no word about it.
        Path usual = write("East_District-" + SECOND + ".xlsx", e, r);
        try (Workbench w = Workbench.open(dir.resolve("w2"))) {
            FileResult f = new ImportService(w, catalog).importFiles(new ImportRequest(List.of(usual), "two-years",
                    null), Progress.NONE, Cancellation.none()).files().get(0);
            assertEquals(SECOND, f.year());
            assertFalse(f.warnings().stream().anyMatch(m -> m.key().equals("import.otherYearsInFile")), f.warnings()
                    .toString());
        }
    }

    private static final String YEAR_SHEETS = """
            {"id": "year-sheets", "version": 1, "title": "A sheet per year", "layout": "wide",
             "sheets": [{"names": ["{year}"], "key": ["School code"],
               "columns": [{"headers": ["School name"], "field": "school.name"},
                           {"patterns": ["Grade {grade} {sex}"], "field": "enrolment"}]}]}
            """;

    @Test
    void sheetsNamedByYearAreReadOneYearAtATime() throws Exception {
        int[][][][] e = figures(27, 20, 50);
        Path file = dir.resolve("east-by-year.xlsx");
        try (XSSFWorkbook wb = yearSheets(e); OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("year-sheets.json"), YEAR_SHEETS);
        TemplateCatalog catalog = TemplateCatalog.load(templates);
        assertTrue(catalog.problems().isEmpty(), catalog.problems().toString());
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            ImportService imports = new ImportService(w, catalog);
            for (int y = 0; y < 2; y++) {
                int year = FIRST + y;
                FileResult f = imports.importFiles(new ImportRequest(List.of(file), "year-sheets", year),
                        Progress.NONE, Cancellation.none()).files().get(0);
                assertEquals(FileOutcome.IMPORTED, f.outcome(), String.valueOf(f.message()));
                assertEquals(SCHOOLS.length * GRADES * 2, f.valuesStored(), "the census year's sheet only");
                assertEquals(0, DraftedImports.count(f, "VALUE_CLASH"), f.problems().toString());
                int other = FIRST + 1 - y;
                String said = f.warnings().stream().filter(m -> m.key().equals("import.yearSheetNotRead"))
                        .map(Object::toString).findFirst().orElseThrow(() -> new AssertionError(f.warnings()));
                assertTrue(said.contains("sheet \"" + other + "\"") && said.contains("--year " + other), said);
                DraftedImports reader = new DraftedImports(dir, year, null);
                for (int i = 0; i < SCHOOLS.length; i++) {
                    for (int g = 1; g <= GRADES; g++) {
                        reader.assertEnrolment(w, SCHOOLS[i], g, e[y][i][g][1], e[y][i][g][0]);
                    }
                }
            }
            FileResult none = imports.importFiles(new ImportRequest(List.of(file), "year-sheets", FIRST + 2),
                    Progress.NONE, Cancellation.none()).files().get(0);
            assertEquals(FileOutcome.FAILED, none.outcome(), "no sheet of " + (FIRST + 2));
        }
    }

    @Test
    void yearAndSexInTheHeadersBesideAGradeColumnAreDrafted() throws Exception {
        int[][][][] e = figures(37, 15, 60);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enrolment");
        sh.createRow(0).createCell(0).setCellValue("EAST DISTRICT - ENROLMENT BY GRADE, " + FIRST + " AND " + SECOND);
        Row h = sh.createRow(2);
        String[] heads = {"School code", "School name", "Grade", FIRST + " Boys", FIRST + " Girls", SECOND + " Boys",
                SECOND + " Girls"};
        for (int c = 0; c < heads.length; c++) {
            h.createCell(c).setCellValue(heads[c]);
        }
        int at = 3;
        for (int i = 0; i < SCHOOLS.length; i++) {
            for (int g = 1; g <= GRADES; g++) {
                Row r = sh.createRow(at++);
                r.createCell(0).setCellValue(SCHOOLS[i]);
                r.createCell(1).setCellValue("School " + (i + 1));
                r.createCell(2).setCellValue("Grade " + g);
                for (int y = 0; y < 2; y++) {
                    r.createCell(3 + 2 * y).setCellValue(e[y][i][g][0]);
                    r.createCell(4 + 2 * y).setCellValue(e[y][i][g][1]);
                }
            }
        }
        DraftedImports latest = new DraftedImports(dir, SECOND, new TemplateWorkshop(TemplateCatalog.load(null)));
        DraftedImports.Run run = latest.draftCheckImport(wb, "east-rows-" + SECOND + ".xlsx");
        assertTrue(run.json().contains("row.grade") && run.json().contains("{year}"), run.json());
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message() + "\n" + run.json());
        assertEquals(SCHOOLS.length * GRADES * 2, f.valuesStored(), "the census year's columns only\n" + run.json());
        assertEquals(0, DraftedImports.count(f, "UNREAD_FIGURES"), f.problems() + "\n" + run.json());
        assertEquals(0, run.check().unreadNumberColumns(), run.check().sheets() + "\n" + run.json());
        try (Workbench w = latest.open()) {
            for (int i = 0; i < SCHOOLS.length; i++) {
                for (int g = 1; g <= GRADES; g++) {
                    latest.assertEnrolment(w, SCHOOLS[i], g, e[1][i][g][1], e[1][i][g][0]);
                }
            }
            // The same file and drafted template, the other year (already imported is counted per year).
            Path file = dir.resolve("east-rows-" + SECOND + ".xlsx");
            TemplateCatalog catalog = TemplateCatalog.load(dir.resolve("templates"));
            String id = TemplateWorkshop.idFor(file);
            FileResult other = new ImportService(w, catalog).importFiles(new ImportRequest(List.of(file), id, FIRST),
                    Progress.NONE, Cancellation.none()).files().get(0);
            assertEquals(FileOutcome.IMPORTED, other.outcome(), String.valueOf(other.message()));
            DraftedImports earlier = new DraftedImports(dir, FIRST, null);
            for (int i = 0; i < SCHOOLS.length; i++) {
                for (int g = 1; g <= GRADES; g++) {
                    earlier.assertEnrolment(w, SCHOOLS[i], g, e[0][i][g][1], e[0][i][g][0]);
                }
            }
        }
    }

    /** Sheets {@code 2023} and {@code 2024}, the same table on each: a row per school, Grade N Boys | Girls. */
    private static XSSFWorkbook yearSheets(int[][][][] e) {
        XSSFWorkbook wb = new XSSFWorkbook();
        for (int y = 0; y < 2; y++) {
            Sheet sh = wb.createSheet(String.valueOf(FIRST + y));
            sh.createRow(0).createCell(0).setCellValue("EAST DISTRICT - ENROLMENT " + (FIRST + y));
            Row h = sh.createRow(1);
            h.createCell(0).setCellValue("School code");
            h.createCell(1).setCellValue("School name");
            for (int g = 1; g <= GRADES; g++) {
                h.createCell(2 * g).setCellValue("Grade " + g + " Boys");
                h.createCell(2 * g + 1).setCellValue("Grade " + g + " Girls");
            }
            for (int i = 0; i < SCHOOLS.length; i++) {
                Row r = sh.createRow(2 + i);
                r.createCell(0).setCellValue(SCHOOLS[i]);
                r.createCell(1).setCellValue("School " + (i + 1));
                for (int g = 1; g <= GRADES; g++) {
                    r.createCell(2 * g).setCellValue(e[y][i][g][0]);
                    r.createCell(2 * g + 1).setCellValue(e[y][i][g][1]);
                }
            }
        }
        return wb;
    }

    @Test
    void sheetsNamedByYearAreDraftedAsOneEntryReadForTheCensusYear() throws Exception {
        int[][][][] e = figures(47, 20, 50);
        DraftedImports latest = new DraftedImports(dir, SECOND, new TemplateWorkshop(TemplateCatalog.load(null)));
        DraftedImports.Run run = latest.draftCheckImport(yearSheets(e), "east-by-year-" + SECOND + ".xlsx");
        Template t = TemplateLoader.parse(run.json(), "draft.json", null);
        assertEquals(1, t.sheets().size(), run.json());
        assertEquals(List.of("{year}"), t.sheets().get(0).names(), run.json());
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message() + "\n" + run.json());
        assertEquals(0, DraftedImports.count(f, "VALUE_CLASH"), f.problems() + "\n" + run.json());
        assertEquals(SCHOOLS.length * GRADES * 2, f.valuesStored(), "sheet " + SECOND + " only\n" + run.json());
        assertTrue(f.warnings().stream().anyMatch(m -> m.key().equals("import.yearSheetNotRead")
                && m.toString().contains("sheet \"" + FIRST + "\"")), f.warnings().toString());
        try (Workbench w = latest.open()) {
            for (int i = 0; i < SCHOOLS.length; i++) {
                for (int g = 1; g <= GRADES; g++) {
                    latest.assertEnrolment(w, SCHOOLS[i], g, e[1][i][g][1], e[1][i][g][0]);
                }
            }
        }
    }
}
