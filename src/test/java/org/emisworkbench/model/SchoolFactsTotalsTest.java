package org.emisworkbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SchoolFactsTotalsTest {
    private static final int M = FactRecord.MISSING;

    private static int[] slots(int... v) {
        int[] out = new int[Topic.MAX_SLOTS];
        java.util.Arrays.fill(out, M);
        System.arraycopy(v, 0, out, 0, v.length);
        return out;
    }

    @Test
    void ageRowsAddUpSlotBySlotAndMissingStaysMissing() {
        SchoolFacts s = new SchoolFacts("S1", Map.of());
        s.add(new FactValues(Topic.ENROLMENT, Sex.F, AgeGroup.of(6), slots(3, M, 1)));
        s.add(new FactValues(Topic.ENROLMENT, Sex.F, AgeGroup.of(7), slots(4, M, M)));
        s.add(new FactValues(Topic.ENROLMENT, Sex.M, AgeGroup.of(7), slots(9)));
        assertEquals(7, s.totalOneSex(Topic.ENROLMENT, Sex.F, 0));
        assertEquals(M, s.totalOneSex(Topic.ENROLMENT, Sex.F, 1));
        assertEquals(1, s.totalOneSex(Topic.ENROLMENT, Sex.F, 2));
        assertEquals(9, s.totalOneSex(Topic.ENROLMENT, Sex.M, 0));
        assertEquals(16, s.total(Topic.ENROLMENT, null, 0));
        assertEquals(M, s.totalOneSex(Topic.REPEATERS, Sex.F, 0));
        assertEquals(M, s.totalOneSex(Topic.ENROLMENT, Sex.F, Topic.MAX_SLOTS));
        // The rows themselves are untouched by the running sums.
        assertEquals(3, s.at(Topic.ENROLMENT, Sex.F, AgeGroup.of(6), 0));
    }

    @Test
    void theFirstAllAgesRowIsTheTotalWhereverItComes() {
        SchoolFacts s = new SchoolFacts("S1", Map.of());
        s.add(new FactValues(Topic.ENROLMENT, Sex.F, AgeGroup.of(6), slots(3)));
        s.add(new FactValues(Topic.ENROLMENT, Sex.F, AgeGroup.ALL, slots(10)));
        s.add(new FactValues(Topic.ENROLMENT, Sex.F, AgeGroup.of(7), slots(4)));
        s.add(new FactValues(Topic.ENROLMENT, Sex.F, AgeGroup.ALL, slots(99)));
        assertEquals(10, s.totalOneSex(Topic.ENROLMENT, Sex.F, 0));
        SchoolFacts teachers = new SchoolFacts("S2", Map.of(SchoolAttribute.DISTRICT, "D01"));
        teachers.add(new FactValues(Topic.CLASSROOMS, null, AgeGroup.ALL, slots(5, 2)));
        assertEquals(2, teachers.totalOneSex(Topic.CLASSROOMS, null, 1));
        assertEquals("D01", teachers.district());
    }

    @Test
    void rowsOfOneTopicFromTwoSheetsAreOneRowTheFirstFigureKept() {
        int power = Topic.FACILITIES.fixedSlots().indexOf("electricity");
        int girls = Topic.FACILITIES.fixedSlots().indexOf("toilets_girls");
        int[] first = slots();
        first[power] = 1;
        int[] second = slots();
        second[girls] = 4;
        second[power] = 0;
        SchoolFacts s = new SchoolFacts("S3", Map.of());
        s.add(new FactValues(Topic.FACILITIES, null, AgeGroup.ALL, first));
        s.add(new FactValues(Topic.FACILITIES, null, AgeGroup.ALL, second));
        assertEquals(1, s.rows(Topic.FACILITIES).size());
        assertEquals(4, s.totalOneSex(Topic.FACILITIES, null, girls), "the second sheet's toilets are seen");
        assertEquals(4, s.at(Topic.FACILITIES, null, AgeGroup.ALL, girls));
        assertEquals(1, s.totalOneSex(Topic.FACILITIES, null, power), "the first figure stays");
        // Grades 1-2 on one sheet, grade 3 on another, ages on both.
        s.add(new FactValues(Topic.ENROLMENT, Sex.F, AgeGroup.of(7), slots(M, 5, 6)));
        s.add(new FactValues(Topic.ENROLMENT, Sex.F, AgeGroup.of(7), slots(M, M, M, 8)));
        assertEquals(8, s.totalOneSex(Topic.ENROLMENT, Sex.F, 3));
        assertEquals(5, s.totalOneSex(Topic.ENROLMENT, Sex.F, 1));
    }
}
