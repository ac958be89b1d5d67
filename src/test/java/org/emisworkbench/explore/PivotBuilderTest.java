package org.emisworkbench.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.FactValues;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolFacts;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.model.explore.Cell;
import org.emisworkbench.model.explore.Dimension;
import org.emisworkbench.model.explore.Exploration;
import org.emisworkbench.model.explore.Measure;
import org.emisworkbench.model.explore.Pivot;
import org.junit.jupiter.api.Test;

/**
 * The table's arithmetic on schools written out by hand: every expected figure below is added up in the
 * test from the numbers it gives the schools, not by the code under test.
 */
class PivotBuilderTest {
    private static final GradeSystem GRADES = GradeSystem.standard();
    private static final int G1 = 1;
    private static final int G2 = 2;

    /** A school with G1/G2 pupils by sex (all ages) and, when given, teachers by sex. */
    private static SchoolFacts school(String code, String district, String locality, int g1f, int g1m, int g2f,
                                      int g2m, Integer teachersF, Integer teachersM) {
        Map<SchoolAttribute, String> a = new EnumMap<>(SchoolAttribute.class);
        a.put(SchoolAttribute.DISTRICT, district);
        a.put(SchoolAttribute.LOCALITY, locality);
        a.put(SchoolAttribute.NAME, "School " + code);
        SchoolFacts s = new SchoolFacts(code, a);
        s.add(new FactValues(Topic.ENROLMENT, Sex.F, AgeGroup.ALL, graded(g1f, g2f)));
        s.add(new FactValues(Topic.ENROLMENT, Sex.M, AgeGroup.ALL, graded(g1m, g2m)));
        if (teachersF != null) {
            s.add(new FactValues(Topic.TEACHERS, Sex.F, AgeGroup.ALL, fixed(Topic.TEACHERS, "total", teachersF)));
            s.add(new FactValues(Topic.TEACHERS, Sex.M, AgeGroup.ALL, fixed(Topic.TEACHERS, "total", teachersM)));
        }
        return s;
    }

    private static int[] graded(int g1, int g2) {
        int[] v = new int[GRADES.size()];
        Arrays.fill(v, FactRecord.MISSING);
        v[G1] = g1;
        v[G2] = g2;
        return v;
    }

    private static int[] fixed(Topic t, String item, int value) {
        int[] v = new int[t.fixedSlots().size()];
        Arrays.fill(v, FactRecord.MISSING);
        v[t.fixedSlots().indexOf(item)] = value;
        return v;
    }

    private static Exploration table(String measure, List<Dimension> rows, List<Dimension> columns,
                                     Map<Dimension, Set<String>> filters) {
        return new Exploration(null, Measure.byId(measure).orElseThrow(), rows, columns, filters);
    }

    private static Pivot build(Exploration ex, SchoolFacts... schools) {
        PivotBuilder b = new PivotBuilder(ex, GRADES, Map.of("D1", "R1", "D2", "R1"), Map.of("D1", "North"));
        for (SchoolFacts s : schools) {
            b.add(2025, s);
        }
        return b.build();
    }

    private static int row(Pivot p, String... key) {
        int i = p.rowKeys().indexOf(List.of(key));
        assertTrue(i >= 0, "no row " + List.of(key) + " in " + p.rowKeys());
        return i;
    }

    private static int column(Pivot p, String... key) {
        int i = p.columnKeys().indexOf(List.of(key));
        assertTrue(i >= 0, "no column " + List.of(key) + " in " + p.columnKeys());
        return i;
    }

