package org.emisworkbench.gui;

import java.util.function.Function;
import org.emisworkbench.model.SchoolListing;

/** The columns of the Schools list: how each reads a school, and whether it can be filtered by value. */
enum SchoolColumn {
    CODE("schools.col.code", SchoolListing::code, false),
    NAME("schools.col.name", SchoolListing::name, false),
    YEAR("schools.col.year", s -> String.valueOf(s.year()), true),
    DISTRICT("schools.col.district", SchoolListing::district, true),
    OWNERSHIP("schools.col.ownership", SchoolListing::ownership, true),
    LOCALITY("schools.col.locality", SchoolListing::locality, true),
    LEVEL("schools.col.level", SchoolListing::level, true);

    private final String key;
    private final Function<SchoolListing, String> text;
    // Codes and names are (nearly) all different: a list of 50,000 values to tick is no filter.
    private final boolean byValue;

    SchoolColumn(String key, Function<SchoolListing, String> text, boolean byValue) {
        this.key = key;
        this.text = text;
        this.byValue = byValue;
    }

    String key() {
        return key;
    }

    /** The cell as text; blank for a missing value. */
    String text(SchoolListing s) {
        String t = text.apply(s);
        return t == null ? "" : t;
    }

    boolean filterableByValue() {
        return byValue;
    }
}
