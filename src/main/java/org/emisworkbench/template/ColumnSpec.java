package org.emisworkbench.template;

import java.util.List;

/**
 * A column (or a family of columns) of a wide or roster sheet.
 *
 * <p>{@code headers} are literal aliases; {@code patterns} hold placeholders {@code {grade}},
 * {@code {sex}}, {@code {age}} resolved through the code lists, e.g. {@code "Grade {grade}\n{sex}"} or
 * {@code "rep_g{grade}{sex}"}. Headers are compared after trimming, folding case, and turning line
 * breaks and repeated spaces into one space.
 *
 * @param field    canonical field, e.g. {@code school.name}, {@code enrolment}, {@code teachers.qualified},
 *                 {@code pupil.sex}; null when {@code total} is set
 * @param sex      fixed sex when the header does not say it
 * @param grade    fixed grade when the header does not say it
 * @param age      fixed age group when the header does not say it
 * @param total    marks a total column of this field: recognised, cross-checked, never stored
 * @param codeList code list the cell values go through (e.g. {@code ownership}); null for numbers
 * @param sumOf    instead of {@code headers}/{@code patterns}: the figure is the sum of the columns with
 *                 these headers (patterns with the same placeholders allowed, e.g. {@code "Qualified {sex}"});
 *                 its provenance names every cell added
 * @param defaultValue JSON {@code "default"}: the value used when the cell is blank (reported as such)
 * @param differenceOf instead of {@code headers}/{@code patterns}: two headers, the total for both sexes and the
 *                 one sex given beside it ({@code "{grade} HM"}, {@code "{grade} M"}); the figure, of the other
 *                 sex ({@code sex}), is the first less the second, and its provenance names both cells (decision 0044)
 */
public record ColumnSpec(List<String> headers, List<String> patterns, String field, String sex, String grade,
                         String age, String total, String codeList, List<String> sumOf,
                         @com.fasterxml.jackson.annotation.JsonProperty("default") String defaultValue,
                         List<String> differenceOf) {
    public ColumnSpec {
        headers = headers == null ? List.of() : List.copyOf(headers);
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
        sumOf = sumOf == null ? List.of() : List.copyOf(sumOf);
        differenceOf = differenceOf == null ? List.of() : List.copyOf(differenceOf);
    }

    /** A column without difference of columns ({@code differenceOf}). */
    public ColumnSpec(List<String> headers, List<String> patterns, String field, String sex, String grade,
                      String age, String total, String codeList, List<String> sumOf, String defaultValue) {
        this(headers, patterns, field, sex, grade, age, total, codeList, sumOf, defaultValue, null);
    }

    /**
     * The headers of the columns this figure is worked out from ({@code sumOf} or {@code differenceOf}); empty
     * for a column read from its own header.
     */
    public List<String> parts() {
        return sumOf.isEmpty() ? differenceOf : sumOf;
    }

    /** True for a figure that is a total for both sexes less the one sex given ({@code differenceOf}). */
    public boolean difference() {
        return !differenceOf.isEmpty();
    }

    /**
     * True for the rows of both sexes of a sheet whose row gives the sex ({@code row.sex}): {@code {"field": "row.sex",
     * "sex": "F", "differenceOf": ["Total", "M"]}} says that a row whose sex cell reads {@code Total} holds both sexes,
     * and the figures of sex {@code sex} are that row less the row of the one sex given beside it (decision 0055). Its
     * two texts are values of the sex column, not headers.
     */
    public boolean rowSexDifference() {
        return difference() && "row.sex".equalsIgnoreCase(field);
    }

    /** The JSON name of {@link #parts()}: {@code sumOf} or {@code differenceOf}. */
    public String partsName() {
        return difference() ? "differenceOf" : "sumOf";
    }

    /** A column read from one header or pattern, without sum or default. */
    public ColumnSpec(List<String> headers, List<String> patterns, String field, String sex, String grade,
                      String age, String total, String codeList) {
        this(headers, patterns, field, sex, grade, age, total, codeList, null, null, null);
    }
}