    @Test
    void enrolmentByDistrictAndSexAddsTheSchoolsFiguresAndTotals() {
        Pivot p = build(table("enrolment", List.of(Dimension.DISTRICT), List.of(Dimension.SEX), Map.of()),
                school("S1", "D1", "rural", 10, 12, 8, 9, 2, 1),
                school("S2", "D1", "urban", 20, 18, 15, 14, 3, 2),
                school("S3", "D2", "rural", 5, 6, 7, 4, null, null));
        int d1 = row(p, "D1");
        int d2 = row(p, "D2");
        int f = column(p, "F");
        int m = column(p, "M");
        Measure e = p.exploration().measure();
        assertEquals(10 + 8 + 20 + 15, p.cell(d1, f).value(e));
        assertEquals(12 + 9 + 18 + 14, p.cell(d1, m).value(e));
        assertEquals(5 + 7, p.cell(d2, f).value(e));
        assertEquals(10 + 12 + 8 + 9 + 20 + 18 + 15 + 14, p.rowTotals()[d1].value(e));
        assertEquals(10 + 8 + 20 + 15 + 5 + 7, p.columnTotals()[f].value(e));
        assertEquals(10 + 12 + 8 + 9 + 20 + 18 + 15 + 14 + 5 + 6 + 7 + 4, p.total().value(e));
        assertEquals(List.of(List.of("F"), List.of("M")), p.columnKeys(), "girls before boys");
        assertEquals(2, p.cell(d1, f).reported());
        assertFalse(p.cell(d1, f).partial(), "every school reports enrolment");
        assertEquals("D1 North", p.label("D1"));
    }

    /** Rooms by condition (good, fair, poor), by construction, or as a total, as returns give them. */
    private static SchoolFacts withRooms(SchoolFacts s, String... itemsAndCounts) {
        int[] v = new int[Topic.CLASSROOMS.fixedSlots().size()];
        Arrays.fill(v, FactRecord.MISSING);
        for (int i = 0; i < itemsAndCounts.length; i += 2) {
            v[Topic.CLASSROOMS.fixedSlots().indexOf(itemsAndCounts[i])] = Integer.parseInt(itemsAndCounts[i + 1]);
        }
        s.add(new FactValues(Topic.CLASSROOMS, null, AgeGroup.ALL, v));
        return s;
    }

    @Test
    void classroomsAddUpTheRoomsAReturnCountsWhenItGivesNoTotal() {
        SchoolFacts byCondition = withRooms(school("S1", "D1", "rural", 10, 12, 8, 9, 2, 1),
                "good", "3", "fair", "2", "poor", "1");
        SchoolFacts byConstruction = withRooms(school("S2", "D1", "urban", 20, 18, 15, 14, 3, 2),
                "permanent", "4", "temporary", "2");
        SchoolFacts typed = withRooms(school("S3", "D2", "rural", 5, 6, 7, 4, 1, 0), "good", "1", "total", "5");
        SchoolFacts none = school("S4", "D2", "rural", 1, 1, 1, 1, 1, 1);
        Pivot rooms = build(table("classrooms.total", List.of(Dimension.DISTRICT), List.of(), Map.of()),
                byCondition, byConstruction, typed, none);
        Measure m = rooms.exploration().measure();
        assertEquals(3 + 2 + 1 + 4 + 2, rooms.cell(row(rooms, "D1"), 0).value(m));
        assertEquals(5, rooms.cell(row(rooms, "D2"), 0).value(m), "the typed total, not the one good room");
        assertTrue(rooms.cell(row(rooms, "D2"), 0).partial(), "S4 counts no rooms at all");
        Pivot pcr = build(table("pupils_per_classroom", List.of(Dimension.DISTRICT), List.of(), Map.of()),
                byCondition, byConstruction, typed, none);
        assertEquals((10 + 12 + 8 + 9 + 20 + 18 + 15 + 14) / (double) (6 + 6),
                pcr.cell(row(pcr, "D1"), 0).value(pcr.exploration().measure()), 1e-9);
    }

