package org.emisworkbench.samples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Population by district, single age (3-24) and sex for both years. Sized from the district's primary
 * enrolment so that the primary GER lands near 93-104 %; 2025 ages the 2024 population by one year.
 */
final class PopulationModel {
    static final int MIN_AGE = 3;
    static final int MAX_AGE = 24;

    /** Key "D01" -> [year index][age - 3][sex]. */
    private final Map<String, long[][][]> byDistrict;

    private PopulationModel(Map<String, long[][][]> byDistrict) {
        this.byDistrict = byDistrict;
    }

    static PopulationModel build(List<SchoolProfile> schools, Map<String, SchoolYear[]> years,
                                 SplittableRandom rng) {
        Map<String, long[][][]> out = new LinkedHashMap<>();
        int ages = MAX_AGE - MIN_AGE + 1;
        for (Lumeria.District d : Lumeria.DISTRICTS) {
            long primary = 0;
            for (SchoolProfile s : schools) {
                if (s.district().equals(d)) {
                    SchoolYear y = years.get(s.code())[0];
                    for (int g = 1; g <= 6; g++) {
                        primary += y.enrol(g, 0) + y.enrol(g, 1);
                    }
                }
            }
            double ger = 0.90 + rng.nextDouble() * 0.10;
            double cohort = Math.max(primary / 6.0 / ger, 50);
            long[][][] pop = new long[2][ages][2];
            for (int i = 0; i < ages; i++) {
                int age = MIN_AGE + i;
                // Younger cohorts are slightly larger: a growing population.
                double size = cohort * (1 + 0.015 * (6 - age)) * (0.98 + rng.nextDouble() * 0.04);
                long female = Math.round(size * (0.49 + rng.nextDouble() * 0.01));
                pop[0][i][Lumeria.F] = female;
                pop[0][i][Lumeria.M] = Math.round(size) - female;
            }
            for (int sex = 0; sex < 2; sex++) {
                pop[1][0][sex] = Math.round(pop[0][0][sex] * (1.005 + rng.nextDouble() * 0.01));
                for (int i = 1; i < ages; i++) {
                    pop[1][i][sex] = Math.round(pop[0][i - 1][sex] * 0.997);
                }
            }
            out.put(d.code(), pop);
        }
        return new PopulationModel(out);
    }

    long count(String district, int year, int age, int sex) {
        return byDistrict.get(district)[year - Lumeria.YEARS[0]][age - MIN_AGE][sex];
    }
}
