package org.emisworkbench.samples;

import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Writes cells of one sheet. Values are Integer, Double, String, LocalDate, {@link Formula} or
 * {@link Plants#BLANK}; {@link #put} also lets a planted error replace the value of a logical target and
 * records the cell where it landed.
 */
final class SheetWriter {
    /** A formula cell; the workbook is evaluated before saving so the cached value is there. */
    record Formula(String text) { }

    private final Workbooks.Book book;
    final Sheet sheet;
    private final Plants plants;

    SheetWriter(Workbooks.Book book, String sheetName, Plants plants) {
        this.book = book;
        this.sheet = book.wb().createSheet(sheetName);
        this.plants = plants;
    }

    /** Writes {@code value}, or the planted override for (school, year, target), and locates the plant. */
    Cell put(int row, int col, String school, int year, String target, Object value) {
        Plant p = plants.at(school, year, target);
        if (p == null) {
            return value(row, col, value);
        }
        if (p.located()) {
            throw new IllegalStateException("Plant target written twice: " + school + " " + target);
        }
        p.file = book.relativePath();
        p.sheet = sheet.getSheetName();
        p.cell = new CellReference(row, col).formatAsString();
        return value(row, col, p.override != null ? p.override : value);
    }

    Cell value(int row, int col, Object value) {
        if (value == null || value == Plants.BLANK) {
            return null;
        }
        Cell c = cell(row, col);
        if (value instanceof Integer i) {
            c.setCellValue(i);
        } else if (value instanceof Double d) {
            c.setCellValue(d);
        } else if (value instanceof String s) {
            c.setCellValue(s);
        } else if (value instanceof LocalDate d) {
            c.setCellValue(d);
            c.setCellStyle(book.dateStyle());
        } else if (value instanceof Formula f) {
            c.setCellFormula(f.text());
        } else {
            throw new IllegalArgumentException("Unsupported cell value " + value.getClass());
        }
        return c;
    }

    void header(int row, int col, String text) {
        value(row, col, text).setCellStyle(book.headerStyle());
    }

    void styled(int row, int col, Object value, CellStyle style) {
        Cell c = value(row, col, value);
        if (c != null) {
            c.setCellStyle(style);
        }
    }

    void merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
    }

    void widths(int... widths) {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    Workbooks.Book book() {
        return book;
    }

    private Cell cell(int row, int col) {
        Row r = sheet.getRow(row);
        if (r == null) {
            r = sheet.createRow(row);
        }
        Cell c = r.getCell(col);
        return c != null ? c : r.createCell(col);
    }

    static String a1(int row, int col) {
        return new CellReference(row, col).formatAsString();
    }

    static String col(int col) {
        return CellReference.convertNumToColString(col);
    }
}