    @Test
    void aRatioCountsOnlySchoolsReportingBothPartsAndMarksTheOthers() {
        Pivot p = build(table("pupils_per_teacher", List.of(Dimension.DISTRICT), List.of(), Map.of()),
                school("S1", "D1", "rural", 10, 12, 8, 9, 2, 1),
                school("S2", "D1", "urban", 20, 18, 15, 14, 3, 2),
                school("S3", "D1", "rural", 50, 50, 50, 50, null, null),
                school("S4", "D2", "rural", 5, 6, 7, 4, 1, 0));
        Measure ptr = p.exploration().measure();
        int d1 = row(p, "D1");
        Cell c = p.cell(d1, 0);
        // S3 reports no teachers: its 200 pupils stay out of the ratio, and the cell says so.
        assertEquals((10 + 12 + 8 + 9 + 20 + 18 + 15 + 14) / (double) (2 + 1 + 3 + 2), c.value(ptr), 1e-9);
        assertTrue(c.partial());
        assertEquals(1, c.notReported());
        assertEquals(2, c.reported());
        int d2 = row(p, "D2");
        assertEquals(22 / 1.0, p.cell(d2, 0).value(ptr), 1e-9);
        assertFalse(p.cell(d2, 0).partial());
        assertTrue(p.total().partial(), "the country's figure leaves a school out too");
    }

    @Test
    void filtersKeepOnlyTheChosenValuesAndAShareUsesItsOwnDenominator() {
        Map<Dimension, Set<String>> onlyG2Rural = Map.of(Dimension.GRADE, Set.of("G2"), Dimension.LOCALITY, Set.of("rural"));
        Pivot p = build(table("girls_share", List.of(Dimension.DISTRICT), List.of(), onlyG2Rural),
                school("S1", "D1", "rural", 10, 12, 8, 9, 2, 1),
                school("S2", "D1", "urban", 20, 18, 15, 14, 3, 2),
                school("S3", "D2", "rural", 5, 6, 7, 4, null, null));
        Measure share = p.exploration().measure();
        assertEquals(100.0 * 8 / (8 + 9), p.cell(row(p, "D1"), 0).value(share), 1e-9);
        assertEquals(100.0 * 7 / (7 + 4), p.cell(row(p, "D2"), 0).value(share), 1e-9);
        assertEquals(100.0 * (8 + 7) / (8 + 9 + 7 + 4), p.total().value(share), 1e-9);
        assertEquals(2, p.rowKeys().size(), "the urban school is filtered out, not shown empty");
    }

    @Test
    void byAgeTheAgeRowsAreSplitAndWhatTheyLeaveOutIsAgeNotReported() {
        SchoolFacts withAges = school("S1", "D1", "rural", 10, 12, 8, 9, 2, 1);
        int[] age6 = graded(6, 0);
        int[] age7 = graded(3, 5);
        withAges.add(new FactValues(Topic.ENROLMENT, Sex.F, AgeGroup.of(6), age6));
        withAges.add(new FactValues(Topic.ENROLMENT, Sex.F, AgeGroup.of(7), age7));
        SchoolFacts noAges = school("S2", "D1", "urban", 20, 18, 15, 14, 3, 2);
        Pivot p = build(table("enrolment", List.of(Dimension.AGE), List.of(Dimension.GRADE),
                Map.of(Dimension.SEX, Set.of("F"))), withAges, noAges);
        Measure e = p.exploration().measure();
        int g1 = column(p, "G1");
        int g2 = column(p, "G2");
        assertEquals(6, p.cell(row(p, "6"), g1).value(e));
        assertEquals(3, p.cell(row(p, "7"), g1).value(e));
        assertEquals(5, p.cell(row(p, "7"), g2).value(e));
        // S1's G1 girls: 10 in all, 6 + 3 by age, so 1 not reported by age; S2 gives no ages at all.
        int unknown = row(p, Dimension.NOT_REPORTED);
        assertEquals(1 + 20, p.cell(unknown, g1).value(e));
        assertEquals((8 - 5) + 15, p.cell(unknown, g2).value(e));
        assertEquals(p.rowKeys().size() - 1, unknown, "age not reported comes last");
        assertEquals(10 + 8 + 20 + 15, p.total().value(e), "by age, the girls add up to the same pupils");
    }

