package org.emisworkbench.exchange;

/**
 * A figure not sent, and why: it (or a school's part of it) has an error finding not yet confirmed, the
 * receiver has no organisation unit for its area, or it is asked by sex and its schools give it without the sex.
 *
 * @param school the school whose finding holds the figure back, or null when the area has no code
 */
public record HeldBack(String area, String dataElement, String combo, String school, Reason reason) {
    public enum Reason {
        /** An error finding on the figure is open or queried: the school has not answered yet. */
        UNCHECKED,
        /** The mapping names organisation unit codes, but none for this area. */
        NO_ORG_UNIT,
        /** A value by sex whose schools all give the figure without the sex (decision 0058): no figure to send. */
        SEX_NOT_REPORTED
    }
}
