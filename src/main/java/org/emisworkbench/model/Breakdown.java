package org.emisworkbench.model;

/**
 * One part of an indicator: the figure for girls or boys, or for one grade, with its own numerator
 * and denominator. {@code value} is null and {@code why} says why when it is not available; {@code caveat}
 * is the part's own note, or null (a flow rate's grade that leaves units out, or whose dropout is below 0).
 */
public record Breakdown(Double value, Double numerator, Double denominator, boolean available, Message why,
                        Message caveat) {
    /** A part without a note of its own. */
    public Breakdown(Double value, Double numerator, Double denominator, boolean available, Message why) {
        this(value, numerator, denominator, available, why, null);
    }

    public static Breakdown of(double value, double numerator, double denominator) {
        return new Breakdown(value, numerator, denominator, true, null);
    }

    public static Breakdown notAvailable(Message reason, Double numerator, Double denominator) {
        return new Breakdown(null, numerator, denominator, false, reason);
    }

    /** This part with its note (an available part only: a part not available says why instead). */
    public Breakdown withCaveat(Message note) {
        return available ? new Breakdown(value, numerator, denominator, true, why, note) : this;
    }

    /** {@link #why} in English, or null. */
    public String reason() {
        return why == null ? null : why.english();
    }

    /** {@link #caveat} in English, or null. */
    public String note() {
        return caveat == null ? null : caveat.english();
    }
}