    @Test
    void aSchoolWithoutTheFigureStillGetsItsRowMarkedEmpty() {
        Pivot p = build(table("teachers.total", List.of(Dimension.DISTRICT), List.of(), Map.of()),
                school("S1", "D1", "rural", 10, 12, 8, 9, 2, 1),
                school("S3", "D2", "rural", 5, 6, 7, 4, null, null));
        Measure t = p.exploration().measure();
        int d2 = row(p, "D2");
        assertNull(p.cell(d2, 0).value(t), "no school of D2 reports teachers: no value, never 0");
        assertTrue(p.cell(d2, 0).partial());
        assertEquals(3, p.cell(row(p, "D1"), 0).value(t));
    }

    @Test
    void aSchoolWithNoPupilsInTheFilteredGradesIsNotPartialOneWithNoEnrolmentIs() {
        SchoolFacts onlyG2 = school("S1", "D1", "rural", 0, 0, 8, 9, 2, 1);
        onlyG2.rows(Topic.ENROLMENT).forEach(r -> r.values()[G1] = FactRecord.MISSING); // a school without G1
        SchoolFacts g1 = school("S2", "D1", "urban", 20, 18, 15, 14, 3, 2);
        Pivot p = build(table("enrolment", List.of(Dimension.DISTRICT), List.of(), Map.of(Dimension.GRADE, Set.of("G1"))),
                onlyG2, g1);
        Measure e = p.exploration().measure();
        Cell d1 = p.cell(row(p, "D1"), 0);
        assertEquals(20 + 18, d1.value(e));
        assertFalse(d1.partial(), "S1 reports its pupils, none of them in G1: the value is whole");
        Map<SchoolAttribute, String> a = new EnumMap<>(SchoolAttribute.class);
        a.put(SchoolAttribute.DISTRICT, "D1");
        SchoolFacts noEnrolment = new SchoolFacts("S3", a);
        noEnrolment.add(new FactValues(Topic.TEACHERS, Sex.F, AgeGroup.ALL, fixed(Topic.TEACHERS, "total", 2)));
        Pivot q = build(p.exploration(), onlyG2, g1, noEnrolment);
        assertTrue(q.cell(row(q, "D1"), 0).partial(), "S3 gives no pupils at all");
        assertEquals(1, q.cell(row(q, "D1"), 0).notReported());
    }

    @Test
    void regionComesFromTheDistrictsParentAndSchoolsCountOnce() {
        Pivot p = build(table("schools", List.of(Dimension.REGION), List.of(Dimension.LOCALITY), Map.of()),
                school("S1", "D1", "rural", 1, 1, 1, 1, 1, 1),
                school("S2", "D2", "urban", 1, 1, 1, 1, 1, 1),
                school("S3", "D9", "rural", 1, 1, 1, 1, 1, 1));
        Measure n = p.exploration().measure();
        assertEquals(1, p.cell(row(p, "R1"), column(p, "rural")).value(n));
        assertEquals(1, p.cell(row(p, "R1"), column(p, "urban")).value(n));
        assertEquals(1, p.cell(row(p, Dimension.NOT_REPORTED), column(p, "rural")).value(n),
                "a district without a region is shown under 'not reported', never dropped");
        assertEquals(3, p.total().value(n));
    }

    private static Pivot buildInTwoRegions(Exploration ex, SchoolFacts... schools) {
        PivotBuilder b = new PivotBuilder(ex, GRADES, Map.of("D1", "R1", "D2", "R1", "D3", "R2"), Map.of());
        for (SchoolFacts s : schools) {
            b.add(2025, s);
        }
        return b.build();
    }

