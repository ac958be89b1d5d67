package org.emisworkbench.template;

import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.ProblemKind;

/**
 * Lenient conversion of count cells. Numbers stored as text (" 34 ", "7.0", "1,250", "1 250") are accepted;
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
    private static final String OPEN_AND_SAVE = "; open the file in Excel or LibreOffice, save it (which calculates"
            + " the formulas) and import it again, or type the figure in place of the formula";

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

    /** What was expected, for the problem's detail. */
    public static String detail(int value) {
        switch (value) {
            case NOT_A_NUMBER:
                return "expected a whole number of 0 or more";
            case NEGATIVE:
                return "a count cannot be negative";
            case FRACTIONAL:
                return "a count must be a whole number";
            case FORMULA_ERROR:
                return "the cell holds a formula error";
            case NO_RESULT:
                return "the file holds this formula but not its result (it was saved by a program that does not"
                        + " calculate), so nothing was read from it" + OPEN_AND_SAVE;
            default:
                return "";
        }
    }

    /**
     * What was expected of a total's cell (a total column, a total row): as {@link #detail}, except that a
     * formula without its result says the total could not be checked, which is what it costs there.
     */
    public static String totalDetail(int value) {
        if (value == NO_RESULT) {
            return "the file holds this total's formula but not its result (it was saved by a program that does"
                    + " not calculate), so the total could not be checked" + OPEN_AND_SAVE;
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

    static int fromText(String text) {
        if (text == null) {
            return FactRecord.MISSING;
        }
        String t = text.replace('\u00A0', ' ').replace('\u202F', ' ').trim();
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
