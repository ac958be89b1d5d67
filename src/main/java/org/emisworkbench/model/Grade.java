package org.emisworkbench.model;

import java.util.Objects;

/**
 * A grade of the workspace's grade system.
 *
 * @param code        canonical code, e.g. {@code G1} or {@code PP}
 * @param slot        0-based position in the grade system: the column slot counts are stored in
 * @param level       education level code, e.g. {@code primary}
 * @param officialAge the intended age of pupils in this grade
 */
public record Grade(String code, int slot, String level, int officialAge) {
    public Grade {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        if (slot < 0 || slot >= Topic.MAX_SLOTS) {
            throw new IllegalArgumentException("Grade slot out of range: " + slot);
        }
    }
}
