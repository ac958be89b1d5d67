package org.emisworkbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The classrooms of a return that counts rooms by condition or construction and gives no total. */
class ClassroomCountTest {
    private static final int M = FactRecord.MISSING;

    /** good, fair, poor, permanent, semi_permanent, temporary, total — Topic.CLASSROOMS's slots. */
    private static SchoolFacts school(int... slots) {
        int[] out = new int[Topic.MAX_SLOTS];
        java.util.Arrays.fill(out, M);
        System.arraycopy(slots, 0, out, 0, slots.length);
        SchoolFacts s = new SchoolFacts("S1", Map.of());
        s.add(new FactValues(Topic.CLASSROOMS, null, AgeGroup.ALL, out));
        return s;
    }

    @Test
    void theTypedTotalWinsThenConditionsThenConstruction() {
        assertEquals("good fair poor permanent semi_permanent temporary total", String.join(" ", Topic.CLASSROOMS.fixedSlots()));
        assertEquals(9, ClassroomCount.total(school(2, 3, 1, 6, 0, 0, 9)), "typed total kept as typed");
        assertEquals(6, ClassroomCount.total(school(2, 3, 1)), "2 good + 3 fair + 1 poor");
        assertEquals(5, ClassroomCount.total(school(2, 3, M)), "a condition left blank beside others is 0");
        assertEquals(7, ClassroomCount.total(school(M, M, M, 4, 2, 1)), "4 permanent + 2 semi + 1 temporary");
        assertEquals(M, ClassroomCount.total(school()), "no room counted at all");
        assertEquals(M, ClassroomCount.total(new SchoolFacts("S2", Map.of())), "no classroom row");
        assertEquals(true, ClassroomCount.isTotal(Topic.CLASSROOMS, 6));
        assertEquals(false, ClassroomCount.isTotal(Topic.CLASSROOMS, 0));
        assertEquals(false, ClassroomCount.isTotal(Topic.TEACHERS, 6));
    }
}
