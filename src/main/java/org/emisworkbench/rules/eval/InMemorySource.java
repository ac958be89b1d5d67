package org.emisworkbench.rules.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Supplier;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.rules.expr.CellKey;
import org.emisworkbench.rules.expr.ValueSource;

/**
 * A {@link ValueSource} over maps: for tests and for callers that hold a return in memory. An
 * all-ages lookup returns the all-ages figure when held, else the sum of the age rows, which is the
 * contract the database implementation follows too.
 */
public final class InMemorySource implements ValueSource {
    private final Map<CellKey, Double> values = new LinkedHashMap<>();
    private final Map<SchoolAttribute, String> attributes = new EnumMap<>(SchoolAttribute.class);
    private Supplier<ValueSource> previous = () -> ValueSource.EMPTY;

    public InMemorySource put(CellKey key, double value) {
        values.put(Objects.requireNonNull(key, "key"), value);
        return this;
    }

    public InMemorySource attribute(SchoolAttribute a, String value) {
        attributes.put(a, value);
        return this;
    }

    /** Last year's source, looked up lazily so years can be wired in any order. */
    public InMemorySource previous(Supplier<ValueSource> previousYear) {
        this.previous = Objects.requireNonNull(previousYear, "previousYear");
        return this;
    }

    Map<CellKey, Double> values() {
        return values;
    }

    @Override
    public OptionalDouble number(CellKey key) {
        Double v = values.get(key);
        if (v != null) {
            return OptionalDouble.of(v);
        }
        if (!key.age().isAll()) {
            return OptionalDouble.empty();
        }
        double sum = 0;
        boolean any = false;
        for (Map.Entry<CellKey, Double> e : values.entrySet()) {
            CellKey k = e.getKey();
            if (!k.age().isAll() && k.topic().equals(key.topic()) && Objects.equals(k.slot(), key.slot())
                    && k.sex() == key.sex()) {
                sum += e.getValue();
                any = true;
            }
        }
        return any ? OptionalDouble.of(sum) : OptionalDouble.empty();
    }

    @Override
    public Optional<String> text(SchoolAttribute attribute) {
        return Optional.ofNullable(attributes.get(attribute));
    }

    @Override
    public List<AgeGroup> ages(Topic topic, String grade, Sex sex) {
        Set<AgeGroup> out = new LinkedHashSet<>();
        for (CellKey k : values.keySet()) {
            if (!k.age().isAll() && k.topic().equals(topic.code()) && Objects.equals(k.slot(), grade) && k.sex() == sex) {
                out.add(k.age());
            }
        }
        return new ArrayList<>(out);
    }

    @Override
    public Map<CellKey, Double> figures(Set<Topic> topics) {
        Map<CellKey, Double> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k.modelTopic().filter(topics::contains).isPresent()) {
                out.put(k, v);
            }
        });
        return out;
    }

    @Override
    public ValueSource previousYear() {
        return previous.get();
    }
}
