package org.emisworkbench.rules.eval;

import java.util.Arrays;

/** Descriptive statistics of a peer group, computed once per group. Package-private helper. */
final class Stats {
    /** Iglewicz–Hoaglin: 0.6745 is the 0.75 quantile of the standard normal, making MAD comparable to SD. */
    static final double MAD_FACTOR = 0.6745;
    /** When MAD is 0, scale the mean absolute deviation instead (√(π/2) ≈ 1.2533 makes it comparable to SD). */
    static final double MEAN_AD_FACTOR = 1.253314;

    private final double[] sorted;
    // Worked out on first use and kept: every school of the group is scored against the same figures.
    private double mean = Double.NaN;
    private double sd = Double.NaN;
    private double mad = Double.NaN;
    private double meanAd = Double.NaN;

    Stats(double[] values) {
        sorted = values.clone();
        Arrays.sort(sorted);
    }

    int size() {
        return sorted.length;
    }

    double median() {
        return quantile(0.5);
    }

    /** Linear interpolation between order statistics (the spreadsheet QUARTILE.INC definition). */
    double quantile(double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    double mean() {
        if (Double.isNaN(mean)) {
            mean = Arrays.stream(sorted).average().orElse(Double.NaN);
        }
        return mean;
    }

    /** Sample standard deviation (n − 1). */
    double sd() {
        if (sorted.length < 2) {
            return 0;
        }
        if (Double.isNaN(sd)) {
            double m = mean();
            double ss = Arrays.stream(sorted).map(v -> (v - m) * (v - m)).sum();
            sd = Math.sqrt(ss / (sorted.length - 1));
        }
        return sd;
    }

    double mad() {
        if (Double.isNaN(mad)) {
            double med = median();
            mad = new Stats(Arrays.stream(sorted).map(v -> Math.abs(v - med)).toArray()).median();
        }
        return mad;
    }

    double meanAbsoluteDeviation() {
        if (Double.isNaN(meanAd)) {
            double med = median();
            meanAd = Arrays.stream(sorted).map(v -> Math.abs(v - med)).average().orElse(0);
        }
        return meanAd;
    }

    /**
     * Modified z-score of x, or NaN when the group has no spread at all (every value equal): then no
     * school differs from its peers and nothing is flagged.
     */
    double modifiedZ(double x) {
        double mad = mad();
        if (mad > 0) {
            return MAD_FACTOR * (x - median()) / mad;
        }
        double meanAd = meanAbsoluteDeviation();
        return meanAd > 0 ? (x - median()) / (MEAN_AD_FACTOR * meanAd) : Double.NaN;
    }

    double zScore(double x) {
        double sd = sd();
        return sd > 0 ? (x - mean()) / sd : Double.NaN;
    }
}
