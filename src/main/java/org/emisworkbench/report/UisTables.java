package org.emisworkbench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.FactValues;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolFacts;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;

/**
 * The tables a national statistics unit copies into the UIS annual education survey each year,
 * added up a school at a time (a national census is never held): enrolment by grade and sex, by age,
 * grade and sex, repeaters by grade and sex, new entrants to the first grade by age and sex, teachers by
 * sex and qualification, classrooms and facilities; and, for the workings sheet, each school's (or each
 * district's) part, whose columns add up to the tables' totals.
 *
 * <p>A school that reports ages gives its pupils by age; pupils its all-ages figure counts beyond its age
 * rows, and every pupil of a school that reports no ages, are counted under "age not reported" — never
 * spread over ages here (the indicators' estimate, decision 0010, is for rates, not for these counts).
 */
public final class UisTables {
    static final int F = 0;
    static final int M = 1;
    /** The teacher items of the table, in order (slots of the teachers topic). */
    static final List<String> TEACHER_ITEMS = List.of("total", "qualified", "trained", "full_time", "part_time");
    static final List<String> ROOM_ITEMS = List.of("good", "fair", "poor", "total");
    static final List<String> FACILITY_ITEMS = List.of("electricity", "drinking_water", "handwashing", "internet",
            "computers", "adapted_infrastructure");

    final GradeSystem grades;
    final int year;
    final String scope;
    /** enrolment, repeaters: [grade][sex]. */
    final long[][] enrolment;
    final long[][] repeaters;
    /**
     * Per grade slot, whether any return gives a figure of it (of either sex; a 0 is a figure). A grade no return
     * gives (its column is on no school's sheet, or every school left it blank) is not collected: its cells are left
     * blank, never 0, as a teacher item no school reports.
     */
    final boolean[] enrolmentGiven;
    final boolean[] repeatersGiven;
    /** age group code (or {@link #NOT_REPORTED}) → [grade][sex]. */
    final Map<String, long[][]> enrolmentByAge = new TreeMap<>(UisTables::byAge);
    /** new entrants to the first grade: age group code → [sex]. */
    final Map<String, long[]> newEntrantsByAge = new TreeMap<>(UisTables::byAge);
    final long[][] teachers = new long[TEACHER_ITEMS.size()][2];
    /** schools that report each teacher item: none means the table leaves it blank, not 0. */
    final int[] teachersReported = new int[TEACHER_ITEMS.size()];
    /**
     * Teachers given without their sex (decision 0058), per item: in the total, in neither women nor men, never
     * shared out between them; and the schools giving them so.
     */
    final long[] teachersSexNotReported = new long[TEACHER_ITEMS.size()];
    final int[] schoolsSexNotReported = new int[TEACHER_ITEMS.size()];
    final long[] rooms = new long[ROOM_ITEMS.size()];
    /** schools with each facility (a yes is 1), and schools that answered. */
    final long[] facilities = new long[FACILITY_ITEMS.size()];
    final long[] facilitiesAnswered = new long[FACILITY_ITEMS.size()];
    final Map<String, Part> parts = new TreeMap<>();
    /** The slot of the first grade of primary, whose new entrants the UIS asks for. */
    final int firstGrade;
    int schools;
    int schoolsWithAges;
    final boolean bySchool;

    static final String NOT_REPORTED = "not reported";

    /** One line of the workings: a school's (or district's) part of the tables' totals. */
    static final class Part {
        final String code;
        final String name;
        final String district;
        int schools;
        int withAges;
        final long[] enrolment = new long[2];
        final long[] repeaters = new long[2];
        final long[] newEntrants = new long[2];
        final long[] teachers = new long[2];
        final long[] qualified = new long[2];
        /** Teachers given without their sex: in neither {@link #teachers} column. */
        long teachersSexNotReported;
        long rooms;
        String file;

        Part(String code, String name, String district) {
            this.code = code;
            this.name = name;
            this.district = district;
        }
    }

    /**
     * @param scope    the district's code, or null for the whole country
     * @param bySchool workings line per school (a district's tables) or per district (the country's)
     */
    public UisTables(GradeSystem grades, int year, String scope, boolean bySchool) {
        this.grades = grades;
        this.year = year;
        this.scope = scope;
        this.bySchool = bySchool;
        this.firstGrade = grades.gradesOf("primary").isEmpty() ? Math.min(1, grades.size() - 1)
                : grades.gradesOf("primary").get(0).slot();
        this.enrolment = new long[grades.size()][2];
        this.repeaters = new long[grades.size()][2];
        this.enrolmentGiven = new boolean[grades.size()];
        this.repeatersGiven = new boolean[grades.size()];
    }

