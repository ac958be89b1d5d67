package org.emisworkbench.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * One stored row of counts: a topic for one school, sex and age group, with one value per slot
 * (grade slot for graded topics, named slot for the others).
 *
 * <p>{@code values[i]} is {@link #MISSING} when the return says nothing for slot i (blank, or a cell
 * that could not be read, which is then an import problem). {@code sources[i]} says where slot i came
 * from, relative to {@code sheet} and {@code row}: {@code "F"} a column of the record's row,
 * {@code "F17"} a cell of the record's sheet, {@code "Staff!C5:C40"} a range of rows aggregated; null
 * when there is no source.
 *
 * @param row 0-based row of the record, or -1 for aggregates with no single row
 */
public record FactRecord(String schoolCode, Topic topic, Sex sex, AgeGroup age, int[] values,
                         String[] sources, String sheet, int row) {
    public static final int MISSING = Integer.MIN_VALUE;

    /**
     * How many cells the template found for these figures, read or not (a formula without its result is missing
     * from its cell): none at all in a file is a template that does not fit it (decision 0051).
     */
    public int cellsFound() {
        int n = 0;
        for (String source : sources) {
            n += source == null ? 0 : 1;
        }
        return n;
    }

    public FactRecord {
        Objects.requireNonNull(schoolCode, "schoolCode");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(age, "age");
        if (values.length != sources.length || values.length > Topic.MAX_SLOTS) {
            throw new IllegalArgumentException("values and sources must have the same length, at most "
                    + Topic.MAX_SLOTS);
        }
        if (topic.bySex() != (sex != null) && !(sex == null && topic.sexMayBeUnreported())) {
            throw new IllegalArgumentException(topic.code() + (topic.bySex() ? " needs" : " takes no") + " sex");
        }
    }

    /** True when no slot holds a value. */
    public boolean isEmpty() {
        return Arrays.stream(values).allMatch(v -> v == MISSING);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FactRecord f && schoolCode.equals(f.schoolCode) && topic == f.topic
                && sex == f.sex && age.equals(f.age) && Arrays.equals(values, f.values)
                && Arrays.equals(sources, f.sources) && Objects.equals(sheet, f.sheet) && row == f.row;
    }

    @Override
    public int hashCode() {
        return Objects.hash(schoolCode, topic, sex, age, Arrays.hashCode(values), sheet, row);
    }

    @Override
    public String toString() {
        return "FactRecord[" + schoolCode + " " + topic.code() + " " + sex + " " + age + " "
                + Arrays.toString(values) + " @" + sheet + ":" + row + "]";
    }
}
