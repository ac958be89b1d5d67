package org.emisworkbench.imports;

import java.util.List;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.template.CellValues;
import org.emisworkbench.template.FigureMarks;
import org.emisworkbench.template.FigureText;
import org.emisworkbench.template.SchoolsAcross;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * Reports cell problems of one sheet to the sink, always with the sheet, A1 cell and raw text; and reads count
 * cells the template's way ({@link FigureText}), so that a nil mark read as zero is reported wherever a count is
 * read.
 */
final class SheetProblems {
    private static final int MAX_RAW = 240;

    private final CensusSink sink;
    private final String sheet;
    private final FigureText figures;
    /** True on a sheet of one column per school read on its side ({@link SchoolsAcross}): cells are named back. */
    private final boolean across;
    private int count;

    SheetProblems(CensusSink sink, String sheet, FigureText figures) {
        this(sink, sheet, figures, false);
    }

    /** @param across true when the rows handed to the reader are the sheet's columns ({@link SchoolsAcross}) */
    SheetProblems(CensusSink sink, String sheet, FigureText figures, boolean across) {
        this.sink = sink;
        this.sheet = sheet;
        this.figures = figures;
        this.across = across;
    }

    /** The sheet's name of the cell the reader reads at 0-based {@code row}, {@code col} ({@code D7}). */
    String name(int row, int col) {
        return across ? SchoolsAcross.cell(row, col) : CellRef.a1(row, col);
    }

    /** True when the rows read are the sheet's columns (one column per school). */
    boolean across() {
        return across;
    }

    /**
     * The count a cell holds ({@link CellValues#count}: a count, a blank or a problem code, the problem left
     * to the caller), with the template's nil marks read as 0, each reported as {@code NIL_AS_ZERO} here.
     */
    int count(int row, int col, String school, String field, CellKind kind, String text, double number) {
        if (nil(kind, text)) {
            reportNil(row, col, school, field, text);
            return 0;
        }
        int v = figures.count(kind, text, number);
        digits(row, col, school, field, kind, text, v);
        if (kind == CellKind.TEXT && !CellValues.isProblem(v)) {
            FigureMarks.Marked marked = FigureMarks.read(text);
            if (marked != null) {
                report(ProblemKind.MARK_SET_ASIDE, row, col, school, field, text, marked.words());
            }
        }
        return v;
    }

    /**
     * Says a figure read from other digits ({@code ٣٠} as 30, {@link org.emisworkbench.model.Digits}) to the sink,
     * which says the first of the file (IMP-41); for readers that read a cell with {@link #value}.
     */
    void digits(int row, int col, String school, String field, CellKind kind, String text, int v) {
        if (kind == CellKind.TEXT && v >= 0 && org.emisworkbench.model.Digits.hasOther(text)) {
            sink.otherDigits(sheet, name(row, col), school, field, text, v);
        }
    }

    /** True when the cell is a nil mark of the template (read as 0 by {@link #value}). */
    boolean nil(CellKind kind, String text) {
        return figures.nil(kind, text);
    }

    /** Reports a nil mark read as 0 (for readers that report once the school is known). */
    void reportNil(int row, int col, String school, String field, String text) {
        report(ProblemKind.NIL_AS_ZERO, row, col, school, field, text, (field == null ? "" : field + " = ") + "0");
    }

    /** The count a cell holds, the template's way, without reporting anything (for checks of totals). */
    int value(CellKind kind, String text, double number) {
        return figures.count(kind, text, number);
    }

    /**
     * True when a text cell holds a figure: one the template reads as a count, or one written with dotted thousands
     * ({@code 1.170}) which a template without {@code "thousands": "."} would not read, still a figure when the
     * figures a column holds are counted for UNREAD_FIGURES (review 29 F2).
     */
    boolean figure(CellKind kind, String text) {
        return kind == CellKind.NUMBER || kind == CellKind.TEXT && (value(kind, text, Double.NaN) >= 0
                || text != null && DOTTED_THOUSANDS.matcher(text.strip()).matches());
    }

    void report(ProblemKind kind, int row, int col, String school, String field, String raw, String detail) {
        count++;
        sink.problem(new ImportProblem(kind, sheet, name(row, col), school, field, clip(raw), detail));
    }