    /** Adds one school's return. {@code file} is the workbook it came from (for the workings). */
    public void add(SchoolFacts s, String file) {
        schools++;
        String district = s.district() == null ? "?" : s.district();
        Part part = bySchool ? parts.computeIfAbsent(s.code(), c -> new Part(c, s.attribute(SchoolAttribute.NAME),
                district)) : parts.computeIfAbsent(district, d -> new Part(d, s.attribute(SchoolAttribute.DISTRICT_NAME),
                d));
        part.schools++;
        if (bySchool) {
            part.file = file;
        }
        boolean ages = hasAgeRows(s, Topic.ENROLMENT);
        if (ages) {
            schoolsWithAges++;
            part.withAges++;
        }
        for (int sx = 0; sx < 2; sx++) {
            Sex sex = sx == F ? Sex.F : Sex.M;
            for (int g = 0; g < grades.size(); g++) {
                int given = s.total(Topic.ENROLMENT, sex, g);
                enrolmentGiven[g] |= given != FactRecord.MISSING;
                long e = add(enrolment, g, sx, given);
                part.enrolment[sx] += e;
                int repeated = s.total(Topic.REPEATERS, sex, g);
                repeatersGiven[g] |= repeated != FactRecord.MISSING;
                part.repeaters[sx] += add(repeaters, g, sx, repeated);
                long byAges = 0;
                if (ages) {
                    for (FactValues row : s.rows(Topic.ENROLMENT)) {
                        if (row.sex() == sex && !row.age().isAll()) {
                            int v = row.value(g);
                            if (v != FactRecord.MISSING) {
                                enrolmentByAge.computeIfAbsent(row.age().code(), a -> new long[grades.size()][2])[g][sx] += v;
                                byAges += v;
                            }
                        }
                    }
                }
                if (e > byAges) {
                    enrolmentByAge.computeIfAbsent(NOT_REPORTED, a -> new long[grades.size()][2])[g][sx] += e - byAges;
                }
            }
            long entrants = Math.max(0, orZero(s.total(Topic.NEW_ENTRANTS, sex, firstGrade)));
            part.newEntrants[sx] += entrants;
            long entrantsByAge = 0;
            for (FactValues row : s.rows(Topic.NEW_ENTRANTS)) {
                if (row.sex() == sex && !row.age().isAll() && row.value(firstGrade) != FactRecord.MISSING) {
                    newEntrantsByAge.computeIfAbsent(row.age().code(), a -> new long[2])[sx] += row.value(firstGrade);
                    entrantsByAge += row.value(firstGrade);
                }
            }
            if (entrants > entrantsByAge) {
                newEntrantsByAge.computeIfAbsent(NOT_REPORTED, a -> new long[2])[sx] += entrants - entrantsByAge;
            }
            for (int i = 0; i < TEACHER_ITEMS.size(); i++) {
                long v = orZero(s.total(Topic.TEACHERS, sex, teacherSlot(i)));
                teachers[i][sx] += v;
                if (i == 0) {
                    part.teachers[sx] += v;
                } else if (i == 1) {
                    part.qualified[sx] += v;
                }
            }
        }
        for (int i = 0; i < TEACHER_ITEMS.size(); i++) {
            int all = s.total(Topic.TEACHERS, null, teacherSlot(i));
            if (all != FactRecord.MISSING) { // women, men or both
                teachersReported[i]++;
            }
            if (all != FactRecord.MISSING && all >= 0 && s.sexNotReported(Topic.TEACHERS, teacherSlot(i))) {
                teachersSexNotReported[i] += all;
                schoolsSexNotReported[i]++;
                if (i == 0) {
                    part.teachersSexNotReported += all;
                }
            }
        }
        long[] r = new long[ROOM_ITEMS.size()];
        for (int i = 0; i < ROOM_ITEMS.size(); i++) {
            r[i] = orZero(s.total(Topic.CLASSROOMS, null, Topic.CLASSROOMS.fixedSlots().indexOf(ROOM_ITEMS.get(i))));
        }
        if (r[3] == 0) {
            r[3] = r[0] + r[1] + r[2]; // a return that gives the rooms by condition only: their sum is the total
        }
        for (int i = 0; i < r.length; i++) {
            rooms[i] += r[i];
        }
        part.rooms += r[3];
        for (int i = 0; i < FACILITY_ITEMS.size(); i++) {
            int v = s.total(Topic.FACILITIES, null, Topic.FACILITIES.fixedSlots().indexOf(FACILITY_ITEMS.get(i)));
            if (v != FactRecord.MISSING) {
                facilitiesAnswered[i]++;
                facilities[i] += v > 0 ? 1 : 0;
            }
        }
    }

    private static int teacherSlot(int item) {
        return Topic.TEACHERS.fixedSlots().indexOf(TEACHER_ITEMS.get(item));
    }

    private static boolean hasAgeRows(SchoolFacts s, Topic topic) {
        for (FactValues row : s.rows(topic)) {
            if (!row.age().isAll()) {
                return true;
            }
        }
        return false;
    }

    private static long add(long[][] table, int g, int sx, int v) {
        if (v == FactRecord.MISSING || v < 0) {
            return 0; // a negative count is an import problem, reported there; it is not added
        }
        table[g][sx] += v;
        return v;
    }

    private static long orZero(int v) {
        return v == FactRecord.MISSING || v < 0 ? 0 : v;
    }

    /** Ages in order (under-n first, n+ after n), unknown and not reported last. */
    static int byAge(String a, String b) {
        return Comparator.comparingInt(UisTables::ageRank).thenComparing(Comparator.naturalOrder()).compare(a, b);
    }

    private static int ageRank(String code) {
        if (code.equals(NOT_REPORTED)) {
            return Integer.MAX_VALUE;
        }
        AgeGroup g = new AgeGroup(code);
        if (g.isUnknown()) {
            return Integer.MAX_VALUE - 1;
        }
        if (code.startsWith("-")) {
            return g.highest() * 4; // "and under" before the age itself
        }
        return g.lowest() * 4 + (code.endsWith("+") ? 2 : 1);
    }

    List<Part> parts() {
        return new ArrayList<>(parts.values());
    }
}
