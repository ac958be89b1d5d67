package org.emisworkbench.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.CensusYearData;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.FactValues;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.PopulationRecord;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolFacts;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;

/**
 * Three schools, two districts, two years, computed by hand in IndicatorCalculatorTest.
 * <ul>
 * <li>S1 (D01): wide return, all-ages rows, G1–G6, repeaters, entrants, teachers, rooms, facilities.</li>
 * <li>S2 (D01): grid return by age, G1–G2 only, no repeaters in 2024, women teachers only, no rooms.</li>
 * <li>S3 (D02): wide return, zero teachers, only poor rooms, no return in 2025.</li>
 * </ul>
 * Master list: S1, S2, S4 in D01 (S4 sends nothing), S3 in D02. Population 2024 for D01 only.
 */
final class IndicatorFixture {
    static final int T = 2024;
    static final int M = FactRecord.MISSING;
    static final GradeSystem GRADES = GradeSystem.standard();

    private IndicatorFixture() {
    }

    /** Values for slots PP, G1.. in order; slots not given are MISSING. */
    static int[] slots(int... values) {
        int[] v = new int[13];
        Arrays.fill(v, M);
        System.arraycopy(values, 0, v, 0, values.length);
        return v;
    }

    static FactRecord fact(String school, Topic topic, Sex sex, AgeGroup age, int[] values) {
        return new FactRecord(school, topic, sex, age, values, new String[values.length], "Sheet", 1);
    }

    static FactRecord all(String school, Topic topic, Sex sex, int... values) {
        return fact(school, topic, sex, AgeGroup.ALL, slots(values));
    }

    static List<FactRecord> year2024() {
        List<FactRecord> f = new ArrayList<>();
        // S1: G1..G6 girls 30,20,10,10,10,10 = 90; boys 30,25,10,10,10,10 = 95.
        f.add(all("S1", Topic.ENROLMENT, Sex.F, M, 30, 20, 10, 10, 10, 10));
        f.add(all("S1", Topic.ENROLMENT, Sex.M, M, 30, 25, 10, 10, 10, 10));
        f.add(all("S1", Topic.REPEATERS, Sex.F, M, 3, 2, 0, 0, 0, 0));
        f.add(all("S1", Topic.REPEATERS, Sex.M, M, 5, 3, 0, 0, 0, 0));
        f.add(all("S1", Topic.NEW_ENTRANTS, Sex.F, M, 25));
        f.add(all("S1", Topic.NEW_ENTRANTS, Sex.M, M, 24));
        f.add(fact("S1", Topic.TEACHERS, Sex.F, AgeGroup.ALL, new int[] {4, 3}));
        f.add(fact("S1", Topic.TEACHERS, Sex.M, AgeGroup.ALL, new int[] {2, 1}));
        f.add(fact("S1", Topic.CLASSROOMS, null, AgeGroup.ALL, new int[] {3, 2, 1}));
        f.add(fact("S1", Topic.FACILITIES, null, AgeGroup.ALL, new int[] {1, 0, M, M, M, M, 2, 2}));
        // S2 by age: girls G1 6y:10, 7y:2, unknown:1; G2 7y:8, 9y:3. Boys G1 6y:12, 8y:1; G2 7y:9.
        f.add(fact("S2", Topic.ENROLMENT, Sex.F, AgeGroup.of(6), slots(M, 10)));
        f.add(fact("S2", Topic.ENROLMENT, Sex.F, AgeGroup.of(7), slots(M, 2, 8)));
        f.add(fact("S2", Topic.ENROLMENT, Sex.F, AgeGroup.of(9), slots(M, M, 3)));
        f.add(fact("S2", Topic.ENROLMENT, Sex.F, AgeGroup.UNKNOWN, slots(M, 1)));
        f.add(fact("S2", Topic.ENROLMENT, Sex.M, AgeGroup.of(6), slots(M, 12)));
        f.add(fact("S2", Topic.ENROLMENT, Sex.M, AgeGroup.of(8), slots(M, 1)));
        f.add(fact("S2", Topic.ENROLMENT, Sex.M, AgeGroup.of(7), slots(M, M, 9)));
        f.add(all("S2", Topic.NEW_ENTRANTS, Sex.F, M, 10));
        f.add(all("S2", Topic.NEW_ENTRANTS, Sex.M, M, 11));
        f.add(fact("S2", Topic.TEACHERS, Sex.F, AgeGroup.ALL, new int[] {1, 0}));
        f.add(fact("S2", Topic.FACILITIES, null, AgeGroup.ALL, new int[] {0, 1, M, M, M, M, M, M, 1}));
        // S3: girls 20,5,5,5,5,5 = 45; boys 22,5,5,5,5,5 = 47.
        f.add(all("S3", Topic.ENROLMENT, Sex.F, M, 20, 5, 5, 5, 5, 5));
        f.add(all("S3", Topic.ENROLMENT, Sex.M, M, 22, 5, 5, 5, 5, 5));
        f.add(all("S3", Topic.REPEATERS, Sex.F, M, 2, 0, 0, 0, 0, 0));
        f.add(all("S3", Topic.REPEATERS, Sex.M, M, 4, 0, 0, 0, 0, 0));
        f.add(all("S3", Topic.NEW_ENTRANTS, Sex.F, M, 18));
        f.add(all("S3", Topic.NEW_ENTRANTS, Sex.M, M, 18));
        f.add(fact("S3", Topic.TEACHERS, Sex.F, AgeGroup.ALL, new int[] {0, 0}));
        f.add(fact("S3", Topic.TEACHERS, Sex.M, AgeGroup.ALL, new int[] {0, 0}));
        f.add(fact("S3", Topic.CLASSROOMS, null, AgeGroup.ALL, new int[] {0, 0, 2}));
        return f;
    }

