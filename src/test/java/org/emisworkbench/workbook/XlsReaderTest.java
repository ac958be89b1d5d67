package org.emisworkbench.workbook;

import static org.emisworkbench.workbook.Fixtures.cells;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryCellKind() throws Exception {
        Path f = Fixtures.write(dir.resolve("kinds.xls"), new HSSFWorkbook(), wb -> {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row r = wb.createSheet("Pupils").createRow(2);
            r.createCell(0).setCellValue(34);
            r.createCell(1).setCellValue(34.5);
            r.createCell(2).setCellValue(1.0E7);
            r.createCell(3).setCellValue("G1 M");
            r.createCell(4).setCellValue(false);
            r.createCell(5).setCellValue(LocalDate.of(2024, 3, 1));
            r.getCell(5).setCellStyle(date);
            r.createCell(6).setCellFormula("A3+B3");
            r.createCell(7).setCellFormula("1/0");
            r.createCell(8).setCellFormula("\"x\"&D3");
            r.createCell(9).setCellFormula("A3>1");
            r.createCell(10).setBlank();
            r.createCell(11).setCellValue(1.0E-5);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
        // Sniffed by content: the same file under a misleading name still opens as .xls.
        Path renamed = Files.copy(f, dir.resolve("kinds.xlsx"));
        for (Path p : List.of(f, renamed)) {
            List<Cell> c = cells(p);
            assertEquals(new Cell(2, 0, CellKind.NUMBER, "34", 34), c.get(0));
            assertEquals(new Cell(2, 1, CellKind.NUMBER, "34.5", 34.5), c.get(1));
            assertEquals(new Cell(2, 2, CellKind.NUMBER, "10000000", 1.0E7), c.get(2));
            assertEquals(new Cell(2, 3, CellKind.TEXT, "G1 M", Double.NaN), c.get(3));
            assertEquals(new Cell(2, 4, CellKind.BOOLEAN, "FALSE", 0), c.get(4));
            assertEquals(new Cell(2, 5, CellKind.DATE, "45352", 45352), c.get(5));
            assertEquals(new Cell(2, 6, CellKind.NUMBER, "68.5", 68.5), c.get(6));
            assertEquals(new Cell(2, 7, CellKind.ERROR, "#DIV/0!", Double.NaN), c.get(7));
            assertEquals(new Cell(2, 8, CellKind.TEXT, "xG1 M", Double.NaN), c.get(8));
            assertEquals(new Cell(2, 9, CellKind.BOOLEAN, "TRUE", 1), c.get(9));
            assertEquals(new Cell(2, 11, CellKind.NUMBER, "1.0E-5", 1.0E-5), c.get(10));
            assertEquals(11, c.size());
        }
    }

    @Test
    void sheetsVisibilityGridAndMergedRegions() throws Exception {
        Path f = Fixtures.write(dir.resolve("form.xls"), new HSSFWorkbook(), wb -> {
            HSSFSheet s = wb.createSheet("Form");
            s.createRow(0).createCell(1).setCellValue("Grade 1");
            s.addMergedRegion(new CellRangeAddress(0, 0, 1, 2));
            s.createRow(1).createCell(1).setCellValue("M");
            s.createRow(40).createCell(3).setCellValue(7);
            wb.createSheet("Lists");
            wb.createSheet("Codes");
            wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
            wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
        });
        try (WorkbookReader r = Workbooks.open(f)) {
            assertEquals(List.of(new SheetInfo(0, "Form", Visibility.VISIBLE),
                    new SheetInfo(1, "Lists", Visibility.HIDDEN),
                    new SheetInfo(2, "Codes", Visibility.VERY_HIDDEN)), r.sheets());
            SheetInfo form = r.sheets().get(0);
            SheetGrid g = r.grid(form, 10);
            assertEquals("Grade 1", g.cell(0, 1).text());
            assertEquals(7, g.cell(40, 3).number());
            assertEquals(40, g.lastRow());
            assertEquals(3, g.lastCol());
            assertEquals(List.of(new CellRange(0, 0, 1, 2)), g.mergedRegions());
            assertEquals(WorkbookException.Reason.TOO_LARGE,
                    assertThrows(WorkbookException.class, () -> r.grid(form, 2)).reason());
            assertEquals(41, r.estimatedRows(form));
            RuntimeException boom = new RuntimeException("handler");
            assertSame(boom, assertThrows(RuntimeException.class, () -> r.read(form, row -> {
                throw boom;
            })));
            int[] rows = {0};
            r.read(form, row -> ++rows[0] < 2);
            assertEquals(2, rows[0]);
        }
    }
}
