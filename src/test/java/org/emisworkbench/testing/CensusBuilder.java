package org.emisworkbench.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.CellKey;
import org.emisworkbench.model.CensusYearData;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.FactValues;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.PopulationRecord;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolFacts;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.rules.eval.CensusView;

/**
 * Hand-made returns of one census year, figure by figure, turned into the {@link CensusYearData} the
 * workspace loader produces and the one {@link CensusView} production builds over it: rule tests read
 * figures exactly as validation of a real workspace does.
 */
public final class CensusBuilder {
    private final int year;
    private final GradeSystem grades;
    private final Map<String, Return> schools = new LinkedHashMap<>();
    private final Map<String, String> expected = new LinkedHashMap<>();
    private final Map<String, List<PopulationRecord>> population = new LinkedHashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private CensusBuilder previous;

    public CensusBuilder(int year, GradeSystem grades) {
        this.year = year;
        this.grades = Objects.requireNonNull(grades, "grades");
    }

    /** Adds a school's return and gives it to fill; the district and level are attributes too. */
    public Return addSchool(String code, String district, String level, Map<SchoolAttribute, String> attributes) {
        Return r = new Return(code);
        attributes.forEach(r::attribute);
        r.attribute(SchoolAttribute.DISTRICT, district).attribute(SchoolAttribute.LEVEL, level);
        schools.put(code, r);
        return r;
    }

    public Return source(String code) {
        return Objects.requireNonNull(schools.get(code), code);
    }

    /** Adds a school to the master list. */
    public CensusBuilder expect(String code, String district) {
        expected.put(code, district);
        return this;
    }

    public CensusBuilder population(String district, int age, Sex sex, long count) {
        population.computeIfAbsent(district, d -> new ArrayList<>())
                .add(new PopulationRecord(district, year, age, sex, count, "Population", "A1"));
        return this;
    }

    public CensusBuilder problem(ImportProblem problem) {
        problems.add(problem);
        return this;
    }

    /** Last year's returns: {@code previous()}, change and cohort rules read them. */
    public CensusBuilder previousYear(CensusBuilder last) {
        this.previous = last;
        return this;
    }

    /** The returns as the workspace loader hands them over: one row of slots per topic, sex and age group. */
    public CensusYearData data() {
        Map<String, SchoolFacts> out = new LinkedHashMap<>();
        schools.forEach((code, r) -> out.put(code, r.facts()));
        return new CensusYearData(year, grades, out);
    }

    /** The view validation builds over these returns (and last year's, population, master list, problems). */
    public CensusView view() {
        return new CensusView(data(), previous == null ? null : previous.data(), population,
                previous == null ? Map.of() : previous.population, expected, problems);
    }

    /** The same with where the schools are, for location rules. */
    public CensusView view(org.emisworkbench.rules.eval.SchoolPlaces places) {
        return new CensusView(data(), previous == null ? null : previous.data(), population,
                previous == null ? Map.of() : previous.population, expected, problems, null, places);
    }

    /** One school's return, filled cell by cell. */
    public final class Return {
        private final String code;
        private final Map<SchoolAttribute, String> attributes = new EnumMap<>(SchoolAttribute.class);
        private final Map<CellKey, Integer> figures = new LinkedHashMap<>();

        private Return(String code) {
            this.code = code;
        }

        /** Sets a figure; a return holds whole counts, so a fraction is a mistake in the test. */
        public Return put(CellKey key, double value) {
            if (value != Math.rint(value) || key.modelTopic().isEmpty() || key.slotIndex(grades) < 0) {
                throw new IllegalArgumentException("not a figure a return can hold: " + key + " = " + value);
            }
            figures.put(key, (int) value);
            return this;
        }

        /** Sets an attribute; null removes it (a return that left the cell blank). */
        public Return attribute(SchoolAttribute a, String value) {
            if (value == null) {
                attributes.remove(a);
            } else {
                attributes.put(a, value);
            }
            return this;
        }

        /** The figures set for these topics, in the order they were set. */
        public Map<CellKey, Double> figures(Set<Topic> topics) {
            Map<CellKey, Double> out = new LinkedHashMap<>();
            figures.forEach((k, v) -> {
                if (topics.contains(k.modelTopic().orElseThrow())) {
                    out.put(k, (double) v);
                }
            });
            return out;
        }

        private SchoolFacts facts() {
            SchoolFacts facts = new SchoolFacts(code, attributes);
            Map<List<Object>, int[]> rows = new LinkedHashMap<>();
            figures.forEach((k, v) -> {
                Topic t = k.modelTopic().orElseThrow();
                int[] slots = rows.computeIfAbsent(Arrays.asList(t, k.sex(), k.age()), x -> {
                    int[] empty = new int[t.graded() ? grades.size() : t.fixedSlots().size()];
                    Arrays.fill(empty, FactRecord.MISSING);
                    return empty;
                });
                slots[k.slotIndex(grades)] = v;
            });
            rows.forEach((k, slots) -> facts.add(new FactValues((Topic) k.get(0), (Sex) k.get(1), (AgeGroup) k.get(2),
                    slots)));
            return facts;
        }
    }
}
