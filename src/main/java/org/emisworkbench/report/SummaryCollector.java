package org.emisworkbench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.emisworkbench.model.Breakdown;
import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.FactValues;
import org.emisworkbench.model.Grade;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolFacts;
import org.emisworkbench.model.Topic;

/**
 * What a summary needs of each school beyond the indicators, gathered while the indicator loader
 * streams the returns (so the rows are read once): the schools table and the age × grade counts of
 * every district. Keeps a few numbers a school, so a whole country fits.
 */
public final class SummaryCollector implements Consumer<SchoolFacts> {
    private static final int T_TOTAL = Topic.TEACHERS.fixedSlots().indexOf("total");
    private static final int T_QUALIFIED = Topic.TEACHERS.fixedSlots().indexOf("qualified");
    private static final int C_GOOD = Topic.CLASSROOMS.fixedSlots().indexOf("good");
    private static final int C_FAIR = Topic.CLASSROOMS.fixedSlots().indexOf("fair");
    private static final int F_ELECTRICITY = Topic.FACILITIES.fixedSlots().indexOf("electricity");
    private static final int F_WATER = Topic.FACILITIES.fixedSlots().indexOf("drinking_water");

    private final GradeSystem grades;
    private final List<Grade> levelGrades;
    private final Map<String, List<SchoolRow>> schools = new TreeMap<>();
    /** District → age code → pupils per grade of the level. */
    private final Map<String, Map<String, long[]>> ages = new HashMap<>();
    /** District → the year before's schools: name and pupils of the level (this year's are in the rows). */
    private final Map<String, Map<String, Before>> yearBefore = new HashMap<>();

    /** A school of the year before: its name and pupils of the level (null: the return gives none). */
    private record Before(String name, Integer pupils) {
    }

    public SummaryCollector(GradeSystem grades, String level) {
        this.grades = grades;
        this.levelGrades = grades.gradesOf(level);
        if (levelGrades.isEmpty()) {
            throw new IllegalArgumentException("No level " + level + " in the grade system");
        }
    }

    @Override
    public void accept(SchoolFacts s) {
        String district = key(s.district());
        schools.computeIfAbsent(district, k -> new ArrayList<>()).add(row(s));
        for (FactValues row : s.rows(Topic.ENROLMENT)) {
            if (row.age().isAll() || row.sex() == null) {
                continue;
            }
            long[] counts = ages.computeIfAbsent(district, k -> new HashMap<>())
                    .computeIfAbsent(row.age().code(), k -> new long[levelGrades.size()]);
            for (int g = 0; g < levelGrades.size(); g++) {
                int v = row.value(levelGrades.get(g).slot());
                if (v != FactRecord.MISSING) {
                    counts[g] += v;
                }
            }
        }
    }

    /** Takes a school of the year before, for the schools behind the change ({@link #changes}). */
    public void acceptYearBefore(SchoolFacts s) {
        yearBefore.computeIfAbsent(key(s.district()), k -> new HashMap<>())
                .put(s.code(), new Before(s.attribute(SchoolAttribute.NAME), levelPupils(s)));
    }

    /**
     * The district's schools whose pupils of the level changed most from the year before (the largest
     * changes either way first, then by code), at most {@code limit}; empty without the year before.
     */
    public List<SchoolChange> changes(String district, int limit) {
        if (yearBefore.isEmpty()) {
            return List.of();
        }
        Map<String, Before> before = new HashMap<>(yearBefore.getOrDefault(key(district), Map.of()));
        List<SchoolChange> out = new ArrayList<>();
        for (SchoolRow r : schools.getOrDefault(key(district), List.of())) {
            Before b = before.remove(r.code());
            out.add(new SchoolChange(r.code(), r.name(), b == null ? null : b.pupils(), r.levelPupils(), b != null,
                    true));
        }
        before.forEach((code, b) -> out.add(new SchoolChange(code, b.name(), b.pupils(), null, true, false)));
        out.removeIf(c -> c.change() == 0);
        out.sort(Comparator.comparingInt((SchoolChange c) -> -Math.abs(c.change())).thenComparing(SchoolChange::code));
        return List.copyOf(out.subList(0, Math.min(limit, out.size())));
    }

    /** Districts seen, upper-cased ("" for schools without a district). */
    public Set<String> districts() {
        return schools.keySet();
    }

