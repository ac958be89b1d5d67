package org.emisworkbench.indicators;

import org.emisworkbench.model.IndicatorValue;
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
 * A census year written by a test, school by school, for the standard grade system (slot 0 PP, slot g
 * grade Gg with official age 5 + g; primary G1–G6, ages 6–11).
 */
final class TestCensus {
    static final int M = FactRecord.MISSING;
    private final int year;
    private final Map<String, SchoolFacts> schools = new LinkedHashMap<>();
    private final List<PopulationRecord> population = new ArrayList<>();

    TestCensus(int year) {
        this.year = year;
    }

    /** A school; {@code locality} may be null (not said). */
    TestCensus school(String code, String district, String locality) {
        Map<SchoolAttribute, String> a = new EnumMap<>(SchoolAttribute.class);
        a.put(SchoolAttribute.CODE, code);
        a.put(SchoolAttribute.DISTRICT, district);
        if (locality != null) {
            a.put(SchoolAttribute.LOCALITY, locality);
        }
        schools.put(code, new SchoolFacts(code, a));
        return this;
    }

    /** A school with its locality and ownership (either may be null). */
    TestCensus school(String code, String district, String locality, String ownership) {
        school(code, district, locality);
        if (ownership != null) {
            Map<SchoolAttribute, String> a = new EnumMap<>(SchoolAttribute.class);
            for (SchoolAttribute k : SchoolAttribute.values()) {
                if (schools.get(code).attribute(k) != null) {
                    a.put(k, schools.get(code).attribute(k));
                }
            }
            a.put(SchoolAttribute.OWNERSHIP, ownership);
            schools.put(code, new SchoolFacts(code, a));
        }
        return this;
    }

    /** Enrolment of one grade (1–12), sex and age group at a school. */
    TestCensus pupils(String school, int grade, Sex sex, AgeGroup age, int count) {
        int[] v = new int[Topic.MAX_SLOTS];
        Arrays.fill(v, M);
        v[grade] = count;
        schools.get(school).add(new FactValues(Topic.ENROLMENT, sex, age, v));
        return this;
    }

    /** Teachers at a school: women and men, none of them qualified. */
    TestCensus teachers(String school, int women, int men) {
        for (Sex sex : Sex.values()) {
            int[] v = new int[Topic.MAX_SLOTS];
            Arrays.fill(v, M);
            v[0] = sex == Sex.F ? women : men;
            v[1] = 0;
            schools.get(school).add(new FactValues(Topic.TEACHERS, sex, AgeGroup.ALL, v));
        }
        return this;
    }

    /** Facilities of a school by slot name ("internet" → 1); slots not named are left blank. */
    TestCensus facilities(String school, Map<String, Integer> bySlot) {
        schools.get(school).add(new FactValues(Topic.FACILITIES, null, AgeGroup.ALL, fixed(Topic.FACILITIES, bySlot)));
        return this;
    }

    /** Teachers of one sex by slot name ("total", "trained"…); slots not named are left blank. */
    TestCensus staff(String school, Sex sex, Map<String, Integer> bySlot) {
        schools.get(school).add(new FactValues(Topic.TEACHERS, sex, AgeGroup.ALL, fixed(Topic.TEACHERS, bySlot)));
        return this;
    }

    private static int[] fixed(Topic topic, Map<String, Integer> bySlot) {
        int[] v = new int[Topic.MAX_SLOTS];
        Arrays.fill(v, M);
        bySlot.forEach((slot, n) -> {
            int i = topic.fixedSlots().indexOf(slot);
            if (i < 0) {
                throw new IllegalArgumentException("no slot " + slot + " in " + topic);
            }
            v[i] = n;
        });
        return v;
    }

    /** The same population for every age from 3 to 20 in a district. */
    TestCensus population(String district, int girlsPerAge, int boysPerAge) {
        for (int age = 3; age <= 20; age++) {
            population.add(new PopulationRecord(district, year, age, Sex.F, girlsPerAge, "Pop", "A1"));
            population.add(new PopulationRecord(district, year, age, Sex.M, boysPerAge, "Pop", "A1"));
        }
        return this;
    }

    IndicatorInputs inputs(Map<String, String> regionOfDistrict) {
        return IndicatorInputs.of(new CensusYearData(year, GradeSystem.standard(), schools), null, population, null,
                regionOfDistrict);
    }

    static Map<String, IndicatorValue> byId(List<IndicatorValue> values) {
        Map<String, IndicatorValue> m = new LinkedHashMap<>();
        values.forEach(v -> m.put(v.id(), v));
        return m;
    }
}
