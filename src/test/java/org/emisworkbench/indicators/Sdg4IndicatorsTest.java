package org.emisworkbench.indicators;

import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.Breakdown;
import org.emisworkbench.model.AreaSelector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Sex;
import org.junit.jupiter.api.Test;

/**
 * SDG 4.a.1 (schools with each basic facility) and SDG 4.c (trained and qualified teachers by sex), worked out
 * by hand from the schools the test writes: a school that leaves a question blank is not a "no".
 */
class Sdg4IndicatorsTest {
    private static final double EPS = 1e-9;

    /**
     * Four primary schools of D05. A answers every question, B answers most with "no" (0) and leaves
     * internet and computers blank, C answers only electricity and toilets, D has no facilities row at all.
     */
    private static Map<String, IndicatorValue> d05() {
        TestCensus c = new TestCensus(2025).school("A", "D05", "urban").school("B", "D05", "rural")
                .school("C", "D05", "rural").school("D", "D05", "rural");
        for (String s : new String[] {"A", "B", "C", "D"}) {
            c.pupils(s, 1, Sex.F, AgeGroup.ALL, 20).pupils(s, 1, Sex.M, AgeGroup.ALL, 20);
        }
        c.facilities("A", Map.of("electricity", 1, "internet", 1, "computers", 12, "adapted_infrastructure", 1,
                "drinking_water", 1, "handwashing", 1, "toilets_girls", 2, "toilets_boys", 2));
        c.facilities("B", Map.of("electricity", 0, "adapted_infrastructure", 0, "drinking_water", 1,
                "handwashing", 0, "toilets_mixed", 2));
        c.facilities("C", Map.of("electricity", 1, "toilets_girls", 1, "toilets_boys", 0));
        // Teachers: A 3 women (2 trained, 3 qualified) and 2 men (1 trained, 1 qualified); B 1 woman, 4 men,
        // training given (woman 1, men 1) but qualification left blank; C and D no teachers' row.
        c.staff("A", Sex.F, Map.of("total", 3, "trained", 2, "qualified", 3));
        c.staff("A", Sex.M, Map.of("total", 2, "trained", 1, "qualified", 1));
        c.staff("B", Sex.F, Map.of("total", 1, "trained", 1));
        c.staff("B", Sex.M, Map.of("total", 4, "trained", 1));
        return TestCensus.byId(IndicatorCalculator.compute(c.inputs(Map.of()), AreaSelector.district("D05"),
                "primary"));
    }

    private static void share(Map<String, IndicatorValue> v, String id, int with, int answering) {
        IndicatorValue x = v.get(id);
        assertTrue(x.available(), id);
        assertEquals(100.0 * with / answering, x.value(), EPS, id);
        assertEquals(with, x.numerator(), EPS, id);
        assertEquals(answering, x.denominator(), EPS, id);
        assertEquals(answering, x.coverage().counted(), id);
    }

    @Test
    void eachFacilityOverTheSchoolsThatAnswer() {
        Map<String, IndicatorValue> v = d05();
        share(v, "schools_with_electricity_pct", 2, 3);        // A yes, B no, C yes
        share(v, "schools_with_internet_pct", 1, 1);           // A only: B and C left it blank
        share(v, "schools_with_computers_pct", 1, 1);          // A's 12 computers count as "has"
        share(v, "schools_with_adapted_infrastructure_pct", 1, 2);
        share(v, "schools_with_water_pct", 2, 2);
        share(v, "schools_with_single_sex_toilets_pct", 1, 3); // A both; B mixed only; C no boys' toilets
        share(v, "schools_with_handwashing_pct", 1, 2);
    }

    @Test
    void aFigureSomeSchoolsDidNotAnswerIsMarkedPartial() {
        Map<String, IndicatorValue> v = d05();
        IndicatorValue internet = v.get("schools_with_internet_pct");
        assertEquals("partial: 1 of the 4 primary schools in D05 report it; the others are left out, not counted"
                + " as without", internet.note());
        assertTrue(internet.caveat().in(Locale.FRENCH).startsWith("partiel : 1 sur 4"));
        assertEquals("partial: 3 of the 4 primary schools in D05 report it; the others are left out, not counted"
                + " as without", v.get("schools_with_electricity_pct").note());
    }

    @Test
    void noSchoolAnsweringIsNotAvailableNotZero() {
        TestCensus c = new TestCensus(2025).school("A", "D06", "urban");
        c.pupils("A", 1, Sex.F, AgeGroup.ALL, 5).facilities("A", Map.of("electricity", 0));
        Map<String, IndicatorValue> v = TestCensus.byId(IndicatorCalculator.compute(c.inputs(Map.of()),
                AreaSelector.district("D06"), "primary"));
        assertEquals(0.0, v.get("schools_with_electricity_pct").value(), EPS);
        assertNull(v.get("schools_with_electricity_pct").note(), "every school answered");
        IndicatorValue internet = v.get("schools_with_internet_pct");
        assertFalse(internet.available());
        assertEquals("no primary schools in D06 answer the internet question", internet.reason());
    }

    @Test
    void trainedAndQualifiedTeachersBySex() {
        Map<String, IndicatorValue> v = d05();
        IndicatorValue trained = v.get("trained_teachers_pct");
        // Both schools give training: women (2 + 1) of (3 + 1), men (1 + 1) of (2 + 4).
        assertEquals(100.0 * (2 + 1 + 1 + 1) / (3 + 1 + 2 + 4), trained.value(), EPS);
        assertEquals(100.0 * 3 / 4, trained.bySex().get("F").value(), EPS);
        assertEquals(100.0 * 2 / 6, trained.bySex().get("M").value(), EPS);
        assertEquals(2, trained.coverage().counted());
        // Qualification: only A says; B's teachers are left out of the denominator too.
        IndicatorValue qualified = v.get("qualified_teachers_pct");
        assertEquals(100.0 * (3 + 1) / (3 + 2), qualified.value(), EPS);
        assertEquals(100.0, qualified.bySex().get("F").value(), EPS);
        assertEquals(50.0, qualified.bySex().get("M").value(), EPS);
        assertEquals(1, qualified.coverage().counted());
        assertTrue(qualified.note().startsWith("partial: 1 of the 4 primary schools in D05"));
    }

    /** Teachers reported by sex, none with their qualification: each sex says that, not "no women teachers". */
    @Test
    void teachersWithoutTheirQualificationAreNotCalledAbsentForEitherSex() {
        TestCensus c = new TestCensus(2025).school("A", "D07", "urban");
        c.pupils("A", 1, Sex.F, AgeGroup.ALL, 30).pupils("A", 1, Sex.M, AgeGroup.ALL, 30);
        c.staff("A", Sex.F, Map.of("total", 3)).staff("A", Sex.M, Map.of("total", 2));
        Map<String, IndicatorValue> v = TestCensus.byId(IndicatorCalculator.compute(c.inputs(Map.of()),
                AreaSelector.district("D07"), "primary"));
        IndicatorValue qualified = v.get("qualified_teachers_pct");
        assertFalse(qualified.available());
        assertEquals(2, qualified.bySex().size());
        for (String sex : new String[] {"F", "M"}) {
            Breakdown b = qualified.bySex().get(sex);
            assertFalse(b.available(), sex);
            assertEquals(qualified.reason(), b.why().english(), sex);
        }
        assertTrue(qualified.reason().contains("qualification"), qualified.reason());
    }
}