    @Test
    void subtotalsFollowEachRegionsDistrictsAndAreNotCountedTwiceInTheTotals() {
        Exploration ex = table("enrolment", List.of(Dimension.REGION, Dimension.DISTRICT), List.of(Dimension.SEX),
                Map.of()).withSubtotals(true);
        Pivot p = buildInTwoRegions(ex,
                school("S1", "D1", "rural", 10, 12, 8, 9, 2, 1),
                school("S2", "D2", "urban", 20, 18, 15, 14, 3, 2),
                school("S3", "D3", "rural", 5, 6, 7, 4, null, null));
        String all = Dimension.ALL;
        assertEquals(List.of(List.of("R1", "D1"), List.of("R1", "D2"), List.of("R1", all), List.of("R2", "D3"),
                List.of("R2", all)), p.rowKeys(), "each region's subtotal after its districts");
        assertTrue(p.subtotal(2) && p.subtotal(4) && !p.subtotal(0));
        Measure e = ex.measure();
        int f = column(p, "F");
        int m = column(p, "M");
        assertEquals(10 + 8 + 20 + 15, p.cell(2, f).value(e));
        assertEquals(12 + 9 + 18 + 14, p.cell(2, m).value(e));
        assertEquals(10 + 12 + 8 + 9 + 20 + 18 + 15 + 14, p.rowTotals()[2].value(e));
        assertEquals(2, p.rowTotals()[2].reported(), "R1's two schools");
        assertEquals(5 + 7, p.cell(4, f).value(e));
        // The column totals and the grand total add the districts only, never a subtotal as well.
        assertEquals(10 + 8 + 20 + 15 + 5 + 7, p.columnTotals()[f].value(e));
        assertEquals(10 + 12 + 8 + 9 + 20 + 18 + 15 + 14 + 5 + 6 + 7 + 4, p.total().value(e));

        Pivot without = buildInTwoRegions(ex.withSubtotals(false), school("S1", "D1", "rural", 1, 1, 1, 1, 1, 1));
        assertEquals(List.of(List.of("R1", "D1")), without.rowKeys());
        Pivot oneDimension = buildInTwoRegions(table("enrolment", List.of(Dimension.DISTRICT), List.of(), Map.of())
                .withSubtotals(true), school("S1", "D1", "rural", 1, 1, 1, 1, 1, 1));
        assertEquals(List.of(List.of("D1")), oneDimension.rowKeys(), "one row dimension has no subtotals");
    }

    @Test
    void aSubtotalOverGradesCountsEachSchoolOnceAndARatioSubtotalIsMarkedPartial() {
        Exploration ex = table("enrolment", List.of(Dimension.DISTRICT, Dimension.GRADE), List.of(), Map.of())
                .withSubtotals(true);
        Pivot p = buildInTwoRegions(ex,
                school("S1", "D1", "rural", 10, 12, 8, 9, 2, 1),
                school("S2", "D1", "urban", 20, 18, 15, 14, 3, 2));
        int d1 = row(p, "D1", Dimension.ALL);
        assertEquals(10 + 12 + 8 + 9 + 20 + 18 + 15 + 14, p.cell(d1, 0).value(ex.measure()));
        assertEquals(2, p.cell(d1, 0).reported(), "two schools, though each is in both grade rows");
        assertEquals(10 + 12 + 20 + 18, p.cell(row(p, "D1", "G1"), 0).value(ex.measure()));

        Exploration ptr = table("pupils_per_teacher", List.of(Dimension.REGION, Dimension.DISTRICT), List.of(),
                Map.of()).withSubtotals(true);
        Pivot q = buildInTwoRegions(ptr,
                school("S1", "D1", "rural", 10, 12, 8, 9, 2, 1),
                school("S2", "D2", "urban", 20, 18, 15, 14, 3, 2),
                school("S3", "D2", "rural", 50, 50, 50, 50, null, null));
        Cell r1 = q.cell(row(q, "R1", Dimension.ALL), 0);
        // S3 gives no teachers: its pupils stay out of the ratio and the subtotal says one school is missing.
        assertEquals((10 + 12 + 8 + 9 + 20 + 18 + 15 + 14) / (double) (2 + 1 + 3 + 2), r1.value(ptr.measure()), 1e-9);
        assertTrue(r1.partial());
        assertEquals(1, r1.notReported());
        assertEquals(2, r1.reported());
    }
}
