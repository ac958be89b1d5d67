package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file name naming two years ({@code returns-2023-corrected-2024.xlsx}): the last one becomes the census year, and
 * the import says so as a warning, not only in a note, so that a return filed under the wrong year is no plain OK. A
 * year written as a version mark ({@code Gulu_2024_v2023template.xlsx}) is passed over, and still named.
 */
class YearInFileNameWarningTest {
    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    private static XSSFWorkbook workbook() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enrolment");
        Sheets.row(sh, 0, "School code", "School name", "Grade 1 Boys", "Grade 1 Girls");
        Sheets.row(sh, 1, "GU-01", "Gulu A", 31, 29);
        return wb;
    }

    @Test
    void twoYearsInTheNameMakeAWarningNamingBoth() throws Exception {
        Path first = dir.resolve("gulu-2024.xlsx");
        try (XSSFWorkbook wb = workbook(); OutputStream out = Files.newOutputStream(first)) {
            wb.write(out);
        }
        String json = workshop.draft(first, "gulu").draft().json().replace("\"id\" : \"gulu\"", "\"id\": \"gulu\"");
        DraftedImports imports = new DraftedImports(dir.resolve("w1"), 2023, workshop);
        Files.createDirectories(dir.resolve("w1"));
        FileResult r = imports.importWith(workbook(), "Gulu-2024-corrected-2023.xlsx", json);
        assertEquals(2023, r.year(), "the last year in the name, as the note says");
        assertTrue(r.hasWarnings(), "never a plain OK: " + r.templateNote());
        String warning = r.warnings().stream().filter(m -> m.key().equals("import.yearInDoubt")).map(
                Object::toString).findFirst().orElseThrow(() -> new AssertionError(r.warnings().toString()));
        assertTrue(warning.contains("2023") && warning.contains("2024"), warning);

        DraftedImports versioned = new DraftedImports(dir.resolve("w3"), 2024, workshop);
        Files.createDirectories(dir.resolve("w3"));
        FileResult v = versioned.importWith(workbook(), "Gulu_2024_v2023template.xlsx", json);
        assertEquals(2024, v.year(), "v2023 is the form's version, not the census year");
        String named = v.warnings().stream().filter(m -> m.key().equals("import.yearInDoubt")).map(
                Object::toString).findFirst().orElseThrow(() -> new AssertionError(v.warnings().toString()));
        assertTrue(named.contains("2023") && named.contains("2024"), "the other year still named: " + named);

        DraftedImports plain = new DraftedImports(dir.resolve("w2"), 2024, workshop);
        Files.createDirectories(dir.resolve("w2"));
        FileResult one = plain.importWith(workbook(), "Gulu_2024.xlsx", json);
        assertEquals(2024, one.year());
        assertFalse(one.warnings().stream().anyMatch(m -> m.key().equals("import.yearInDoubt")), one.warnings()
                .toString());
    }
}
