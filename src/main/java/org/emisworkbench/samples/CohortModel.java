package org.emisworkbench.samples;

import static org.emisworkbench.samples.Lumeria.F;
import static org.emisworkbench.samples.Lumeria.M;

import java.util.Set;
import java.util.SplittableRandom;

/**
 * Figures of one school: 2024 from a size per grade, 2025 from 2024 through promotion and repetition,
 * so that E(g+1, 2025) = promoted from E(g, 2024) + R(g+1, 2025) never exceeds E(g, 2024) + R(g+1, 2025).
 * Every ratio is drawn inside the clean bounds of the contract with a margin.
 */
final class CohortModel {
    /** Share of a grade's pupils at official age -1, 0, +1, +2, +3. */
    private static final double[] AGE_WEIGHTS = {0.06, 0.66, 0.16, 0.08, 0.04};

    private final SplittableRandom rng;

    CohortModel(SplittableRandom rng) {
        this.rng = rng;
    }

    SchoolYear firstYear(SchoolProfile s, double perGrade) {
        SchoolYear y = new SchoolYear();
        double girls = 0.46 + rng.nextDouble() * 0.08;
        double repeatRate = 0.02 + rng.nextDouble() * 0.06;
        int first = Lumeria.firstGrade(s.level());
        for (int g = first; g <= Lumeria.lastGrade(s.level()); g++) {
            double decline = 1 - (g - first) * (first == 0 ? 0.02 : 0.035);
            int total = (int) Math.round(perGrade * decline * (0.95 + rng.nextDouble() * 0.1));
            int f = (int) Math.round(total * (girls + (rng.nextDouble() - 0.5) * 0.04));
            spreadAges(y, s, g, F, f);
            spreadAges(y, s, g, M, total - f);
            for (int sex = 0; sex < 2; sex++) {
                y.repeaters[g][sex] = g == 0 ? 0 : (int) Math.round(y.enrol(g, sex) * repeatRate);
            }
        }
        staffAndRooms(s, y, null);
        return y;
    }

    SchoolYear nextYear(SchoolProfile s, SchoolYear last) {
        SchoolYear y = new SchoolYear();
        double repeatRate = 0.02 + rng.nextDouble() * 0.06;
        int first = Lumeria.firstGrade(s.level());
        for (int g = first; g <= Lumeria.lastGrade(s.level()); g++) {
            for (int sex = 0; sex < 2; sex++) {
                int count;
                int rep;
                if (g == first) {
                    // Entry grade: a new intake close to last year's, no cohort to follow.
                    count = (int) Math.round(last.enrol(g, sex) * (0.97 + rng.nextDouble() * 0.08));
                    rep = g == 0 ? 0 : (int) Math.round(count * repeatRate);
                } else {
                    int promoted = (int) Math.floor(last.enrol(g - 1, sex) * (0.88 + rng.nextDouble() * 0.08));
                    rep = (int) Math.round(promoted * repeatRate);
                    count = promoted + rep;
                }
                spreadAges(y, s, g, sex, count);
                y.repeaters[g][sex] = rep;
            }
        }
        staffAndRooms(s, y, last);
        return y;
    }

    /** Spreads a grade's pupils over official age -1 ... +3 (and, in forms, a rare "Age unknown"). */
    private void spreadAges(SchoolYear y, SchoolProfile s, int grade, int sex, int count) {
        int unknown = 0;
        boolean form = s.layout() == Lumeria.Layout.GRID_MF || s.layout() == Lumeria.Layout.GRID_ALT;
        if (form && count > 20 && rng.nextInt(12) == 0) {
            unknown = 1;
        }
        int rest = count - unknown;
        int[] split = largestRemainder(rest, AGE_WEIGHTS);
        for (int k = 0; k < split.length; k++) {
            y.enrol[grade][Lumeria.ageIndex(Lumeria.officialAge(grade) - 1 + k)][sex] += split[k];
        }
        y.enrol[grade][Lumeria.UNKNOWN_AGE][sex] += unknown;
    }

    private void staffAndRooms(SchoolProfile s, SchoolYear y, SchoolYear last) {
        int pupils = y.total();
        if (s.offers(1)) {
            Mutations.newEntrants(y);
        }
        int teachers = (int) Math.ceil(pupils / (28 + rng.nextDouble() * 14));
        int female = (int) Math.round(teachers * (0.35 + rng.nextDouble() * 0.3));
        y.teachers[F] = female;
        y.teachers[M] = teachers - female;
        for (int sex = 0; sex < 2; sex++) {
            y.qualified[sex] = (int) Math.round(y.teachers[sex] * (0.6 + rng.nextDouble() * 0.35));
            y.trained[sex] = (int) Math.round(y.teachers[sex] * (0.5 + rng.nextDouble() * 0.4));
        }
        int usable = (int) Math.ceil(pupils / (32 + rng.nextDouble() * 18));
        if (last != null) {
            usable = Math.max(usable, Math.min(last.usableClassrooms(), (int) Math.floor(pupils / 20.0)));
        }
        y.good = (int) Math.round(usable * (0.5 + rng.nextDouble() * 0.3));
        y.fair = usable - y.good;
        y.poor = rng.nextInt(4);
        boolean urban = s.locality().equals("urban");
        double[] chance = {urban ? 0.95 : 0.55, 0.8, 0.7, urban ? 0.6 : 0.15, 0.4, 0.25};
        for (int i = 0; i < chance.length; i++) {
            y.facilities[i] = last != null && rng.nextInt(10) > 0 ? last.facilities[i] : rng.nextDouble() < chance[i];
        }
        y.toilets[0] = 1 + y.totalBySex(F) / (35 + rng.nextInt(20));
        y.toilets[1] = 1 + y.totalBySex(M) / (40 + rng.nextInt(25));
        y.toilets[2] = 1 + rng.nextInt(3);
    }

    /** Nudges a school whose enrolment fingerprint another school already has. */
    void keepDistinct(SchoolProfile s, SchoolYear y, Set<String> seen) {
        // The entry grade: bumping it touches neither new entrants nor the cohort rule.
        int g = Lumeria.firstGrade(s.level());
        int slot = Lumeria.ageIndex(Lumeria.officialAge(g));
        while (!seen.add(y.fingerprint())) {
            y.enrol[g][slot][M]++;
        }
    }

    static int[] largestRemainder(int total, double[] weights) {
        int[] out = new int[weights.length];
        double[] rem = new double[weights.length];
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            out[i] = (int) Math.floor(exact);
            rem[i] = exact - out[i];
            given += out[i];
        }
        while (given < total) {
            int best = 0;
            for (int i = 1; i < rem.length; i++) {
                if (rem[i] > rem[best]) {
                    best = i;
                }
            }
            out[best]++;
            rem[best] = -1;
            given++;
        }
        return out;
    }
}
