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
     * True when the template lets the file name give the census year: its {@code year} says {@code fromFileName}, or
     * it says nowhere else (no {@code year}, or one naming neither labels nor columns, only a calendar). A template
     * whose year labels or column say where the year is, without {@code fromFileName}, never takes the file name's:
     * a label not found or not read refuses the file (review 33 P2, decision 0113).
     */
    public static boolean fileNameGivesYear(Template template) {
        YearSpec spec = template.year();
        return spec == null || spec.fromFileName() || spec.labels().isEmpty() && spec.columns().isEmpty();
    }

    /**
     * The year label found with a value that is no census year ({@code শিক্ষাবর্ষ} holding {@code ২০২৪ সাল}), or
     * empty (no label, a blank value, or a year read): when the file name's year is used instead, the import and the
     * check say so, naming the cell (review 33 P1).
     */
    public static Optional<LabelledYear> unreadLabelledYear(WorkbookReader workbook, Template template)
            throws WorkbookException {
        SchoolYears years = SchoolYears.of(template);
        return labelledYear(workbook, template).filter(y -> years.fromLabel(y.text()).isEmpty());
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
    public record LabelledYear(String label, String cell, String text, String wordsAfter) {
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
                String written = label != null ? label.text() : labelInside(rows, c, spec.labels());
                return Optional.of(new LabelledYear(TemplateDrafter.oneLine(written),
                        sheet.name() + "!" + CellRef.a1(c.row(), c.col()), c.text().strip(),
                        wordsAfterYear(written(rows, c), c.text().strip())));
            }
        }
        return Optional.empty();
    }

    /** Which label a title holding its year ({@link #yearInsideLabel}) was read by, as the template writes it. */
    private static String labelInside(List<List<Cell>> rows, Cell year, List<String> labels) {
        String title = rows.get(year.row()).stream().filter(c -> c.col() == year.col()).map(Cell::text).findFirst()
                .orElse("").toLowerCase(java.util.Locale.ROOT);
        return labels.stream().filter(l -> title.contains(l.strip().toLowerCase(java.util.Locale.ROOT))).findFirst()
                .orElse(labels.get(0));
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
     * {@code Année scolaire : 2023-2024}): the rest of the cell, as a cell of its own, or null. The label may stand
     * inside the title after other words ({@code THỐNG KÊ HỌC SINH TIỂU HỌC - Năm học 2024-2025} with the label
     * {@code Năm học}), where a year of four digits follows it; and each side of a title in two languages is such a
     * title of its own ({@code سالانہ سکول مردم شماری 2024 / Annual School Census 2024}: either label reads 2024;
     * review 33 P1b, P2).
     */
    public static Cell yearInsideLabel(List<List<Cell>> rows, List<String> labels) {
        for (List<Cell> row : rows) {
            for (Cell c : row) {
                if (c.kind() != org.emisworkbench.workbook.CellKind.TEXT) {
                    continue;
                }
                String text = c.text().strip();
                List<String> parts = new java.util.ArrayList<>();
                parts.add(text);
                parts.addAll(HeaderText.bilingualSides(text));
                for (String part : parts) {
                    for (String l : labels) {
                        String rest = yearAfter(part, l.strip());
                        if (rest != null) {
                            return new Cell(c.row(), c.col(), c.kind(), rest, Double.NaN);
                        }
                    }
                }
            }
        }
        return null;
    }

    /** Four digits (in any script), maybe after {@code SY}: what a label inside a title must be followed by. */
    private static final java.util.regex.Pattern FOUR_DIGITS = java.util.regex.Pattern.compile(
            "^(?:SY\\s*)?\\d{4}(?!\\d).*", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.DOTALL);

    /**
     * The year after the label in a text: the label starting it followed by a year ({@code Année scolaire :
     * 2023-2024}), or standing after other words, at a word's start, followed by a year of four digits; null when
     * neither. A side of a title in two languages ending the year ({@code 2024 / Annual School Census 2024}) is cut
     * off.
     */
    private static String yearAfter(String text, String label) {
        if (label.isEmpty()) {
            return null;
        }
        for (int at = 0; at + label.length() < text.length(); at++) {
            if (!text.regionMatches(true, at, label, 0, label.length())
                    || at > 0 && Character.isLetterOrDigit(text.codePointBefore(at))) {
                continue;
            }
            String rest = text.substring(at + label.length()).replaceFirst("^[\\s:：,\\-–—]+", "").strip();
            List<String> sides = HeaderText.bilingualSides(rest);
            rest = leadingYear(sides.isEmpty() ? rest : sides.get(0));
            boolean year = at == 0 ? !rest.isEmpty() && Character.isDigit(rest.codePointAt(0))
                    || rest.regionMatches(true, 0, "SY", 0, 2)
                    : FOUR_DIGITS.matcher(org.emisworkbench.model.Digits.ascii(rest)).matches();
            if (year) {
                return rest;
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
        if (m.matches()) {
            return m.group(1);
        }
        // Tahun Pelajaran 2024/2025 Semester Ganjil (Dapodik, review 34): a school year of two following years, then
        // words after a space (a term, a semester). Only such a pair: a lone number before words may be anything.
        m = SCHOOL_YEAR_THEN_WORDS.matcher(rest);
        if (m.matches()) {
            int first = Integer.parseInt(m.group(2));
            int second = Integer.parseInt(m.group(3));
            if (m.group(3).length() == 2 ? second == (first + 1) % 100 : second == first + 1) {
                return m.group(1);
            }
        }
        return rest;
    }

    /** A school year of two years ({@code 2024/2025}, {@code 2024-25}) followed by a space and words. */
    private static final java.util.regex.Pattern SCHOOL_YEAR_THEN_WORDS = java.util.regex.Pattern.compile(
            "^((?:SY\\s*)?((?:19|20)\\d{2})\\s*[-/–]\\s*(\\d{4}|\\d{2}))\\s+\\p{L}.*$",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.DOTALL);

    /**
     * The words a title holds after the year read from it ({@code Semester Ganjil} of {@code Tahun Pelajaran
     * 2024/2025 Semester Ganjil}), or null when none: not read, and said so in the note of the year.
     */
    public static String wordsAfterYear(String title, String year) {
        if (title == null || year == null) {
            return null;
        }
        int at = title.lastIndexOf(year);
        if (at < 0) {
            return null;
        }
        String after = title.substring(at + year.length()).replaceFirst("^[\\s:：,\\-–—|(]+", "").strip();
        return after.isEmpty() || !Character.isLetter(after.codePointAt(0)) ? null : TemplateDrafter.oneLine(after);
    }

    /** The cell right of (or below) a year label among the rows, or null. */
    private static Cell yearCell(List<List<Cell>> rows, List<String> labels) {
        Cell label = FormCells.findLabel(rows, labels);
        if (label == null) {
            return yearInsideLabel(rows, labels);
        }
        for (Cell c : rows.get(label.row())) {
            if (c.col() > label.col()) {
                return yearOfCell(c);
            }
        }
        if (label.row() + 1 < rows.size()) {
            for (Cell c : rows.get(label.row() + 1)) {
                if (c.col() == label.col()) {
                    return yearOfCell(c);
                }
            }
        }
        return null;
    }

    /** A label's value cell, reduced to its year when words follow it ({@code 2024/2025 Semester Ganjil}). */
    private static Cell yearOfCell(Cell c) {
        if (c.kind() != org.emisworkbench.workbook.CellKind.TEXT || c.text() == null) {
            return c;
        }
        String year = leadingYear(c.text().strip());
        return year.equals(c.text().strip()) ? c : new Cell(c.row(), c.col(), c.kind(), year, Double.NaN);
    }

    /** The text of the cell at {@code at}'s place among the rows, as written. */
    private static String written(List<List<Cell>> rows, Cell at) {
        return rows.get(at.row()).stream().filter(c -> c.col() == at.col()).map(Cell::text).findFirst().orElse(null);
    }
}
