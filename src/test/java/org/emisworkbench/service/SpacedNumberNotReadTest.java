package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A number stored as text with its thousands apart ({@code "1 034"}, review 22) in a block no table reads: the
 * NOT READ line named the block by the figure instead of the row's label ({@code … | 1 034 | Std II …}, {@code Std
 * I} gone). A figure is no label, spaced or not.
 */
class SpacedNumberNotReadTest {
    @TempDir
    Path dir;

    @Test
    void theRowLabelNotTheFigureNamesTheBlock() throws Exception {
        Path file = dir.resolve("return-2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sh = wb.createSheet("Return");
            Sheets.row(sh, 0, "School code:", "TZ-9001");
            Sheets.row(sh, 2, "Enrolment by class");
            Sheets.row(sh, 3, "Class", "Boys", "Girls");
            Sheets.row(sh, 4, "Std I", "1 034", 998);
            Sheets.row(sh, 5, "Std II", 912, "1 002");
            wb.write(out);
        }
        Path template = Files.writeString(dir.resolve("t.json"), """
                {"id": "code-only", "version": 1, "layout": "grid", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Return"], "labels": [{"labels": ["School code"], "field": "school.code"}]}]}
                """);
        TemplateWorkshop.CheckReport r = new TemplateWorkshop(TemplateCatalog.load(null)).check(file,
                TemplateLoader.load(template), 2024, org.emisworkbench.model.Cancellation.none());
        List<TemplateWorkshop.ProblemLine> blocks = r.unreadBlocks();
        assertEquals(1, blocks.size(), blocks.toString());
        String raw = blocks.get(0).raw();
        assertTrue(raw.contains("Std I") && raw.contains("Std II"), raw);
        assertFalse(raw.contains("1 034") || raw.contains("1 002"), raw);
        assertEquals("Return!B5:C6", blocks.get(0).sheetCell(), raw);
    }
}
