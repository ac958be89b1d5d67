package org.emisworkbench.model.explore;

import java.util.Locale;
import java.util.Optional;

/**
 * A way to split a table of the census. The first ones describe a school (every figure of the school falls
 * under one value); grade, age and sex describe a figure within the school's return.
 */
public enum Dimension {
    YEAR(true),
    REGION(true),
    DISTRICT(true),
    SCHOOL(true),
    OWNERSHIP(true),
    LOCALITY(true),
    LEVEL(true),
    GRADE(false),
    AGE(false),
    SEX(false);

    /** The value of a school-level dimension a school leaves blank, and of an age a return does not give. */
    public static final String NOT_REPORTED = "?";

    /**
     * The value of the inner row dimensions on a subtotal row: the row adds up every value of them under its
     * outer values (a region's districts). Not a value any school has.
     */
    public static final String ALL = "\u03a3";

    private final boolean ofSchool;

    Dimension(boolean ofSchool) {
        this.ofSchool = ofSchool;
    }

    /** True when the dimension describes the school rather than a figure of its return. */
    public boolean ofSchool() {
        return ofSchool;
    }

    /** The name used in saved explorations and on the command line: {@code district}, {@code grade}… */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Dimension> fromId(String id) {
        for (Dimension d : values()) {
            if (d.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
