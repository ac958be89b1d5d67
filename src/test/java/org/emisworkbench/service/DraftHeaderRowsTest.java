package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A draft that writes the header's row writes its depth too ({@code headerRows}), so that the template reads the
 * two-row header the draft found, not its upper row alone (decision 0045). The workbook is written here with POI.
 */
class DraftHeaderRowsTest {
    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    /**
     * A Portuguese district list: the class merged over {@code HM | M} (a total and its girls).
     */
    private Path workbook() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("EP1");
        Sheets.row(s, 0, "Código da escola", "Nome da escola", "1ª classe", null, "2ª classe", null);
        Sheets.row(s, 1, null, null, "HM", "M", "HM", "M");
        s.addMergedRegion(new CellRangeAddress(0, 0, 2, 3));
        s.addMergedRegion(new CellRangeAddress(0, 0, 4, 5));
        for (int i = 0; i < 3; i++) {
            Sheets.row(s, 2 + i, "MZ-04" + i, "EP " + (char) ('A' + i), 60 + i, 31 + i, 55 + i, 27 + i);
        }
        Path file = dir.resolve("ribaue-2024.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    @Test
    void aHeaderOfTwoRowsIsWrittenWithItsDepthAndCheckedAsFound() throws Exception {
        Path file = workbook();
        TemplateWorkshop.DraftResult d = workshop.draft(file, "ribaue");
        var sheet = d.sheets().get(0);
        assertEquals(0, sheet.firstRow(), "the draft found the header on rows 1-2");
        assertEquals(1, sheet.lastRow(), "the draft found the header on rows 1-2");
        String json = d.draft().json();
        // Where the draft fixes the header's row, it writes its depth too, as found; HM beside M now reads every
        // column (boys by difference, decision 0044), so the draft may leave both to the reader.
        assertEquals(json.contains("\"headerRow\" : 1"), json.contains("\"headerRows\" : 2"), json);
        assertTrue(json.contains("differenceOf"), "HM | M read, boys by difference: " + json);
        Path template = dir.resolve("ribaue.json");
        Files.writeString(template, json);
        TemplateWorkshop.CheckReport r = workshop.check(file, TemplateLoader.load(template), null,
                Cancellation.none());
        var fit = r.sheets().get(0);
        assertEquals(1, fit.headerFirstRow(), fit.toString());
        assertEquals(2, fit.headerLastRow(), "the check reads the header the draft found: " + fit + "\n" + json);
        assertTrue(d.notes().stream().noneMatch(n -> n.key().equals("draft.notAsMapped")), d.notes() + "\n" + json);
    }

    @Test
    void theHeaderRowChosenByTheOfficerKeepsTheDepthFound() throws Exception {
        Path file = workbook();
        TemplateWorkshop.DraftWorkbook wb = workshop.open(file);
        var chosen = workshop.guessSheet(wb, "EP1", 1, org.emisworkbench.template.Layout.WIDE);
        assertEquals(1, chosen.lastRow(), "a header of two rows from row 1");
        var mapping = new org.emisworkbench.template.WorkbookMapping(org.emisworkbench.template.Layout.WIDE,
                java.util.List.of(chosen), java.util.List.of());
        String json = workshop.build(wb, "chosen", 1, "Chosen", mapping).json();
        assertTrue(json.contains("\"headerRow\" : 1") && json.contains("\"headerRows\" : 2"), json);
        var t = TemplateLoader.parse(json, "chosen.json", null);
        var fit = workshop.check(file, t, null, Cancellation.none()).sheets().get(0);
        assertEquals(2, fit.headerLastRow(), fit.toString());
    }

    @Test
    void aHeaderDepthOutOfRangeIsRefused() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.emisworkbench.template.TemplateException.class,
                () -> TemplateLoader.parse("{\"id\": \"x\", \"version\": 1, \"layout\": \"wide\", \"sheets\": [{\"names\":"
                        + " [\"S\"], \"headerRow\": 2, \"headerRows\": 4, \"key\": [\"Code\"]}]}", "x.json", null));
        assertTrue(String.join(" ", e.problems()).contains(".headerRows: how many rows"), e.problems().toString());
    }
}
