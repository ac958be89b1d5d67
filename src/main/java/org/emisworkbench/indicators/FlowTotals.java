package org.emisworkbench.indicators;

import static org.emisworkbench.indicators.SchoolFigures.MISSING;

import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Sex;

/**
 * The flow between year t and t+1 of one level, over the same schools both years, summed school by school and
 * sex by sex (the unit: one school's pupils of one grade and sex). Repetition, promotion and dropout of a grade
 * rest on the same units (UIS reconstructed cohort: p + r + d = 1 over one set of pupils): a unit counts in a
 * grade before the last when it gives E(g,t), R(g,t+1), E(g+1,t+1) and R(g+1,t+1), in the last grade when it
 * gives E(g,t) and R(g,t+1). A unit with pupils in year t whose figures of t+1 are blank is left out of all three
 * and counted in {@link #leftOut}, which the rates' note gives; a unit whose promotees and repeaters exceed its
 * pupils of year t (a negative dropout) is kept and named in {@link #negatives}.
 * Graded arrays are indexed {@code sex.ordinal() * grades + slot}.
 */
final class FlowTotals {
    /** The most units a note names where dropout is negative; the rest are counted. */
    static final int NAMED = 5;

    /** A unit whose dropout is negative: its school, grade slot, sex and figures. */
    record Negative(String school, int slot, Sex sex, long enrolled, long promoted, long repeated) {
    }

    private final int[] slots;
    private final int n;
    /** Pupils of year t of the units counted. */
    final long[] e;
    /** Their repeaters in t+1 (r's numerator). */
    final long[] r;
    /** Their promotees, the non-repeaters of the next grade in t+1 (p's numerator); 0 in the last grade. */
    final long[] p;
    /** Units counted, and units with pupils in year t left out because a figure of t+1 is blank. */
    final int[] counted;
    final int[] leftOut;
    /**
     * Per grade slot, the units whose promotees and repeaters exceed their pupils: the first {@link #NAMED} by school
     * code and sex (the same whatever order the schools come in), and how many there are.
     */
    private final java.util.TreeSet<Negative>[] negatives;
    private final int[] negativeUnits;
    int schools;

    FlowTotals(int[] slots, int n) {
        this.slots = slots;
        this.n = n;
        e = new long[2 * n];
        r = new long[2 * n];
        p = new long[2 * n];
        counted = new int[2 * n];
        leftOut = new int[2 * n];
        @SuppressWarnings("unchecked")
        java.util.TreeSet<Negative>[] sets = new java.util.TreeSet[n];
        negatives = sets;
        negativeUnits = new int[n];
    }

    private void negative(Negative u) {
        if (negatives[u.slot()] == null) {
            negatives[u.slot()] = new java.util.TreeSet<>(java.util.Comparator.comparing(Negative::school)
                    .thenComparing(Negative::sex));
        }
        java.util.TreeSet<Negative> kept = negatives[u.slot()];
        negativeUnits[u.slot()]++;
        kept.add(u);
        if (kept.size() > NAMED) {
            kept.pollLast();
        }
    }

    /**
     * Grade g of year t flows into year t+1: repeaters R(g,t+1), promotees E(g+1,t+1) − R(g+1,t+1).
     * Note g+1 in year t+1: pupils of grade g who were promoted sit in the next grade a year later.
     */
    void add(SchoolFigures s, SchoolFigures t1) {
        if (s.enrolment == null || t1 == null) {
            return;
        }
        boolean any = false;
        for (int k = 0; k < slots.length; k++) {
            int g = slots[k];
            boolean last = k + 1 == slots.length;
            for (Sex sex : Sex.values()) {
                int i = SchoolFigures.index(sex, g, n);
                int enrolled = s.enrolment[i];
                if (enrolled == MISSING) {
                    continue;
                }
                int repeated = value(t1.repeaters, i);
                int up = last ? -1 : SchoolFigures.index(sex, slots[k + 1], n);
                int upEnrolled = last ? 0 : value(t1.enrolment, up);
                int upRepeated = last ? 0 : value(t1.repeaters, up);
                if (repeated == MISSING || upEnrolled == MISSING || upRepeated == MISSING) {
                    leftOut[i]++;
                    continue;
                }
                int promoted = upEnrolled - upRepeated;
                e[i] += enrolled;
                r[i] += repeated;
                p[i] += promoted;
                counted[i]++;
                any = true;
                if (!last && promoted + repeated > enrolled) {
                    negative(new Negative(s.code, g, sex, enrolled, promoted, repeated));
                }
            }
        }
        schools += any ? 1 : 0;
    }

