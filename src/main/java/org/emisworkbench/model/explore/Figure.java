package org.emisworkbench.model.explore;

import java.util.EnumSet;
import java.util.Set;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;

/**
 * One stored figure a measure adds up: a topic's graded counts, or one named slot of a fixed topic
 * ({@code teachers.qualified}), possibly for one sex only; a null topic counts schools.
 *
 * @param topic the stored topic, or null to count schools (one per school and year)
 * @param item  the fixed slot, or null for a graded topic (its grade slots)
 * @param sex   the only sex counted, or null for both
 */
public record Figure(Topic topic, String item, Sex sex) {
    public Figure {
        if (topic != null && topic.graded() != (item == null)) {
            throw new IllegalArgumentException("a graded topic has no item, a fixed topic needs one: " + topic + "." + item);
        }
        if (item != null && !topic.fixedSlots().contains(item)) {
            throw new IllegalArgumentException("no slot " + item + " in " + topic);
        }
    }

    public static final Figure SCHOOLS = new Figure(null, null, null);

    public static Figure of(Topic topic) {
        return new Figure(topic, null, null);
    }

    public static Figure of(Topic topic, String item) {
        return new Figure(topic, item, null);
    }

    /** The same figure for one sex. */
    public Figure of(Sex only) {
        return new Figure(topic, item, only);
    }

    /** The slot the item is stored in. */
    public int slot() {
        return topic.fixedSlots().indexOf(item);
    }

    /** The dimensions of a figure within a school that this figure can be split by. */
    public Set<Dimension> splits() {
        Set<Dimension> out = EnumSet.noneOf(Dimension.class);
        if (topic == null) {
            return out;
        }
        if (topic.graded()) {
            out.add(Dimension.GRADE);
            out.add(Dimension.AGE);
        }
        if (topic.bySex() && sex == null) {
            out.add(Dimension.SEX);
        }
        return out;
    }
}
