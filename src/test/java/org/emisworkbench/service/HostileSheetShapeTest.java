package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.emisworkbench.testing.BadWorkbookCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A roster whose sheet holds one stray cell at XFD1048576: the form reader used to walk the whole
 * used range (17 billion positions) and hung the import. Now it costs what the filled cells cost.
 */
class HostileSheetShapeTest {
    @TempDir
    Path dir;

    @Test
    void aStrayCellAtTheLastPositionDoesNotHangAFormImport() throws Exception {
        Path file = BadWorkbookCorpus.farCell(Path.of("sample-workbooks/2024/rosters/D05/SCH05001.xlsx"),
                dir.resolve("SCH05001-far-cell.xlsx"));
        try (Workbench wb = Workbench.open(dir.resolve("census"))) {
            FileResult r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> new ImportService(wb,
                    TemplateCatalog.load(null)).importFiles(new ImportRequest(List.of(file), null, null), Progress.NONE,
                    Cancellation.none())).files().get(0);
            assertEquals(FileOutcome.IMPORTED, r.outcome(), r.message());
            assertEquals(1, r.schoolsAdded());
            assertEquals(List.of("SCH05001"), wb.schools(2024, null).stream().map(s -> s.code()).toList());
        }
    }
}