    private static int value(int[] figures, int i) {
        return figures == null ? MISSING : figures[i];
    }

    /** Sum of a graded array over one slot, one sex or both. */
    long at(long[] a, int slot, Sex sex) {
        return sex != null ? a[SchoolFigures.index(sex, slot, n)]
                : a[SchoolFigures.index(Sex.F, slot, n)] + a[SchoolFigures.index(Sex.M, slot, n)];
    }

    private int at(int[] a, int slot) {
        return a[SchoolFigures.index(Sex.F, slot, n)] + a[SchoolFigures.index(Sex.M, slot, n)];
    }

    /** Whether the dropout of a grade before the last, of either sex or both, is below 0. */
    boolean negativeDropout(int slot) {
        for (Sex sex : new Sex[] {Sex.F, Sex.M, null}) {
            if (at(p, slot, sex) + at(r, slot, sex) > at(e, slot, sex)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The note of every flow rate of these units in {@code where}, or null: the units left out per grade, and why.
     */
    Message leftOutNote(Message where, int year, int nextYear, GradeShape shape) {
        return leftOutNote(where, year, nextYear, shape, slots);
    }

    /** As above, over some grades only (one grade's own note). */
    Message leftOutNote(Message where, int year, int nextYear, GradeShape shape, int[] over) {
        List<String> grades = new ArrayList<>();
        int total = 0;
        for (int slot : over) {
            int out = at(leftOut, slot);
            if (out > 0) {
                grades.add(shape.code[slot] + " " + out + "/" + (out + at(counted, slot)));
                total += out;
            }
        }
        return total == 0 ? null
                : Message.of("ind.flowLeftOut", total, String.join(", ", grades), where, year, nextYear);
    }

    /**
     * The note of a dropout rate (and the survival built on it) where some grade's dropout is negative, or null:
     * the grades, and the units that make it so, by name up to {@link #NAMED}.
     */
    Message negativeNote(GradeShape shape, int year, int nextYear) {
        return negativeNote(shape, year, nextYear, slots);
    }

    /** As above, over some grades only (one grade's own note). */
    Message negativeNote(GradeShape shape, int year, int nextYear, int[] over) {
        List<String> grades = new ArrayList<>();
        List<Message> causes = new ArrayList<>();
        int more = 0;
        for (int slot : over) {
            if (slot == slots[slots.length - 1] || !negativeDropout(slot)) {
                continue;
            }
            grades.add(shape.code[slot]);
            more += negativeUnits[slot];
            for (Negative u : negatives[slot]) {
                if (causes.size() == NAMED) {
                    break;
                }
                more--;
                String sex = u.sex() == Sex.F ? "ind.flowGirls" : "ind.flowBoys";
                causes.add(u.repeated() > u.enrolled()
                        ? Message.of("ind.flowRepeatersExceed", u.school(), shape.code[slot], Message.of(sex),
                                u.repeated(), nextYear, u.enrolled(), year)
                        : Message.of("ind.flowPromoteesExceed", u.school(), shape.code[slot], Message.of(sex),
                                u.promoted(), u.repeated(), nextYear, u.enrolled(), year));
            }
        }
        if (grades.isEmpty()) {
            return null;
        }
        Message named = causes.get(0);
        for (int c = 1; c < causes.size(); c++) {
            named = Message.of("ind.partialBoth", named, causes.get(c));
        }
        if (more > 0) {
            named = Message.of("ind.flowMoreUnits", named, more);
        }
        return Message.of("ind.flowNegative", String.join(", ", grades), named);
    }
}
