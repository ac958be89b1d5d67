package org.emisworkbench.samples;

import static org.emisworkbench.samples.Lumeria.AGE_SLOTS;
import static org.emisworkbench.samples.Lumeria.F;
import static org.emisworkbench.samples.Lumeria.GRADES;
import static org.emisworkbench.samples.Lumeria.M;

/** Whole-school changes the planter makes to a school-year's figures. */
final class Mutations {
    private Mutations() {
    }

    /** Multiplies pupils, staff and rooms alike, so that only the size (not the ratios) looks wrong. */
    static void scale(SchoolYear y, double factor) {
        for (int g = 0; g < GRADES; g++) {
            for (int a = 0; a < AGE_SLOTS; a++) {
                for (int s = 0; s < 2; s++) {
                    y.enrol[g][a][s] = (int) Math.round(y.enrol[g][a][s] * factor);
                }
            }
            for (int s = 0; s < 2; s++) {
                y.repeaters[g][s] = (int) Math.floor(y.repeaters[g][s] * factor);
            }
        }
        for (int s = 0; s < 2; s++) {
            y.teachers[s] = Math.max(1, (int) Math.round(y.teachers[s] * factor));
            y.qualified[s] = Math.min(y.teachers[s], (int) Math.round(y.qualified[s] * factor));
            y.trained[s] = Math.min(y.teachers[s], (int) Math.round(y.trained[s] * factor));
        }
        int usable = Math.max(1, (int) Math.round(y.usableClassrooms() * factor));
        y.good = Math.max(1, (int) Math.round(y.good * factor));
        y.fair = Math.max(0, usable - y.good);
        for (int i = 0; i < y.toilets.length; i++) {
            y.toilets[i] = Math.max(1, (int) Math.round(y.toilets[i] * factor));
        }
        newEntrants(y);
    }

    /** Gives girls {@code girlsShare} of every grade and age, keeping each total. */
    static void resplit(SchoolYear y, double girlsShare) {
        for (int g = 0; g < GRADES; g++) {
            for (int a = 0; a < AGE_SLOTS; a++) {
                int total = y.enrol[g][a][M] + y.enrol[g][a][F];
                y.enrol[g][a][F] = (int) Math.round(total * girlsShare);
                y.enrol[g][a][M] = total - y.enrol[g][a][F];
            }
            int rep = y.repeaters[g][M] + y.repeaters[g][F];
            y.repeaters[g][F] = Math.min(y.enrol(g, F), (int) Math.floor(rep * girlsShare));
            y.repeaters[g][M] = Math.min(y.enrol(g, M), rep - y.repeaters[g][F]);
        }
        newEntrants(y);
    }

    /** Empties every pupil figure, keeping staff and rooms. */
    static void noPupils(SchoolYear y) {
        for (int g = 0; g < GRADES; g++) {
            for (int a = 0; a < AGE_SLOTS; a++) {
                y.enrol[g][a][M] = 0;
                y.enrol[g][a][F] = 0;
            }
            y.repeaters[g][M] = 0;
            y.repeaters[g][F] = 0;
        }
        newEntrants(y);
    }

    /** New entrants to G1 again from G1 minus repeaters, after a change to G1. */
    static void newEntrants(SchoolYear y) {
        for (int s = 0; s < 2; s++) {
            int[] bands = new int[5];
            for (int age = Lumeria.MIN_AGE; age <= Lumeria.MAX_AGE; age++) {
                bands[age < 5 ? 0 : Math.min(age - 4, 4)] += y.enrol[1][Lumeria.ageIndex(age)][s];
            }
            int remove = y.repeaters[1][s] + y.enrol[1][Lumeria.UNKNOWN_AGE][s];
            for (int b = 4; b >= 0 && remove > 0; b--) {
                int take = Math.min(remove, bands[b]);
                bands[b] -= take;
                remove -= take;
            }
            for (int b = 0; b < 5; b++) {
                y.newEntrants[b][s] = bands[b];
            }
        }
    }
}
