package org.emisworkbench.imports;

import java.util.Arrays;
import java.util.List;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.template.CellValues;
import org.emisworkbench.template.HeaderText;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;
import org.emisworkbench.workbook.SheetRow;

/**
 * Cross-checks of a wide sheet's totals: total columns against the columns they add up in each row,
 * and total rows against the sums of the rows above. Totals are never stored; a difference is a
 * TOTAL_MISMATCH problem at the total's cell.
 *
 * <p>Two sums are kept because totals are usually SUM formulas: Excel's sum counts only number cells
 * (numbers stored as text are left out, negatives and fractions are in), ours counts the readable
 * counts. A total agreeing with either is right; one agreeing with neither was typed over or is wrong.
 */
final class WideTotals {
    private static final double EPSILON = 1e-6;

    private final WidePlan plan;
    private final SheetProblems problems;
    private final long[] columnSums;
    private final double[] excelSums;
    /** The same sums since the last total row: what a subtotal (one per district) adds up. */
    private final long[] sectionSums;
    private final double[] sectionExcel;
    /** Figures of rows not read (blank code, a school twice), since the top and since the last total row. */
    private final long[] unreadSums;
    private final long[] sectionUnread;
    private int[] rowValues;
    /** The school row before the current one's values, as read: a merge down from it is known on the next row. */
    private int[] previousValues;
    private final double[] rowNumbers;
    /**
     * Sums since the last total row or the last school row that equalled them (a subtotal over one row, or of
     * few figures, cannot be told from a school, so it is stored); those rows, and their own sums: a grand total
     * that agrees without them names them.
     */
    private final long[] sinceLikeTotal;
    private final long[] likeTotalSums;
    private final List<String> likeTotals = new java.util.ArrayList<>();
    private int rowsSinceLikeTotal;
    private boolean likeTotalRow;
    /** Columns where a school row holds an error value (#DIV/0!…): a total row's error there follows from it. */
    private final boolean[] errorAbove;
    /**
     * The same sums over the hidden rows only (since the top, and since the last total row): a totals row of the
     * shown rows (SUBTOTAL 109, a table's totals row under a filter) adds up the others, and agrees without them.
     */
    private final long[] hiddenSums;
    private final long[] sectionHidden;
    private final double[] hiddenExcel;
    private final double[] sectionHiddenExcel;
    private boolean rowHidden;
    /** The current school row's index (0-based), for naming its cells that could not be read. */
    private int rowIndex;
    /**
     * Each column's cells that could not be read (a #REF!, a word) since the top of the table: a total row adding
     * the column up cannot be checked fully, and says which cells (null until a column has one).
     */
    private final List<String>[] unreadableCells;

    WideTotals(WidePlan plan, SheetProblems problems) {
        this.plan = plan;
        this.problems = problems;
        int w = plan.width();
        columnSums = new long[w];
        excelSums = new double[w];
        sectionSums = new long[w];
        sectionExcel = new double[w];
        unreadSums = new long[w];
        sectionUnread = new long[w];
        rowValues = new int[w];
        previousValues = new int[w];
        Arrays.fill(previousValues, -1);
        rowNumbers = new double[w];
        errorAbove = new boolean[w];
        sinceLikeTotal = new long[w];
        likeTotalSums = new long[w];
        hiddenSums = new long[w];
        sectionHidden = new long[w];
        hiddenExcel = new double[w];
        sectionHiddenExcel = new double[w];
        @SuppressWarnings("unchecked")
        List<String>[] cells = new List[w];
        unreadableCells = cells;
    }

    void startRow() {
        startRow(false);
    }

    /** A school row starts; {@code hidden}: Excel hides it (a filter or by hand). */
    void startRow(boolean hidden) {
        startRow(rowIndex, hidden);
    }

