package org.emisworkbench.testing;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Writes fixture rows tersely: numbers become NUMBER cells, "#DIV/0!" or a {@link FormulaError} an error, null a blank. */
public final class Sheets {
    private Sheets() {
    }

    public static void row(Sheet sheet, int rowIndex, Object... values) {
        Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof FormulaError e) {
                cell.setCellErrorValue(e.getCode());
            } else if (v instanceof Boolean b) {
                cell.setCellValue(b);
            } else if (v instanceof String s && s.startsWith("#") && s.endsWith("!") || "#N/A".equals(v)) {
                cell.setCellErrorValue(FormulaError.forString((String) v).getCode());
            } else {
                cell.setCellValue(v.toString());
            }
        }
    }

    /** Writes {@code wb} to {@code file} and closes it; returns the file. */
    public static java.nio.file.Path save(org.apache.poi.ss.usermodel.Workbook wb, java.nio.file.Path file)
            throws java.io.IOException {
        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }
}
