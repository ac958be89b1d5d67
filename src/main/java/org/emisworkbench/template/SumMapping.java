package org.emisworkbench.template;

import java.util.List;

/**
 * A field read as the sum of several columns (JSON {@code sumOf}), e.g. {@code teachers.total} of women
 * as "Qualified F" + "Unqualified F"; or, with {@code difference}, a figure of one sex read as a total for both
 * sexes less the other sex given beside it (JSON {@code differenceOf}: boys of grade 1 as "1ª classe HM" less
 * "1ª classe M", decision 0044).
 *
 * @param field      canonical field of the sum
 * @param sex        F/M when the field is counted by sex
 * @param headers    the headers of the columns added; for a difference, the total's then the one sex's
 * @param column     on a form, for labels of a small table: the header of the column their values stand in
 *                   (JSON label {@code column}); null otherwise
 * @param grade      the grade of the figure when its headers are literal ones; null otherwise
 * @param difference true for a total for both sexes less one sex
 * @param label      on a form, for a difference of two columns of one labelled row ({@code Professores | 6 | 2}
 *                   under {@code | HM | M}): the row's label, {@code headers} then the columns' headings (JSON label
 *                   {@code labels} with {@code differenceOf}); null otherwise
 * @param rows       on a form, for a sum of differences ({@code Professores | HM | M} over category rows): the rows'
 *                   labels, {@code headers} then the columns' headings (JSON label {@code sumOf} with
 *                   {@code differenceOf}); empty otherwise
 * @param bands      on a form, for labels of a small table whose sexes stand under bands ({@code Qualified |
 *                   Unqualified | Total} over {@code Male | Female}): the bands whose column {@code column} is added
 *                   (JSON label {@code band}, decision 0091); empty otherwise
 */
public record SumMapping(String field, String sex, List<String> headers, String column, String grade,
                         boolean difference, String label, List<String> rows, List<String> bands) {
    public SumMapping {
        headers = List.copyOf(headers);
        rows = rows == null ? List.of() : List.copyOf(rows);
        bands = bands == null ? List.of() : List.copyOf(bands);
    }

    /** A figure without bands. */
    public SumMapping(String field, String sex, List<String> headers, String column, String grade,
                      boolean difference, String label, List<String> rows) {
        this(field, sex, headers, column, grade, difference, label, rows, null);
    }

    /** A sum of the rows {@code headers} of a small table, in column {@code column} under each of {@code bands}. */
    public static SumMapping inBands(String field, String sex, List<String> headers, String column,
                                     List<String> bands) {
        return new SumMapping(field, sex, headers, column, null, false, null, null, bands);
    }

    public SumMapping(String field, String sex, List<String> headers, String column, String grade,
                      boolean difference) {
        this(field, sex, headers, column, grade, difference, null, null);
    }

    /** A sum of columns, or of labels whose values are right of them or below. */
    public SumMapping(String field, String sex, List<String> headers) {
        this(field, sex, headers, null);
    }

    /** A sum of labels of a small table (or of columns, {@code column} null). */
    public SumMapping(String field, String sex, List<String> headers, String column) {
        this(field, sex, headers, column, null, false);
    }

    /**
     * {@code sex} on a form as the figure under heading {@code total} less the one under {@code oneSex}, both on the
     * row labelled {@code label}.
     */
    public static SumMapping rowDifference(String field, String sex, String label, String total, String oneSex) {
        return new SumMapping(field, sex, List.of(total, oneSex), null, null, true, label, null);
    }

    /**
     * {@code sex} on a form as the sum, over the rows labelled {@code rows}, of each row's figure under heading
     * {@code total} less its figure under {@code oneSex}: the men of {@code Professores | HM | M} over its categories.
     */
    public static SumMapping rowsDifference(String field, String sex, List<String> rows, String total, String oneSex) {
        return new SumMapping(field, sex, List.of(total, oneSex), null, null, true, null, rows);
    }

    /** {@code sex} of {@code grade} as the total for both sexes under {@code total} less the one sex under {@code oneSex}. */
    public static SumMapping difference(String field, String sex, String grade, String total, String oneSex) {
        return new SumMapping(field, sex, List.of(total, oneSex), null, grade, true);
    }
}