    /** A school row starts at {@code row} (0-based); {@code hidden}: Excel hides it (a filter or by hand). */
    void startRow(int row, boolean hidden) {
        rowIndex = row;
        rowHidden = hidden;
        rowCounted = false;
        int[] swap = previousValues;
        previousValues = rowValues; // swapped, not copied: a row costs the one fill it cost before
        rowValues = swap;
        Arrays.fill(rowValues, -1);
        Arrays.fill(rowNumbers, 0);
    }

    /** The one school of the rows since the last total row, or null; mixed when they are of several. */
    private String sectionSchool;
    private boolean sectionMixed;

    /** A count or total cell of a school row: its readable count (or problem code) and raw number. */
    void add(int col, int value, CellKind kind, double number) {
        anyRow = true;
        rowValues[col] = value;
        if (CellValues.isProblem(value)) {
            if (unreadableCells[col] == null) {
                unreadableCells[col] = new java.util.ArrayList<>();
            }
            unreadableCells[col].add(problems.name(rowIndex, col));
        }
        if (kind == CellKind.ERROR && CellValues.isProblem(value)
                && CellValues.problem(value) == ProblemKind.FORMULA_ERROR) {
            errorAbove[col] = true;
        }
        if (value > 0 && !rowCounted) {
            rowCounted = true;
            sectionRows++;
            rowsSinceLikeTotal += likeTotalRow ? 0 : 1;
        }
        if (value >= 0) {
            (likeTotalRow ? likeTotalSums : sinceLikeTotal)[col] += value;
        }
        if (value >= 0) {
            columnSums[col] += value;
            sectionSums[col] += value;
            if (rowHidden) {
                hiddenSums[col] += value;
                sectionHidden[col] += value;
            }
        }
        if (kind == CellKind.NUMBER && !Double.isNaN(number)) {
            rowNumbers[col] = number;
            excelSums[col] += number;
            sectionExcel[col] += number;
            if (rowHidden) {
                hiddenExcel[col] += number;
                sectionHiddenExcel[col] += number;
            }
        }
    }

    /**
     * The school of a data row: a sub-total row under rows of one school only (a school's classes, then its
     * sub-total) is that school's, and a mismatch on it is said as that school's, with its rows' sum first.
     */
    void school(String key) {
        if (key == null || sectionMixed) {
            return;
        }
        if (sectionSchool == null) {
            sectionSchool = key;
        } else if (!sectionSchool.equals(key)) {
            sectionMixed = true;
        }
    }

    /**
     * A total column of a school row adding up a column whose figure may be taken back (decision 0111): the total as
     * read and its members' sum as read, the figure included.
     */
    record Over(int col, int total, long sum) {
    }

    /** Per column, the total columns adding it up; made when first asked. */
    private int[][] totalsOf;

    /**
     * The total columns of the current school row ({@code previous}: of the row before it) whose members include
     * column {@code c}, with their values then: asked of the rare figure noted as the first cell of a possible merge.
     */
    List<Over> totalsOver(int c, boolean previous) {
        if (totalsOf == null) {
            totalsOf = new int[plan.width()][];
            for (int m = 0; m < plan.width(); m++) {
                final int col = m;
                totalsOf[m] = java.util.stream.IntStream.range(0, plan.width()).filter(t -> plan.kind[t] == WidePlan.TOTAL
                        && Arrays.stream(plan.members[t]).anyMatch(x -> x == col)).toArray();
            }
        }
        if (totalsOf[c].length == 0) {
            return List.of();
        }
        int[] values = previous ? previousValues : rowValues;
        List<Over> out = new java.util.ArrayList<>();
        for (int t : totalsOf[c]) {
            if (values[t] < 0) {
                continue;
            }
            long sum = 0;
            for (int m : plan.members[t]) {
                sum += Math.max(0, values[m]);
            }
            out.add(new Over(t, values[t], sum));
        }
        return out;
    }

