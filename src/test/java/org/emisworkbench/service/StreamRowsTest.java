package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secondary schools' returns giving each grade's streams on rows of their own ({@code Form 1A}, {@code Form 1B}
 * under a {@code Class} column, all Form 1 by the template's own code list), in styles the sample generator never
 * writes. A review found half the enrolment stored (the second stream of each grade dropped as a figure given
 * twice, with a plain OK). The streams of a grade are now added, the source naming each cell; a row repeating the
 * same grade label is still a figure given twice, and then the import is "OK with warnings", naming the cells.
 */
class StreamRowsTest {
    private static final String TEMPLATE = """
            {"id": "streams", "version": 1, "title": "Streams", "layout": "wide", "year": {"fromFileName": true},
             "codeLists": {"grade": {"G7": ["Form 1A", "Form 1B", "Form 1C", "Form 1"], "G8": ["Form 2A", "Form 2B"]}},
             "sheets": [{"names": ["Streams"], "key": ["School"], "keyContinues": true, "columns": [
               {"headers": ["Class"], "field": "row.grade"},
               {"headers": ["Sex"], "field": "row.sex"},
               {"headers": ["Pupils"], "field": "enrolment"}]}]}
            """;

    @TempDir
    Path dir;

    private DraftedImports io() {
        return new DraftedImports(dir, 2024, new TemplateWorkshop(TemplateCatalog.load(null)));
    }

    @Test
    void theStreamsOfAGradeAreAddedEachCellNamed() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Streams");
        Sheets.row(sh, 0, "School", "Class", "Sex", "Pupils");
        // One row per stream and sex, the code on the school's first row only.
        int[][] form1 = {{40, 38}, {39, 41}, {22, 25}}; // streams A, B, C: {boys, girls}
        int[][] form2 = {{35, 36}, {30, 33}};
        int r = 1;
        String[] streams1 = {"Form 1A", "Form 1B", "Form 1C"};
        for (int i = 0; i < 3; i++) {
            Sheets.row(sh, r++, i == 0 ? "SS-01" : null, streams1[i], "M", form1[i][0]);
            Sheets.row(sh, r++, null, streams1[i], "F", form1[i][1]);
        }
        for (int i = 0; i < 2; i++) {
            Sheets.row(sh, r++, null, i == 0 ? "Form 2A" : "Form 2B", "M", form2[i][0]);
            Sheets.row(sh, r++, null, i == 0 ? "Form 2A" : "Form 2B", "F", form2[i][1]);
        }
        Sheets.row(sh, r++, "SS-02", "Form 1", "M", 12);
        Sheets.row(sh, r, null, "Form 1", "F", 14);
        DraftedImports io = io();
        FileResult f = io.importWith(wb, "streams-2024.xlsx", TEMPLATE);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(0, f.problemCount(), f.problems().toString());
        assertFalse(f.hasWarnings(), f.warnings().toString());
        int boys1 = form1[0][0] + form1[1][0] + form1[2][0];
        int girls1 = form1[0][1] + form1[1][1] + form1[2][1];
        try (Workbench w = io.open()) {
            io.assertEnrolment(w, "SS-01", 7, girls1, boys1);
            io.assertEnrolment(w, "SS-01", 8, form2[0][1] + form2[1][1], form2[0][0] + form2[1][0]);
            io.assertEnrolment(w, "SS-02", 7, 14, 12);
            var fig = w.whereFrom("SS-01", 2024, Topic.ENROLMENT, 7, Sex.M, AgeGroup.ALL).orElseThrow();
            assertEquals(boys1, fig.value());
            assertEquals("Streams!D2+D4+D6", fig.source().sheetCell(), "every stream's cell named");
            var one = w.whereFrom("SS-02", 2024, Topic.ENROLMENT, 7, Sex.F, AgeGroup.ALL).orElseThrow();
            assertEquals("Streams!D13", one.source().sheetCell());
        }
    }

    @Test
    void aGradeLabelGivenTwiceIsAClashNamedInAWarningNotAPlainOk() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Streams");
        Sheets.row(sh, 0, "School", "Class", "Sex", "Pupils");
        Sheets.row(sh, 1, "SS-01", "Form 1A", "M", 40);
        Sheets.row(sh, 2, "SS-01", "Form 1A", "M", 39);
        Sheets.row(sh, 3, "SS-01", "Form 2A", "M", 35);
        DraftedImports io = io();
        FileResult f = io.importWith(wb, "streams-2024.xlsx", TEMPLATE);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(1, DraftedImports.count(f, "VALUE_CLASH"), f.problems().toString());
        assertTrue(f.hasWarnings(), "a figure not imported is never a plain OK: " + f.problems());
        Message warning = f.warnings().stream().filter(m -> m.key().equals("import.valueClashes")).findFirst()
                .orElseThrow(() -> new AssertionError("no warning of the clash: " + f.warnings()));
        assertEquals(1, ((Number) warning.args().get(0)).intValue());
        assertEquals("Streams!D3", warning.args().get(1), "the clash's cell: " + warning);
        try (Workbench w = io.open()) {
            var fig = w.whereFrom("SS-01", 2024, Topic.ENROLMENT, 7, Sex.M, AgeGroup.ALL).orElseThrow();
            assertEquals(40, fig.value(), "the first kept");
            assertEquals("Streams!D2", fig.source().sheetCell());
        }
    }
}
