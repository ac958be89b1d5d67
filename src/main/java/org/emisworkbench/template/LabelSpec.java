package org.emisworkbench.template;

import java.util.List;

/**
 * A labelled cell of a form's header block, e.g. "School code:" followed by the value in the next
 * non-blank cell to the right (or, failing that, below).
 *
 * @param labels       the label texts
 * @param field        canonical field of the value
 * @param sex          fixed sex (teacher counts)
 * @param codeList     code list of the value
 * @param sumOf        instead of one labelled value: the sum of the values of these labels
 * @param position     where the value sits: {@code right}, {@code below}, or null to let the reader decide
 *                     (right, unless that cell is another label of a block of headers)
 * @param defaultValue JSON {@code "default"}: the value used when the label is there but its value blank
 * @param column       a label of a small table ({@code Qualified | 4 | 5} under {@code | Female | Male}): the
 *                     value is on the label's row, in the column headed by one of these texts above it;
 *                     empty for a label read to its right or below
 * @param differenceOf instead of {@code labels}: two labels, the total for both sexes and the one sex given beside
 *                     it ({@code Number of teachers}, {@code Female teachers}); the figure, of the other sex
 *                     ({@code sex}), is the first's value less the second's, its provenance naming both cells
 *                     (decision 0044, as a column {@code differenceOf}). With {@code labels}: two headings of
 *                     columns, both read on the one labelled row ({@code Professores | 6 | 2} under {@code | HM | M}:
 *                     {@code "differenceOf": ["HM", "M"]}), each found as a {@code column} is. With {@code sumOf}:
 *                     the same two headings, read on each row {@code sumOf} names, the figure the sum of the rows'
 *                     differences ({@link #sumDifference()})
 * @param ticks        an answer given by a mark ({@code X}, {@code ✓}, {@code Yes}) in one of several named columns
 *                     ({@code Question | Yes | No}): each column's heading, as {@code column} finds it above the label,
 *                     and the code of the label's list that a mark there means, e.g. {@code {"Yes": "yes", "No":
 *                     "no"}}; empty for a label read where its value stands (review 28 F3)
 * @param band         with {@code column}: the band over the column's heading ({@code Qualified} merged over {@code
 *                     Male | Female} beside {@code Unqualified} and {@code Total}), as a grid's {@code band} names it
 *                     (the row just above the headings: a merged cell over the column, else the nearest filled cell
 *                     to its left). Several texts are bands whose figures add up, the source naming every cell
 *                     (decision 0091); empty for a table whose headings have no band
 */
public record LabelSpec(List<String> labels, String field, String sex, String codeList, List<String> sumOf,
                        String position, @com.fasterxml.jackson.annotation.JsonProperty("default") String defaultValue,
                        List<String> column, List<String> differenceOf,
                        java.util.Map<String, String> ticks, List<String> band) {
    public LabelSpec {
        band = band == null ? List.of() : List.copyOf(band);
        ticks = ticks == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(ticks));
        differenceOf = differenceOf == null ? List.of() : List.copyOf(differenceOf);
        labels = labels == null ? List.of() : List.copyOf(labels);
        sumOf = sumOf == null ? List.of() : List.copyOf(sumOf);
        column = column == null ? List.of() : List.copyOf(column);
    }

    /** A label read where the reader finds its value, without sum or default. */
    public LabelSpec(List<String> labels, String field, String sex, String codeList) {
        this(labels, field, sex, codeList, null, null, null, null, null, null, null);
    }

    /** A label without {@code ticks}. */
    public LabelSpec(List<String> labels, String field, String sex, String codeList, List<String> sumOf,
                     String position, String defaultValue, List<String> column, List<String> differenceOf) {
        this(labels, field, sex, codeList, sumOf, position, defaultValue, column, differenceOf, null, null);
    }

    /** A label without {@code band}. */
    public LabelSpec(List<String> labels, String field, String sex, String codeList, List<String> sumOf,
                     String position, String defaultValue, List<String> column, List<String> differenceOf,
                     java.util.Map<String, String> ticks) {
        this(labels, field, sex, codeList, sumOf, position, defaultValue, column, differenceOf, ticks, null);
    }

    /**
     * True for a figure that adds up several cells: the labels of {@code sumOf}, or one label's cells under each of
     * several bands ({@code "band": ["Qualified", "Unqualified"]}).
     */
    public boolean summed() {
        return !sumOf.isEmpty() || band.size() > 1;
    }

    /**
     * The cells a {@link #summed()} figure adds, each as a label read alone in one band: every label of {@code sumOf}
     * (or this entry's labels) under each band in turn, the bands of one row side by side.
     */
    public List<LabelSpec> summedParts() {
        List<List<String>> rows = sumOf.isEmpty() ? List.of(labels) : sumOf.stream().map(List::of).toList();
        List<LabelSpec> out = new java.util.ArrayList<>();
        for (List<String> row : rows) {
            if (band.isEmpty()) {
                out.add(new LabelSpec(row, field, sex, null, null, position, null, column, null));
            }
            for (String b : band) {
                out.add(new LabelSpec(row, field, sex, null, null, position, null, column, null, null,
                        List.of(b)));
            }
        }
        return out;
    }

    /** True for an answer given by a mark in one of several named columns ({@code ticks}). */
    public boolean ticked() {
        return !ticks.isEmpty();
    }

    /** True for a figure worked out as a total for both sexes less the one sex given ({@code differenceOf}). */
    public boolean difference() {
        return !differenceOf.isEmpty();
    }

    /**
     * True for a difference of two columns of one labelled row ({@code labels} with {@code differenceOf} naming the
     * columns' headings, the total for both sexes first): {@code Professores | 6 | 2} under {@code | HM | M}.
     */
    public boolean columnDifference() {
        return !labels.isEmpty() && !differenceOf.isEmpty();
    }

    /**
     * True for a sum of differences ({@code sumOf} with {@code differenceOf} naming two columns' headings, the total
     * for both sexes first): the men of {@code Professores | HM | M} over its category rows, each row's HM less its M.
     */
    public boolean sumDifference() {
        return !sumOf.isEmpty() && !differenceOf.isEmpty();
    }

    /** Each label of a {@link #sumDifference()} as a difference of the two columns of its own row. */
    public List<LabelSpec> rowDifferences() {
        return sumOf.stream().map(t -> new LabelSpec(List.of(t), field, sex, null, null, position, null, null,
                differenceOf)).toList();
    }

    /**
     * The labels this figure is worked out from ({@code sumOf} or {@code differenceOf}; for a difference of two
     * columns, its own labels); empty for a label read as it stands.
     */
    public List<String> parts() {
        return columnDifference() ? List.of() : sumOf.isEmpty() ? differenceOf : sumOf;
    }

    /**
     * The two values of a difference, each as a label read alone, the total for both sexes first: the labels
     * {@code differenceOf} names, or this entry's labels in the column under each heading it names.
     */
    public List<LabelSpec> differenceParts() {
        return differenceOf.stream().map(t -> columnDifference()
                ? new LabelSpec(labels, field, sex, null, null, position, null, List.of(t), null) : part(t)).toList();
    }

    /** How a part of {@link #differenceParts()} is named in messages: its label, and its column's heading. */
    public String partName(int i) {
        return columnDifference() ? labels.get(0).strip() + " (" + differenceOf.get(i).strip() + ")"
                : differenceOf.get(i);
    }

    /** One of the labels of {@link #parts()} read alone, its value found where this entry says (position, column). */
    public LabelSpec part(String text) {
        return new LabelSpec(List.of(text), field, sex, null, null, position, null, column, null, null, band);
    }
}
