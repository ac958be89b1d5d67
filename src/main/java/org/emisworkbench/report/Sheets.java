package org.emisworkbench.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.emisworkbench.model.Numbers;
import org.emisworkbench.model.SafeText;

/**
 * Cell writing shared by the exports. Every text cell goes through {@link SafeText#forSpreadsheet}:
 * school names and messages come from returns that anyone can type into, and "=HYPERLINK(…)" must
 * stay text when an officer opens the file.
 */
final class Sheets {
    final CellStyle bold;
    final CellStyle wrap;
    private final Workbook workbook;
    private final java.util.Map<String, CellStyle> numberStyles = new java.util.HashMap<>();

    Sheets(Workbook wb) {
        this.workbook = wb;
        Font f = wb.createFont();
        f.setBold(true);
        bold = wb.createCellStyle();
        bold.setFont(f);
        wrap = wb.createCellStyle();
        wrap.setWrapText(true);
    }

    static Row row(Sheet sheet, int index) {
        Row r = sheet.getRow(index);
        return r == null ? sheet.createRow(index) : r;
    }

    static void text(Row row, int col, String text) {
        if (text != null) {
            row.createCell(col).setCellValue(SafeText.forSpreadsheet(text));
        }
    }

    /** A number cell, or nothing when the figure is not available (never 0 for "not available"). */
    static void number(Row row, int col, Number value) {
        if (value != null) {
            row.createCell(col).setCellValue(value.doubleValue());
        }
    }

    /**
     * A number cell shown as the PDF and the window show it (whole counts, one decimal, two for an
     * index, percentages with one decimal) while the cell keeps the exact figure; the spreadsheet
     * program writes it in its reader's language. {@code ofOne}: a proportion of 1 read as a
     * percentage (the cell holds 0.796 and shows 79.6%).
     */
    void figure(Row row, int col, Number value, Numbers.Style style, boolean ofOne) {
        figure(row, col, value, style, ofOne, "");
    }

    /**
     * The same, the number followed on display by {@code mark} (" *" for a partial figure): the cell
     * stays a number that formulas add up, and the mark shows where it is printed.
     */
    void figure(Row row, int col, Number value, Numbers.Style style, boolean ofOne, String mark) {
        if (value == null) {
            return;
        }
        String format = switch (style) {
            case COUNT -> "#,##0";
            case DECIMAL -> "#,##0.0";
            case INDEX -> "0.00";
            case PERCENT -> ofOne ? "0.0%" : "0.0\"%\"";
        } + (mark.isEmpty() ? "" : "\"" + mark + "\"");
        Cell c = row.createCell(col);
        c.setCellValue(value.doubleValue());
        c.setCellStyle(numberStyles.computeIfAbsent(format, f -> {
            CellStyle st = workbook.createCellStyle();
            st.setDataFormat(workbook.createDataFormat().getFormat(f));
            return st;
        }));
    }

    void header(Sheet sheet, int index, java.util.List<String> titles) {
        Row r = row(sheet, index);
        for (int i = 0; i < titles.size(); i++) {
            text(r, i, titles.get(i));
            Cell c = r.getCell(i);
            if (c != null) {
                c.setCellStyle(bold);
            }
        }
    }
}