    /** The same with a detail worded in each reader's language (a finding in French says it in French). */
    void report(ProblemKind kind, int row, int col, String school, String field, String raw, Message detail) {
        count++;
        sink.problem(ImportProblem.worded(kind, sheet, name(row, col), school, field, clip(raw),
                kind == ProblemKind.FRACTIONAL_COUNT && raw != null && DOTTED_THOUSANDS.matcher(raw.strip()).matches()
                        ? Message.of("import.detail.fractionalThousands", raw.strip()) : detail));
    }

    /**
     * A count written {@code 1.234} or {@code 12.500}: in French or Portuguese writing a thousand and more, not a
     * fraction; the officer is pointed to the template's {@code thousands} setting rather than told only "decimals".
     */
    private static final java.util.regex.Pattern DOTTED_THOUSANDS = java.util.regex.Pattern.compile("\\d{1,3}(\\.\\d{3})+");

    private static String clip(String raw) {
        return raw == null || raw.length() <= MAX_RAW ? raw : raw.substring(0, MAX_RAW) + "…";
    }

    /** Problem concerning a range of cells, e.g. a column aggregated by a roster. */
    void reportRange(ProblemKind kind, String range, String school, String field, String raw, String detail) {
        count++;
        sink.problem(new ImportProblem(kind, sheet, across ? SchoolsAcross.reference(range) : range, school, field, raw,
                detail));
    }

    /** The same with a detail worded in each reader's language. */
    void reportRange(ProblemKind kind, String range, String school, String field, String raw, Message detail) {
        count++;
        sink.problem(ImportProblem.worded(kind, sheet, across ? SchoolsAcross.reference(range) : range, school, field,
                raw, detail));
    }

    /**
     * A figure typed into one cell merged across the cells of several figures ({@code C7:D7} over Grade 1 Boys and
     * Grade 1 Girls): whose figure it is cannot be told, so it is not stored, and said naming the merged range, the
     * value and the figures it spans (decision 0104). The same words for every layout.
     */
    void mergedFigure(org.emisworkbench.workbook.CellRange merged, String school, String field, String shown,
                      List<String> figures) {
        String range = org.emisworkbench.model.CellRef.a1(merged.firstRow(), merged.firstCol()) + ":"
                + org.emisworkbench.model.CellRef.a1(merged.lastRow(), merged.lastCol());
        reportRange(ProblemKind.MERGED_FIGURE, range, school, field, shown, Message.of("import.detail.mergedFigure",
                shown, String.join(" | ", figures)));
    }

    /**
     * A block of figures the template leaves out on purpose ({@code ignore}, or last year's beside a {@code {year}}
     * band: {@code lastYear} is then that year's text, else null): no problem, said to the sink.
     */
    void leftOut(String range, String headers, String lastYear) {
        sink.leftOut(sheet, across ? SchoolsAcross.reference(range) : range, headers, lastYear);
    }

    /** Figures read as a check total ({@code D7:D9}, a total of {@code enrolment G1}): no problem, said to the sink. */
    void checked(String range, String header, String totalOf) {
        sink.checked(sheet, range, header, totalOf);
    }

    /** A form's label with a value beside it that the template does not read: no problem, said to the sink. */
    void labelNotRead(int row, int col, String label, String value) {
        sink.labelNotRead(sheet, name(row, col), label, value);
    }

    int count() {
        return count;
    }

    String sheet() {
        return sheet;
    }

    /** The non-blank cells of a row as "B7=Bessa; C7=12", for problems about a whole row. */
    static String describe(List<Cell> cells) {
        return describe(cells, false);
    }

    /** {@link #describe(List)} with each cell named as it stands in the sheet (a column read as a row too). */
    String describeRead(List<Cell> cells) {
        return describe(cells, across);
    }

    private static String describe(List<Cell> cells, boolean across) {
        StringBuilder sb = new StringBuilder();
        for (Cell c : cells) {
            if (c.isBlank()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(across ? SchoolsAcross.cell(c.row(), c.col()) : CellRef.a1(c.row(), c.col()))
                    .append('=').append(c.text());
            if (sb.length() > MAX_RAW) {
                break;
            }
        }
        return sb.toString();
    }
}
