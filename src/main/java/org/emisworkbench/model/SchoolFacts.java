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
    /*
     * Per topic and sex, the all-ages counts slot by slot, kept up to date as rows are added: rules
     * read these totals millions of times. An all-ages row's own array where the return has one,
     * else a sum of the age rows (MISSING in slots no age row reports).
     */
    private final int[][] totals = new int[Topic.values().length * 3][];
    private final boolean[] fromAllAgesRow = new boolean[totals.length];
    /** Topics with rows by age group: most returns have none, and rules ask for ages millions of times. */
    private final boolean[] hasAgeRows = new boolean[Topic.values().length];
    /** The fields the return's template collects; null: every field (not known). */
    private java.util.Set<String> collected;

    public SchoolFacts(String code, Map<SchoolAttribute, String> attributes) {
        this.code = Objects.requireNonNull(code, "code");
        // An EnumMap: rules read attributes per school and rule, and enum keys index an array.
        this.attributes = new EnumMap<>(SchoolAttribute.class);
        this.attributes.putAll(attributes);
    }

    /**
     * Adds a row; used while loading. A second row of the same topic, sex and age group (a return whose
     * toilets are on one sheet and electricity on another: one stored row per sheet) is merged into the
     * first slot by slot, the first row's figure kept where both have one (an import reports that clash),
     * so every reader sees one row per topic, sex and age.
     */
    public void add(FactValues row) {
        List<FactValues> list = byTopic.computeIfAbsent(row.topic(), t -> new ArrayList<>());
        for (int i = 0; i < list.size(); i++) {
            FactValues before = list.get(i);
            if (before.sex() == row.sex() && before.age().equals(row.age())) {
                merge(i, before, row);
                return;
            }
        }
        list.add(row);
        if (!row.age().isAll()) {
            hasAgeRows[row.topic().ordinal()] = true;
        }
        int k = totalsKey(row.topic(), row.sex());
        if (fromAllAgesRow[k]) {
            return; // the first all-ages row is the total, as the return states it
        }
        if (row.age().isAll()) {
            totals[k] = row.values();
            fromAllAgesRow[k] = true;
        } else {
            totals[k] = addAges(totals[k], row.values());
        }
    }

    /** Fills the slots {@code before} leaves MISSING from {@code more}, keeping the totals in step. */
    private void merge(int index, FactValues before, FactValues more) {
        int[] merged = new int[Math.max(before.values().length, more.values().length)];
        int[] added = new int[merged.length];
        java.util.Arrays.fill(added, FactRecord.MISSING);
        int unreadable = 0;
        for (int s = 0; s < merged.length; s++) {
            int b = before.value(s);
            merged[s] = b != FactRecord.MISSING ? b : more.value(s);
            if (b == FactRecord.MISSING) {
                added[s] = more.value(s);
            }
            if (merged[s] == FactRecord.MISSING && (before.unreadable(s) || more.unreadable(s))) {
                unreadable |= 1 << s;
            }
        }
        byTopic.get(before.topic()).set(index, new FactValues(before.topic(), before.sex(), before.age(), merged,
                unreadable));
        int k = totalsKey(before.topic(), before.sex());
        if (before.age().isAll()) {
            totals[k] = merged;
        } else if (!fromAllAgesRow[k]) {
            totals[k] = addAges(totals[k], added);
        }
    }

    private static int totalsKey(Topic topic, Sex sex) {
        return topic.ordinal() * 3 + (sex == null ? 0 : sex.ordinal() + 1);
    }

    /** The running sum of age rows, in a new array, never in a row's own. */
    private static int[] addAges(int[] sum, int[] values) {
        int[] out = new int[Math.max(sum == null ? 0 : sum.length, values.length)];
        java.util.Arrays.fill(out, FactRecord.MISSING);
        if (sum != null) {
            System.arraycopy(sum, 0, out, 0, sum.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] != FactRecord.MISSING) {
                out[i] = (out[i] == FactRecord.MISSING ? 0 : out[i]) + values[i];
            }
        }
        return out;
    }

    public String code() {
        return code;
    }

    /**
     * Sets the fields the template of this return collects ({@code TemplateFields}); null (the default): every
     * field, as when the template is not known.
     */
    public void collected(java.util.Set<String> fields) {
        this.collected = fields == null ? null : java.util.Set.copyOf(fields);
    }

    /** Whether the return's template collects {@code field} (a canonical name); true when that is not known. */
    public boolean collects(String field) {
        return collected == null || collected.contains(field);
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

    /**
     * Whether the slot's count as {@link #total} gives it (sex null: both sexes added) lacks a cell that was found
     * in the return but could not be read: that figure is partial. The all-ages row decides where the return has
     * one, as it does for the count; else any of the age rows added up.
     */
    public boolean unreadable(Topic topic, Sex sex, int slot) {
        for (Sex one : sex == null ? bothOrNone(topic, slot) : new Sex[] {sex}) {
            boolean inAges = false;
            boolean decided = false;
            for (FactValues row : rows(topic)) {
                if (row.sex() != one) {
                    continue;
                }
                if (row.age().isAll()) {
                    if (row.unreadable(slot)) {
                        return true;
                    }
                    decided = true;
                } else {
                    inAges |= row.unreadable(slot);
                }
            }
            if (!decided && inAges) {
                return true;
            }
        }
        return false;
    }

    /** Whether any cell of the topic was found in the return but could not be read. */
    public boolean anyUnreadable(Topic topic) {
        for (FactValues row : rows(topic)) {
            if (row.unreadable() != 0) {
                return true;
            }
        }
        return false;
    }

    public boolean has(Topic topic) {
        return !rows(topic).isEmpty();
    }

    /**
     * The count of a slot for a sex (null: both sexes added) over all ages: the all-ages row where the
     * return has one, else the sum of its age rows. {@link FactRecord#MISSING} when nothing is reported. Both
     * sexes of teachers given together, their sex not reported, are the figure of both sexes where the return
     * gives neither sex's (decision 0058).
     */
    public int total(Topic topic, Sex sex, int slot) {
        long sum = 0;
        boolean any = false;
        for (Sex s : sex == null ? bothOrNone(topic, slot) : new Sex[] {sex}) {
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
        if (!age.isAll() && !hasAgeRows[topic.ordinal()]) {
            return FactRecord.MISSING;
        }
        for (FactValues row : rows(topic)) {
            if (row.sex() == sex && row.age().equals(age)) {
                return row.value(slot);
            }
        }
        return FactRecord.MISSING;
    }

    private static final Sex[] NONE = {null};

    /**
     * The sexes a figure of both sexes adds: women and men; for a topic whose return may leave the sex out
     * (teachers, decision 0058), the row without sex when the return gives the slot for neither sex.
     */
    private Sex[] bothOrNone(Topic topic, int slot) {
        if (!topic.bySex()) {
            return NONE;
        }
        if (topic.sexMayBeUnreported() && totalOneSex(topic, Sex.F, slot) == FactRecord.MISSING
                && totalOneSex(topic, Sex.M, slot) == FactRecord.MISSING
                && totals[totalsKey(topic, null)] != null) {
            return NONE;
        }
        return Sex.values();
    }

    /**
     * Whether the school gives the slot of a topic counted by sex only for both sexes together, its sex not
     * reported (decision 0058): a figure by sex cannot use it.
     */
    public boolean sexNotReported(Topic topic, int slot) {
        return topic.bySex() && bothOrNone(topic, slot) == NONE;
    }

    /**
     * The count of a slot for exactly this sex (null: topics not counted by sex) over all ages: the
     * all-ages row where there is one, else the sum of the age rows; MISSING when nothing is reported.
     */
    public int totalOneSex(Topic topic, Sex sex, int slot) {
        int[] t = totals[totalsKey(topic, sex)];
        return t != null && slot >= 0 && slot < t.length ? t[slot] : FactRecord.MISSING;
    }
}
