package org.emisworkbench.model;

/**
 * One part of an indicator: the figure for girls or boys, or for one grade, with its own numerator
 * and denominator. {@code value} is null and {@code why} says why when it is not available.
 */
public record Breakdown(Double value, Double numerator, Double denominator, boolean available, Message why) {
    public static Breakdown of(double value, double numerator, double denominator) {
        return new Breakdown(value, numerator, denominator, true, null);
    }

    public static Breakdown notAvailable(Message reason, Double numerator, Double denominator) {
        return new Breakdown(null, numerator, denominator, false, reason);
    }

    /** {@link #why} in English, or null. */
    public String reason() {
        return why == null ? null : why.english();
    }
}