    static List<FactRecord> year2025() {
        List<FactRecord> f = new ArrayList<>();
        f.add(all("S1", Topic.ENROLMENT, Sex.F, M, 28, 26, 19, 8, 9, 10));
        f.add(all("S1", Topic.ENROLMENT, Sex.M, M, 31, 27, 22, 8, 9, 9));
        f.add(all("S1", Topic.REPEATERS, Sex.F, M, 2, 3, 1, 0, 0, 0));
        f.add(all("S1", Topic.REPEATERS, Sex.M, M, 4, 2, 2, 0, 0, 0));
        f.add(all("S2", Topic.ENROLMENT, Sex.F, M, 14, 12, 9));
        f.add(all("S2", Topic.ENROLMENT, Sex.M, M, 12, 10, 8));
        f.add(all("S2", Topic.REPEATERS, Sex.F, M, 1, 1, 0));
        f.add(all("S2", Topic.REPEATERS, Sex.M, M, 1, 0, 0));
        return f;
    }

    static String districtOf(String school) {
        return school.equals("S3") ? "D02" : "D01";
    }

    /** Master list: school → district. */
    static Map<String, String> masterList() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("S1", "D01");
        m.put("S2", "D01");
        m.put("S3", "D02");
        m.put("S4", "D01");
        return m;
    }

    /** D01 2024: girls 40 at age 6 then 30 a year to 11; boys 44 then 32. Ages 5 and 12 too. */
    static List<PopulationRecord> population() {
        List<PopulationRecord> p = new ArrayList<>();
        for (int age = 5; age <= 12; age++) {
            p.add(new PopulationRecord("D01", T, age, Sex.F, age == 6 ? 40 : 30, "Pop", "B" + age));
            p.add(new PopulationRecord("D01", T, age, Sex.M, age == 6 ? 44 : 32, "Pop", "C" + age));
        }
        return p;
    }

    static CensusYearData census(int year, List<FactRecord> facts) {
        Map<String, SchoolFacts> schools = new LinkedHashMap<>();
        for (FactRecord r : facts) {
            SchoolFacts s = schools.computeIfAbsent(r.schoolCode(), code -> {
                Map<SchoolAttribute, String> a = new EnumMap<>(SchoolAttribute.class);
                a.put(SchoolAttribute.CODE, code);
                a.put(SchoolAttribute.DISTRICT, districtOf(code));
                return new SchoolFacts(code, a);
            });
            int[] v = Arrays.copyOf(r.values(), Topic.MAX_SLOTS);
            Arrays.fill(v, r.values().length, Topic.MAX_SLOTS, M);
            s.add(new FactValues(r.topic(), r.sex(), r.age(), v));
        }
        return new CensusYearData(year, GRADES, schools);
    }

    static IndicatorInputs inputs(boolean withNextYear) {
        return IndicatorInputs.of(census(T, year2024()), withNextYear ? census(T + 1, year2025()) : null,
                population(), masterList(), Map.of("D01", "R1", "D02", "R1"));
    }
}