    /** Each total column of the current row against its member columns. */
    void checkRow(SheetRow row, String key) {
        for (int i = 0; i < row.size(); i++) {
            int c = row.col(i);
            if (c >= plan.width() || plan.kind[c] != WidePlan.TOTAL || rowValues[c] < 0) {
                continue;
            }
            long sum = 0;
            double excel = 0;
            boolean any = false;
            List<String> unreadable = new java.util.ArrayList<>();
            List<String> blank = new java.util.ArrayList<>();
            for (int m : plan.members[c]) {
                if (rowValues[m] >= 0) {
                    sum += rowValues[m];
                    any = true;
                } else if (CellValues.isProblem(rowValues[m])) {
                    unreadable.add(problems.name(row.index(), m));
                } else {
                    // No cell there (-1 since the row began) or an empty one: the part is blank.
                    blank.add(problems.name(row.index(), m));
                }
                excel += rowNumbers[m];
            }
            if (any && sum != rowValues[c] && Math.abs(excel - rowValues[c]) > EPSILON) {
                problems.report(ProblemKind.TOTAL_MISMATCH, row.index(), c, key, plan.field[c], row.text(i),
                        withBlank(withUnreadable(mismatch(rowValues[c], sum, plan.members[c], plan.sex, row.index(),
                                problems), unreadable), blank));
            }
        }
    }

    /**
     * A total row: each numeric cell is compared with the sum of its column above, or with the sum since
     * the previous total row (a subtotal of a district, the rows of a block); then a new block starts.
     */
    void checkTotalRow(List<Cell> cells) {
        if (!anyRow && leading == null) {
            // A grand total printed first, under the header: it adds up the rows below it.
            leading = List.copyOf(cells);
            return;
        }
        boolean subtotal = sectionStarted();
        for (Cell cell : cells) {
            int c = cell.col();
            if (!countColumn(c)) {
                continue;
            }
            int v = problems.value(cell.kind(), cell.text(), cell.number());
            boolean section = v == sectionSums[c] || v == sectionSums[c] + sectionUnread[c]
                    || Math.abs(sectionExcel[c] - v) <= EPSILON || shownOnly(sectionSums[c], sectionHidden[c],
                    sectionExcel[c], sectionHiddenExcel[c], v);
            if (v >= 0 && !agrees(c, v) && !section) {
                boolean since = sinceTheLastTotal(subtotal, c);
                String school = since && !sectionMixed ? sectionSchool : null;
                problems.report(ProblemKind.TOTAL_MISMATCH, cell.row(), c, school, plan.field[c], cell.text(),
                        withUnreadable(withoutLikeTotals(c, v, school != null
                                ? Message.of(side("import.detail.schoolSubtotalRow"), v, sectionSums[c], school)
                                : since
                                ? Message.of(side("import.detail.subtotalRowAbove"), v, columnSums[c], sectionSums[c])
                                : withRowsNotRead(c, Message.of(side("import.detail.totalRowAbove"), v, columnSums[c]))),
                                unreadableCells[c]));
            } else {
                uncheckable(cell, v);
            }
        }
        Arrays.fill(sectionSums, 0);
        Arrays.fill(sectionExcel, 0);
        Arrays.fill(sectionUnread, 0);
        Arrays.fill(sectionHidden, 0);
        Arrays.fill(sectionHiddenExcel, 0);
        sectionRows = 0;
        sectionSchool = null;
        sectionMixed = false;
        Arrays.fill(sinceLikeTotal, 0);
        rowsSinceLikeTotal = 0;
        sectionCount++;
    }

