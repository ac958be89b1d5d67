package org.emisworkbench.template;

import java.util.List;

/**
 * A field read as the sum of several columns (JSON {@code sumOf}), e.g. {@code teachers.total} of women
 * as "Qualified F" + "Unqualified F".
 *
 * @param field   canonical field of the sum
 * @param sex     F/M when the field is counted by sex
 * @param headers the headers of the columns added
 * @param column  on a form, for labels of a small table: the header of the column their values stand in
 *                (JSON label {@code column}); null otherwise
 */
public record SumMapping(String field, String sex, List<String> headers, String column) {
    public SumMapping {
        headers = List.copyOf(headers);
    }

    /** A sum of columns, or of labels whose values are right of them or below. */
    public SumMapping(String field, String sex, List<String> headers) {
        this(field, sex, headers, null);
    }
}
