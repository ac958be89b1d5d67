package org.emisworkbench.model;

/**
 * The counts of one topic for one school, sex and age group, slot by slot, as loaded from the store.
 * {@link FactRecord#MISSING} marks a slot the return left empty, or whose cell could not be read: then its bit
 * in {@code unreadable} is set (bit {@code slot}), for the cell was found but held no count (a formula error,
 * text that is not a number), so any figure adding that slot up is partial, not complete.
 */
public record FactValues(Topic topic, Sex sex, AgeGroup age, int[] values, int unreadable) {
    public FactValues(Topic topic, Sex sex, AgeGroup age, int[] values) {
        this(topic, sex, age, values, 0);
    }

    public int value(int slot) {
        return slot < values.length ? values[slot] : FactRecord.MISSING;
    }

    /** Whether the slot's cell was found in the return but could not be read. */
    public boolean unreadable(int slot) {
        return slot < Integer.SIZE && (unreadable & (1 << slot)) != 0;
    }
}