    /**
     * A total column's difference from what it adds up: a total of both sexes of one grade ({@code Grade 1 | B | G |
     * T}) names the cells of each sex ({@code the total says 24 but B4 (M) and C4 (F) add
     * up to 23}); any other total says the columns' sum.
     *
     * @param members the columns the total adds up; {@code sexes} each column's sex (null where none)
     */
    static Message mismatch(int total, long sum, int[] members, org.emisworkbench.model.Sex[] sexes, int row,
                            SheetProblems problems) {
        if (members.length == 2 && sexes[members[0]] != null && sexes[members[1]] != null
                && sexes[members[0]] != sexes[members[1]]) {
            int boys = sexes[members[0]] == org.emisworkbench.model.Sex.M ? members[0] : members[1];
            int girls = boys == members[0] ? members[1] : members[0];
            return ofSexes(total, sum, problems.name(row, boys), problems.name(row, girls));
        }
        return Message.of(problems.across() ? "import.detail.totalRows" : "import.detail.totalColumns", total, sum);
    }

    /** The difference of a total of both sexes from the boys' and the girls' cells ({@code B4}, {@code C4}). */
    static Message ofSexes(int total, long sum, String boysCell, String girlsCell) {
        return Message.of("import.detail.totalOfSexes", total, boysCell, girlsCell, sum);
    }

    /**
     * A mismatch with parts that could not be read (a #REF!, a word): the sum leaves them out, so the total cannot
     * be checked fully, and the message names them, lest the officer look for an error that is only an unreadable
     * part; the mismatch as it is when every part was read.
     */
    /**
     * A mismatch with blank parts names them: the officer looks at the blank cell (a figure left out, or a 0 not
     * written), not for a wrong total (review 20: "the total says 82 but the columns add up to 40", Q6 blank).
     */
    static Message withBlank(Message mismatch, List<String> cells) {
        if (cells.isEmpty()) {
            return mismatch;
        }
        return Message.of("import.detail.partsBlank", mismatch, firstCells(cells), cells.size());
    }

    /**
     * A total whose part was typed into one cell merged across several figures (decision 0111): that figure is stored
     * for none, so the total is not taken to agree with it as the first part's; the mismatch is said with the parts
     * as read (the merged one missing), naming the merge.
     */
    static Message withMerged(Message mismatch, List<String> ranges) {
        if (ranges == null || ranges.isEmpty()) {
            return mismatch;
        }
        return Message.of("import.detail.partsMerged", mismatch, String.join(", ", ranges));
    }

    /**
     * The merged regions ({@code B5:C5}) of {@code merges} covering a cell of row {@code row} in one of {@code cols}:
     * the parts of a total a merge across figures took away.
     */
    static List<String> mergedParts(List<org.emisworkbench.workbook.CellRange> merges, int row, List<Integer> cols) {
        if (merges.isEmpty()) {
            return List.of();
        }
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (org.emisworkbench.workbook.CellRange m : merges) {
            for (int c : cols) {
                if (m.contains(row, c)) {
                    out.add(org.emisworkbench.model.CellRef.a1(m.firstRow(), m.firstCol()) + ":"
                            + org.emisworkbench.model.CellRef.a1(m.lastRow(), m.lastCol()));
                }
            }
        }
        return List.copyOf(out);
    }

    static Message withUnreadable(Message mismatch, List<String> cells) {
        if (cells == null || cells.isEmpty()) {
            return mismatch;
        }
        return Message.of("import.detail.partsUnreadable", mismatch, firstCells(cells));
    }

    /** The first five cells named, and how many there are when there are more: {@code E5, F5, … (9)}. */
    private static String firstCells(List<String> cells) {
        return cells.size() <= 5 ? String.join(", ", cells)
                : String.join(", ", cells.subList(0, 5)) + ", … (" + cells.size() + ")";
    }

    /**
     * When the total agrees with the rows above once the school rows that equalled the sums above them are left
     * out: those rows named, as subtotals that were stored as schools; else nothing.
     */
    private Message withoutLikeTotals(int c, int v, Message mismatch) {
        if (likeTotals.isEmpty() || columnSums[c] - likeTotalSums[c] != v) {
            return mismatch;
        }
        return Message.of(side("import.detail.withoutLikeTotals"), mismatch, String.join(", ", likeTotals), v);
    }

