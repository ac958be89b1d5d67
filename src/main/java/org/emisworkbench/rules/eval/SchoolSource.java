package org.emisworkbench.rules.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.CellKey;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.FactValues;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolFacts;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.rules.expr.FigureDigest;
import org.emisworkbench.rules.expr.ValueSource;

/** A school's return as the rule engine reads it, straight from the loaded rows (no copying). */
final class SchoolSource implements ValueSource {
    private final SchoolFacts facts;
    private final GradeSystem grades;
    private final ValueSource previous;

    SchoolSource(SchoolFacts facts, GradeSystem grades, ValueSource previous) {
        this.facts = facts;
        this.grades = grades;
        this.previous = previous;
    }

    @Override
    public OptionalDouble number(CellKey key) {
        Optional<Topic> topic = key.modelTopic();
        if (topic.isEmpty()) {
            return OptionalDouble.empty();
        }
        int slot = key.slotIndex(grades);
        if (slot < 0) {
            return OptionalDouble.empty();
        }
        // The key's sex exactly (null for topics not counted by sex): the engine adds sexes itself.
        int v = key.age().isAll() ? facts.totalOneSex(topic.get(), key.sex(), slot)
                : facts.at(topic.get(), key.sex(), key.age(), slot);
        return v == FactRecord.MISSING ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    @Override
    public double figure(Topic topic, int slot, String slotCode, Sex sex, AgeGroup age) {
        if (slot < 0) {
            return Double.NaN;
        }
        int v = age.isAll() ? facts.totalOneSex(topic, sex, slot) : facts.at(topic, sex, age, slot);
        return v == FactRecord.MISSING ? Double.NaN : v;
    }

    @Override
    public Optional<String> text(SchoolAttribute attribute) {
        return Optional.ofNullable(facts.attribute(attribute));
    }

    @Override
    public List<AgeGroup> ages(Topic topic, String grade, Sex sex) {
        int slot = CellKey.of(topic, grade, sex).slotIndex(grades);
        List<AgeGroup> out = new ArrayList<>();
        for (FactValues row : facts.rows(topic)) {
            if (row.sex() == sex && !row.age().isAll() && slot >= 0 && row.value(slot) != FactRecord.MISSING) {
                out.add(row.age());
            }
        }
        return out;
    }

    @Override
    public Map<CellKey, Double> figures(Set<Topic> topics) {
        Map<CellKey, Double> out = new LinkedHashMap<>();
        for (Topic t : Topic.values()) { // in the model's order, whatever the set's
            if (!topics.contains(t)) {
                continue;
            }
            for (FactValues row : facts.rows(t)) {
                for (int i = 0; i < row.values().length; i++) {
                    int v = row.values()[i];
                    if (v != FactRecord.MISSING) {
                        String slot = slotName(t, i);
                        if (slot != null) {
                            out.put(new CellKey(t.code(), slot, row.sex(), row.age()), (double) v);
                        }
                    }
                }
            }
        }
        return out;
    }

    @Override
    public long digest(Set<Topic> topics) {
        FigureDigest d = new FigureDigest();
        for (Topic t : topics) {
            for (FactValues row : facts.rows(t)) {
                int[] values = row.values();
                for (int i = 0; i < values.length; i++) {
                    String slot = values[i] == FactRecord.MISSING ? null : slotName(t, i);
                    if (slot != null) {
                        d.add(t.code(), slot, row.sex(), row.age(), values[i]);
                    }
                }
            }
        }
        return d.value();
    }

    /** The grade code or fixed slot name of slot i, null past the end (as {@link #figures} skips it). */
    private String slotName(Topic t, int i) {
        return t.graded() ? (i < grades.size() ? grades.bySlot(i).code() : null)
                : (i < t.fixedSlots().size() ? t.fixedSlots().get(i) : null);
    }

    @Override
    public boolean collects(String field) {
        return facts.collects(field);
    }

    @Override
    public ValueSource previousYear() {
        return previous;
    }
}
