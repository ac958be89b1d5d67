package org.emisworkbench.service;

import static org.emisworkbench.service.DraftedImports.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.TemplateException;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A district's workbook of its schools' forms, one sheet per school, each sheet NAMED by the school's code and
 * no code written on the form (the sample generator never writes one): an anglophone form with a grade × sex
 * table, a cover sheet, and a form-shaped sheet the spreadsheet program named {@code Sheet5}. The template reads
 * the code from the sheet's name ({@code "position": "sheetName"}); the figures stored must be those written
 * here, each traced to its own sheet and cell, and the sheets whose names are no code reported at A1, never
 * read as schools.
 */
class SheetNamedSchoolsTest {
    private static final int YEAR = 2024;
    private static final List<String> CODES = List.of("40101", "40102", "KR-0417");
    private static final int GRADES = 4;

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));
    /** Values written: [school][grade][F=0, M=1]; teachers [school][F, M]. */
    private final int[][][] enrolment = new int[CODES.size() + 1][GRADES][2];
    private final int[][] teachers = new int[CODES.size() + 1][2];

    private static final String TEMPLATE = """
            {"id": "karonga-forms", "version": 1, "title": "Karonga school forms", "layout": "grid", "schools": "sheet",
             "year": {"fromFileName": true},
             "sheets": [{"names": ["*"], "required": ["school.code", "enrolment"],
               "labels": [{"field": "school.code", "position": "sheetName"},
                          {"labels": ["Name of school"], "field": "school.name"},
                          {"labels": ["Teachers (female)"], "field": "teachers.total", "sex": "F"},
                          {"labels": ["Teachers (male)"], "field": "teachers.total", "sex": "M"}],
               "grids": [{"field": "enrolment", "titles": ["Pupils by grade"], "rows": "grade",
                          "sexLayout": "columns"}]}]}
            """;

    private XSSFWorkbook forms() {
        Random rnd = new Random(417);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet cover = wb.createSheet("Cover");
        Sheets.row(cover, 0, "KARONGA DISTRICT - SCHOOL FORMS 2024");
        Sheets.row(cover, 2, "Schools", CODES.size());
        for (int s = 0; s <= CODES.size(); s++) {
            // The last form is on a sheet the program named: its figures are no school's.
            Sheet sh = wb.createSheet(s < CODES.size() ? CODES.get(s) : "Sheet5");
            Sheets.row(sh, 0, "Name of school", "School " + (s + 1));
            Sheets.row(sh, 1, "Teachers (female)", teachers[s][0] = rnd.nextInt(9) + 1);
            Sheets.row(sh, 2, "Teachers (male)", teachers[s][1] = rnd.nextInt(9) + 1);
            Sheets.row(sh, 4, "Pupils by grade");
            Sheets.row(sh, 5, "Grade", "Boys", "Girls");
            for (int g = 0; g < GRADES; g++) {
                enrolment[s][g][1] = rnd.nextInt(60) + 1;
                enrolment[s][g][0] = rnd.nextInt(60) + 1;
                Sheets.row(sh, 6 + g, "Grade " + (g + 1), enrolment[s][g][1], enrolment[s][g][0]);
            }
        }
        return wb;
    }

    @Test
    void eachSheetsNameIsItsSchoolsCodeAndOtherSheetsAreReportedNotRead() throws Exception {
        DraftedImports io = new DraftedImports(dir, YEAR, workshop);
        FileResult f = io.importWith(forms(), "karonga-forms-2024.xlsx", TEMPLATE);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(CODES.size(), f.schoolsAdded(), f.problems().toString());
        assertEquals(2, count(f, "BLANK_KEY"), "the cover and Sheet5, each at its A1: " + f.problems());
        FileResult.ProblemSummary blank = f.problems().stream().filter(p -> p.kind().equals("BLANK_KEY")).findFirst()
                .orElseThrow();
        assertEquals(List.of("Cover!A1", "Sheet5!A1"), List.of(blank.firstCell(), blank.lastCell()));
        assertEquals((long) CODES.size() * (GRADES * 2 + 2), f.valuesStored(), "every form's figures, nothing else");
        try (Workbench w = io.open()) {
            for (int s = 0; s < CODES.size(); s++) {
                for (int g = 0; g < GRADES; g++) {
                    io.assertEnrolment(w, CODES.get(s), g + 1, enrolment[s][g][0], enrolment[s][g][1]);
                }
                io.assertFigure(w, CODES.get(s), Topic.TEACHERS, 0, teachers[s][0], teachers[s][1]);
                assertEquals("School " + (s + 1), io.school(w, CODES.get(s)).name());
            }
            assertFalse(w.schools(YEAR, null).stream().anyMatch(s -> s.code().equals("Sheet5")), "a program's name");
            // The third school's grade 3 girls: its own sheet, column C, row 9.
            var fig = w.whereFrom("KR-0417", YEAR, Topic.ENROLMENT, 3, Sex.F, AgeGroup.ALL).orElseThrow();
            assertEquals(enrolment[2][2][0], fig.value());
            assertEquals("KR-0417!C9", fig.source().sheetCell());
        }
        // The check says the same without storing anything.
        TemplateWorkshop.CheckReport check = workshop.check(dir.resolve("karonga-forms-2024.xlsx"),
                TemplateLoader.load(dir.resolve("templates/karonga-forms.json")), null,
                org.emisworkbench.model.Cancellation.none());
        assertEquals(CODES.size(), check.schools(), check.problems().toString());
    }

    @Test
    void theDraftTakesEachCodeFromItsSheetsNameAndImportsTheFormsWithNoEdit() throws Exception {
        DraftedImports io = new DraftedImports(dir, YEAR, workshop);
        DraftedImports.Run run = io.draftCheckImport(forms(), "karonga-forms-2024.xlsx");
        String json = run.json();
        assertTrue(json.contains("\"position\" : \"sheetName\""), json);
        assertTrue(json.contains("\"schools\" : \"sheet\""), json);
        assertEquals(CODES.size(), run.check().schools(), run.check().problems().toString());
        TemplateWorkshop.DraftResult d = workshop.draft(dir.resolve("karonga-forms-2024.xlsx"), "again");
        assertTrue(d.notes().stream().anyMatch(n -> n.key().equals("draft.schoolsPerSheetName")
                && n.args().get(1).equals("40101, 40102, KR-0417")), d.notes()::toString);
        assertFalse(d.notes().stream().anyMatch(n -> n.key().equals("draft.sheetsNamedByCode")),
                "no hint to do by hand what the draft did: " + d.notes());

        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(CODES.size(), f.schoolsAdded(), "the cover and Sheet5 are no schools: " + f.problems());
        try (Workbench w = io.open()) {
            for (int s = 0; s < CODES.size(); s++) {
                for (int g = 0; g < GRADES; g++) {
                    io.assertEnrolment(w, CODES.get(s), g + 1, enrolment[s][g][0], enrolment[s][g][1]);
                }
                assertEquals("School " + (s + 1), io.school(w, CODES.get(s)).name());
            }
            var fig = w.whereFrom("40102", YEAR, Topic.ENROLMENT, 4, Sex.M, AgeGroup.ALL).orElseThrow();
            assertEquals(enrolment[1][3][1], fig.value());
            assertEquals("40102!B10", fig.source().sheetCell());
        }
    }

    @Test
    void sheetsNamedInWordsAreNotTakenForSchoolCodes() throws Exception {
        Path file = dir.resolve("one-school-2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); var out = java.nio.file.Files.newOutputStream(file)) {
            for (String name : List.of("Form 1", "Form 2")) {
                Sheet sh = wb.createSheet(name);
                Sheets.row(sh, 0, "Name of school", "Akuna Primary");
                Sheets.row(sh, 2, "Pupils by grade");
                Sheets.row(sh, 3, "Grade", "Boys", "Girls");
                Sheets.row(sh, 4, "Grade 1", 10, 12);
            }
            wb.write(out);
        }
        // A form of one school without its code: nothing names the school, and two forms named in words are not two
        // schools' codes.
        ServiceException e = assertThrows(ServiceException.class, () -> workshop.draft(file, "drafted"));
        assertTrue(e.getMessage().contains("Nothing to draft"), e.getMessage());
    }

    @Test
    void aCodeFromTheSheetsNameNeedsOneSchoolPerSheetAndNothingElseSaidOfIt() {
        String blocks = TEMPLATE.replace("\"schools\": \"sheet\"", "\"schools\": \"block\"");
        TemplateException e = assertThrows(TemplateException.class, () -> TemplateLoader.load(
                new ByteArrayInputStream(blocks.getBytes(StandardCharsets.UTF_8)), "blocks.json"));
        assertTrue(e.getMessage().contains("sheet's name"), e.getMessage());
        String labelled = TEMPLATE.replace("{\"field\": \"school.code\", \"position\": \"sheetName\"}",
                "{\"labels\": [\"Code\"], \"field\": \"school.code\", \"position\": \"sheetName\"}");
        e = assertThrows(TemplateException.class, () -> TemplateLoader.load(
                new ByteArrayInputStream(labelled.getBytes(StandardCharsets.UTF_8)), "labelled.json"));
        assertTrue(e.getMessage().contains("sheet's name has no labels"), e.getMessage());
    }
}
