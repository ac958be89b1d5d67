package org.emisworkbench.indicators;

/**
 * The reconstructed cohort method (UIS): 1000 pupils enter the first grade of a level and flow through
 * its grades with one year's promotion and repetition rates, held constant. A pupil in grade g is
 * promoted with probability p(g), repeats with r(g), drops out with d(g) = 1 − p(g) − r(g). Each
 * repetition gives the repeaters another chance of promotion, so the pupils of a cohort that ever
 * reach grade g+1 are
 * <pre>  reach(g+1) = reach(g) × p(g) × (1 + r(g) + r(g)² + … + r(g)^K)</pre>
 * where K = {@link #MAX_REPEATS}: repetition beyond K times in one grade is ignored (those pupils are
 * counted as leaving), as the UIS model limits repetitions so that the cohort is followed for a
 * finite number of years. Survival to the last grade = reach(last) / 1000 × 100.
 */
final class Cohort {
    static final int COHORT = 1000;
    static final int MAX_REPEATS = 2;

    private Cohort() {
    }

    /**
     * Pupils of a cohort of 1000 reaching each grade, grade 0 (entry) to grade p.length.
     *
     * @param p promotion rates of the grades before the last
     * @param r repetition rates of the same grades
     */
    static double[] reach(double[] p, double[] r) {
        double[] reach = new double[p.length + 1];
        reach[0] = COHORT;
        for (int g = 0; g < p.length; g++) {
            double chances = 0;
            double power = 1;
            for (int k = 0; k <= MAX_REPEATS; k++) {
                chances += power;
                power *= r[g];
            }
            reach[g + 1] = reach[g] * p[g] * chances;
        }
        return reach;
    }
}
