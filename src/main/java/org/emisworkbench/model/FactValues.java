package org.emisworkbench.model;

/**
 * The counts of one topic for one school, sex and age group, slot by slot, as loaded from the store.
 * {@link FactRecord#MISSING} marks a slot the return left empty.
 */
public record FactValues(Topic topic, Sex sex, AgeGroup age, int[] values) {
    public int value(int slot) {
        return slot < values.length ? values[slot] : FactRecord.MISSING;
    }
}