    /**
     * True when a row with a school code is a subtotal: each of its figures is the sum of its column over the
     * rows read since the previous total row (or the table's top), over at least two rows with figures and at
     * least three figures that are not zero, and no column with figures above is blank in it. So a zone's
     * subtotal written with the zone's code, or the zone's name in the code column, is never a school counted
     * twice; a school's own row practically never equals the sum of two or more rows above it in three figures.
     */
    boolean isSubtotal(SheetRow row) {
        return sectionRows >= 2 && figuresEqualling(row, sectionSums, sectionExcel) >= 3;
    }

    /**
     * As {@link #isSubtotal}, for a row without a code: a zone of one school has a subtotal over one row, and a
     * row without a code that repeats the sums since the last total in three figures or more is no school.
     */
    boolean isSubtotalWithoutCode(SheetRow row) {
        return sectionRows >= 1 && figuresEqualling(row, sectionSums, sectionExcel) >= 3;
    }

    /**
     * True when a row's figures are each at least half its column's sum since the last total row, in three columns
     * or more and in all but a fifth of the columns it fills, over at least three rows: the share of a total, not
     * of a school, even when the total does not add up (a school's cell left blank, review 32: a district total
     * labelled {@code जम्मा} was stored as a school). Used only for a code unlike every code above it.
     */
    boolean isTotalByShare(SheetRow row) {
        if (sectionRows < 3) {
            return false;
        }
        int given = 0;
        int large = 0;
        for (int i = 0; i < row.size(); i++) {
            int c = row.col(i);
            if (!countColumn(c) || sectionSums[c] <= 0 || row.kind(i) == CellKind.BLANK
                    || row.kind(i) == CellKind.TEXT && row.text(i).isBlank()) {
                continue;
            }
            int v = problems.value(row.kind(i), row.kind(i) == CellKind.NUMBER ? null : row.text(i), row.number(i));
            given++;
            large += v >= 0 && 2L * v >= sectionSums[c] ? 1 : 0;
        }
        return large >= 3 && 5 * large >= 4 * given;
    }

    /**
     * Before a school row's figures are added: when each of them equals its column's sum since the last total
     * row or the last such row (a zone's subtotal over one school, or of two figures, in the code column), the
     * school is kept but remembered, and a grand total that agrees without these rows names them.
     */
    void schoolRow(SheetRow row, String key) {
        likeTotalRow = rowsSinceLikeTotal >= 1 && figuresEqualling(row, sinceLikeTotal, null) >= 1;
        if (likeTotalRow) {
            likeTotals.add((problems.across() ? org.emisworkbench.model.CellRef.columnLetters(row.index())
                    : Integer.toString(row.index() + 1)) + " (" + key + ")");
            Arrays.fill(sinceLikeTotal, 0);
            rowsSinceLikeTotal = 0;
        }
    }

    /**
     * How many figures above 0 the row holds when each of its figures equals its column's sum ({@code sums}, or
     * the Excel sums {@code excel} when given) and no column with a sum is blank in it; -1 otherwise.
     */
    private int figuresEqualling(SheetRow row, long[] sums, double[] excel) {
        int figures = 0;
        int given = 0;
        for (int i = 0; i < row.size(); i++) {
            int c = row.col(i);
            if (!countColumn(c) || row.kind(i) == CellKind.BLANK
                    || row.kind(i) == CellKind.TEXT && row.text(i).isBlank()) {
                continue;
            }
            int v = problems.value(row.kind(i), row.kind(i) == CellKind.NUMBER ? null : row.text(i), row.number(i));
            if (v < 0 || v != sums[c] && (excel == null || Math.abs(excel[c] - v) > EPSILON)) {
                return -1;
            }
            given += sums[c] > 0 ? 1 : 0;
            figures += v > 0 ? 1 : 0;
        }
        int withFigures = 0;
        for (int c = 0; c < plan.width(); c++) {
            withFigures += countColumn(c) && sums[c] > 0 ? 1 : 0;
        }
        return given == withFigures ? figures : -1;
    }

