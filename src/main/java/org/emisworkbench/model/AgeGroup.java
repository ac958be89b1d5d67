package org.emisworkbench.model;

import java.util.Objects;

/**
 * An age or age band of enrolment. Canonical codes: {@code *} all ages (no age breakdown),
 * {@code ?} age unknown, {@code 7} a single age, {@code -4} four and under, {@code 16+} sixteen and over.
 */
public record AgeGroup(String code) {
    public static final AgeGroup ALL = new AgeGroup("*");
    public static final AgeGroup UNKNOWN = new AgeGroup("?");

    public AgeGroup {
        Objects.requireNonNull(code, "code");
        if (!code.equals("*") && !code.equals("?") && !code.matches("-?\\d{1,2}\\+?")) {
            throw new IllegalArgumentException("Not an age group code: " + code);
        }
    }

    public static AgeGroup of(int age) {
        return new AgeGroup(Integer.toString(age));
    }

    public static AgeGroup andUnder(int age) {
        return new AgeGroup("-" + age);
    }

    public static AgeGroup andOver(int age) {
        return new AgeGroup(age + "+");
    }

    public boolean isAll() {
        return this == ALL || code.equals("*"); // identity first: asked for every figure a rule reads
    }

    public boolean isUnknown() {
        return code.equals("?");
    }

    /** Lowest age of the group, or -1 for all/unknown/"and under" groups. */
    public int lowest() {
        if (isAll() || isUnknown() || code.startsWith("-")) {
            return -1;
        }
        return Integer.parseInt(code.replace("+", ""));
    }

    /** Highest age of the group, or Integer.MAX_VALUE for "and over", -1 for all/unknown. */
    public int highest() {
        if (isAll() || isUnknown()) {
            return -1;
        }
        if (code.endsWith("+")) {
            return Integer.MAX_VALUE;
        }
        return Math.abs(Integer.parseInt(code));
    }

    /**
     * The group in words where its bare code would mislead ({@code -4} is "4 or under", {@code 16+} "16 or over",
     * {@code ?} "unknown"); null for one age or all ages, which read as they are written.
     */
    public Message inWords() {
        if (isUnknown()) {
            return Message.of("finding.age.unknown");
        }
        if (code.startsWith("-")) {
            return Message.of("finding.age.orUnder", code.substring(1));
        }
        if (code.endsWith("+")) {
            return Message.of("finding.age.orOver", code.substring(0, code.length() - 1));
        }
        return null;
    }

    @Override
    public String toString() {
        return code;
    }
}
