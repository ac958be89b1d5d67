package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Message;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A secondary school's return giving each grade's streams on rows of their own (`Form 1A`, `Form 1B` under a
 * `Class` column, both read as Form 1 by the template's own code list). The second stream of each grade is a
 * figure given twice for the school: not imported, and reported. Before, the import said a plain OK with 16
 * such problems, and half the enrolment went missing unnoticed; it must now be "OK with warnings", naming the
 * cells, so that an officer sees it.
 */
class StreamRowsWarningTest {
    @TempDir
    Path dir;

    @Test
    void streamsOfOneGradeOnTwoRowsAreNamedInAWarningNotAPlainOk() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Streams");
        Sheets.row(sh, 0, "School", "Class", "Boys", "Girls");
        Sheets.row(sh, 1, "SS-01", "Form 1A", 40, 38);
        Sheets.row(sh, 2, "SS-01", "Form 1B", 39, 41);
        Sheets.row(sh, 3, "SS-01", "Form 2A", 35, 36);
        String template = """
                {"id": "streams", "version": 1, "title": "Streams", "layout": "wide", "year": {"fromFileName": true},
                 "codeLists": {"grade": {"G7": ["Form 1A", "Form 1B"], "G8": ["Form 2A"]}},
                 "sheets": [{"names": ["Streams"], "key": ["School"], "columns": [
                   {"headers": ["Class"], "field": "row.grade"},
                   {"headers": ["Boys"], "field": "enrolment", "sex": "M"},
                   {"headers": ["Girls"], "field": "enrolment", "sex": "F"}]}]}
                """;
        FileResult f = new DraftedImports(dir, 2024, new TemplateWorkshop(TemplateCatalog.load(null)))
                .importWith(wb, "streams-2024.xlsx", template);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(2, DraftedImports.count(f, "VALUE_CLASH"), f.problems().toString());
        assertTrue(f.hasWarnings(), "a figure not imported is never a plain OK: " + f.problems());
        Message w = f.warnings().stream().filter(m -> m.key().equals("import.valueClashes")).findFirst()
                .orElseThrow(() -> new AssertionError("no warning of the clashes: " + f.warnings()));
        assertEquals(2, ((Number) w.args().get(0)).intValue());
        assertEquals("Streams!C3", w.args().get(1), "the first clash's cell: " + w);
    }
}
