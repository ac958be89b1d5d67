package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Mozambican school form states its year beside "Ano lectivo" (review 20): the draft takes it as the year's label,
 * as it does "Année scolaire", so a file whose name gives no year imports under the form's year instead of being
 * refused for want of one. Spelt before and after the 1990 agreement ("lectivo", "letivo").
 */
class PortugueseYearLabelDraftTest {
    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    @Test
    void anoLectivoBesideItsYearIsDraftedAsTheYearLabel() throws Exception {
        String[] spellings = {"Ano lectivo", "Ano letivo:"};
        for (int i = 0; i < spellings.length; i++) {
            int year = 2025 - i;
            XSSFWorkbook wb = new XSSFWorkbook();
            Sheet sh = wb.createSheet("Ficha");
            Sheets.row(sh, 0, "Código da escola", "1101");
            Sheets.row(sh, 1, "Nome da escola", "EP1 de Naherenque");
            Sheets.row(sh, 2, spellings[i], year);
            Sheets.row(sh, 4, "Professores", 6);
            Sheets.row(sh, 5, "Salas de aula", 5);
            Path folder = java.nio.file.Files.createDirectories(dir.resolve("f" + i));
            DraftedImports imports = new DraftedImports(folder, year, workshop);
            DraftedImports.Run run = imports.draftCheckImport(wb, folder, "ficha-naherenque.xlsx");
            assertTrue(run.json().contains("\"labels\" : [ \"" + spellings[i].replace(":", "") + "\" ]")
                    || run.json().contains("\"labels\" : [ \"" + spellings[i] + "\" ]"), run.json());
            FileResult r = run.result();
            assertEquals(FileOutcome.IMPORTED, r.outcome(), r.message());
            assertNotNull(r.year());
            assertEquals(year, r.year().intValue());
        }
    }
}
