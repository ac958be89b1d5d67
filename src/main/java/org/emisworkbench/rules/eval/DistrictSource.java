package org.emisworkbench.rules.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.CellKey;
import org.emisworkbench.model.PopulationRecord;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.rules.expr.FieldCatalog;
import org.emisworkbench.rules.expr.ValueSource;

/** A district as the rule engine reads it: sums over its schools, and its population. */
final class DistrictSource implements ValueSource {
    private final List<ValueSource> schools;
    private final List<PopulationRecord> population;
    private final ValueSource previous;

    DistrictSource(List<ValueSource> schools, List<PopulationRecord> population, ValueSource previous) {
        this.schools = schools;
        this.population = population;
        this.previous = previous;
    }

    @Override
    public OptionalDouble number(CellKey key) {
        if (FieldCatalog.POPULATION.equals(key.topic())) {
            double sum = 0;
            boolean any = false;
            for (PopulationRecord p : population) {
                if ((key.sex() == null || p.sex() == key.sex()) && covers(key.age(), p.age())) {
                    sum += p.count();
                    any = true;
                }
            }
            return any ? OptionalDouble.of(sum) : OptionalDouble.empty();
        }
        double sum = 0;
        boolean any = false;
        for (ValueSource s : schools) {
            OptionalDouble v = s.number(key);
            if (v.isPresent()) {
                sum += v.getAsDouble();
                any = true;
            }
        }
        return any ? OptionalDouble.of(sum) : OptionalDouble.empty();
    }

    @Override
    public double figure(Topic topic, int slot, String slotCode, Sex sex, AgeGroup age) {
        double sum = 0;
        boolean any = false;
        for (ValueSource s : schools) {
            double v = s.figure(topic, slot, slotCode, sex, age);
            if (!Double.isNaN(v)) {
                sum += v;
                any = true;
            }
        }
        return any ? sum : Double.NaN;
    }

    private static boolean covers(AgeGroup group, int age) {
        if (group.isAll()) {
            return true;
        }
        if (group.isUnknown()) {
            return false;
        }
        int lo = group.code().startsWith("-") ? 0 : group.lowest();
        return age >= lo && age <= group.highest();
    }

    @Override
    public Optional<String> text(SchoolAttribute attribute) {
        return Optional.empty();
    }

    @Override
    public List<AgeGroup> ages(Topic topic, String grade, Sex sex) {
        List<AgeGroup> out = new ArrayList<>();
        for (ValueSource s : schools) {
            for (AgeGroup a : s.ages(topic, grade, sex)) {
                if (!out.contains(a)) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    @Override
    public Map<CellKey, Double> figures(Set<Topic> topics) {
        return Map.of();
    }

    @Override
    public ValueSource previousYear() {
        return previous;
    }
}