    /** The district's schools in code order. */
    public List<SchoolRow> schools(String district) {
        List<SchoolRow> list = new ArrayList<>(schools.getOrDefault(key(district), List.of()));
        list.sort(Comparator.comparing(SchoolRow::code));
        return list;
    }

    /** The district's age × grade table; {@code overAge} is the calculator's over-age figure (by grade). */
    public AgeGradeTable ageGrade(String district, IndicatorValue overAge) {
        Map<String, long[]> byAge = ages.getOrDefault(key(district), Map.of());
        List<String> codes = new ArrayList<>(byAge.keySet());
        codes.removeIf(c -> java.util.Arrays.stream(byAge.get(c)).allMatch(v -> v == 0));
        codes.sort(Comparator.comparingDouble(SummaryCollector::ageOrder));
        long[][] counts = new long[codes.size()][];
        for (int i = 0; i < codes.size(); i++) {
            counts[i] = byAge.get(codes.get(i)).clone();
        }
        List<Double> shares = new ArrayList<>();
        for (Grade g : levelGrades) {
            Breakdown b = overAge == null ? null : overAge.byGrade().get(g.code());
            shares.add(b == null || !b.available() ? null : b.value());
        }
        return new AgeGradeTable(levelGrades.stream().map(Grade::code).toList(), codes, counts,
                levelGrades.stream().map(Grade::officialAge).toList(), shares);
    }

    /** "-4" (4 and under) first, single ages, "16+", and "?" (unknown) last. */
    static double ageOrder(String code) {
        AgeGroup a = new AgeGroup(code);
        if (a.isUnknown()) {
            return Double.MAX_VALUE;
        }
        if (code.startsWith("-")) {
            return a.highest() - 0.5;
        }
        return code.endsWith("+") ? a.lowest() + 0.5 : a.lowest();
    }

    /** Pupils of the summary's level, or null when the return gives none of them. */
    private Integer levelPupils(SchoolFacts s) {
        if (!s.has(Topic.ENROLMENT)) {
            return null;
        }
        long sum = 0;
        boolean any = false;
        for (Grade g : levelGrades) {
            int v = s.total(Topic.ENROLMENT, null, g.slot());
            if (v != FactRecord.MISSING) {
                sum += v;
                any = true;
            }
        }
        return any ? (int) sum : null;
    }

    private SchoolRow row(SchoolFacts s) {
        Integer pupils = null;
        String level = null;
        if (s.has(Topic.ENROLMENT)) {
            Map<String, Long> byLevel = new HashMap<>();
            long sum = 0;
            boolean any = false;
            for (Grade g : grades.grades()) {
                int v = s.total(Topic.ENROLMENT, null, g.slot());
                if (v != FactRecord.MISSING) {
                    sum += v;
                    any = true;
                    byLevel.merge(g.level(), (long) v, Long::sum);
                }
            }
            pupils = any ? (int) sum : null;
            // The level with most pupils, as the calculator decides which schools count for staff ratios.
            level = byLevel.entrySet().stream().filter(e -> e.getValue() > 0)
                    .max(Map.Entry.<String, Long>comparingByValue()).map(Map.Entry::getKey).orElse(null);
        }
        Integer rooms = null;
        if (s.has(Topic.CLASSROOMS)) {
            int good = s.total(Topic.CLASSROOMS, null, C_GOOD);
            int fair = s.total(Topic.CLASSROOMS, null, C_FAIR);
            if (good != FactRecord.MISSING || fair != FactRecord.MISSING) {
                rooms = (good == FactRecord.MISSING ? 0 : good) + (fair == FactRecord.MISSING ? 0 : fair);
            }
        }
        return new SchoolRow(s.code(), s.attribute(SchoolAttribute.NAME), s.attribute(SchoolAttribute.OWNERSHIP),
                s.attribute(SchoolAttribute.LOCALITY), level, pupils, levelPupils(s), count(s, Topic.TEACHERS, T_TOTAL),
                count(s, Topic.TEACHERS, T_QUALIFIED), rooms, flag(s, F_ELECTRICITY), flag(s, F_WATER));
    }

    private static Integer count(SchoolFacts s, Topic topic, int slot) {
        int v = s.total(topic, null, slot);
        return v == FactRecord.MISSING ? null : v;
    }

    private static Boolean flag(SchoolFacts s, int slot) {
        int v = s.total(Topic.FACILITIES, null, slot);
        return v == FactRecord.MISSING ? null : v > 0;
    }

    private static String key(String district) {
        return district == null ? "" : district.trim().toUpperCase(Locale.ROOT);
    }
}
