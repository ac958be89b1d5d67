package org.emisworkbench.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellsRow;
import org.emisworkbench.workbook.CellKind;
import org.emisworkbench.workbook.CellRange;
import org.emisworkbench.workbook.RowHandler;
import org.emisworkbench.workbook.SheetGrid;
import org.emisworkbench.workbook.SheetInfo;
import org.emisworkbench.workbook.Visibility;
import org.emisworkbench.workbook.WorkbookException;
import org.emisworkbench.workbook.WorkbookReader;

/**
 * Test double of the reader: wraps an in-memory POI workbook built by the test, converting cells the
 * way the reader contract says (cached values of formulas, dates as DATE, errors as their code).
 */
public final class PoiWorkbook implements WorkbookReader {
    private final Workbook workbook;
    private final Path file;

    public PoiWorkbook(Workbook workbook, String fileName) {
        this.workbook = workbook;
        this.file = Path.of(fileName);
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public List<SheetInfo> sheets() {
        List<SheetInfo> list = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            Visibility v = switch (workbook.getSheetVisibility(i)) {
                case VISIBLE -> Visibility.VISIBLE;
                case HIDDEN -> Visibility.HIDDEN;
                case VERY_HIDDEN -> Visibility.VERY_HIDDEN;
            };
            list.add(new SheetInfo(i, workbook.getSheetName(i), v));
        }
        return list;
    }

    @Override
    public void read(SheetInfo sheet, RowHandler handler) {
        Sheet s = workbook.getSheetAt(sheet.index());
        for (Row row : s) {
            List<Cell> cells = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Cell c : row) {
                Cell cell = convert(c);
                if (cell.kind() != CellKind.BLANK) {
                    cells.add(cell);
                }
            }
            if (!handler.row(new CellsRow(row.getRowNum(), cells, row.getZeroHeight()))) {
                return;
            }
        }
    }

    @Override
    public SheetGrid grid(SheetInfo sheet, int maxCells) throws WorkbookException {
        Sheet s = workbook.getSheetAt(sheet.index());
        List<List<Cell>> rows = new ArrayList<>();
        int count = 0;
        int lastCol = -1;
        for (Row row : s) {
            while (rows.size() <= row.getRowNum()) {
                rows.add(new ArrayList<>());
            }
            for (org.apache.poi.ss.usermodel.Cell c : row) {
                Cell cell = convert(c);
                if (cell.kind() != CellKind.BLANK) {
                    rows.get(row.getRowNum()).add(cell);
                    lastCol = Math.max(lastCol, cell.col());
                    count++;
                }
            }
        }
        if (count > maxCells) {
            throw new WorkbookException(file, WorkbookException.Reason.TOO_LARGE,
                    org.emisworkbench.model.Message.verbatim("too many cells"), null);
        }
        List<CellRange> merged = new ArrayList<>();
        for (CellRangeAddress a : s.getMergedRegions()) {
            merged.add(new CellRange(a.getFirstRow(), a.getLastRow(), a.getFirstColumn(), a.getLastColumn()));
        }
        int last = lastCol;
        return new SheetGrid() {
            @Override
            public SheetInfo sheet() {
                return sheet;
            }

            @Override
            public Cell cell(int row, int col) {
                if (row < rows.size()) {
                    for (Cell c : rows.get(row)) {
                        if (c.col() == col) {
                            return c;
                        }
                    }
                }
                return new Cell(row, col, CellKind.BLANK, "", Double.NaN);
            }

            @Override
            public int lastRow() {
                return rows.size() - 1;
            }

            @Override
            public int lastCol() {
                return last;
            }

            @Override
            public List<CellRange> mergedRegions() {
                return merged;
            }
        };
    }

    static Cell convert(org.apache.poi.ss.usermodel.Cell c) {
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        int r = c.getRowIndex();
        int col = c.getColumnIndex();
        return switch (type) {
            case NUMERIC -> {
                double d = c.getNumericCellValue();
                boolean date = DateUtil.isCellDateFormatted(c);
                yield new Cell(r, col, date ? CellKind.DATE : CellKind.NUMBER, NumberToTextConverter.toText(d), d);
            }
            case STRING -> new Cell(r, col, CellKind.TEXT, c.getStringCellValue(), Double.NaN);
            case BOOLEAN -> new Cell(r, col, CellKind.BOOLEAN, c.getBooleanCellValue() ? "TRUE" : "FALSE",
                    c.getBooleanCellValue() ? 1 : 0);
            case ERROR -> new Cell(r, col, CellKind.ERROR, FormulaError.forInt(c.getErrorCellValue()).getString(),
                    Double.NaN);
            default -> new Cell(r, col, CellKind.BLANK, "", Double.NaN);
        };
    }

    @Override
    public void close() {
        // The workbook belongs to the test.
    }
}
