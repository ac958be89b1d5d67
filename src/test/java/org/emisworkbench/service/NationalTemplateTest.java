package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.samples.NationalWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's national workbook is read whole by the built-in national-wide template. */
class NationalTemplateTest {
    @Test
    void everyNumericColumnIsStoredWithItsCell(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("national-2024.xlsx");
        NationalWorkbook.write(file, 30, 7, Progress.NONE, Cancellation.none());
        try (Workbench wb = Workbench.open(dir.resolve("w"))) {
            ImportReport r = new ImportService(wb, TemplateCatalog.load(null)).importFiles(
                    new ImportRequest(List.of(file), null, null), Progress.NONE, Cancellation.none());
            FileResult f = r.files().get(0);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertEquals("national-wide", f.templateId(), "matched automatically");
            assertEquals(2024, f.year(), "year from the file name");
            assertEquals(30, f.schoolsAdded());
            // 26 enrolment + 24 repeaters + 2 new entrants + 24 disabled + 12 teachers + 6 classrooms
            // + 11 facilities = 105 figures per school; the two total columns are checked, not stored.
            assertEquals(30 * 105, f.valuesStored());
            assertEquals(0, f.problemCount(), f.problems().toString());
            var fig = wb.whereFrom("N000000", 2024, Topic.REPEATERS, 3, Sex.F, AgeGroup.ALL).orElseThrow();
            int col = NationalWorkbook.headers().indexOf("Rep G3 F");
            assertEquals("Census!" + org.emisworkbench.model.CellRef.columnLetters(col) + "2", fig.source().sheetCell());
        }
    }
}
