package org.emisworkbench.indicators;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.emisworkbench.model.AreaSelector;
import org.emisworkbench.model.CensusYearData;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.IndicatorSettings;
import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.SchoolFacts;
import org.emisworkbench.store.CensusLoader;
import org.emisworkbench.store.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The indicators of the country, of every region and of every district, reading the returns one district at
 * a time: each district's schools (and their returns of year t+1) are summarised, added to the sums of their
 * district, region and country, and let go before the next district is read. What stays in memory is one
 * district's returns, the sums of the areas and the codes of the year's schools, never a summary of every
 * school of the country ({@link IndicatorInputsLoader} keeps one, about 1 kB a school: a million schools
 * would not fit in 512 MB). The figures are those {@link IndicatorCalculator} computes from whole-country
 * inputs.
 */
public final class IndicatorsByDistrict {
    private static final Logger LOG = LoggerFactory.getLogger(IndicatorsByDistrict.class);

    private IndicatorsByDistrict() {
    }

    /**
     * The indicators of every area of a year and level.
     *
     * @param country         the country's values
     * @param regions         each region's values, by region code (upper-cased) in code order
     * @param districts       each district's values, by district code (upper-cased) in code order
     * @param mostSchoolsHeld the most schools whose returns were in memory at once: one district's, not the
     *                        country's
     */
    public record Result(List<IndicatorValue> country, Map<String, List<IndicatorValue>> regions,
                         Map<String, List<IndicatorValue>> districts, int mostSchoolsHeld) {
    }

    /**
     * Reads year {@code year} (and t+1 when the workspace has it) district by district.
     *
     * @param level a level of the grade system; null for {@link IndicatorCalculator#DEFAULT_LEVEL}
     * @throws IllegalArgumentException when the grade system has no such level
     */
    public static Result compute(Workspace workspace, int year, String level, IndicatorSettings settings) {
        long start = System.nanoTime();
        CensusLoader census = new CensusLoader(workspace);
        GradeSystem grades = census.grades();
        String lv = IndicatorCalculator.checkLevel(grades, level);
        boolean hasNext = census.years().contains(year + 1);
        IndicatorInputs.Builder b = IndicatorInputs.builder(year, grades);
        if (hasNext) {
            b.nextYear(year + 1);
        }
        IndicatorInputsLoader.addReference(b, workspace, year);
        // Population, master list and hierarchy of the whole country, with no school: what every area needs.
        IndicatorInputs reference = b.build();
        Sums sums = new Sums(reference, lv);
        int mostHeld = 0;
        for (List<String> codes : census.codesByDistrict(year).values()) {
            CensusYearData now = census.loadSchools(year, codes);
            Map<String, SchoolFacts> next = new HashMap<>();
            if (hasNext) {
                // The same schools in t+1, wherever they report then: flow rates follow a school, not a district.
                census.loadSchools(year + 1, codes).schools().forEach(s -> next.put(s.code(), s));
            }
            mostHeld = Math.max(mostHeld, now.size());
            for (SchoolFacts s : now.schools()) {
                SchoolFacts n = next.get(s.code());
                sums.add(SchoolFigures.of(s, reference.shape, false),
                        hasNext && n != null ? SchoolFigures.of(n, reference.shape, true) : null);
            }
        }
        Result result = sums.values(settings, mostHeld);
        LOG.info("Indicators of {} district by district ({} districts, at most {} schools at once) in {} ms", year,
                result.districts().size(), mostHeld, (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    /** The sums of each district, region and the country, with the master-list counts of each. */
    private static final class Sums {
        private final IndicatorInputs reference;
        private final String level;
        private final LevelTotals country;
        private final Map<String, LevelTotals> districts = new TreeMap<>();
        private final Map<String, LevelTotals> regions = new TreeMap<>();
        /** District → {schools with a return there}; the master-list counts below are by the district listed. */
        private final Map<String, int[]> schoolsOf = new HashMap<>();
        private final Map<String, Integer> expectedIn = new HashMap<>();
        private final Map<String, Integer> returnedIn = new HashMap<>();
        private int schools;
        private int returned;

        Sums(IndicatorInputs reference, String level) {
            this.reference = reference;
            this.level = level;
            this.country = new LevelTotals(reference.shape, level);
            if (reference.expected != null) {
                reference.expected.values().forEach(d -> {
                    if (d != null) {
                        expectedIn.merge(d, 1, Integer::sum);
                    }
                });
            }
        }

        void add(SchoolFigures s, SchoolFigures nextYear) {
            schools++;
            country.add(s, nextYear);
            if (reference.expected != null && reference.expected.containsKey(s.code)) {
                returned++;
                String listed = reference.expected.get(s.code);
                if (listed != null) {
                    returnedIn.merge(listed, 1, Integer::sum);
                }
            }
            if (s.district == null) {
                return; // counted in the country only, as the whole-country inputs do
            }
            String d = IndicatorInputs.upper(s.district);
            districts.computeIfAbsent(d, k -> new LevelTotals(reference.shape, level)).add(s, nextYear);
            schoolsOf.computeIfAbsent(d, k -> new int[1])[0]++;
            String region = reference.regionOf.get(d);
            if (region != null) {
                regions.computeIfAbsent(region, k -> new LevelTotals(reference.shape, level)).add(s, nextYear);
            }
        }

        Result values(IndicatorSettings settings, int mostHeld) {
            TreeSet<String> known = new TreeSet<>(districts.keySet());
            known.addAll(reference.districts());
            Map<String, List<IndicatorValue>> byDistrict = new LinkedHashMap<>();
            for (String d : known) {
                byDistrict.put(d, IndicatorCalculator.values(reference, scope(AreaSelector.district(d), List.of(d),
                        List.of(d)), totals(districts, d), settings));
            }
            Map<String, List<IndicatorValue>> byRegion = new LinkedHashMap<>();
            for (String r : reference.regions()) {
                List<String> members = Scopes.districtsOf(reference, r);
                byRegion.put(r, IndicatorCalculator.values(reference, scope(new AreaSelector(AreaSelector.Kind.REGION, r),
                        members, Scopes.regionPopulation(reference, r, members)), totals(regions, r), settings));
            }
            TreeSet<String> population = new TreeSet<>(known);
            population.addAll(reference.regionOf.keySet());
            List<String> countryPopulation = List.copyOf(population);
            AreaScope whole = AreaScope.summed(AreaSelector.country(), schools,
                    Scopes.populationAreas(countryPopulation), Scopes.reasonFor(countryPopulation.isEmpty()),
                    reference.expected == null ? null : reference.expected.size(), returned);
            return new Result(IndicatorCalculator.values(reference, whole, country, settings), byRegion, byDistrict,
                    mostHeld);
        }

        private LevelTotals totals(Map<String, LevelTotals> of, String code) {
            LevelTotals t = of.get(code);
            return t != null ? t : new LevelTotals(reference.shape, level);
        }

        /** An area made of {@code members} districts, as {@link Scopes} resolves it over whole-country inputs. */
        private AreaScope scope(AreaSelector area, List<String> members, List<String> population) {
            int count = 0;
            Integer expected = reference.expected == null ? null : 0;
            int back = 0;
            for (String d : members) {
                int[] c = schoolsOf.get(d);
                count += c == null ? 0 : c[0];
                if (expected != null) {
                    expected += expectedIn.getOrDefault(d, 0);
                    back += returnedIn.getOrDefault(d, 0);
                }
            }
            return AreaScope.summed(area, count, Scopes.populationAreas(population), Scopes.reasonFor(population.isEmpty()),
                    expected, back);
        }
    }
}
