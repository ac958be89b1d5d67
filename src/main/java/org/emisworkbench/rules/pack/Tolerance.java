package org.emisworkbench.rules.pack;

/**
 * Slack allowed in a comparison: the larger of an absolute amount and a share of the larger side.
 *
 * @param absolute in the unit of the values, e.g. 2 pupils
 * @param relative a fraction, e.g. 0.05 for 5 %
 */
public record Tolerance(double absolute, double relative) {
    public static final Tolerance NONE = new Tolerance(0, 0);

    public Tolerance {
        if (absolute < 0 || relative < 0 || Double.isNaN(absolute) || Double.isNaN(relative)) {
            throw new IllegalArgumentException("tolerance must be zero or more");
        }
    }

    public double allowance(double left, double right) {
        return Math.max(absolute, relative * Math.max(Math.abs(left), Math.abs(right)));
    }
}
