package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.Topic;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 29 F5: a multi-shift form titles its enrolment tables {@code Morning shift} and {@code Afternoon shift}, and
 * its teachers table {@code Shift | Male | Female} has rows of the same words. A label read in a column ({@code
 * column}) is the place with that column's heading above it, not the first title of the same words higher up; and
 * labels that stand in no column so headed are said, never shown as a blank sum with no problem. Workbooks written
 * here with POI; expected figures computed here.
 */
class LabelUnderItsColumnReview29Test {
    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    /** The form; returns {men, women} of the teachers table's two shift rows added. */
    private static int[] shiftForm(XSSFWorkbook wb, String code, long seed) {
        Random rnd = new Random(seed);
        Sheet s = wb.createSheet("Census form");
        Sheets.row(s, 0, "School code:", code);
        Sheets.row(s, 1, "School name:", "Two Shift Primary");
        String[] shifts = {"Morning shift", "Afternoon shift"};
        int row = 3;
        for (String shift : shifts) {
            Sheets.row(s, row++, shift);
            Sheets.row(s, row++, "Grade", "Boys", "Girls");
            for (int g = 1; g <= 6; g++) {
                Sheets.row(s, row++, "Grade " + g, rnd.nextInt(40) + 5, rnd.nextInt(40) + 5);
            }
            row++;
        }
        Sheets.row(s, row++, "TEACHERS");
        Sheets.row(s, row++, "Shift", "Male", "Female");
        int men = 0;
        int women = 0;
        for (String shift : shifts) {
            int m = rnd.nextInt(8) + 1;
            int f = rnd.nextInt(8) + 1;
            Sheets.row(s, row++, shift, m, f);
            men += m;
            women += f;
        }
        Sheets.row(s, row, "Total", men, women);
        return new int[] {men, women};
    }

    private static final String TEMPLATE = """
            {"id": "shift-teachers", "version": 1, "layout": "grid",
             "sheets": [{"names": ["Census form"], "required": ["school.code"], "labels": [
               {"labels": ["School code"], "field": "school.code"},
               {"labels": ["School name"], "field": "school.name"},
               {"sumOf": ["Morning shift", "Afternoon shift"], "field": "teachers.total", "sex": "M",
                "column": ["Male"]},
               {"sumOf": ["Morning shift", "Afternoon shift"], "field": "teachers.total", "sex": "F",
                "column": ["Female"]}],
              "ignore": ["Morning shift", "Afternoon shift", "TEACHERS", "Grade"]}]}
            """;

    @Test
    void aSumReadsTheRowsUnderItsColumnNotTheTitlesOfTheSameWords() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        int[] teachers = shiftForm(wb, "MS-3101", 2905);
        DraftedImports imports = new DraftedImports(dir, 2024, workshop);
        var f = imports.importWith(wb, "shift_MS-3101_2024.xlsx", TEMPLATE, 2024);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(0, DraftedImports.count(f, "BLANK_FIGURE"), f.problems().toString());
        assertEquals(0, DraftedImports.count(f, "PARTIAL_SUM"), f.problems().toString());
        try (Workbench w = imports.open()) {
            imports.assertFigure(w, "MS-3101", Topic.TEACHERS, 0, teachers[1], teachers[0]);
        }
        // The check names the rows it reads, not the titles of the same words (A4, A13 hold the titles).
        var check = workshop.check(dir.resolve("shift_MS-3101_2024.xlsx"), org.emisworkbench.template.TemplateLoader
                .load(dir.resolve("templates").resolve("shift-teachers.json")), 2024, Cancellation.none());
        List<String> sums = check.sheets().stream().flatMap(s -> s.labelsFound().stream())
                .filter(l -> l.startsWith("sum teachers.total")).toList();
        assertEquals(2, sums.size(), sums.toString());
        for (String line : sums) {
            assertTrue(line.contains("A24 Morning shift + A25 Afternoon shift"), line);
        }
    }

    @Test
    void labelsStandingInNoColumnSoHeadedAreSaidAndNothingIsStored() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        shiftForm(wb, "MS-3102", 2906);
        DraftedImports imports = new DraftedImports(dir, 2024, workshop);
        // The teachers table headed Men | Women: no place of the labels has a column headed Male above it.
        var f = imports.importWith(wb, "shift_MS-3102_2024.xlsx", TEMPLATE.replace("\"Male\"", "\"Hommes\""), 2024);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertTrue(DraftedImports.count(f, "BLANK_FIGURE") >= 1, f.problems().toString());
        var check = workshop.check(dir.resolve("shift_MS-3102_2024.xlsx"), org.emisworkbench.template.TemplateLoader
                .load(dir.resolve("templates").resolve("shift-teachers.json")), 2024, Cancellation.none());
        String said = check.problems().stream().filter(p -> p.kind() == ProblemKind.BLANK_FIGURE)
                .map(p -> p.detail().english()).toList().toString();
        assertTrue(said.contains("no column headed Hommes"), said);
        try (Workbench w = imports.open()) {
            var rows = new SchoolDetails(w).figures("MS-3102", 2024, imports.school(w, "MS-3102").district());
            assertEquals(0, rows.stream().filter(r -> r.topic() == Topic.TEACHERS && r.slot() == 0
                    && r.male() != null).count(), rows.toString());
        }
    }

    /**
     * A label read under a band ({@code Unqualified} over {@code Male | Female}) whose words also head a row of an
     * earlier table of the same sexes under another band ({@code Qualified}): the place read is the one under the
     * template's band, as the value is then looked for there (before, the first place was taken and its value, found
     * under no such band, was blank).
     */
    @Test
    void aLabelReadUnderABandIsThePlaceUnderThatBand() throws Exception {
        Random rnd = new Random(3007);
        int qm = rnd.nextInt(9) + 1;
        int qf = rnd.nextInt(9) + 1;
        int um = rnd.nextInt(9) + 1;
        int uf = rnd.nextInt(9) + 1;
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Census form");
        Sheets.row(s, 0, "School code:", "BD-300");
        Sheets.row(s, 1, "School name:", "Band Primary");
        Sheets.row(s, 3, "", "Qualified");
        Sheets.row(s, 4, "", "Male", "Female");
        Sheets.row(s, 5, "Teachers", qm, qf);
        Sheets.row(s, 7, "", "Unqualified");
        Sheets.row(s, 8, "", "Male", "Female");
        Sheets.row(s, 9, "Teachers", um, uf);
        String template = """
                {"id": "band-place", "version": 1, "layout": "grid",
                 "sheets": [{"names": ["Census form"], "required": ["school.code"], "labels": [
                   {"labels": ["School code"], "field": "school.code"},
                   {"labels": ["School name"], "field": "school.name"},
                   {"labels": ["Teachers"], "field": "teachers.total", "sex": "M", "column": ["Male"],
                    "band": ["Unqualified"]},
                   {"labels": ["Teachers"], "field": "teachers.total", "sex": "F", "column": ["Female"],
                    "band": ["Unqualified"]}],
                  "ignore": ["Qualified", "Unqualified", "Male", "Female"]}]}
                """;
        DraftedImports imports = new DraftedImports(dir, 2024, workshop);
        var f = imports.importWith(wb, "band_BD-300_2024.xlsx", template, 2024);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(0, DraftedImports.count(f, "BLANK_FIGURE"), f.problems().toString());
        try (Workbench w = imports.open()) {
            imports.assertFigure(w, "BD-300", Topic.TEACHERS, 0, uf, um);
        }
    }
}
