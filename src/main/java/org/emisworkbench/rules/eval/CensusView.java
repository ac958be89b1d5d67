package org.emisworkbench.rules.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.CensusYearData;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.PopulationRecord;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolFacts;
import org.emisworkbench.rules.expr.ValueSource;

/**
 * One census year as the rule engine reads it, over the returns held in memory: this year's, last
 * year's (for {@code previous()} and cohort rules), population, the master list and the import
 * problems. Every method is a plain read; the engine never writes and never asks for SQL.
 */
public final class CensusView {
    private final CensusYearData data;
    private final List<SchoolInfo> schools = new ArrayList<>();
    private final Map<String, ValueSource> sources = new HashMap<>();
    private final List<ValueSource> inOrder = new ArrayList<>();
    private final Map<String, ValueSource> districts = new LinkedHashMap<>();
    private final List<SchoolInfo> expected;
    private final List<ImportProblem> problems;
    private final CountryContext country;
    private final SchoolPlaces places;

    /**
     * @param previous last year's data, or null
     * @param population population rows by district code, this year and last year
     * @param expected   master list: school code → district code
     */
    public CensusView(CensusYearData data, CensusYearData previous, Map<String, List<PopulationRecord>> population,
                           Map<String, List<PopulationRecord>> previousPopulation, Map<String, String> expected,
                           List<ImportProblem> problems) {
        this(data, previous, population, previousPopulation, expected, problems, null);
    }

    /**
     * A part of the country (one district): {@code data} holds its schools, {@code previous} at least
     * last year's returns of those schools and of the district's schools last year, {@code expected} and
     * {@code problems} the master-list schools and import problems of the part; {@code country} what the
     * rules that look beyond the part need (null when the view is the whole country).
     */
    public CensusView(CensusYearData data, CensusYearData previous, Map<String, List<PopulationRecord>> population,
                           Map<String, List<PopulationRecord>> previousPopulation, Map<String, String> expected,
                           List<ImportProblem> problems, CountryContext country) {
        this(data, previous, population, previousPopulation, expected, problems, country, SchoolPlaces.NONE);
    }

    /** The same, with where the schools are for the {@code location} rules. */
    public CensusView(CensusYearData data, CensusYearData previous, Map<String, List<PopulationRecord>> population,
                           Map<String, List<PopulationRecord>> previousPopulation, Map<String, String> expected,
                           List<ImportProblem> problems, CountryContext country, SchoolPlaces places) {
        this.country = country;
        this.places = places;
        this.data = data;
        this.problems = List.copyOf(problems);
        GradeSystem grades = data.grades();
        Map<String, ValueSource> lastYear = new HashMap<>();
        Map<String, List<ValueSource>> lastByDistrict = new LinkedHashMap<>();
        if (previous != null) {
            for (SchoolFacts s : previous.schools()) {
                ValueSource src = new SchoolSource(s, grades, ValueSource.EMPTY);
                lastYear.put(s.code(), src);
                lastByDistrict.computeIfAbsent(key(s.district()), d -> new ArrayList<>()).add(src);
            }
        }
        Map<String, List<ValueSource>> byDistrict = new LinkedHashMap<>();
        for (SchoolFacts s : data.schools()) {
            ValueSource src = new SchoolSource(s, grades, lastYear.getOrDefault(s.code(), ValueSource.EMPTY));
            sources.put(s.code(), src);
            byDistrict.computeIfAbsent(key(s.district()), d -> new ArrayList<>()).add(src);
            schools.add(new SchoolInfo(s.code(), s.district(), s.attribute(SchoolAttribute.LEVEL), attributes(s), 1));
        }
        for (SchoolInfo s : schools) {
            inOrder.add(sources.get(s.code()));
        }
        for (String d : byDistrict.keySet()) {
            if (d.isEmpty()) {
                continue;
            }
            ValueSource last = new DistrictSource(lastByDistrict.getOrDefault(d, List.of()),
                    previousPopulation.getOrDefault(d, List.of()), ValueSource.EMPTY);
            districts.put(d, new DistrictSource(byDistrict.get(d), population.getOrDefault(d, List.of()), last));
        }
        this.expected = new ArrayList<>();
        expected.forEach((code, district) -> this.expected.add(new SchoolInfo(code, district, null,
                Map.of(SchoolAttribute.CODE, code), 0)));
    }

    private static String key(String district) {
        return district == null ? "" : district;
    }

    private static Map<SchoolAttribute, String> attributes(SchoolFacts s) {
        Map<SchoolAttribute, String> out = new java.util.EnumMap<>(SchoolAttribute.class);
        for (SchoolAttribute a : SchoolAttribute.values()) {
            String v = s.attribute(a);
            if (v != null) {
                out.put(a, v);
            }
        }
        out.put(SchoolAttribute.CODE, s.code());
        return out;
    }

    /** The census year, e.g. 2025. */
    public int year() {
        return data.year();
    }

    public GradeSystem grades() {
        return data.grades();
    }

    /**
     * Schools with a return this year, each once (see {@link SchoolInfo#returns()}), in the order their
     * returns were received: identical returns flag the later ones as copies.
     */
    public List<SchoolInfo> schools() {
        return schools;
    }

    /** The figures of one school this year; its {@code previousYear()} is last year's return. */
    public ValueSource school(String code) {
        return sources.getOrDefault(code, ValueSource.EMPTY);
    }

    /**
     * The figures of each school of {@link #schools()}, in the same order: rules walk every school,
     * and a list spares a look-up by code per school and rule.
     */
    public List<ValueSource> schoolSources() {
        return inOrder;
    }

    /** District codes of this year's schools. */
    public List<String> districts() {
        return new ArrayList<>(districts.keySet());
    }

    /**
     * District totals (sums over its schools) and district population, this year and, through
     * {@code previousYear()}, last year.
     */
    public ValueSource district(String code) {
        return districts.getOrDefault(code, ValueSource.EMPTY);
    }

    /** The master list: schools expected to return this year. */
    public List<SchoolInfo> expectedSchools() {
        return expected;
    }

    /** What rules looking beyond this view need of the whole country; null when the view is the whole country. */
    CountryContext country() {
        return country;
    }

    /** The districts' boundaries and the schools' points. */
    public SchoolPlaces places() {
        return places;
    }

    /** Cell-level problems met while importing this year's files. */
    public List<ImportProblem> importProblems() {
        return problems;
    }
}
