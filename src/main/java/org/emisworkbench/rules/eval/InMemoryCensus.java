package org.emisworkbench.rules.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.rules.expr.CellKey;
import org.emisworkbench.rules.expr.FieldCatalog;
import org.emisworkbench.rules.expr.ValueSource;

/**
 * A {@link CensusView} held in memory: the reference implementation of the seam, used by tests and
 * handy for checking a pack against a few hand-made returns. District sources add up the district's
 * schools, as the database implementation must.
 */
public final class InMemoryCensus implements CensusView {
    private final int year;
    private final GradeSystem grades;
    private final Map<String, SchoolInfo> schools = new LinkedHashMap<>();
    private final Map<String, InMemorySource> sources = new HashMap<>();
    private final Map<String, SchoolInfo> expected = new LinkedHashMap<>();
    private final Map<String, Map<CellKey, Double>> population = new LinkedHashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private InMemoryCensus previous;

    public InMemoryCensus(int year, GradeSystem grades) {
        this.year = year;
        this.grades = Objects.requireNonNull(grades, "grades");
    }

    /** Adds a school with a return and gives its source to fill; attributes also go into the source. */
    public InMemorySource addSchool(String code, String district, String level, Map<SchoolAttribute, String> attrs) {
        Map<SchoolAttribute, String> all = new HashMap<>(attrs);
        all.put(SchoolAttribute.CODE, code);
        if (district != null) {
            all.put(SchoolAttribute.DISTRICT, district);
        }
        if (level != null) {
            all.put(SchoolAttribute.LEVEL, level);
        }
        schools.put(code, new SchoolInfo(code, district, level, all, 1));
        InMemorySource src = new InMemorySource().previous(() -> previous == null ? ValueSource.EMPTY
                : previous.sources.getOrDefault(code, new InMemorySource()));
        all.forEach(src::attribute);
        sources.put(code, src);
        return src;
    }

    /** Records one more return for an existing school code (a duplicate school). */
    public InMemoryCensus addDuplicateReturn(String code) {
        SchoolInfo s = Objects.requireNonNull(schools.get(code), code);
        schools.put(code, new SchoolInfo(s.code(), s.district(), s.level(), s.attributes(), s.returns() + 1));
        return this;
    }

    /** Adds a school to the master list. */
    public InMemoryCensus expect(String code, String district, String level) {
        expected.put(code, new SchoolInfo(code, district, level, Map.of(SchoolAttribute.CODE, code), 0));
        return this;
    }

    public InMemoryCensus population(String district, int age, Sex sex, double count) {
        population.computeIfAbsent(district, d -> new LinkedHashMap<>())
                .put(new CellKey(FieldCatalog.POPULATION, null, sex, AgeGroup.of(age)), count);
        return this;
    }

    public InMemoryCensus problem(ImportProblem problem) {
        problems.add(problem);
        return this;
    }

    /** Last year's census: {@code previous()} and cohort rules read it. */
    public InMemoryCensus previousYear(InMemoryCensus last) {
        this.previous = last;
        return this;
    }

    public InMemorySource source(String code) {
        return sources.get(code);
    }

    @Override
    public int year() {
        return year;
    }

    @Override
    public GradeSystem grades() {
        return grades;
    }

    @Override
    public List<SchoolInfo> schools() {
        return List.copyOf(schools.values());
    }

    @Override
    public ValueSource school(String code) {
        ValueSource s = sources.get(code);
        return s == null ? ValueSource.EMPTY : s;
    }

    @Override
    public List<String> districts() {
        Set<String> out = new LinkedHashSet<>();
        schools.values().forEach(s -> out.add(s.district()));
        out.addAll(population.keySet());
        out.remove(null);
        return List.copyOf(out);
    }

    @Override
    public ValueSource district(String code) {
        return new DistrictSource(code);
    }

    @Override
    public List<SchoolInfo> expectedSchools() {
        return List.copyOf(expected.values());
    }

    @Override
    public List<ImportProblem> importProblems() {
        return List.copyOf(problems);
    }

    /** Sums over the district's schools; population from the district's own figures. */
    private final class DistrictSource implements ValueSource {
        private final String district;

        DistrictSource(String district) {
            this.district = district;
        }

        private List<ValueSource> members() {
            return schools.values().stream().filter(s -> district.equals(s.district()))
                    .map(s -> (ValueSource) sources.get(s.code())).toList();
        }

        @Override
        public OptionalDouble number(CellKey key) {
            if (key.topic().equals(FieldCatalog.POPULATION)) {
                Map<CellKey, Double> pop = population.getOrDefault(district, Map.of());
                Double v = pop.get(key);
                if (v != null || !key.age().isAll()) {
                    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
                }
                var all = pop.entrySet().stream().filter(e -> e.getKey().sex() == key.sex()).toList();
                return all.isEmpty() ? OptionalDouble.empty()
                        : OptionalDouble.of(all.stream().mapToDouble(Map.Entry::getValue).sum());
            }
            double sum = 0;
            boolean any = false;
            for (ValueSource s : members()) {
                OptionalDouble v = s.number(key);
                if (v.isPresent()) {
                    sum += v.getAsDouble();
                    any = true;
                }
            }
            return any ? OptionalDouble.of(sum) : OptionalDouble.empty();
        }

        @Override
        public Optional<String> text(SchoolAttribute attribute) {
            return Optional.empty();
        }

        @Override
        public List<AgeGroup> ages(Topic topic, String grade, Sex sex) {
            Set<AgeGroup> out = new LinkedHashSet<>();
            members().forEach(s -> out.addAll(s.ages(topic, grade, sex)));
            return List.copyOf(out);
        }

        @Override
        public Map<CellKey, Double> figures(Set<Topic> topics) {
            return Map.of();
        }

        @Override
        public ValueSource previousYear() {
            return previous == null ? ValueSource.EMPTY : previous.district(district);
        }
    }
}
