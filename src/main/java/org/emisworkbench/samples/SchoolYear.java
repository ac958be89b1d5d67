package org.emisworkbench.samples;

import static org.emisworkbench.samples.Lumeria.AGE_SLOTS;
import static org.emisworkbench.samples.Lumeria.GRADES;

/**
 * The figures one school returns for one census year. Mutable on purpose: the cohort model fills it,
 * then the error planter bends a few of them before the writers print it.
 */
final class SchoolYear {
    /** Enrolment by grade, age slot (see {@link Lumeria#ageIndex}) and sex. */
    final int[][][] enrol = new int[GRADES][AGE_SLOTS][2];
    final int[][] repeaters = new int[GRADES][2];
    /** New entrants to G1 by age band: < 5, 5, 6, 7, 8+. */
    final int[][] newEntrants = new int[5][2];
    final int[] teachers = new int[2];
    final int[] qualified = new int[2];
    final int[] trained = new int[2];
    int good;
    int fair;
    int poor;
    final boolean[] facilities = new boolean[Lumeria.FACILITIES.size()];
    /** Toilets for girls, boys, staff. */
    final int[] toilets = new int[3];

    int enrol(int grade, int sex) {
        int sum = 0;
        for (int a = 0; a < AGE_SLOTS; a++) {
            sum += enrol[grade][a][sex];
        }
        return sum;
    }

    int totalBySex(int sex) {
        int sum = 0;
        for (int g = 0; g < GRADES; g++) {
            sum += enrol(g, sex);
        }
        return sum;
    }

    int total() {
        return totalBySex(Lumeria.M) + totalBySex(Lumeria.F);
    }

    int newEntrants(int sex) {
        int sum = 0;
        for (int[] band : newEntrants) {
            sum += band[sex];
        }
        return sum;
    }

    int teachersTotal() {
        return teachers[0] + teachers[1];
    }

    int usableClassrooms() {
        return good + fair;
    }

    /** Enrolment by grade and sex, the fingerprint used to keep two schools from sharing figures. */
    String fingerprint() {
        StringBuilder sb = new StringBuilder();
        for (int g = 0; g < GRADES; g++) {
            sb.append(enrol(g, 0)).append('/').append(enrol(g, 1)).append(';');
        }
        return sb.toString();
    }

    /** Copies every figure of {@code other}; used for identical returns. */
    void copyPupilsFrom(SchoolYear other) {
        for (int g = 0; g < GRADES; g++) {
            for (int a = 0; a < AGE_SLOTS; a++) {
                enrol[g][a] = other.enrol[g][a].clone();
            }
            repeaters[g] = other.repeaters[g].clone();
        }
        for (int b = 0; b < newEntrants.length; b++) {
            newEntrants[b] = other.newEntrants[b].clone();
        }
    }
}
