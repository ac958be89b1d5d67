package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same file is imported once; an officer who chooses another template for it may read it again. */
class ReimportWithOtherTemplateTest {
    private static final Path D01 = Path.of("sample-workbooks/2024/wide/D01-2024.xlsx");

    @Test
    void sameTemplateIsANoOpAnotherTemplateReadsTheFileAgain(@TempDir Path dir) throws Exception {
        // A user template: the built-in wide layout under another id, as an officer's copy would be.
        Path templates = Files.createDirectories(dir.resolve("templates"));
        String json = new String(getClass().getResourceAsStream("/templates/sample-wide.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).replaceFirst("\"id\"\\s*:\\s*\"sample-wide\"",
                "\"id\": \"district-wide-copy\"");
        Files.writeString(templates.resolve("district-wide-copy.json"), json);
        try (Workbench wb = Workbench.open(dir.resolve("census"))) {
            ImportService imports = new ImportService(wb, TemplateCatalog.load(templates));
            FileResult first = run(imports, "sample-wide");
            assertEquals(FileOutcome.IMPORTED, first.outcome());
            assertEquals(FileOutcome.ALREADY_IMPORTED, run(imports, "sample-wide").outcome());
            assertEquals(FileOutcome.ALREADY_IMPORTED, imports.importFiles(new ImportRequest(List.of(D01), null, null),
                    Progress.NONE, Cancellation.none()).files().get(0).outcome(), "matched automatically: a no-op");
            FileResult again = run(imports, "district-wide-copy");
            assertEquals(FileOutcome.IMPORTED, again.outcome(), () -> String.valueOf(again.message()));
            assertEquals(first.valuesStored(), again.valuesStored());
            assertEquals(FileOutcome.ALREADY_IMPORTED, run(imports, "district-wide-copy").outcome());
            // Read again, not added twice: the schools are the same and their figures are the new batch's.
            assertEquals(wb.schools(2024, null).size(), first.schoolsAdded());
        }
    }

    private static FileResult run(ImportService imports, String template) {
        return imports.importFiles(new ImportRequest(List.of(D01), template, null), Progress.NONE, Cancellation.none())
                .files().get(0);
    }
}
