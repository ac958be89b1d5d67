package org.emisworkbench.model;

/** How an indicator's value reads. */
public enum Unit {
    /** A percentage, 0–100 (GER may exceed 100). */
    PERCENT,
    /** A quotient: pupils per teacher, or a flow rate as a proportion of 1 (0.0645 = 6.45 %). */
    RATIO,
    /** A parity index: 1 is parity. */
    INDEX,
    /** A head count. */
    COUNT;

    /** The lower-case code written in JSON and documentation. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
