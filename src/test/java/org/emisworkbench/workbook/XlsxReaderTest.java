package org.emisworkbench.workbook;

import static org.emisworkbench.workbook.Fixtures.at;
import static org.emisworkbench.workbook.Fixtures.cells;
import static org.emisworkbench.workbook.Fixtures.sheet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryCellKindFromAPoiWrittenWorkbook() throws Exception {
        Path f = Fixtures.write(dir.resolve("kinds.xlsx"), new XSSFWorkbook(), wb -> {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row r = wb.createSheet("Pupils").createRow(2);
            r.createCell(0).setCellValue(34);
            r.createCell(1).setCellValue(34.5);
            r.createCell(2).setCellValue(1.0E7);
            r.createCell(3).setCellValue("G1 M");
            r.createCell(4).setCellValue(true);
            r.createCell(5).setCellValue(LocalDate.of(2024, 3, 1));
            r.getCell(5).setCellStyle(date);
            r.createCell(6).setCellFormula("A3+B3");
            r.createCell(7).setCellFormula("1/0");
            r.createCell(8).setCellFormula("\"x\"&D3");
            r.createCell(9).setCellFormula("A3>1");
            r.createCell(10).setBlank();
            r.createCell(11).setCellStyle(date);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
        try (WorkbookReader r = Workbooks.open(f)) {
            assertEquals(List.of(new SheetInfo(0, "Pupils", Visibility.VISIBLE)), r.sheets());
            List<Cell> c = cells(r, r.sheets().get(0));
            assertEquals(new Cell(2, 0, CellKind.NUMBER, "34.0", 34), c.get(0));  // POI writes Double.toString
            assertEquals(new Cell(2, 1, CellKind.NUMBER, "34.5", 34.5), c.get(1));
            assertEquals(new Cell(2, 2, CellKind.NUMBER, "1.0E7", 1.0E7), c.get(2));
            assertEquals(new Cell(2, 3, CellKind.TEXT, "G1 M", Double.NaN), c.get(3));
            assertEquals(new Cell(2, 4, CellKind.BOOLEAN, "TRUE", 1), c.get(4));
            assertEquals(CellKind.DATE, c.get(5).kind());
            assertEquals(45352, c.get(5).number());  // 2024-03-01 as an Excel serial day
            assertEquals(new Cell(2, 6, CellKind.NUMBER, "68.5", 68.5), c.get(6));
            assertEquals(new Cell(2, 7, CellKind.ERROR, "#DIV/0!", Double.NaN), c.get(7));
            assertEquals(new Cell(2, 8, CellKind.TEXT, "xG1 M", Double.NaN), c.get(8));
            assertEquals(new Cell(2, 9, CellKind.BOOLEAN, "TRUE", 1), c.get(9));
            assertEquals(10, c.size(), "styled blank cells are not values");
            assertEquals(3, r.estimatedRows(r.sheets().get(0)));
        }
    }

    @Test
    void readsRawCellTypesAsExcelWritesThem() throws Exception {
        Path f = Fixtures.rawSheet(dir.resolve("raw.xlsx"), sheet("<row r=\"1\">"
                + "<c r=\"A1\"><v>34</v></c>"
                + "<c r=\"B1\"><v>-0.25</v></c>"
                + "<c r=\"C1\" t=\"str\"><f>T(\"a\")</f><v>a &amp; b</v></c>"
                + "<c r=\"D1\" t=\"inlineStr\"><is><t>inline</t></is></c>"
                + "<c r=\"E1\" t=\"inlineStr\"><is><r><t>ri</t></r><r><t>ch</t></r><rPh><t>ignored</t></rPh></is></c>"
                + "<c r=\"F1\" t=\"b\"><v>0</v></c>"
                + "<c r=\"G1\" t=\"e\"><f>#REF!+1</f><v>#REF!</v></c>"
                + "<c r=\"H1\" t=\"d\"><v>2024-03-01</v></c>"
                + "<c r=\"I1\"><f>SUM(A1:B1)</f></c>"
                + "<c r=\"J1\" t=\"str\"><f>A1</f></c>"
                + "<c r=\"K1\" t=\"inlineStr\"><is><t>line_x000D_break</t></is></c>"
                + "<c r=\"L1\"><v>1.5E-3</v></c>"
                + "</row>"));
        List<Cell> c = cells(f);
        assertEquals(new Cell(0, 0, CellKind.NUMBER, "34", 34), c.get(0));
        assertEquals(new Cell(0, 1, CellKind.NUMBER, "-0.25", -0.25), c.get(1));
        assertEquals(new Cell(0, 2, CellKind.TEXT, "a & b", Double.NaN), c.get(2));
        assertEquals(new Cell(0, 3, CellKind.TEXT, "inline", Double.NaN), c.get(3));
        assertEquals(new Cell(0, 4, CellKind.TEXT, "rich", Double.NaN), c.get(4));
        assertEquals(new Cell(0, 5, CellKind.BOOLEAN, "FALSE", 0), c.get(5));
        assertEquals(new Cell(0, 6, CellKind.ERROR, "#REF!", Double.NaN), c.get(6));
        assertEquals(new Cell(0, 7, CellKind.DATE, "2024-03-01", 45352), c.get(7));
        // A formula without its result is never a silent blank (decision 0033): an ERROR cell with the formula.
        assertEquals(new Cell(0, 8, CellKind.ERROR, "=SUM(A1:B1)", Double.NaN), at(c, 0, 8));
        assertEquals(new Cell(0, 9, CellKind.ERROR, "=A1", Double.NaN), at(c, 0, 9));
        assertEquals("line\rbreak", at(c, 0, 10).text());
        assertEquals(0.0015, at(c, 0, 11).number());
        assertEquals(12, c.size());
    }

    @Test
    void sharedAndInlineStringsReadTheSame() throws Exception {
        Path shared = Fixtures.write(dir.resolve("shared.xlsx"), new XSSFWorkbook(),
                wb -> fillStrings(wb.createSheet("S")));
        Path inline = Fixtures.write(dir.resolve("inline.xlsx"), new SXSSFWorkbook(),
                wb -> fillStrings(wb.createSheet("S")));
        assertTrue(Fixtures.entry(shared, "xl/worksheets/sheet1.xml").contains("t=\"s\""));
        assertTrue(Fixtures.entry(inline, "xl/worksheets/sheet1.xml").contains("inlineStr"));
        List<Cell> a = cells(shared);
        assertEquals(a, cells(inline));
        assertEquals(List.of("Grade 1", "Grade 1", "Ñandú  ", ""), a.stream().map(Cell::text).toList());
    }

    private static void fillStrings(org.apache.poi.ss.usermodel.Sheet s) {
        Row r = s.createRow(0);
        r.createCell(0).setCellValue("Grade 1");
        r.createCell(1).setCellValue("Grade 1");
        r.createCell(2).setCellValue("Ñandú  ");
        r.createCell(3).setCellValue("");
    }

    @Test
    void positionsCellsAndRowsWithoutReferencesByOrder() throws Exception {
        Path f = Fixtures.rawSheet(dir.resolve("noref.xlsx"), sheet(
                "<row><c><v>1</v></c><c><v>2</v></c><c s=\"0\"/><c r=\"E1\"><v>5</v></c><c><v/></c><c><v>7</v></c></row>"
                        + "<row r=\"4\"><c r=\"B4\"><v>7</v></c></row>"
                        + "<row><c><v>8</v></c></row>"
                        + "<row r=\"7\"><c r=\"C7\"><v>9</v></c><c r=\"A7\"><v>10</v></c></row>"));
        List<String> got = new ArrayList<>();
        for (Cell c : cells(f)) {
            got.add(c.row() + ":" + c.col() + "=" + c.text());
        }
        assertEquals(List.of("0:0=1", "0:1=2", "0:4=5", "0:6=7", "3:1=7", "4:0=8", "6:0=10", "6:2=9"), got);
    }

    @Test
    void skipsEmptyRowsAndKeepsSparseColumns() throws Exception {
        Path f = Fixtures.write(dir.resolve("sparse.xlsx"), new XSSFWorkbook(), wb -> {
            XSSFSheet s = wb.createSheet("S");
            s.createRow(0).createCell(0).setCellValue("a");
            s.createRow(5);  // empty row
            s.createRow(9).createCell(100).setCellValue(3);
            s.getRow(9).createCell(2).setCellValue(1);
        });
        try (WorkbookReader r = Workbooks.open(f)) {
            List<Integer> rows = new ArrayList<>();
            r.read(r.sheets().get(0), row -> {
                rows.add(row.index());
                if (row.index() == 9) {
                    assertEquals(2, row.size());
                    assertEquals(1, row.find(100));
                    assertEquals(-1, row.find(50));
                }
                return true;
            });
            assertEquals(List.of(0, 9), rows);
        }
    }

    @Test
    void listsHiddenAndVeryHiddenSheets() throws Exception {
        Path f = Fixtures.write(dir.resolve("hidden.xlsx"), new XSSFWorkbook(), wb -> {
            wb.createSheet("Form");
            wb.createSheet("Lists").createRow(0).createCell(0).setCellValue("Male");
            wb.createSheet("Codes");
            wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
            wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
        });
        try (WorkbookReader r = Workbooks.open(f)) {
            assertEquals(List.of(new SheetInfo(0, "Form", Visibility.VISIBLE),
                    new SheetInfo(1, "Lists", Visibility.HIDDEN),
                    new SheetInfo(2, "Codes", Visibility.VERY_HIDDEN)), r.sheets());
            assertEquals("Male", cells(r, r.sheets().get(1)).get(0).text());
        }
    }

    @Test
    void gridHoldsCellsAndMergedRegions() throws Exception {
        Path f = Fixtures.write(dir.resolve("grid.xlsx"), new XSSFWorkbook(), wb -> {
            XSSFSheet s = wb.createSheet("Form");
            s.createRow(0).createCell(1).setCellValue("Grade 1");
            s.addMergedRegion(new CellRangeAddress(0, 0, 1, 2));
            s.createRow(1).createCell(1).setCellValue("M");
            s.getRow(1).createCell(2).setCellValue("F");
            s.createRow(2).createCell(0).setCellValue("  ");
            s.createRow(3).createCell(2).setCellValue(12);
        });
        try (WorkbookReader r = Workbooks.open(f)) {
            SheetGrid g = r.grid(r.sheets().get(0), 100);
            assertEquals("Grade 1", g.cell(0, 1).text());
            assertEquals(CellKind.BLANK, g.cell(2, 0).kind(), "whitespace-only text is not stored");
            assertEquals(CellKind.BLANK, g.cell(500, 500).kind());
            assertEquals(12, g.cell(3, 2).number());
            assertEquals(3, g.lastRow());
            assertEquals(2, g.lastCol());
            assertEquals(List.of(new CellRange(0, 0, 1, 2)), g.mergedRegions());
            assertEquals(new CellRange(0, 0, 1, 2), g.mergedAt(0, 2));
            assertThrows(WorkbookException.class, () -> r.grid(r.sheets().get(0), 3));
            WorkbookException e = assertThrows(WorkbookException.class, () -> r.grid(r.sheets().get(0), 3));
            assertEquals(WorkbookException.Reason.TOO_LARGE, e.reason());
            assertTrue(e.getMessage().startsWith("grid.xlsx "), e.getMessage());
        }
    }

    @Test
    void gridIgnoresAMillionFormattedBlankRows() throws Exception {
        Path f = Fixtures.rawSheet(dir.resolve("blank-rows.xlsx"), out -> {
            StringBuilder b = new StringBuilder(sheet("").replace("<sheetData></sheetData></worksheet>", ""));
            b.append("<dimension ref=\"A1:C1000000\"/><sheetData>");
            out.write(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>School</t></is></c></row>".getBytes());
            for (int i = 2; i <= 1_000_000; i++) {
                out.write(("<row r=\"" + i + "\"><c r=\"A" + i + "\" s=\"0\"/><c r=\"C" + i + "\" s=\"0\"/></row>")
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            out.write("</sheetData></worksheet>".getBytes());
        });
        try (WorkbookReader r = Workbooks.open(f)) {
            SheetInfo s = r.sheets().get(0);
            assertEquals(1_000_000, r.estimatedRows(s));
            SheetGrid g = r.grid(s, 10);
            assertEquals(0, g.lastRow());
            assertEquals("School", g.cell(0, 0).text());
        }
    }

    @Test
    void readsARowOf16384Columns() throws Exception {
        Path f = Fixtures.write(dir.resolve("wide.xlsx"), new XSSFWorkbook(), wb -> {
            Row r = wb.createSheet("W").createRow(0);
            for (int c = 0; c < 16_384; c++) {
                r.createCell(c).setCellValue(c);
            }
        });
        List<Cell> c = cells(f);
        assertEquals(16_384, c.size());
        assertEquals(new Cell(0, 16_383, CellKind.NUMBER, "16383.0", 16_383), c.get(16_383));
        try (WorkbookReader r = Workbooks.open(f)) {
            assertThrows(WorkbookException.class, () -> r.grid(r.sheets().get(0), 16_000));
            assertEquals(16_383, r.grid(r.sheets().get(0), 16_384).lastCol());
        }
    }

    @Test
    void handlerStopsEarlyAndItsExceptionsPassUnchanged() throws Exception {
        Path f = Fixtures.write(dir.resolve("rows.xlsx"), new XSSFWorkbook(), wb -> {
            XSSFSheet s = wb.createSheet("S");
            for (int i = 0; i < 10; i++) {
                s.createRow(i).createCell(0).setCellValue(i);
            }
        });
        try (WorkbookReader r = Workbooks.open(f)) {
            SheetInfo s = r.sheets().get(0);
            int[] seen = {0};
            r.read(s, row -> ++seen[0] < 3);
            assertEquals(3, seen[0]);
            IllegalStateException boom = new IllegalStateException("handler");
            assertSame(boom, assertThrows(IllegalStateException.class, () -> r.read(s, row -> {
                throw boom;
            })));
            assertThrows(IllegalArgumentException.class, () -> r.read(new SheetInfo(0, "Other", Visibility.VISIBLE),
                    row -> true));
            r.close();
            assertThrows(IllegalStateException.class, () -> r.read(s, row -> true));
        }
    }

    @Test
    void datesFollowTheDateStyleAndThe1904System() throws Exception {
        Path f = Fixtures.write(dir.resolve("1904.xlsx"), new XSSFWorkbook(), wb -> {
            wb.setWorkbookType(org.apache.poi.xssf.usermodel.XSSFWorkbookType.XLSX);
            wb.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat((short) 14);  // built-in m/d/yy
            Row r = wb.createSheet("S").createRow(0);
            r.createCell(0).setCellValue(43890);  // 2024-03-01 in the 1904 system
            r.getCell(0).setCellStyle(date);
            r.createCell(1).setCellValue(43890);
        });
        List<Cell> c = cells(f);
        assertEquals(new Cell(0, 0, CellKind.DATE, "43890.0", 45352), c.get(0));
        assertEquals(new Cell(0, 1, CellKind.NUMBER, "43890.0", 43890), c.get(1));
    }

    @Test
    void opensAOneSheetPerSchoolWorkbookWithOverAThousandParts() throws Exception {
        Path f = Fixtures.write(dir.resolve("schools.xlsx"), new XSSFWorkbook(), wb -> {
            for (int i = 0; i < 1_100; i++) {
                wb.createSheet("S" + i).createRow(0).createCell(0).setCellValue(i);
            }
        });
        try (WorkbookReader r = Workbooks.open(f)) {
            assertEquals(1_100, r.sheets().size());
            assertEquals(1_099, cells(r, r.sheets().get(1_099)).get(0).number());
        }
    }

    @Test
    void gridRefusesMoreMergedRegionsThanItsCellLimit() throws Exception {
        StringBuilder merges = new StringBuilder("<mergeCells>");
        for (int i = 1; i <= 50; i++) {
            merges.append("<mergeCell ref=\"A").append(i).append(":B").append(i).append("\"/>");
        }
        Path f = Fixtures.rawSheet(dir.resolve("merges.xlsx"), sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")
                .replace("</worksheet>", merges + "</mergeCells></worksheet>"));
        try (WorkbookReader r = Workbooks.open(f)) {
            assertEquals(50, r.grid(r.sheets().get(0), 50).mergedRegions().size());
            assertEquals(WorkbookException.Reason.TOO_LARGE,
                    assertThrows(WorkbookException.class, () -> r.grid(r.sheets().get(0), 49)).reason());
        }
    }

    @Test
    void readsMacroEnabledWorkbooks() throws Exception {
        Path f = Fixtures.write(dir.resolve("macros.xlsm"), new XSSFWorkbook(
                org.apache.poi.xssf.usermodel.XSSFWorkbookType.XLSM), wb -> wb.createSheet("S").createRow(0)
                .createCell(0).setCellValue("ok"));
        assertTrue(Fixtures.entry(f, "[Content_Types].xml").contains("macroEnabled"));
        assertEquals("ok", cells(f).get(0).text());
    }
}
