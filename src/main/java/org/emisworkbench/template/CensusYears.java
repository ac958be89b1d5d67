package org.emisworkbench.template;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.SheetInfo;
import org.emisworkbench.workbook.WorkbookException;
import org.emisworkbench.workbook.WorkbookReader;

/**
 * The census year a workbook states, as its template says where: the value of a labelled cell in the
 * first rows of its sheets ({@code Census year: 2024-2025}), else the file name ({@code D01-2024.xlsx}).
 */
public final class CensusYears {
    /** Rows of each sheet searched for the year label. */
    static final int ROWS = 60;

    private CensusYears() {
    }

    public static OptionalInt detect(WorkbookReader workbook, Template template) throws WorkbookException {
        YearSpec spec = template.year();
        if (spec == null) {
            return OptionalInt.empty();
        }
        SchoolYears years = SchoolYears.of(template);
        if (!spec.columns().isEmpty()) {
            OptionalInt year = YearColumn.read(workbook, spec.columns(), years);
            if (year.isPresent()) {
                return year;
            }
        }
        if (!spec.labels().isEmpty()) {
            for (SheetInfo sheet : workbook.sheets()) {
                if (!sheet.visible()) {
                    continue;
                }
                OptionalInt year = fromLabel(SheetNames.firstRows(workbook, sheet, ROWS), spec.labels(), years);
                if (year.isPresent()) {
                    return year;
                }
            }
        }
        return spec.fromFileName() && workbook.file() != null && workbook.file().getFileName() != null
                ? years.fromFileName(workbook.file().getFileName().toString()) : OptionalInt.empty();
    }

    /**
     * The text of the labelled year cell (as {@link #detect} reads it from the labels), or null: for saying how the
     * year was read when it was written in another calendar ({@code 2016 E.C.}).
     */
    public static String labelledYearText(WorkbookReader workbook, Template template) throws WorkbookException {
        return labelledYear(workbook, template).map(LabelledYear::text).orElse(null);
    }

    /**
     * A year label found with a value beside it: the label as written, the value's cell ({@code Form!C8}) and its
     * text ({@code ۱۴۰۳}).
     */
    public record LabelledYear(String label, String cell, String text) {
    }

    /**
     * The first visible sheet's year label and the value beside it, found as {@link #detect} looks for it, or empty:
     * so that a refusal says what the label holds ({@code Academic year at C8 holds 1403}) rather than that the year
     * is not in the workbook (review 30 D4).
     */
    public static Optional<LabelledYear> labelledYear(WorkbookReader workbook, Template template)
            throws WorkbookException {
        YearSpec spec = template.year();
        if (spec == null || spec.labels().isEmpty()) {
            return Optional.empty();
        }
        for (SheetInfo sheet : workbook.sheets()) {
            if (!sheet.visible()) {
                continue;
            }
            List<List<Cell>> rows = SheetNames.firstRows(workbook, sheet, ROWS);
            Cell label = FormCells.findLabel(rows, spec.labels());
            Cell c = yearCell(rows, spec.labels());
            if (c != null && c.text() != null && !c.text().isBlank()) {
                String written = label != null ? label.text() : spec.labels().get(0);
                return Optional.of(new LabelledYear(TemplateDrafter.oneLine(written),
                        sheet.name() + "!" + CellRef.a1(c.row(), c.col()), c.text().strip()));
            }
        }
        return Optional.empty();
    }

    /** A year cell holding a formula whose result the file does not hold: {@code Form!C3} and its formula. */
    public record UnsavedYear(String cell, String formula) {
    }

    /**
     * When no year was found: the labelled year cell, if it holds a formula without its saved result
     * (decision 0033), so the refusal can name it rather than say the year is absent.
     */
    public static Optional<UnsavedYear> formulaWithoutResult(WorkbookReader workbook, Template template)
            throws WorkbookException {
        YearSpec spec = template.year();
        if (spec == null || spec.labels().isEmpty()) {
            return Optional.empty();
        }
        for (SheetInfo sheet : workbook.sheets()) {
            if (sheet.visible()) {
                Cell c = yearCell(SheetNames.firstRows(workbook, sheet, ROWS), spec.labels());
                if (c != null && Cell.isFormulaWithoutResult(c.kind(), c.text())) {
                    return Optional.of(new UnsavedYear(sheet.name() + "!" + CellRef.a1(c.row(), c.col()), c.text()));
                }
            }
        }
        return Optional.empty();
    }

    /** The year right of (or below) a year label among the rows, if any. */
    static OptionalInt fromLabel(List<List<Cell>> rows, List<String> labels, SchoolYears years) {
        Cell c = yearCell(rows, labels);
        return c == null ? OptionalInt.empty() : years.fromLabel(c.text());
    }

    /**
     * A title that holds its year after the label in the same cell ({@code ANNUAL SCHOOL CENSUS 2024},
     * {@code Année scolaire : 2023-2024}): the rest of the cell, as a cell of its own, or null.
     */
    private static Cell yearInsideLabel(List<List<Cell>> rows, List<String> labels) {
        for (List<Cell> row : rows) {
            for (Cell c : row) {
                if (c.kind() != org.emisworkbench.workbook.CellKind.TEXT) {
                    continue;
                }
                String text = c.text().strip();
                for (String l : labels) {
                    String label = l.strip();
                    if (text.length() > label.length() && text.regionMatches(true, 0, label, 0, label.length())) {
                        String rest = leadingYear(text.substring(label.length()).replaceFirst("^[\\s:：,\\-–—]+", "")
                                .strip());
                        if (!rest.isEmpty() && Character.isDigit(rest.codePointAt(0)) || rest.regionMatches(true, 0, "SY", 0, 2)) {
                            return new Cell(c.row(), c.col(), c.kind(), rest, Double.NaN);
                        }
                    }
                }
            }
        }
        return null;
    }

    /** A year or school year at the start of a title's rest, then a dash and more words, or nothing. */
    private static final java.util.regex.Pattern YEAR_THEN_WORDS = java.util.regex.Pattern.compile(
            "^((?:SY\\s*)?(?:19|20)\\d{2}(?:\\s*[-/–]\\s*\\d{2,4})?)\\s*[:：,\\-–—|(]\\s*\\p{L}.*$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The year of {@code 2024 — SCHOOL IDENTIFICATION} (a title whose sheet's own words follow its year, review 25);
     * any other text as it is.
     */
    private static String leadingYear(String rest) {
        java.util.regex.Matcher m = YEAR_THEN_WORDS.matcher(rest);
        return m.matches() ? m.group(1) : rest;
    }

    /** The cell right of (or below) a year label among the rows, or null. */
    private static Cell yearCell(List<List<Cell>> rows, List<String> labels) {
        Cell label = FormCells.findLabel(rows, labels);
        if (label == null) {
            return yearInsideLabel(rows, labels);
        }
        for (Cell c : rows.get(label.row())) {
            if (c.col() > label.col()) {
                return c;
            }
        }
        if (label.row() + 1 < rows.size()) {
            for (Cell c : rows.get(label.row() + 1)) {
                if (c.col() == label.col()) {
                    return c;
                }
            }
        }
        return null;
    }
}
