package org.emisworkbench.indicators;

/**
 * The adjusted parity index as UIS publishes it for SDG 4.5.1: with F the figure of the group usually
 * behind (girls, rural pupils) and M the other, F/M when F ≤ M, else 2 − M/F. The plain quotient F/M
 * runs from 0 to infinity, so a disparity against boys reads larger than the same disparity against
 * girls (0.5 against 2); the adjusted index is symmetric around 1 and bounded by 0 and 2.
 */
public final class Parity {
    private Parity() {
    }

    /** The adjusted index of {@code f} against {@code m}; {@code m} must be positive and {@code f} not negative. */
    public static double adjusted(double f, double m) {
        if (!(m > 0) || f < 0) {
            throw new IllegalArgumentException("parity needs f >= 0 and m > 0, got " + f + " and " + m);
        }
        return f <= m ? f / m : 2 - m / f;
    }
}
