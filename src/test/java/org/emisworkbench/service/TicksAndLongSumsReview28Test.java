package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.Topic;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 28 (F2, F3, F4): a facilities questionnaire answered by a mark in a {@code Yes} or a {@code No} column is
 * read by the column marked (an {@code X} under No is no, never the yes {@code x} means alone), by the draft and by a
 * hand template's {@code ticks}; both columns marked or neither is said, nothing stored; a label {@code sumOf} over a
 * table of twelve subjects finds its column heading for every row and is compared with the table's own Total row.
 * Workbooks written here with POI; expected figures computed here.
 */
class TicksAndLongSumsReview28Test {
    private static final String[] QUESTIONS = {"Electricity", "Drinking water", "Handwashing facility",
        "Internet connection"};
    private static final String[] SLOTS = {"electricity", "drinking_water", "handwashing", "internet"};

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    /** A questionnaire whose question {@code i} is marked {@code marks[i]} in the column {@code yes[i] ? Yes : No}. */
    private static XSSFWorkbook questionnaire(String code, boolean[] yes, String[] marks) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Facilities");
        Sheets.row(s, 0, "SCHOOL FACILITIES QUESTIONNAIRE");
        Sheets.row(s, 1, "Census year:", 2024);
        Sheets.row(s, 2, "School code:", code);
        Sheets.row(s, 3, "School name:", "Tick School");
        Sheets.row(s, 5, "Question", "Yes", "No");
        for (int i = 0; i < QUESTIONS.length; i++) {
            Sheets.row(s, 6 + i, QUESTIONS[i], yes[i] ? marks[i] : null, yes[i] ? null : marks[i]);
        }
        return wb;
    }

    private static Integer facility(DraftedImports imports, Workbench w, String school, String slot) {
        int index = Topic.FACILITIES.fixedSlots().indexOf(slot);
        return new SchoolDetails(w).figures(school, 2024, imports.school(w, school).district()).stream()
                .filter(r -> r.topic() == Topic.FACILITIES && r.slot() == index).findFirst()
                .map(SchoolDetails.FigureRow::total).orElse(null);
    }

    @Test
    void theDraftReadsAMarkUnderNoAsNo() throws Exception {
        boolean[] yes = {false, false, true, false};
        String[] marks = {"X", "✓", "x", "✔"};
        DraftedImports imports = new DraftedImports(dir, 2024, workshop);
        DraftedImports.Run run = imports.draftCheckImport(questionnaire("TK-0001", yes, marks), "ticks_TK-0001.xlsx");
        assertTrue(run.json().contains("\"ticks\""), "the draft reads which column is marked: " + run.json());
        assertEquals(0, run.result().problemCount(), run.result().problems() + "\n" + run.json());
        try (Workbench w = imports.open()) {
            for (int i = 0; i < QUESTIONS.length; i++) {
                assertEquals(yes[i] ? 1 : 0, facility(imports, w, "TK-0001", SLOTS[i]), QUESTIONS[i] + ": "
                        + run.json());
            }
        }
    }

    private static final String TICKS_TEMPLATE = """
            {"id": "ticks-hand", "version": 1, "layout": "grid", "year": {"labels": ["Census year"]},
             "sheets": [{"names": ["Facilities"], "required": ["school.code"], "labels": [
               {"labels": ["School code"], "field": "school.code"},
               {"labels": ["School name"], "field": "school.name"},
               {"labels": ["Electricity"], "field": "facilities.electricity", "ticks": {"Yes": "yes", "No": "no"}},
               {"labels": ["Drinking water"], "field": "facilities.drinking_water",
                "ticks": {"Yes": "yes", "No": "no"}},
               {"labels": ["Handwashing facility"], "field": "facilities.handwashing",
                "ticks": {"Yes": "yes", "No": "no"}},
               {"labels": ["Internet connection"], "field": "facilities.internet",
                "ticks": {"Yes": "yes", "No": "no"}}]}]}
            """;

    @Test
    void bothColumnsMarkedOrNeitherIsSaidAndNothingStored() throws Exception {
        XSSFWorkbook wb = questionnaire("TK-0002", new boolean[] {true, false, true, false},
                new String[] {"Sí", "✓", "•", "1"});
        Sheet s = wb.getSheet("Facilities");
        // Handwashing marked in both columns; internet in neither.
        Sheets.row(s, 8, "Handwashing facility", "X", "X");
        s.getRow(9).removeCell(s.getRow(9).getCell(2));
        DraftedImports imports = new DraftedImports(dir, 2024, workshop);
        var f = imports.importWith(wb, "ticks_TK-0002.xlsx", TICKS_TEMPLATE);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(1, DraftedImports.count(f, "VALUE_CLASH"), f.problems().toString());
        assertEquals("Facilities!C9", DraftedImports.first(f, "VALUE_CLASH"), f.problems().toString());
        assertEquals(1, DraftedImports.count(f, "BLANK_FIGURE"), f.problems().toString());
        assertEquals("Facilities!B10", DraftedImports.first(f, "BLANK_FIGURE"), f.problems().toString());
        assertEquals(0, DraftedImports.count(f, "UNREAD_FIGURES"), f.problems().toString());
        try (Workbench w = imports.open()) {
            assertEquals(1, facility(imports, w, "TK-0002", "electricity"), "Sí under Yes");
            assertEquals(0, facility(imports, w, "TK-0002", "drinking_water"), "✓ under No");
            assertNull(facility(imports, w, "TK-0002", "handwashing"), "both marked: nothing stored");
            assertNull(facility(imports, w, "TK-0002", "internet"), "neither marked: nothing stored");
        }
    }

    @Test
    void aTicksEntryIsRefusedForACountThatIsNoYesNoAnswer() {
        String json = TICKS_TEMPLATE.replace("\"facilities.internet\"", "\"teachers.total\", \"sex\": \"M\"");
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.emisworkbench.template.TemplateException.class,
                () -> org.emisworkbench.template.TemplateLoader.parse(json, "ticks-hand.json", null));
        assertTrue(e.getMessage().contains("ticks"), e.getMessage());
    }

    private static final String[] SUBJECTS = {"Mathematics", "English", "Kiswahili", "Physics", "Chemistry",
        "Biology", "Geography", "History", "CRE", "Agriculture", "Business Studies", "Computer Studies"};

    private static int male(int i) {
        return 1 + (i * 7) % 4;
    }

    private static int female(int i) {
        return 1 + (i * 5 + 2) % 4;
    }

    @Test
    void aSumOverTwelveRowsReadsEveryRowAndIsComparedWithTheTotalRow() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Teachers");
        Sheets.row(s, 0, "School code:", "SC-1212");
        Sheets.row(s, 1, "Subject", "Male", "Female", "Total");
        int men = 0;
        int women = 0;
        for (int i = 0; i < SUBJECTS.length; i++) {
            Sheets.row(s, 2 + i, SUBJECTS[i], male(i), female(i), male(i) + female(i));
            men += male(i);
            women += female(i);
        }
        // The school's Total row: right for the men, one too many for the women.
        Sheets.row(s, 2 + SUBJECTS.length, "Total", men, women + 1, men + women + 1);
        String subjects = String.join("\", \"", SUBJECTS);
        String json = """
                {"id": "subjects", "version": 1, "layout": "grid",
                 "sheets": [{"names": ["Teachers"], "required": ["school.code"], "labels": [
                   {"labels": ["School code"], "field": "school.code"},
                   {"sumOf": ["%s"], "field": "teachers.total", "sex": "M", "column": ["Male"]},
                   {"sumOf": ["%s"], "field": "teachers.total", "sex": "F", "column": ["Female"]}]}]}
                """.formatted(subjects, subjects);
        DraftedImports imports = new DraftedImports(dir, 2024, workshop);
        var f = imports.importWith(wb, "subjects_2024.xlsx", json, 2024);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(0, DraftedImports.count(f, "PARTIAL_SUM"), f.problems().toString());
        assertEquals(1, DraftedImports.count(f, "TOTAL_MISMATCH"), f.problems().toString());
        assertEquals("Teachers!C15", DraftedImports.first(f, "TOTAL_MISMATCH"), f.problems().toString());
        try (Workbench w = imports.open()) {
            imports.assertFigure(w, "SC-1212", Topic.TEACHERS, 0, women, men);
        }
    }

    @Test
    void aLabelWithNoColumnOfThatHeadingIsNotCalledBlank() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Teachers");
        Sheets.row(s, 0, "School code:", "SC-1313");
        Sheets.row(s, 1, "Subject", "Male", "Female");
        Sheets.row(s, 2, "Mathematics", 3, 2);
        Sheets.row(s, 3, "English", 2, 4);
        // A second table further down, after a blank row, whose heading says nothing of the sexes.
        Sheets.row(s, 5, "Other staff", "Number");
        for (int r = 0; r < 10; r++) {
            Sheets.row(s, 6 + r, "Role " + r, r);
        }
        Sheets.row(s, 16, "Librarian", 1);
        String json = """
                {"id": "nocolumn", "version": 1, "layout": "grid",
                 "sheets": [{"names": ["Teachers"], "required": ["school.code"], "labels": [
                   {"labels": ["School code"], "field": "school.code"},
                   {"sumOf": ["Mathematics", "English", "Librarian"], "field": "teachers.total", "sex": "M",
                    "column": ["Male"]}]}]}
                """;
        DraftedImports imports = new DraftedImports(dir, 2024, workshop);
        var f = imports.importWith(wb, "nocolumn_2024.xlsx", json, 2024);
        assertEquals(1, DraftedImports.count(f, "PARTIAL_SUM"), f.problems().toString());
        var check = workshop.check(dir.resolve("nocolumn_2024.xlsx"), org.emisworkbench.template.TemplateLoader.load(
                dir.resolve("templates").resolve("nocolumn.json")), 2024, Cancellation.none());
        String detail = check.problems().stream().filter(p -> p.kind() == ProblemKind.PARTIAL_SUM).findFirst()
                .orElseThrow().detail().english();
        assertTrue(detail.contains("no column headed Male"), detail);
        assertFalse(detail.contains("is blank"), detail);
        try (Workbench w = imports.open()) {
            var rows = new SchoolDetails(w).figures("SC-1313", 2024, imports.school(w, "SC-1313").district());
            assertEquals(List.of(5), rows.stream().filter(r -> r.topic() == Topic.TEACHERS && r.slot() == 0)
                    .map(SchoolDetails.FigureRow::male).toList(), "3 + 2, the librarian said, not added");
        }
    }
}
