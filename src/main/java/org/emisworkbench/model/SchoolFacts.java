package org.emisworkbench.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One school's current return for a census year, held in memory for rules and indicators: its
 * attributes and its rows of counts.
 */
public final class SchoolFacts {
    private final String code;
    private final Map<SchoolAttribute, String> attributes;
    private final Map<Topic, List<FactValues>> byTopic = new EnumMap<>(Topic.class);

    public SchoolFacts(String code, Map<SchoolAttribute, String> attributes) {
        this.code = Objects.requireNonNull(code, "code");
        this.attributes = Map.copyOf(attributes);
    }

    /** Adds a row; used while loading. */
    public void add(FactValues row) {
        byTopic.computeIfAbsent(row.topic(), t -> new ArrayList<>()).add(row);
    }

    public String code() {
        return code;
    }

    public String attribute(SchoolAttribute a) {
        return attributes.get(a);
    }

    public String district() {
        return attributes.get(SchoolAttribute.DISTRICT);
    }

    public List<FactValues> rows(Topic topic) {
        return byTopic.getOrDefault(topic, Collections.emptyList());
    }

    public boolean has(Topic topic) {
        return !rows(topic).isEmpty();
    }

    /**
     * The count of a slot for a sex (null: both sexes added) over all ages: the all-ages row where the
     * return has one, else the sum of its age rows. {@link FactRecord#MISSING} when nothing is reported.
     */
    public int total(Topic topic, Sex sex, int slot) {
        long sum = 0;
        boolean any = false;
        for (Sex s : sex == null ? bothOrNone(topic) : new Sex[] {sex}) {
            int v = totalOneSex(topic, s, slot);
            if (v != FactRecord.MISSING) {
                sum += v;
                any = true;
            }
        }
        return any ? (int) sum : FactRecord.MISSING;
    }

    /** The count of a slot for one sex and one age group exactly, or MISSING. */
    public int at(Topic topic, Sex sex, AgeGroup age, int slot) {
        for (FactValues row : rows(topic)) {
            if (row.sex() == sex && row.age().equals(age)) {
                return row.value(slot);
            }
        }
        return FactRecord.MISSING;
    }

    private static Sex[] bothOrNone(Topic topic) {
        return topic.bySex() ? Sex.values() : new Sex[] {null};
    }

    /**
     * The count of a slot for exactly this sex (null: topics not counted by sex) over all ages: the
     * all-ages row where there is one, else the sum of the age rows; MISSING when nothing is reported.
     */
    public int totalOneSex(Topic topic, Sex sex, int slot) {
        long sum = 0;
        boolean any = false;
        for (FactValues row : rows(topic)) {
            if (row.sex() != sex) {
                continue;
            }
            if (row.age().isAll()) {
                return row.value(slot);
            }
            int v = row.value(slot);
            if (v != FactRecord.MISSING) {
                sum += v;
                any = true;
            }
        }
        return any ? (int) sum : FactRecord.MISSING;
    }
}
