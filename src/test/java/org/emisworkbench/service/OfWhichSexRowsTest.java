package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 16b: a form's table with a row per grade headed {@code Total | das quais raparigas} (or {@code Total | Dont
 * filles}) was not found by the draft, and a hand-written grid for it was reported not found. The "of which" sex is
 * read as the sex alone there too: the boys are the total less the girls, a blank girls cell reported, not guessed.
 */
class OfWhichSexRowsTest {
    @TempDir
    Path dir;

    @Test
    void aTableOfTotalsAndGirlsOfWhichIsDraftedAndRead() throws Exception {
        int[][] totalsGirls = {{61, 30}, {54, -1}, {47, 25}, {40, 22}};
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Ficha");
        Sheets.row(s, 0, "Código da escola:", "MZ-3301");
        Sheets.row(s, 1, "Nome da escola:", "EP1 de Namina");
        Sheets.row(s, 3, "MATRÍCULAS POR CLASSE");
        Sheets.row(s, 4, "Classe", "Total", "das quais raparigas", null, "Observações");
        for (int g = 0; g < totalsGirls.length; g++) {
            Sheets.row(s, 5 + g, (g + 1) + "ª classe", totalsGirls[g][0], totalsGirls[g][1] < 0 ? null
                    : totalsGirls[g][1], null, g == 0 ? "Sem observações" : null);
        }
        DraftedImports imports = new DraftedImports(dir, 2024, new TemplateWorkshop(TemplateCatalog.load(null)));
        DraftedImports.Run run = imports.draftCheckImport(wb, "namina-2024.xlsx");
        assertTrue(run.json().contains("\"grids\""), run.json());
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message() + " " + f.problems());
        assertEquals(1, DraftedImports.count(f, "PARTIAL_SUM"), "the blank girls beside a total: " + f.problems());
        try (Workbench w = imports.open()) {
            for (int g = 0; g < totalsGirls.length; g++) {
                if (totalsGirls[g][1] < 0) {
                    continue;
                }
                int girls = totalsGirls[g][1];
                imports.assertEnrolment(w, "MZ-3301", g + 1, girls, totalsGirls[g][0] - girls);
            }
        }
        assertEquals(3 * 2, f.valuesStored(), "three grades of two sexes; the blank one's grade stores nothing");
    }
}
