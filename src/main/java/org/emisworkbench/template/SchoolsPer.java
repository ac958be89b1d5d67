package org.emisworkbench.template;

import java.util.Locale;

/**
 * How many schools a grid workbook holds (template field {@code schools}): one per workbook (the default),
 * one per sheet (a district's forms compiled into one workbook, one sheet each), or one per block of a
 * sheet (schools stacked down one sheet, each block starting at its school-code label).
 */
public enum SchoolsPer {
    WORKBOOK,
    SHEET,
    BLOCK;

    /** The JSON values, as written in a template. */
    public static final java.util.Set<String> VALUES = java.util.Set.of("workbook", "sheet", "block");

    /** The value of a template's {@code schools} field; null or blank is {@link #WORKBOOK}. */
    public static SchoolsPer of(String json) {
        return json == null || json.isBlank() ? WORKBOOK : valueOf(json.strip().toUpperCase(Locale.ROOT));
    }

    /** The value as written in a template. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
