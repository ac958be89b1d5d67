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

    /**
     * Re-read of session 16: two bands of one topic (Day, Boarding), each {@code Total | Girls}. The boys of each band
     * are worked out and ADD UP, as read sexes do; the first band's boys alone were stored and the second's called a
     * clash (CP1 30/14 + 10/4 stored boys 16, not 22).
     */
    @Test
    void theBoysOfEachBandAddUp() throws Exception {
        int[][] dayTotalGirls = {{30, 14}, {28, 15}, {25, 12}};
        int[][] boardingTotalGirls = {{10, 4}, {9, 5}, {7, 3}};
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Enrolment");
        Sheets.row(s, 0, "School code:", "KE-77001");
        Sheets.row(s, 1, "School name:", "Nandi Hills Mixed");
        Sheets.row(s, 3, "ENROLMENT BY CLASS AND SEX");
        Sheets.row(s, 4, null, "Day", null, "Boarding", null);
        s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(4, 4, 1, 2));
        s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(4, 4, 3, 4));
        Sheets.row(s, 5, "Class", "Total", "Girls", "Total", "Girls");
        for (int g = 0; g < dayTotalGirls.length; g++) {
            Sheets.row(s, 6 + g, "Class " + (g + 1), dayTotalGirls[g][0], dayTotalGirls[g][1], boardingTotalGirls[g][0],
                    boardingTotalGirls[g][1]);
        }
        String template = """
                {"id": "day-boarding", "version": 1, "layout": "grid", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Enrolment"], "labels": [
                   {"labels": ["School code"], "field": "school.code"},
                   {"labels": ["School name"], "field": "school.name"}],
                   "grids": [{"field": "enrolment", "titles": ["ENROLMENT BY CLASS AND SEX"], "rows": "grade",
                              "sexLayout": "columns", "band": ["Day", "Boarding"]}]}]}
                """;
        try (TemplateImports imports = new TemplateImports(dir)) {
            FileResult f = imports.importWith(wb, "nandi-2024.xlsx", template, 2024);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message() + " " + f.problems());
            assertEquals(0, DraftedImports.count(f, "VALUE_CLASH"), f.problems().toString());
            for (int g = 0; g < dayTotalGirls.length; g++) {
                int girls = dayTotalGirls[g][1] + boardingTotalGirls[g][1];
                int boys = dayTotalGirls[g][0] - dayTotalGirls[g][1] + boardingTotalGirls[g][0] - boardingTotalGirls[g][1];
                int slot = g + 1;
                var row = new SchoolDetails(imports.workbench).figures("KE-77001", 2024, null).stream()
                        .filter(x -> x.slot() == slot && x.topic() == org.emisworkbench.model.Topic.ENROLMENT)
                        .findFirst().orElseThrow();
                assertEquals(girls, row.female(), "girls of class " + slot);
                assertEquals(boys, row.male(), "boys of class " + slot + ": day and boarding added");
            }
        }
    }
}
