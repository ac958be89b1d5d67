package org.emisworkbench.model.explore;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;

/**
 * What the cells of an exploration show: a sum of one stored figure, or a ratio of two sums taken over
 * the schools that report both (as UIS computes pupil-teacher ratios: a school without teachers adds no
 * pupils to the ratio), times a scale (100 for a percentage).
 *
 * @param id          the name used in saved explorations and on the command line
 * @param numerator   the figure added up
 * @param denominator the figure divided by, or null for a sum
 * @param scale       1, or 100 for a percentage
 * @param splits      the dimensions within a school this measure can be split or filtered by
 */
public record Measure(String id, Figure numerator, Figure denominator, int scale, Set<Dimension> splits) {
    private static final List<Measure> ALL = catalogue();

    public Measure {
        splits = Collections.unmodifiableSet(splits.isEmpty() ? EnumSet.noneOf(Dimension.class) : EnumSet.copyOf(splits));
    }

    public boolean isRatio() {
        return denominator != null;
    }

    /** True when the measure can be split or filtered by {@code d}. */
    public boolean accepts(Dimension d) {
        return d.ofSchool() || splits.contains(d);
    }

    /** Every measure, in the order the window lists them. */
    public static List<Measure> all() {
        return ALL;
    }

    public static Optional<Measure> byId(String id) {
        return ALL.stream().filter(m -> m.id.equalsIgnoreCase(id == null ? "" : id.trim())).findFirst();
    }

    private static List<Measure> catalogue() {
        List<Measure> out = new ArrayList<>();
        for (Topic t : Topic.values()) {
            if (t.graded()) {
                out.add(sum(t.code(), Figure.of(t)));
            }
        }
        for (Topic t : List.of(Topic.TEACHERS, Topic.CLASSROOMS, Topic.FACILITIES)) {
            for (String item : t.fixedSlots()) {
                out.add(sum(t.code() + "." + item, Figure.of(t, item)));
            }
        }
        out.add(sum("schools", Figure.SCHOOLS));
        Figure pupils = Figure.of(Topic.ENROLMENT);
        Figure teachers = Figure.of(Topic.TEACHERS, "total");
        out.add(new Measure("pupils_per_teacher", pupils, teachers, 1, Set.of()));
        out.add(new Measure("pupils_per_classroom", pupils, Figure.of(Topic.CLASSROOMS, "total"), 1, Set.of()));
        out.add(new Measure("girls_share", pupils.of(Sex.F), pupils, 100, EnumSet.of(Dimension.GRADE, Dimension.AGE)));
        out.add(new Measure("repeaters_share", Figure.of(Topic.REPEATERS), pupils, 100,
                EnumSet.of(Dimension.GRADE, Dimension.SEX)));
        out.add(new Measure("qualified_teachers_share", Figure.of(Topic.TEACHERS, "qualified"), teachers, 100,
                EnumSet.of(Dimension.SEX)));
        out.add(new Measure("female_teachers_share", teachers.of(Sex.F), teachers, 100, Set.of()));
        return List.copyOf(out);
    }

    private static Measure sum(String id, Figure f) {
        return new Measure(id, f, null, 1, f.splits());
    }
}
