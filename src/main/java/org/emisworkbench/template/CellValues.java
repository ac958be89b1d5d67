package org.emisworkbench.template;

import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * Lenient conversion of count cells. Numbers stored as text (" 34 ", "7.0", "1,250", "1 250", and in other digits
 * "٣٠": {@link org.emisworkbench.model.Digits}) are accepted;
 * anything else is a problem, and the value is then stored as {@link FactRecord#MISSING}.
 *
 * <p>To stay allocation-free on the hot path of 50,000-row sheets, {@link #count} returns either the
 * count, {@link FactRecord#MISSING} for a blank cell, or one of the negative codes below, which
 * {@link #problem} turns into the {@link ProblemKind}.
 */
public final class CellValues {
    /** Code returned by {@link #count} for text that is not a number ("twelve", "n/a", "-"). */
    public static final int NOT_A_NUMBER = Integer.MIN_VALUE + 1;
    /** Code for a negative count. */
    public static final int NEGATIVE = Integer.MIN_VALUE + 2;
    /** Code for a count with a fraction. */
    public static final int FRACTIONAL = Integer.MIN_VALUE + 3;
    /** Code for an error cell (#DIV/0!, #REF!). */
    public static final int FORMULA_ERROR = Integer.MIN_VALUE + 4;
    /** Code for a formula whose result the file does not hold (decision 0033): no figure, never computed here. */
    public static final int NO_RESULT = Integer.MIN_VALUE + 5;

    private static final double EPSILON = 1e-9;
    private static final java.util.regex.Pattern THOUSANDS =
            java.util.regex.Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    /** Thousands set apart by a space, as French and SI writing does: "1 234", "1\u00A0234", "1\u202F234". */
    private static final java.util.regex.Pattern SPACED_THOUSANDS =
            java.util.regex.Pattern.compile("\\d{1,3}( \\d{3})+");
    private static final java.util.regex.Pattern DECIMAL =
            java.util.regex.Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private CellValues() {
    }

    /** The count a cell holds, {@link FactRecord#MISSING} when blank, or a problem code. */
    public static int count(CellKind kind, String text, double number) {
        switch (kind) {
            case BLANK:
                return FactRecord.MISSING;
            case ERROR:
                return Cell.isFormulaWithoutResult(kind, text) ? NO_RESULT : FORMULA_ERROR;
            case NUMBER:
            case DATE:
                return fromDouble(number);
            case BOOLEAN:
                return NOT_A_NUMBER;
            default:
                return fromText(text);
        }
    }

    /** True when {@link #count} returned a problem code. */
    public static boolean isProblem(int value) {
        return value > FactRecord.MISSING && value <= NO_RESULT;
    }

    /** The problem a code stands for, or null for a value or a blank. */
    public static ProblemKind problem(int value) {
        switch (value) {
            case NOT_A_NUMBER:
                return ProblemKind.NOT_A_NUMBER;
            case NEGATIVE:
                return ProblemKind.NEGATIVE_COUNT;
            case FRACTIONAL:
                return ProblemKind.FRACTIONAL_COUNT;
            case FORMULA_ERROR:
                return ProblemKind.FORMULA_ERROR;
            case NO_RESULT:
                return ProblemKind.FORMULA_NO_RESULT;
            default:
                return null;
        }
    }

    /** What was expected, for the problem's detail, in each reader's language; null for a value or a blank. */
    public static Message detail(int value) {
        switch (value) {
            case NOT_A_NUMBER:
                return Message.of("import.detail.notANumber");
            case NEGATIVE:
                return Message.of("import.detail.negative");
            case FRACTIONAL:
                return Message.of("import.detail.fractional");
            case FORMULA_ERROR:
                return Message.of("import.detail.formulaError");
            case NO_RESULT:
                return Message.of("import.detail.noResult");
            default:
                return null;
        }
    }

    /**
     * What was expected of a total's cell (a total column, a total row): as {@link #detail}, except that a
     * formula without its result says the total could not be checked, which is what it costs there.
     */
    public static Message totalDetail(int value) {
        if (value == NO_RESULT) {
            return Message.of("import.detail.totalNoResult");
        }
        return detail(value);
    }

    static int fromDouble(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d) || Math.abs(d) > Integer.MAX_VALUE / 2.0) {
            return NOT_A_NUMBER;
        }
        double r = Math.rint(d);
        if (Math.abs(d - r) > EPSILON) {
            return FRACTIONAL;
        }
        if (r < 0) {
            return NEGATIVE;
        }
        return (int) r;
    }

    /**
     * True for a cell that holds nothing where a figure may stand: blank, or a text of spaces only ({@link
     * #blankText}); the readers tell a blank figure by it (IMP-36).
     */
    public static boolean emptyCell(org.emisworkbench.workbook.CellKind kind, String text) {
        return kind == org.emisworkbench.workbook.CellKind.BLANK
                || kind == org.emisworkbench.workbook.CellKind.TEXT && blankText(text);
    }

    /**
     * True for a text of nothing but spaces, including the no-break spaces a pasted form leaves in an empty cell
     * ({@code String.isBlank} keeps those): such a cell is blank, not a figure that could not be read.
     */
    public static boolean blankText(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u202F' && c != '\u2007') {
                return false;
            }
        }
        return true;
    }

    static int fromText(String text) {
        if (text == null) {
            return FactRecord.MISSING;
        }
        // Digits of another script (٣٠ typed on an Arabic keyboard) are the figure they write (Digits, IMP-41).
        String t = org.emisworkbench.model.Digits.asciiFigure(text, '.', ',').replace('\u00A0', ' ')
                .replace('\u202F', ' ').trim();
        if (t.isEmpty()) {
            return FactRecord.MISSING;
        }
        if (THOUSANDS.matcher(t).matches()) {
            t = t.replace(",", "");
        } else if (SPACED_THOUSANDS.matcher(t).matches()) {
            t = t.replace(" ", "");
        }
        if (!DECIMAL.matcher(t).matches()) {
            return NOT_A_NUMBER;
        }
        try {
            return fromDouble(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            return NOT_A_NUMBER;
        }
    }
}
