package org.emisworkbench.indicators;

import java.util.List;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.FactValues;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolFacts;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;

/**
 * What indicators need of one school's return, summarised into a few small int arrays (about 1 kB a
 * school) so that two years of a 50,000-school country fit in a small heap. Graded arrays are indexed
 * {@code sex.ordinal() * grades + slot}; an array is null when the return has no row of its topic, and
 * a slot holds {@link FactRecord#MISSING} when the return left it blank (never read as 0).
 */
final class SchoolFigures {
    static final int MISSING = FactRecord.MISSING;
    static final int T_TOTAL = Topic.TEACHERS.fixedSlots().indexOf("total");
    static final int T_QUALIFIED = Topic.TEACHERS.fixedSlots().indexOf("qualified");
    static final int T_TRAINED = Topic.TEACHERS.fixedSlots().indexOf("trained");
    static final int T_SLOTS = Topic.TEACHERS.fixedSlots().size();
    static final int C_GOOD = Topic.CLASSROOMS.fixedSlots().indexOf("good");
    static final int C_FAIR = Topic.CLASSROOMS.fixedSlots().indexOf("fair");
    static final int C_POOR = Topic.CLASSROOMS.fixedSlots().indexOf("poor");
    static final int F_ELECTRICITY = Topic.FACILITIES.fixedSlots().indexOf("electricity");
    static final int F_WATER = Topic.FACILITIES.fixedSlots().indexOf("drinking_water");
    static final int F_HANDWASHING = Topic.FACILITIES.fixedSlots().indexOf("handwashing");
    static final int F_INTERNET = Topic.FACILITIES.fixedSlots().indexOf("internet");
    static final int F_COMPUTERS = Topic.FACILITIES.fixedSlots().indexOf("computers");
    static final int F_ADAPTED = Topic.FACILITIES.fixedSlots().indexOf("adapted_infrastructure");
    static final int F_GIRLS = Topic.FACILITIES.fixedSlots().indexOf("toilets_girls");
    static final int F_BOYS = Topic.FACILITIES.fixedSlots().indexOf("toilets_boys");
    static final int F_MIXED = Topic.FACILITIES.fixedSlots().indexOf("toilets_mixed");

    /** {@link #locality} of a rural school, and of an urban one; -1 when the return does not say. */
    static final int RURAL = 0;
    static final int URBAN = 1;

    final String code;
    final String district;
    /** {@link #RURAL}, {@link #URBAN} or -1: location parity counts only schools whose locality is known. */
    final int locality;
    /** The school's locality and ownership codes as stored ("rural", "public"…), lower-cased; null when not said. */
    final String localityCode;
    final String ownershipCode;
    /** The level holding most of the school's pupils; null without enrolment. */
    final String mainLevel;
    final int[] enrolment;
    final int[] repeaters;
    /** Pupils with disabilities by grade and sex; null when the return does not report them (never 0 for blank). */
    final int[] disabled;
    final int[] entrants;
    /** Pupils whose age group lies wholly on one side of "official age + 2"; null without age rows. */
    final int[] ageKnown;
    final int[] overAge;
    /** Pupils whose age group lies wholly inside the official age range of the grade's level. */
    final int[] inLevelAge;
    /** Pupils whose age group lies wholly inside or wholly outside that range: those NER can place. */
    final int[] levelAgeKnown;
    final int[] teachers;
    final int[] classrooms;
    final int[] facilities;
    /** Grade slots (bit per slot) whose enrolment lacks a cell the return holds but that could not be read. */
    final int unreadableEnrolment;
    /** Whether the return holds classroom cells that could not be read (a formula error, a word): rooms left out. */
    final boolean unreadableRooms;
    /** Teacher slots (bit per slot) whose count, either sex, lacks values found but unreadable (a roster's unknown codes). */
    final int unreadableTeachers;

