package org.emisworkbench.samples;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The schools of Lumeria and their true figures for both census years, before any error is planted.
 * Everything comes from one seeded random source, drawn in a fixed order, so a seed fixes the country.
 */
final class CountryModel {
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "te", "su", "no", "va", "be", "di",
        "ma", "ro", "ne", "ti", "sa", "go", "ya", "pe", "lu", "wa"};
    private static final String[] PLACES = {"Hill", "River", "Lake", "Valley", "Bay", "Market", "Station",
        "Palm", "Cedar", "Harbour", "Ridge", "Spring"};

    final List<SchoolProfile> schools;
    /** Figures by school code; index 0 = 2024, 1 = 2025. */
    final Map<String, SchoolYear[]> years;
    final PopulationModel population;

    private CountryModel(List<SchoolProfile> schools, Map<String, SchoolYear[]> years, PopulationModel population) {
        this.schools = schools;
        this.years = years;
        this.population = population;
    }

    static CountryModel build(long seed, int schoolCount) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<SchoolProfile> schools = new ArrayList<>();
        Map<String, Double> sizeFactor = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        int districts = Lumeria.DISTRICTS.size();
        for (int d = 0; d < districts; d++) {
            Lumeria.District district = Lumeria.DISTRICTS.get(d);
            int n = schoolCount / districts + (d < schoolCount % districts ? 1 : 0);
            List<String> levels = levels(n, rng);
            for (int i = 0; i < n; i++) {
                String code = String.format("SCH%s%03d", district.code().substring(1), i + 1);
                String level = levels.get(i);
                schools.add(new SchoolProfile(code, uniqueName(rng, names, level), district,
                        ownership(rng), rng.nextDouble() < (d == 2 ? 0.55 : 0.3) ? "urban" : "rural", level));
            }
            spreadSizes(schools, district, rng, sizeFactor);
        }
        CohortModel cohort = new CohortModel(rng);
        Map<String, SchoolYear[]> years = new LinkedHashMap<>();
        Set<String> fingerprints = new HashSet<>();
        for (SchoolProfile s : schools) {
            double perGrade = baseCohort(s) * s.district().sizeFactor() * sizeFactor.get(s.code());
            SchoolYear y2024 = cohort.firstYear(s, perGrade);
            cohort.keepDistinct(s, y2024, fingerprints);
            SchoolYear y2025 = cohort.nextYear(s, y2024);
            cohort.keepDistinct(s, y2025, fingerprints);
            years.put(s.code(), new SchoolYear[] {y2024, y2025});
        }
        return new CountryModel(List.copyOf(schools), years, PopulationModel.build(schools, years, rng));
    }

    SchoolYear year(String code, int year) {
        return years.get(code)[year - Lumeria.YEARS[0]];
    }

    /** Pupils per grade of an average school of each level, before the district and school factors. */
    private static double baseCohort(SchoolProfile s) {
        return switch (s.level()) {
            case "primary" -> 36;
            case "secondary" -> 44;
            default -> 28;
        };
    }

    /** About 60 % primary, 25 % secondary, 15 % combined, shuffled; every district gets a primary first. */
    private static List<String> levels(int n, SplittableRandom rng) {
        int secondary = (int) Math.round(n * 0.25);
        int combined = (int) Math.round(n * 0.15);
        List<String> levels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            levels.add(i < secondary ? "secondary" : i < secondary + combined ? "primary_secondary" : "primary");
        }
        shuffle(levels, rng);
        return levels;
    }

    /**
     * School size factors evenly spaced over 0.8-1.2 within each district and level, then shuffled:
     * this keeps every school well inside its peers (modified z-score far below 3.5) whatever the count.
     */
    private static void spreadSizes(List<SchoolProfile> schools, Lumeria.District district, SplittableRandom rng,
                                    Map<String, Double> out) {
        for (String level : List.of("primary", "secondary", "primary_secondary")) {
            List<SchoolProfile> peers = schools.stream()
                    .filter(s -> s.district().equals(district) && s.level().equals(level)).toList();
            List<Double> factors = new ArrayList<>();
            for (int i = 0; i < peers.size(); i++) {
                factors.add(0.8 + 0.4 * (i + 0.5) / peers.size() + (rng.nextDouble() - 0.5) * 0.02);
            }
            shuffle(factors, rng);
            for (int i = 0; i < peers.size(); i++) {
                out.put(peers.get(i).code(), factors.get(i));
            }
        }
    }

    private static String ownership(SplittableRandom rng) {
        double r = rng.nextDouble();
        return r < 0.65 ? "public" : r < 0.80 ? "private" : r < 0.90 ? "community" : "faith";
    }

    private static String uniqueName(SplittableRandom rng, Set<String> used, String level) {
        String suffix = switch (level) {
            case "primary" -> "Primary School";
            case "secondary" -> "Secondary School";
            default -> "Combined School";
        };
        while (true) {
            String root = SYLLABLES[rng.nextInt(SYLLABLES.length)] + SYLLABLES[rng.nextInt(SYLLABLES.length)]
                    + (rng.nextBoolean() ? SYLLABLES[rng.nextInt(SYLLABLES.length)] : "");
            String name = Character.toUpperCase(root.charAt(0)) + root.substring(1)
                    + (rng.nextInt(3) == 0 ? " " + PLACES[rng.nextInt(PLACES.length)] : "") + " " + suffix;
            if (used.add(name)) {
                return name;
            }
        }
    }

    static <T> void shuffle(List<T> list, SplittableRandom rng) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, rng.nextInt(i + 1));
        }
    }
}
