package org.emisworkbench.model;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Every current return of one census year (optionally one district), in memory. */
public final class CensusYearData {
    private final int year;
    private final GradeSystem grades;
    private final Map<String, SchoolFacts> schools;

    public CensusYearData(int year, GradeSystem grades, Map<String, SchoolFacts> schools) {
        this.year = year;
        this.grades = grades;
        this.schools = Collections.unmodifiableMap(new LinkedHashMap<>(schools));
    }

    public int year() {
        return year;
    }

    public GradeSystem grades() {
        return grades;
    }

    public Collection<SchoolFacts> schools() {
        return schools.values();
    }

    public Optional<SchoolFacts> school(String code) {
        return Optional.ofNullable(schools.get(code));
    }

    public int size() {
        return schools.size();
    }
}
