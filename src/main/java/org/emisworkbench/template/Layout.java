package org.emisworkbench.template;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** The three layouts of census returns met in the field (domain reference §1). */
public enum Layout {
    /** One row per school, often one sheet per topic. */
    WIDE,
    /** One form per school: labelled header cells and age × grade × sex grids. */
    GRID,
    /** One row per pupil or staff member, aggregated at import. */
    ROSTER;

    @JsonCreator
    public static Layout fromJson(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
