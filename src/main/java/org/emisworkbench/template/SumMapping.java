package org.emisworkbench.template;

import java.util.List;

/**
 * A field read as the sum of several columns (JSON {@code sumOf}), e.g. {@code teachers.total} of women
 * as "Qualified F" + "Unqualified F".
 *
 * @param field   canonical field of the sum
 * @param sex     F/M when the field is counted by sex
 * @param headers the headers of the columns added
 */
public record SumMapping(String field, String sex, List<String> headers) {
    public SumMapping {
        headers = List.copyOf(headers);
    }
}
