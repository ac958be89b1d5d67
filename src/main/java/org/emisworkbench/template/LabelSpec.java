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
 */
public record LabelSpec(List<String> labels, String field, String sex, String codeList, List<String> sumOf,
                        String position, @com.fasterxml.jackson.annotation.JsonProperty("default") String defaultValue,
                        List<String> column) {
    public LabelSpec {
        labels = labels == null ? List.of() : List.copyOf(labels);
        sumOf = sumOf == null ? List.of() : List.copyOf(sumOf);
        column = column == null ? List.of() : List.copyOf(column);
    }

    /** A label read where the reader finds its value, without sum or default. */
    public LabelSpec(List<String> labels, String field, String sex, String codeList) {
        this(labels, field, sex, codeList, null, null, null, null);
    }
}