    private SchoolFigures(String code, String district, String localityCode, String ownershipCode, String mainLevel,
                          int[] enrolment, int[] repeaters, int[] disabled,
                          int[] entrants, int[][] ages, int[] teachers, int[] classrooms, int[] facilities,
                          int unreadableEnrolment, boolean unreadableRooms, int unreadableTeachers) {
        this.code = code;
        this.district = district;
        this.localityCode = localityCode;
        this.ownershipCode = ownershipCode;
        this.locality = "rural".equals(localityCode) ? RURAL : "urban".equals(localityCode) ? URBAN : -1;
        this.mainLevel = mainLevel;
        this.enrolment = enrolment;
        this.repeaters = repeaters;
        this.disabled = disabled;
        this.entrants = entrants;
        this.ageKnown = ages == null ? null : ages[0];
        this.overAge = ages == null ? null : ages[1];
        this.inLevelAge = ages == null ? null : ages[2];
        this.levelAgeKnown = ages == null ? null : ages[3];
        this.teachers = teachers;
        this.classrooms = classrooms;
        this.facilities = facilities;
        this.unreadableEnrolment = unreadableEnrolment;
        this.unreadableRooms = unreadableRooms;
        this.unreadableTeachers = unreadableTeachers;
    }

    /**
     * Summarises a school. {@code flowOnly} keeps enrolment and repeaters alone: all that the year
     * t+1 contributes (to flow rates).
     */
    static SchoolFigures of(SchoolFacts s, GradeShape shape, boolean flowOnly) {
        int[] enrolment = graded(s, Topic.ENROLMENT, shape.size);
        int[] repeaters = graded(s, Topic.REPEATERS, shape.size);
        if (flowOnly) {
            return new SchoolFigures(s.code(), s.district(), null, null, null, enrolment, repeaters, null, null, null, null,
                    null, null, 0, false, 0);
        }
        return new SchoolFigures(s.code(), s.district(), code(s, SchoolAttribute.LOCALITY),
                code(s, SchoolAttribute.OWNERSHIP), mainLevel(enrolment, shape), enrolment,
                repeaters, graded(s, Topic.DISABLED, shape.size),
                graded(s, Topic.NEW_ENTRANTS, shape.size), ages(s, shape), fixedBySex(s, Topic.TEACHERS),
                fixed(s, Topic.CLASSROOMS), fixed(s, Topic.FACILITIES), unreadable(s, Topic.ENROLMENT, shape.size),
                s.anyUnreadable(Topic.CLASSROOMS), unreadable(s, Topic.TEACHERS, T_SLOTS));
    }

    /** The grade slots whose count of the topic, either sex, lacks a cell that could not be read. */
    private static int unreadable(SchoolFacts s, Topic topic, int grades) {
        if (!s.anyUnreadable(topic)) {
            return 0; // nearly every school: one pass over its rows, not one per grade
        }
        int mask = 0;
        for (int g = 0; g < grades && g < Integer.SIZE; g++) {
            if (s.unreadable(topic, null, g)) {
                mask |= 1 << g;
            }
        }
        return mask;
    }

    /** A code-list attribute as imports store it ("rural", "public"…), lower-cased; null when blank. */
    private static String code(SchoolFacts s, SchoolAttribute a) {
        String v = s.attribute(a);
        return v == null || v.isBlank() ? null : v.trim().toLowerCase(java.util.Locale.ROOT);
    }

    static int index(Sex sex, int slot, int grades) {
        return sex.ordinal() * grades + slot;
    }

    /** Pupils of all grades, both sexes; MISSING without enrolment. */
    int pupils() {
        if (enrolment == null) {
            return MISSING;
        }
        long sum = 0;
        boolean any = false;
        for (int v : enrolment) {
            if (v != MISSING) {
                sum += v;
                any = true;
            }
        }
        return any ? (int) sum : MISSING;
    }

    int teacher(Sex sex, int slot) {
        return teachers == null ? MISSING : teachers[sex.ordinal() * T_SLOTS + slot];
    }

    /**
     * Teachers of both sexes together whose sex the return does not give (decision 0058), where it gives the slot
     * for neither sex; else MISSING.
     */
    int teachersSexNotReported(int slot) {
        return teachers == null ? MISSING : teachers[2 * T_SLOTS + slot];
    }

