package org.emisworkbench.explore;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.ClassroomCount;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.FactValues;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.SchoolFacts;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.explore.Dimension;
import org.emisworkbench.model.explore.Exploration;
import org.emisworkbench.model.explore.Figure;
import org.emisworkbench.model.explore.Measure;

/**
 * One school's figures of an exploration's measure split by the table's dimensions (sex, grade, age and
 * the school's own values), the filters applied: what {@link PivotBuilder} adds into its cells.
 */
final class SchoolFigures {
    private final Exploration ex;
    private final Measure measure;
    private final GradeSystem grades;
    private final boolean byAge;

    SchoolFigures(Exploration ex, GradeSystem grades) {
        this.ex = ex;
        this.measure = ex.measure();
        this.grades = grades;
        this.byAge = ex.uses(Dimension.AGE);
    }

    /** True when the school's return gives any value of the figure, in any grade, age or sex. */
    boolean reports(SchoolFacts s, Figure f) {
        if (f.topic() == null) {
            return true;
        }
        if (sexNotReported(s, f) != FactRecord.MISSING) {
            return true;
        }
        Sex[] sexes = sexes(f);
        for (Sex sex : sexes) {
            if (!f.topic().graded()) {
                if (ungraded(s, f, sex) != FactRecord.MISSING) {
                    return true;
                }
                continue;
            }
            for (int slot = 0; slot < grades.size(); slot++) {
                if (s.totalOneSex(f.topic(), sex, slot) != FactRecord.MISSING) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A figure of teachers, classrooms or facilities; the classrooms' total added up when the return gives none. */
    private static int ungraded(SchoolFacts s, Figure f, Sex sex) {
        return ClassroomCount.isTotal(f.topic(), f.slot()) ? ClassroomCount.total(s) : s.totalOneSex(f.topic(), sex, f.slot());
    }

    /** The sexes a figure is read for: its own, both when its topic is by sex, else none (null). */
    private static Sex[] sexes(Figure f) {
        return f.sex() != null ? new Sex[] {f.sex()} : f.topic().bySex() ? Sex.values() : new Sex[] {null};
    }

    /**
     * Teachers a return gives only for both sexes together (decision 0058): counted, under sex "not reported",
     * when the figure is asked for both sexes; MISSING otherwise.
     */
    private static int sexNotReported(SchoolFacts s, Figure f) {
        return f.sex() == null && !f.topic().graded() && s.sexNotReported(f.topic(), f.slot())
                ? s.totalOneSex(f.topic(), null, f.slot()) : FactRecord.MISSING;
    }

    /**
     * The school's figures split by the table's within-school dimensions: per row-and-column key, the
     * numerator, the denominator, 1 when the school gives a value there, and 1 when a cell the school's
     * return holds for that key could not be read (a formula error, text that is not a number): the key's
     * figure is then partial. A ratio keeps a key only where the school reports both parts.
     */
    Map<List<String>, long[]> of(SchoolFacts s, Map<Dimension, String> school) {
        java.util.Set<List<String>> unreadable = new java.util.HashSet<>();
        Map<List<String>, Long> num = split(s, measure.numerator(), school, unreadable);
        Map<List<String>, long[]> out = new LinkedHashMap<>();
        if (!measure.isRatio()) {
            num.forEach((k, v) -> out.put(k, new long[] {v, 0, 1, 0}));
        } else {
            Map<List<String>, Long> den = split(s, measure.denominator(), school, unreadable);
            num.forEach((k, v) -> {
                Long d = den.get(k);
                if (d != null) {
                    out.put(k, new long[] {v, d, 1, 0});
                }
            });
        }
        for (List<String> k : unreadable) {
            out.computeIfAbsent(k, x -> new long[4])[3] = 1;
        }
        return out;
    }

    /** One figure of a school, added up per key of the table's dimensions; a key only where a value is reported. */
    private Map<List<String>, Long> split(SchoolFacts s, Figure f, Map<Dimension, String> school,
                                          java.util.Set<List<String>> unreadable) {
        Map<List<String>, Long> out = new HashMap<>();
        Map<Dimension, String> at = new EnumMap<>(school);
        if (f.topic() == null) {
            put(out, at, 1);
            return out;
        }
        int together = sexNotReported(s, f);
        if (together != FactRecord.MISSING && kept(Dimension.SEX, Dimension.NOT_REPORTED)) {
            at.put(Dimension.SEX, Dimension.NOT_REPORTED);
            put(out, at, together);
        }
        Sex[] sexes = sexes(f);
        for (Sex sex : sexes) {
            if (sex != null) {
                at.put(Dimension.SEX, sex.name());
                if (!kept(Dimension.SEX, sex.name())) {
                    continue;
                }
            }
            if (!f.topic().graded()) {
                int v = ungraded(s, f, sex);
                if (v != FactRecord.MISSING) {
                    put(out, at, v);
                } else if (s.unreadable(f.topic(), sex, f.slot())) {
                    unreadable.add(key(at));
                }
                continue;
            }
            for (int slot = 0; slot < grades.size(); slot++) {
                String grade = grades.bySlot(slot).code();
                at.put(Dimension.GRADE, grade);
                if (!kept(Dimension.GRADE, grade)) {
                    continue;
                }
                if (byAge) {
                    byAge(s, f, sex, slot, at, out, unreadable);
                } else {
                    int v = s.totalOneSex(f.topic(), sex, slot);
                    if (v != FactRecord.MISSING) {
                        put(out, at, v);
                    }
                    if (s.unreadable(f.topic(), sex, slot)) {
                        // Some row of the slot (an age, a stream) had a cell that could not be read.
                        unreadable.add(key(at));
                    }
                }
            }
        }
        return out;
    }

    /**
     * A grade's pupils by age: the return's age rows; what its all-ages figure has beyond them (all of it,
     * for a return without ages) counts under "age not reported", so a table by age adds up to the same
     * pupils as one without.
     */
    private void byAge(SchoolFacts s, Figure f, Sex sex, int slot, Map<Dimension, String> at,
                       Map<List<String>, Long> out, java.util.Set<List<String>> unreadable) {
        long byAges = 0;
        boolean anyAge = false;
        for (FactValues row : s.rows(f.topic())) {
            if (row.sex() == sex && row.age().isAll() && row.value(slot) == FactRecord.MISSING && row.unreadable(slot)
                    && kept(Dimension.AGE, Dimension.NOT_REPORTED)) {
                // The all-ages figure could not be read: what it would add beyond the ages is partial.
                at.put(Dimension.AGE, Dimension.NOT_REPORTED);
                unreadable.add(key(at));
            }
            if (row.sex() != sex || row.age().isAll()) {
                continue;
            }
            int v = row.value(slot);
            if (v == FactRecord.MISSING) {
                String age = row.age().isUnknown() ? Dimension.NOT_REPORTED : row.age().code();
                if (row.unreadable(slot) && kept(Dimension.AGE, age)) {
                    at.put(Dimension.AGE, age);
                    unreadable.add(key(at));
                }
                continue;
            }
            anyAge = true;
            byAges += v;
            String age = row.age().isUnknown() ? Dimension.NOT_REPORTED : row.age().code();
            at.put(Dimension.AGE, age);
            if (kept(Dimension.AGE, age)) {
                put(out, at, v);
            }
        }
        int allAges = s.at(f.topic(), sex, AgeGroup.ALL, slot);
        if (allAges != FactRecord.MISSING && allAges > byAges || !anyAge && allAges != FactRecord.MISSING) {
            at.put(Dimension.AGE, Dimension.NOT_REPORTED);
            if (kept(Dimension.AGE, Dimension.NOT_REPORTED)) {
                put(out, at, allAges - byAges);
            }
        }
    }

    private void put(Map<List<String>, Long> out, Map<Dimension, String> at, long v) {
        out.merge(key(at), v, Long::sum);
    }

    private List<String> key(Map<Dimension, String> at) {
        List<String> k = new ArrayList<>(ex.rows().size() + ex.columns().size());
        for (Dimension d : ex.rows()) {
            k.add(at.getOrDefault(d, Dimension.NOT_REPORTED));
        }
        for (Dimension d : ex.columns()) {
            k.add(at.getOrDefault(d, Dimension.NOT_REPORTED));
        }
        return k;
    }

    /** Whether the exploration's filters keep {@code value} of {@code d} (no filter keeps all). */
    boolean kept(Dimension d, String value) {
        Set<String> keep = ex.kept(d);
        return keep.isEmpty() || keep.stream().anyMatch(k -> k.equalsIgnoreCase(value));
    }
}
