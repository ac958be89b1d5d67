package org.emisworkbench.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.Message;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;
import org.emisworkbench.workbook.SheetRow;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.SkipReason;
import org.emisworkbench.template.HeaderLayout;
import org.emisworkbench.template.HeaderText;

/**
 * A sheet's header found again among its data rows, as when blocks of rows are pasted in with their
 * header. Such a row is never a school called "School code" nor a pupil whose sex is "Sex": it is
 * reported ({@code REPEATED_HEADER}, with its row) and skipped. A row repeats the header when
 * <ul>
 *   <li>its school-code cell is a header or label text of the template or of the sheet's own header
 *       ({@link SchoolCodes}); or</li>
 *   <li>(rows without a code, and rosters of one school) at least two of its cells, and more than half
 *       of its non-blank cells, are the header texts of their own column, in either row of a two-row
 *       header.</li>
 * </ul>
 * When the repeated header differs from the sheet's (a block pasted from another layout), the columns
 * that differ are named: the rows below it are read under the sheet's header, so the officer checks them.
 */
final class RepeatedHeaders {
    /** Per header row: 1-based row number and normalised text by 0-based column. */
    private final List<Map<Integer, String>> rows = new ArrayList<>();
    private final List<Integer> rowNumbers = new ArrayList<>();
    private final SchoolCodes codes;

    private RepeatedHeaders(SchoolCodes codes) {
        this.codes = codes;
    }

    /**
     * @param sheetRows the sheet's first rows (at least down to the header), each its non-blank cells
     * @param codes     the school-code guard, with the sheet's headers; null for a roster of one school
     */
    static RepeatedHeaders of(List<List<Cell>> sheetRows, HeaderLayout header, SchoolCodes codes) {
        RepeatedHeaders r = new RepeatedHeaders(codes);
        for (int i = header.firstRow(); i <= header.lastRow() && i < sheetRows.size(); i++) {
            Map<Integer, String> texts = new HashMap<>();
            for (Cell c : sheetRows.get(i)) {
                String n = HeaderText.normalizeLabel(c.text());
                if (!n.isEmpty()) {
                    texts.put(c.col(), n);
                }
            }
            r.rows.add(texts);
            r.rowNumbers.add(i + 1);
        }
        return r;
    }

    /**
     * True when the row repeats the header.
     *
     * @param key the text of the row's school-code cell ("" when blank or when the sheet has no key)
     */
    boolean repeats(SheetRow row, String key) {
        if (!key.isBlank()) {
            return codes != null && codes.isHeader(key);
        }
        return bestRow(row) >= 0;
    }

    /** The header row most of the row's cells repeat (index into {@link #rows}), or -1. */
    private int bestRow(SheetRow row) {
        int best = -1;
        int bestSame = 1;
        for (int h = 0; h < rows.size(); h++) {
            int filled = 0;
            int same = 0;
            for (int i = 0; i < row.size(); i++) {
                if (row.kind(i) == CellKind.BLANK) {
                    continue;
                }
                String n = HeaderText.normalizeLabel(row.text(i));
                if (n.isEmpty()) {
                    continue;
                }
                filled++;
                if (n.equals(rows.get(h).get(row.col(i)))) {
                    same++;
                }
            }
            if (same > bestSame && 2 * same > filled) {
                best = h;
                bestSame = same;
            }
        }
        return best;
    }

    /** Reports the row (at {@code col}, its code cell or first cell) and counts it as skipped. */
    void report(SheetRow row, int col, SheetProblems problems, CensusSink sink) {
        List<Cell> cells = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
            cells.add(row.cell(i));
        }
        int h = Math.max(0, bestRow(row));
        Map<Integer, String> header = rows.get(h);
        List<Message> differ = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            String n = HeaderText.normalizeLabel(row.text(i));
            String expected = header.get(row.col(i));
            if (!n.isEmpty() && expected != null && !n.equals(expected) && differ.size() < 5) {
                differ.add(Message.of("import.detail.headerDiffers", problems.name(row.index(), row.col(i)),
                        row.text(i).strip(), expected));
            }
        }
        Message detail = differ.isEmpty() ? Message.of("import.detail.headerRepeated", rowNumbers.get(h))
                : Message.of("import.detail.headerRepeatedDiffers", rowNumbers.get(h), differ);
        problems.report(ProblemKind.REPEATED_HEADER, row.index(), col, null, null, problems.describeRead(cells),
                detail);
        sink.skipped(problems.sheet(), row.index(), 1, SkipReason.REPEATED_HEADER);
    }
}
