package org.emisworkbench.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One stored figure, fully resolved: what the rules' evaluator asks a return for, and what a finding
 * names as the figures it read.
 *
 * @param topic a {@link Topic} code ({@code enrolment}, {@code teachers}…) or {@code population}
 * @param slot  the grade code of a graded topic, the slot name of a fixed topic, null for population
 * @param sex   F or M; null for topics not counted by sex
 * @param age   the age group; {@link AgeGroup#ALL} asks for the total over ages, whatever way the
 *              return holds it (one all-ages figure, or age rows to add up)
 */
public record CellKey(String topic, String slot, Sex sex, AgeGroup age) {
    public CellKey {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(age, "age");
    }

    public static CellKey of(Topic topic, String slot, Sex sex) {
        return new CellKey(topic.code(), slot, sex, AgeGroup.ALL);
    }

    /** The key's slot in a return's row of its topic: grade slot or fixed slot index; -1 when there is none. */
    public int slotIndex(GradeSystem grades) {
        Topic t = TOPICS.get(topic);
        if (t == null || slot == null) {
            return -1;
        }
        return t.graded() ? grades.byCode(slot).map(g -> g.slot()).orElse(-1) : t.fixedSlots().indexOf(slot);
    }

    public Optional<Topic> modelTopic() {
        return Optional.ofNullable(TOPICS.get(topic));
    }

    /** Topic by code, built once: this lookup runs for every figure a rule reads. */
    private static final java.util.Map<String, Topic> TOPICS = java.util.Arrays.stream(Topic.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Topic::code, t -> t));

    /** Rule-language spelling, e.g. {@code enrolment[grade=G1, sex=F]} or {@code teachers.total[sex=M]}. */
    public String label() {
        boolean graded = modelTopic().map(Topic::graded).orElse(false);
        StringBuilder sb = new StringBuilder(topic);
        StringBuilder dims = new StringBuilder();
        if (slot != null && !graded) {
            sb.append('.').append(slot);
        } else if (slot != null) {
            dims.append("grade=").append(slot);
        }
        if (sex != null) {
            dims.append(dims.length() > 0 ? ", " : "").append("sex=").append(sex.code());
        }
        if (!age.isAll()) {
            dims.append(dims.length() > 0 ? ", " : "").append("age=").append(age.code());
        }
        return dims.length() == 0 ? sb.toString() : sb.append('[').append(dims).append(']').toString();
    }
}