    /**
     * A row not read (no school code, or a school already read on an earlier row). Its figures are still in
     * the sheet: a total row under it may add them (a SUM over the range, as most district files have) or
     * not (a total typed from the schools read). Either agrees; the row itself is reported as what it is,
     * and must not also make a right total look wrong.
     *
     * @return true when the row holds a figure (above 0) in a column of counts: figures not imported
     */
    boolean addUnread(List<Cell> cells) {
        anyRow = true;
        boolean figures = false;
        for (Cell cell : cells) {
            int c = cell.col();
            if (!countColumn(c)) {
                continue;
            }
            int v = problems.value(cell.kind(), cell.text(), cell.number());
            if (v >= 0) {
                unreadSums[c] += v;
                sectionUnread[c] += v;
                figures |= v > 0;
            }
        }
        if (figures && !unreadRows.contains(place(cells.get(0).row()))) {
            unreadRows.add(place(cells.get(0).row()));
        }
        return figures;
    }

    /** Rows of figures not read since the table's top ({@link #addUnread}), as the officer finds them (7, or H). */
    private final List<String> unreadRows = new java.util.ArrayList<>();

    private String place(int index) {
        return problems.across() ? org.emisworkbench.model.CellRef.columnLetters(index) : Integer.toString(index + 1);
    }

    /**
     * A total row agrees with the rows above whether it counts the rows not read (a school given twice, a row
     * without a code: as Excel's SUM does) or not; when it agrees with neither, the message gives both sums and names
     * those rows, lest the officer compare the total with a sum that leaves out a row the total plainly counts.
     */
    private Message withRowsNotRead(int c, Message mismatch) {
        if (unreadSums[c] <= 0 || unreadRows.isEmpty()) {
            return mismatch;
        }
        return Message.of(side("import.detail.withRowsNotRead"), mismatch, firstCells(unreadRows),
                columnSums[c] + unreadSums[c]);
    }

    /**
     * A stacked table starts ({@code tables}): its total rows add up its own rows, never those of the tables
     * above it.
     */
    void startTable() {
        endTable();
        anyRow = false;
        for (long[] a : new long[][] {columnSums, sectionSums, unreadSums, sectionUnread, hiddenSums, sectionHidden}) {
            Arrays.fill(a, 0);
        }
        Arrays.fill(excelSums, 0);
        Arrays.fill(sectionExcel, 0);
        Arrays.fill(hiddenExcel, 0);
        Arrays.fill(sectionHiddenExcel, 0);
        Arrays.fill(unreadableCells, null);
        unreadRows.clear();
        sectionCount = 0;
        sectionRows = 0;
        sectionSchool = null;
        sectionMixed = false;
        Arrays.fill(sinceLikeTotal, 0);
        Arrays.fill(likeTotalSums, 0);
        likeTotals.clear();
        rowsSinceLikeTotal = 0;
    }

    /** A total row met above every row it could add up, checked with the rows below it at the table's end. */
    private List<Cell> leading;
    /** True once a row of figures (read or not) has been met in the current table. */
    private boolean anyRow;

    /** The table ends (the sheet's end, or a stacked table's title): a total printed first is checked now. */
    void endTable() {
        if (leading == null) {
            return;
        }
        for (Cell cell : leading) {
            int c = cell.col();
            if (!countColumn(c)) {
                continue;
            }
            int v = problems.value(cell.kind(), cell.text(), cell.number());
            if (v >= 0 && !agrees(c, v)) {
                problems.report(ProblemKind.TOTAL_MISMATCH, cell.row(), c, null, plan.field[c], cell.text(),
                        withUnreadable(Message.of(side("import.detail.totalRowBelow"), v, columnSums[c]),
                                unreadableCells[c]));
            } else {
                uncheckable(cell, v);
            }
        }
        leading = null;
    }

