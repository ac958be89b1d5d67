package org.emisworkbench.maps;

import java.awt.Color;
import java.util.List;

/**
 * The classes of a map as its legend shows them.
 *
 * @param classes the classes, lowest first
 * @param noData  how many areas (or schools) have no value
 */
public record Legend(List<Band> classes, int noData) {
    public Legend {
        classes = List.copyOf(classes);
    }

    /**
     * A class: values from {@code from} to {@code to} (both included), how many there are, its colour, and
     * its name when it is a category rather than a range (a school's open findings), else null.
     */
    public record Band(double from, double to, int count, Color fill, String label) {
        public Band(double from, double to, int count, Color fill) {
            this(from, to, count, fill, null);
        }
    }

    /** The class of a value, or null for no value. */
    public Band of(Double value) {
        if (value == null || classes.isEmpty()) {
            return null;
        }
        for (Band b : classes) {
            if (value <= b.to()) {
                return b;
            }
        }
        return classes.get(classes.size() - 1);
    }
}
