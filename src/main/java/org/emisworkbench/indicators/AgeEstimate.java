package org.emisworkbench.indicators;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.emisworkbench.model.Sex;

/**
 * Pupils of an age the returns do not give, estimated the UIS way. Figures that count pupils by age
 * (NER: pupils of the level's official ages; over-age: pupils 2+ years above their grade's age) see
 * only the pupils whose age is reported. Leaving the others out biases the figure (NER falls with every
 * school that reports no ages), so for each grade, sex and district the share of the pupils of known
 * age that are of the age counted is applied to the pupils of unknown age: those of schools that report
 * no ages, those reported as "age unknown", and those in a band that straddles the limit.
 * A region or the country adds up its districts' estimates, each made from its own district's ages.
 *
 * <p>Where a district has no pupil of known age in a grade and sex, the next best distribution is used:
 * the same grade of both sexes in the district, then the grade and sex in the whole area, then the grade
 * of both sexes in the whole area. A grade with no known age anywhere in the area cannot be estimated.
 */
final class AgeEstimate {
    /** What is counted among the pupils of known age. */
    enum Target {
        /** Pupils of the official age range of the grade's level (NER). */
        OFFICIAL_AGE,
        /** Pupils at least two years older than their grade's official age. */
        OVER_AGE
    }

    private static final int ENROLLED = 0;
    private static final int KNOWN_LEVEL_AGE = 1;
    private static final int OF_LEVEL_AGE = 2;
    private static final int KNOWN_GRADE_AGE = 3;
    private static final int OVER = 4;

    private final int n;
    /** District → [measure][sex.ordinal() * n + slot]. */
    private final Map<String, long[][]> byDistrict = new TreeMap<>();
    private final long[][] whole;
    private SchoolFigures lastSchool;
    private long[][] lastCells;

    AgeEstimate(int grades) {
        this.n = grades;
        this.whole = new long[5][2 * grades];
    }

    /** One school's pupils of cell {@code i} ({@code enrolled} of them, not MISSING). */
    void add(SchoolFigures s, int i, int enrolled) {
        if (s != lastSchool) { // a school adds many cells: find its district once
            String d = s.district == null ? "" : s.district.toUpperCase(Locale.ROOT);
            lastCells = byDistrict.computeIfAbsent(d, k -> new long[5][2 * n]);
            lastSchool = s;
        }
        long[][] cells = lastCells;
        for (long[][] a : new long[][][] {cells, whole}) {
            a[ENROLLED][i] += enrolled;
            if (s.ageKnown != null) {
                a[KNOWN_LEVEL_AGE][i] += s.levelAgeKnown[i];
                a[OF_LEVEL_AGE][i] += s.inLevelAge[i];
                a[KNOWN_GRADE_AGE][i] += s.ageKnown[i];
                a[OVER][i] += s.overAge[i];
            }
        }
    }

    /**
     * The estimate over the given grades.
     *
     * @param slots the level's grade slots
     */
    Result estimate(Target target, int[] slots) {
        int known = target == Target.OFFICIAL_AGE ? KNOWN_LEVEL_AGE : KNOWN_GRADE_AGE;
        int counted = target == Target.OFFICIAL_AGE ? OF_LEVEL_AGE : OVER;
        double[] estimate = new double[2 * n];
        double[] imputed = new double[2 * n];
        long placed = 0;
        long enrolled = 0;
        long borrowed = 0;
        int unresolved = -1;
        for (long[][] d : byDistrict.values()) {
            for (int slot : slots) {
                for (Sex sex : Sex.values()) {
                    int i = SchoolFigures.index(sex, slot, n);
                    long e = d[ENROLLED][i];
                    long k = Math.min(d[known][i], e); // ages beyond the stated total are not extra pupils
                    long unknown = e - k;
                    placed += k;
                    enrolled += e;
                    estimate[i] += d[counted][i];
                    if (unknown == 0) {
                        continue;
                    }
                    double share = share(d, whole, known, counted, slot, i);
                    if (Double.isNaN(share)) {
                        unresolved = unresolved < 0 ? slot : unresolved;
                        continue;
                    }
                    if (d[known][i] == 0) {
                        borrowed += unknown; // estimated from another distribution than their own district's
                    }
                    estimate[i] += unknown * share;
                    imputed[i] += unknown * share;
                }
            }
        }
        return new Result(estimate, imputed, placed, enrolled, unresolved, borrowed);
    }

    /** The share of counted pupils among those of known age, from the nearest distribution that has any. */
    private double share(long[][] district, long[][] area, int known, int counted, int slot, int i) {
        int girls = SchoolFigures.index(Sex.F, slot, n);
        int boys = SchoolFigures.index(Sex.M, slot, n);
        for (long[][] a : new long[][][] {district, area}) {
            if (a[known][i] > 0) {
                return (double) a[counted][i] / a[known][i];
            }
            long bothKnown = a[known][girls] + a[known][boys];
            if (bothKnown > 0) {
                return (double) (a[counted][girls] + a[counted][boys]) / bothKnown;
            }
        }
        return Double.NaN;
    }

    /**
     * Pupils counted, estimated, per cell ({@code sex.ordinal() * grades + slot}), and how much of it is
     * estimated.
     *
     * @param placed     pupils whose age is known and placed (at most the enrolment of their cell)
     * @param enrolled   all pupils of the grades
     * @param unresolved the first grade slot whose unknown ages could not be estimated, or -1
     * @param borrowed   pupils of unknown age whose district has no pupil of known age of their grade and sex,
     *                   estimated from the next best distribution (both sexes of the district, else the area):
     *                   the note says so, as "the same grade, sex and district" is not true of them
     */
    record Result(double[] estimate, double[] imputed, long placed, long enrolled, int unresolved, long borrowed) {
        /** Share of the pupils whose age is known, or null without pupils. */
        Double known() {
            return enrolled == 0 ? null : (double) placed / enrolled;
        }

        double total(double[] a) {
            double sum = 0;
            for (double v : a) {
                sum += v;
            }
            return sum;
        }

        /** Share of the estimated count that is estimated rather than counted; 0 when nothing is. */
        double imputedShare() {
            double all = total(estimate);
            return all == 0 ? 0 : total(imputed) / all;
        }
    }
}