    /**
     * A total row's cell that holds an error or a formula without its result: the total cannot be checked,
     * and says so at its cell rather than passing silently; except an error value in a column where a school's
     * cell above already holds one, reported at that cell, of which the total's is only the echo (#DIV/0! adds
     * up). A formula without its result is said at every cell: each lacks its own.
     */
    private void uncheckable(Cell cell, int v) {
        boolean echo = errorAbove[cell.col()] && CellValues.isProblem(v)
                && CellValues.problem(v) == ProblemKind.FORMULA_ERROR;
        if (cell.kind() == CellKind.ERROR && CellValues.isProblem(v) && !echo) {
            problems.report(CellValues.problem(v), cell.row(), cell.col(), null, plan.field[cell.col()], cell.text(),
                    CellValues.totalDetail(v));
        }
    }

    /** School rows with a figure above nought since the last total row, and whether the current row counted. */
    private int sectionRows;
    private boolean rowCounted;

    /** Total rows met so far: after the first, the rows since the last one are a block of their own. */
    private int sectionCount;

    private boolean sectionStarted() {
        return sectionCount > 0;
    }

    /**
     * True when the sum since the previous total row says something the sum of all rows above does not: there
     * is a previous total row, rows came since it, and they add up to another figure. Otherwise the message says
     * the rows above only ("0 since the previous total row" after none, or nothing since, is no help).
     */
    private boolean sinceTheLastTotal(boolean subtotal, int c) {
        return subtotal && sectionRows > 0 && sectionSums[c] != columnSums[c];
    }

    /**
     * True when a row without school code at the bottom of the sheet is a total row: it says "Total"
     * somewhere, or most of its figures are the sums of their columns (with more than one school above,
     * where a single school's row would trivially equal the sums).
     */
    boolean looksLikeTotal(List<Cell> cells, int schools) {
        int agree = 0;
        int disagree = 0;
        for (Cell cell : cells) {
            if (cell.kind() == CellKind.TEXT && HeaderText.isTotalLabel(cell.text())) {
                return true;
            }
            if (countColumn(cell.col())) {
                int v = problems.value(cell.kind(), cell.text(), cell.number());
                if (v >= 0 && agrees(cell.col(), v) && schools > 1) {
                    agree++;
                } else if (v >= 0) {
                    disagree++;
                }
            }
        }
        return agree > 0 && agree >= disagree;
    }

    /**
     * A message about total rows as the officer sees the sheet: on a sheet read on its side ({@link
     * org.emisworkbench.template.SchoolsAcross}) the reading's total row is the sheet's total column and its rows are
     * the sheet's columns, so the words are those of the {@code Across} key ({@code the total column says …}).
     */
    private String side(String key) {
        return problems.across() ? key + "Across" : key;
    }

    private boolean countColumn(int c) {
        return c < plan.width() && (plan.kind[c] == WidePlan.COUNT || plan.kind[c] == WidePlan.TOTAL || plan.kind[c] == WidePlan.PART
                || plan.kind[c] == WidePlan.ROW_COUNT);
    }

    private boolean agrees(int c, int v) {
        return v == columnSums[c] || v == columnSums[c] + unreadSums[c] || Math.abs(excelSums[c] - v) <= EPSILON
                || shownOnly(columnSums[c], hiddenSums[c], excelSums[c], hiddenExcel[c], v);
    }

    /**
     * True when hidden rows hold figures of the column and the total is the sum of the shown rows alone: a
     * SUBTOTAL(109, …) or a table's totals row under a filter, which leave out what the filter hides. The hidden
     * rows are imported all the same and named in the import's warning, which says a filter hides them.
     */
    private static boolean shownOnly(long sum, long hidden, double excel, double hiddenExcel, int v) {
        return (hidden > 0 || hiddenExcel != 0) && (v == sum - hidden || Math.abs(excel - hiddenExcel - v) <= EPSILON);
    }
}
