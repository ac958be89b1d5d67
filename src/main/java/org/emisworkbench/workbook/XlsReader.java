package org.emisworkbench.workbook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reader for binary .xls (BIFF8) through POI's HSSF user model. Loading the whole workbook is fine
 * here: the format stops at 65,536 rows x 256 columns. Cell semantics match {@link XlsxReader}.
 */
final class XlsReader implements WorkbookReader {
    private static final Logger LOG = LoggerFactory.getLogger(XlsReader.class);

    private final Path file;
    private final HSSFWorkbook workbook;
    private final List<SheetInfo> sheets;
    private final boolean date1904;
    /** Per cell style index, the width of its format of zeros plus one (1: none; 0: not yet worked out). */
    private int[] zeroWidths = new int[64];
    private boolean closed;
    private final HiddenRowTally hidden = new HiddenRowTally();

    private XlsReader(Path file, HSSFWorkbook workbook) {
        this.file = file;
        this.workbook = workbook;
        List<SheetInfo> infos = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            Visibility v = workbook.isSheetVeryHidden(i) ? Visibility.VERY_HIDDEN
                    : workbook.isSheetHidden(i) ? Visibility.HIDDEN : Visibility.VISIBLE;
            infos.add(new SheetInfo(i, workbook.getSheetName(i), v));
        }
        this.sheets = List.copyOf(infos);
        this.date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
    }

    /**
     * Loads the workbook stream of an OLE2 file already checked to hold one. The records are all read
     * here, so the caller may close the file system afterwards.
     */
    static WorkbookReader load(Path file, DirectoryNode root) throws WorkbookException {
        try {
            HSSFWorkbook wb = new HSSFWorkbook(root, false);
            LOG.debug("Opened {}: {} sheets", file, wb.getNumberOfSheets());
            return new XlsReader(file, wb);
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            throw Problems.translate(file, null, e);
        }
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public List<SheetInfo> sheets() {
        return sheets;
    }

    @Override
    public void read(SheetInfo sheet, RowHandler handler) throws WorkbookException {
        walk(sheet, row -> HandlerFailure.call(handler, row));
    }

    @Override
    public List<CellRange> mergedRegions(SheetInfo sheet) {
        check(sheet);
        List<CellRange> merged = new ArrayList<>();
        for (CellRangeAddress a : workbook.getSheetAt(sheet.index()).getMergedRegions()) {
            merged.add(new CellRange(a.getFirstRow(), a.getLastRow(), a.getFirstColumn(), a.getLastColumn()));
        }
        return merged;
    }

    @Override
    public java.util.SortedSet<Integer> hiddenRows(SheetInfo sheet) {
        return hidden.of(sheet);
    }

    @Override
    public java.util.BitSet hiddenColumns(SheetInfo sheet) {
        check(sheet);
        Sheet s = workbook.getSheetAt(sheet.index());
        java.util.BitSet columns = new java.util.BitSet();
        for (int c = 0; c < MAX_COLUMNS; c++) {
            if (s.isColumnHidden(c)) {
                columns.set(c);
            }
        }
        return columns;
    }

    /** The .xls format's last column (IV). */
    private static final int MAX_COLUMNS = 256;

    @Override
    public SheetGrid grid(SheetInfo sheet, int maxCells) throws WorkbookException {
        SparseGrid.Builder builder = new SparseGrid.Builder(maxCells);
        walk(sheet, builder);
        if (builder.exceeded()) {
            throw Problems.of(file, WorkbookException.Reason.TOO_LARGE, null, "workbook.formTooLarge", sheet.name(),
                    maxCells);
        }
        return builder.build(sheet, mergedRegions(sheet));
    }

    @Override
    public int estimatedRows(SheetInfo sheet) {
        check(sheet);
        return workbook.getSheetAt(sheet.index()).getLastRowNum() + 1;
    }

    private void walk(SheetInfo sheet, SheetXmlParser.RowTarget target) throws WorkbookException {
        check(sheet);
        try {
            Sheet s = workbook.getSheetAt(sheet.index());
            MutableRow out = new MutableRow();
            List<Integer> hiddenRows = new ArrayList<>();
            for (Row r : s) {  // HSSF keeps rows and cells sorted by index
                if (r.getZeroHeight() && hasValue(r)) { // hidden: read, and listed for the report, as in .xlsx
                    hiddenRows.add(r.getRowNum());
                }
                out.start(r.getRowNum(), r.getZeroHeight());
                for (org.apache.poi.ss.usermodel.Cell c : r) {
                    add(out, c);
                }
                if (out.size() > 0 && !target.row(out)) {
                    hidden.add(sheet, hiddenRows);
                    return;
                }
            }
            hidden.add(sheet, hiddenRows);
        } catch (HandlerFailure f) {
            throw f.original();
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            throw Problems.translate(file, Problems.sheet(sheet.name()), e);
        }
    }

    /** True when a row has a cell that is not blank (a hidden row of formatted empty cells is not worth a word). */
    private static boolean hasValue(Row r) {
        for (org.apache.poi.ss.usermodel.Cell c : r) {
            if (c.getCellType() != CellType.BLANK) {
                return true;
            }
        }
        return false;
    }

    /** The width of the cell's format when it is made of zeros alone ({@code 00000}), else 0; worked out once per style. */
    private int zeroWidth(org.apache.poi.ss.usermodel.Cell c) {
        org.apache.poi.ss.usermodel.CellStyle style = c.getCellStyle();
        if (style == null) {
            return NumberStyles.PLAIN;
        }
        int i = style.getIndex() & 0xFFFF;
        if (i >= zeroWidths.length) {
            zeroWidths = java.util.Arrays.copyOf(zeroWidths, Math.max(i + 1, zeroWidths.length * 2));
        }
        if (zeroWidths[i] == 0) {
            zeroWidths[i] = Math.max(NumberStyles.PLAIN, NumberStyles.of(style.getDataFormat(), style.getDataFormatString())) + 1;
        }
        return zeroWidths[i] - 1;
    }

    private void add(MutableRow out, org.apache.poi.ss.usermodel.Cell c) {
        CellType type = c.getCellType();
        if (type == CellType.FORMULA) {
            type = c.getCachedFormulaResultType();  // the value Excel last computed
        }
        int col = c.getColumnIndex();
        switch (type) {
            case NUMERIC -> {
                double d = c.getNumericCellValue();
                if (DateUtil.isCellDateFormatted(c)) {
                    out.add(col, CellKind.DATE, CellValues.numberText(d), date1904 ? d + CellValues.DAYS_1904 : d);
                } else {
                    int width = zeroWidth(c);
                    String padded = width > NumberStyles.PLAIN ? NumberStyles.padded(d, width) : null;
                    out.add(col, CellKind.NUMBER, padded != null ? padded : CellValues.numberText(d), d);
                }
            }
            case STRING -> out.add(col, CellKind.TEXT, c.getStringCellValue(), Double.NaN);
            case BOOLEAN -> {
                boolean b = c.getBooleanCellValue();
                out.add(col, CellKind.BOOLEAN, b ? "TRUE" : "FALSE", b ? 1 : 0);
            }
            case ERROR -> out.add(col, CellKind.ERROR, errorText(c.getErrorCellValue()), Double.NaN);
            default -> {
                // BLANK (formatted empty cell): not a value
            }
        }
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";  // a code outside the known set: still an error, not a value
        }
    }

    private void check(SheetInfo sheet) {
        if (closed) {
            throw new IllegalStateException(file + " has been closed");
        }
        int i = sheet.index();
        if (i < 0 || i >= sheets.size() || !sheets.get(i).equals(sheet)) {
            throw new IllegalArgumentException("Sheet " + sheet + " is not a sheet of " + file);
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            workbook.close();
        } catch (java.io.IOException e) {
            LOG.debug("Closing {}", file, e);
        }
    }
}
