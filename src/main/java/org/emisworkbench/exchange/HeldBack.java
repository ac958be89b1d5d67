package org.emisworkbench.exchange;

/**
 * A figure not sent, and why: it (or a school's part of it) has an error finding not yet confirmed, or
 * the receiver has no organisation unit for its area.
 *
 * @param school the school whose finding holds the figure back, or null when the area has no code
 */
public record HeldBack(String area, String dataElement, String combo, String school, Reason reason) {
    public enum Reason {
        /** An error finding on the figure is open or queried: the school has not answered yet. */
        UNCHECKED,
        /** The mapping names organisation unit codes, but none for this area. */
        NO_ORG_UNIT
    }
}
