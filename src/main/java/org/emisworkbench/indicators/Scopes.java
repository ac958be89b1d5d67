package org.emisworkbench.indicators;

import org.emisworkbench.model.AreaSelector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.emisworkbench.model.Message;

/**
 * Resolves areas against the inputs. Master-list counts by district are made in one pass when the
 * resolver is built, so resolving 150 districts does not walk the master list 150 times.
 */
final class Scopes {
    private final IndicatorInputs in;
    /** District → {schools expected, of which with a return}. */
    private final Map<String, int[]> expectedByDistrict = new HashMap<>();
    private final int[] expectedAll = new int[2];

    Scopes(IndicatorInputs in) {
        this.in = in;
        if (in.expected != null) {
            in.expected.forEach((code, district) -> {
                int returned = in.schools.containsKey(code) ? 1 : 0;
                expectedAll[0]++;
                expectedAll[1] += returned;
                if (district != null) {
                    int[] c = expectedByDistrict.computeIfAbsent(district, k -> new int[2]);
                    c[0]++;
                    c[1] += returned;
                }
            });
        }
    }

    AreaScope resolve(AreaSelector area) {
        return switch (area.kind()) {
            case SCHOOL -> school(area);
            case DISTRICT -> districts(area, List.of(IndicatorInputs.upper(area.code())), List.of(IndicatorInputs.upper(area.code())));
            case REGION -> region(area);
            case COUNTRY -> country(area);
        };
    }

    private AreaScope school(AreaSelector area) {
        SchoolFigures s = in.schools.get(area.code());
        List<SchoolFigures> list = s == null ? List.of() : List.of(s);
        Integer expected = null;
        int returned = 0;
        if (in.expected != null) {
            boolean listed = in.expected.containsKey(area.code());
            expected = listed ? 1 : 0;
            returned = listed && s != null ? 1 : 0;
        }
        return new AreaScope(area, list, null, Message.of("ind.populationByDistrict"), expected,
                returned);
    }

    private AreaScope region(AreaSelector area) {
        String region = IndicatorInputs.upper(area.code());
        List<String> districts = districtsOf(in, region);
        return districts(area, districts, regionPopulation(in, region, districts));
    }

    /** The districts of {@code region} (upper-cased) in the hierarchy. */
    static List<String> districtsOf(IndicatorInputs in, String region) {
        List<String> districts = new ArrayList<>();
        in.regionOf.forEach((d, r) -> {
            if (r.equals(region)) {
                districts.add(d);
            }
        });
        return districts;
    }

    /** Population given for the region itself is used as is; else its districts' figures are added. */
    static List<String> regionPopulation(IndicatorInputs in, String region, List<String> districts) {
        return in.population.has(region) ? List.of(region) : districts;
    }

    /** The areas whose population makes the country's denominators: every district known, with or without schools. */
    static List<String> countryPopulation(IndicatorInputs in) {
        TreeSet<String> districts = new TreeSet<>(in.districts());
        districts.addAll(in.regionOf.keySet());
        return List.copyOf(districts);
    }

    private AreaScope country(AreaSelector area) {
        List<String> districts = countryPopulation(in);
        List<SchoolFigures> all = new ArrayList<>(in.schools.values());
        Integer expected = in.expected == null ? null : expectedAll[0];
        return new AreaScope(area, all, populationAreas(districts), reasonFor(districts.isEmpty()),
                expected, expectedAll[1]);
    }

    private AreaScope districts(AreaSelector area, List<String> districts, List<String> population) {
        List<SchoolFigures> schools = new ArrayList<>();
        Integer expected = in.expected == null ? null : 0;
        int returned = 0;
        for (String d : districts) {
            schools.addAll(in.byDistrict.getOrDefault(d, List.of()));
            int[] c = expectedByDistrict.get(d);
            if (c != null) {
                expected += c[0];
                returned += c[1];
            }
        }
        return new AreaScope(area, schools, populationAreas(population), reasonFor(population.isEmpty()), expected,
                returned);
    }

    static List<String> populationAreas(List<String> areas) {
        return areas.isEmpty() ? null : areas.stream().filter(Objects::nonNull).toList();
    }

    static Message reasonFor(boolean noArea) {
        return noArea ? Message.of("ind.noDistrictForArea") : null;
    }
}
