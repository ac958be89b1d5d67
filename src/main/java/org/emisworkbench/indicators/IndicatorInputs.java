package org.emisworkbench.indicators;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.emisworkbench.model.CensusYearData;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.PopulationRecord;
import org.emisworkbench.model.SchoolFacts;

/**
 * Everything the calculator needs for one census year t: each school's return summarised (see
 * {@link SchoolFigures}), enrolment and repeaters of year t+1 when it exists, population, the master
 * list and the district › region hierarchy. Built once, then any number of areas and levels are
 * computed from it. District and region codes are compared upper-cased.
 */
public final class IndicatorInputs {
    final int year;
    final Integer nextYear;
    final GradeShape shape;
    final Map<String, SchoolFigures> schools;
    final Map<String, SchoolFigures> next;
    final PopulationTable population;
    /** School code → district (upper-cased, may be null); null when there is no master list. */
    final Map<String, String> expected;
    /** District → region, upper-cased; empty when no district has a parent. */
    final Map<String, String> regionOf;
    /** Schools of year t by district (upper-cased), built once so that all districts take one pass. */
    final Map<String, List<SchoolFigures>> byDistrict;

    private IndicatorInputs(Builder b) {
        this.year = b.year;
        this.nextYear = b.nextYear;
        this.shape = b.shape;
        this.schools = Collections.unmodifiableMap(b.schools);
        this.next = b.nextYear == null ? null : Collections.unmodifiableMap(b.next);
        this.population = b.population;
        this.expected = b.expected == null ? null : Collections.unmodifiableMap(b.expected);
        this.regionOf = Collections.unmodifiableMap(b.regionOf);
        Map<String, List<SchoolFigures>> grouped = new TreeMap<>();
        for (SchoolFigures s : schools.values()) {
            if (s.district != null) {
                grouped.computeIfAbsent(upper(s.district), k -> new ArrayList<>()).add(s);
            }
        }
        this.byDistrict = Collections.unmodifiableMap(grouped);
    }

    /**
     * Inputs from years already in memory. {@code next} may be null (no flow rates), {@code expected}
     * null when there is no master list (school code → district), {@code regionOfDistrict} may be empty.
     */
    public static IndicatorInputs of(CensusYearData year, CensusYearData next, Collection<PopulationRecord> population,
                                     Map<String, String> expected, Map<String, String> regionOfDistrict) {
        Builder b = builder(year.year(), year.grades());
        year.schools().forEach(b::school);
        if (next != null) {
            b.nextYear(next.year());
            next.schools().forEach(b::nextSchool);
        }
        population.forEach(b::population);
        if (expected != null) {
            b.masterList();
            expected.forEach(b::expectedSchool);
        }
        regionOfDistrict.forEach(b::region);
        return b.build();
    }

    public static Builder builder(int year, GradeSystem grades) {
        return new Builder(year, grades);
    }

    public int year() {
        return year;
    }

    /** Year t+1 when its returns were given, else null. */
    public Integer nextYear() {
        return nextYear;
    }

    public GradeSystem grades() {
        return shape.system;
    }

    /** Districts with schools in year t or on the master list, in code order. */
    public List<String> districts() {
        TreeSet<String> out = new TreeSet<>(byDistrict.keySet());
        if (expected != null) {
            expected.values().stream().filter(Objects::nonNull).forEach(out::add);
        }
        return List.copyOf(out);
    }

    /** Regions known from the district › region hierarchy, in code order; empty when there is none. */
    public List<String> regions() {
        return List.copyOf(new TreeSet<>(regionOf.values()));
    }

    public int schoolCount() {
        return schools.size();
    }

    static String upper(String code) {
        return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
    }

    /** Collects inputs school by school, so a loader can stream a year without keeping its rows. */
    public static final class Builder {
        private final int year;
        private final GradeShape shape;
        private final Map<String, SchoolFigures> schools = new LinkedHashMap<>();
        private final Map<String, SchoolFigures> next = new LinkedHashMap<>();
        private final PopulationTable population = new PopulationTable();
        private final Map<String, String> regionOf = new LinkedHashMap<>();
        private Integer nextYear;
        private Map<String, String> expected;

        private Builder(int year, GradeSystem grades) {
            this.year = year;
            this.shape = new GradeShape(grades);
        }

        public Builder school(SchoolFacts school) {
            schools.put(school.code(), SchoolFigures.of(school, shape, false));
            return this;
        }

        /** Declares that year t+1 exists (even if it turns out to have no school of an area). */
        public Builder nextYear(int nextYear) {
            if (nextYear != year + 1) {
                throw new IllegalArgumentException("The next year of " + year + " is " + (year + 1) + ", not " + nextYear);
            }
            this.nextYear = nextYear;
            return this;
        }

        public Builder nextSchool(SchoolFacts school) {
            if (nextYear == null) {
                throw new IllegalStateException("Call nextYear before adding its schools");
            }
            next.put(school.code(), SchoolFigures.of(school, shape, true));
            return this;
        }

        public Builder population(PopulationRecord record) {
            if (record.censusYear() == year) {
                population.add(record);
            }
            return this;
        }

        /** Declares that a master list exists (it may still list no school of an area). */
        public Builder masterList() {
            if (expected == null) {
                expected = new LinkedHashMap<>();
            }
            return this;
        }

        public Builder expectedSchool(String code, String district) {
            masterList();
            expected.put(code, upper(district));
            return this;
        }

        public Builder region(String district, String region) {
            if (district != null && region != null && !region.isBlank()) {
                regionOf.put(upper(district), upper(region));
            }
            return this;
        }

        public IndicatorInputs build() {
            return new IndicatorInputs(this);
        }
    }
}