    /**
     * True when the return gives the slot for one sex and leaves the other missing (the women of a form whose men
     * could not be read): both sexes added would be the one sex's teachers alone, never all of them.
     */
    boolean teachersOneSexOnly(int slot) {
        return (teacher(Sex.F, slot) == MISSING) != (teacher(Sex.M, slot) == MISSING);
    }

    /**
     * Both sexes added; where the return gives neither sex, its teachers of both sexes together (sex not
     * reported); MISSING when none is reported.
     */
    int teachers(int slot) {
        int f = teacher(Sex.F, slot);
        int m = teacher(Sex.M, slot);
        if (f == MISSING && m == MISSING) {
            return teachersSexNotReported(slot);
        }
        return (f == MISSING ? 0 : f) + (m == MISSING ? 0 : m);
    }

    int facility(int slot) {
        return facilities == null ? MISSING : facilities[slot];
    }

    private static int[] graded(SchoolFacts s, Topic topic, int grades) {
        if (!s.has(topic)) {
            return null;
        }
        int[] out = new int[2 * grades];
        for (Sex sex : Sex.values()) {
            for (int g = 0; g < grades; g++) {
                out[index(sex, g, grades)] = s.total(topic, sex, g);
            }
        }
        return out;
    }

    private static int[] fixedBySex(SchoolFacts s, Topic topic) {
        if (!s.has(topic)) {
            return null;
        }
        int slots = topic.fixedSlots().size();
        int[] out = new int[3 * slots];
        for (Sex sex : Sex.values()) {
            for (int i = 0; i < slots; i++) {
                out[sex.ordinal() * slots + i] = s.total(topic, sex, i);
            }
        }
        // Then the figures of both sexes together, sex not reported, where the return gives neither sex's.
        for (int i = 0; i < slots; i++) {
            out[2 * slots + i] = s.sexNotReported(topic, i) ? s.total(topic, null, i) : MISSING;
        }
        return out;
    }

    private static int[] fixed(SchoolFacts s, Topic topic) {
        if (!s.has(topic)) {
            return null;
        }
        int[] out = new int[topic.fixedSlots().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = s.total(topic, null, i);
        }
        return out;
    }

    private static String mainLevel(int[] enrolment, GradeShape shape) {
        if (enrolment == null) {
            return null;
        }
        String best = null;
        long bestCount = 0;
        for (String level : shape.system.levels()) {
            long count = 0;
            for (int slot : shape.slotsOf(level)) {
                for (Sex sex : Sex.values()) {
                    int v = enrolment[index(sex, slot, shape.size)];
                    count += v == MISSING ? 0 : v;
                }
            }
            if (count > bestCount) {
                best = level;
                bestCount = count;
            }
        }
        return best;
    }

    /**
     * Counts by age from the enrolment rows that give an age (not "all ages", not "unknown"). A band
     * that straddles a boundary ("16+" against a limit of 17) cannot be placed and is left out: its
     * pupils count as of unknown age, estimated like those of schools that report no ages.
     */
    private static int[][] ages(SchoolFacts s, GradeShape shape) {
        List<FactValues> rows = s.rows(Topic.ENROLMENT);
        int[][] out = null;
        for (FactValues row : rows) {
            AgeGroup age = row.age();
            if (age.isAll() || age.isUnknown() || row.sex() == null) {
                continue;
            }
            if (out == null) {
                out = new int[4][2 * shape.size];
            }
            int low = age.lowest();
            int high = age.highest();
            for (int g = 0; g < shape.size; g++) {
                int v = row.value(g);
                if (v == MISSING) {
                    continue;
                }
                int i = index(row.sex(), g, shape.size);
                int limit = shape.officialAge[g] + 2;
                if (low >= limit) {
                    out[0][i] += v;
                    out[1][i] += v;
                } else if (high < limit) {
                    out[0][i] += v;
                }
                if (low >= shape.levelLowAge[g] && high <= shape.levelHighAge[g]) {
                    out[2][i] += v;
                    out[3][i] += v;
                } else if (high < shape.levelLowAge[g] || low > shape.levelHighAge[g]) {
                    out[3][i] += v;
                }
            }
        }
        return out;
    }
}
