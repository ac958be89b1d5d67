package org.emisworkbench.indicators;

import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.AreaSelector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Sex;
import org.junit.jupiter.api.Test;

/**
 * Parity indices as UIS publishes them (adjusted: F/M when F ≤ M, else 2 − M/F), for sex and for
 * location. The expected figures are worked out here from the counts the test writes.
 */
class ParityIndexTest {
    private static final double EPS = 1e-9;

    /** The UIS definition, written out again so that the test does not trust the code under test. */
    private static double uis(double f, double m) {
        return f <= m ? f / m : 2 - m / f;
    }

    @Test
    void theAdjustedIndexIsSymmetricAroundParity() {
        assertEquals(0.5, Parity.adjusted(1, 2), EPS);
        assertEquals(1.5, Parity.adjusted(2, 1), EPS); // the plain quotient would say 2
        assertEquals(1.0, Parity.adjusted(3, 3), EPS);
        assertEquals(0.0, Parity.adjusted(0, 3), EPS);
        assertEquals(2 - Parity.adjusted(4, 5), Parity.adjusted(5, 4), 0.05); // near-mirror around 1
        assertThrows(IllegalArgumentException.class, () -> Parity.adjusted(1, 0));
    }

    /** D09: more girls than boys; two rural schools, one urban, one whose locality is not said. */
    private static Map<String, IndicatorValue> d09() {
        TestCensus c = new TestCensus(2024)
                .school("R1", "D09", "rural").school("R2", "D09", "Rural ").school("U1", "D09", "urban")
                .school("X1", "D09", null);
        // Ages in the official range (primary G1 age 6, G3 age 8), so NER counts every pupil.
        c.pupils("R1", 1, Sex.F, AgeGroup.of(6), 40).pupils("R1", 1, Sex.M, AgeGroup.of(6), 30);
        c.pupils("R2", 3, Sex.F, AgeGroup.of(8), 20).pupils("R2", 3, Sex.M, AgeGroup.of(8), 18);
        c.pupils("U1", 1, Sex.F, AgeGroup.of(6), 25).pupils("U1", 1, Sex.M, AgeGroup.of(6), 27);
        c.pupils("X1", 2, Sex.F, AgeGroup.of(7), 10).pupils("X1", 2, Sex.M, AgeGroup.of(7), 10);
        c.teachers("R1", 1, 1).teachers("R2", 0, 1).teachers("U1", 2, 2).teachers("X1", 1, 0);
        c.population("D09", 30, 20);
        return TestCensus.byId(IndicatorCalculator.compute(c.inputs(Map.of()), AreaSelector.district("D09"),
                "primary"));
    }

    @Test
    void genderParityIsAdjustedWhenGirlsAreAhead() {
        Map<String, IndicatorValue> v = d09();
        double girls = 40 + 20 + 25 + 10;
        double boys = 30 + 18 + 27 + 10;
        IndicatorValue gpi = v.get("gpi_enrolment");
        assertEquals(2 - boys / girls, gpi.value(), EPS);
        assertTrue(gpi.value() < girls / boys, "the plain quotient overstates a disparity against boys");
        assertEquals(girls, gpi.numerator(), EPS);
        assertEquals(boys, gpi.denominator(), EPS);
        // GER: population 30 girls and 20 boys a year, ages 6–11.
        double gerF = girls / (6 * 30) * 100;
        double gerM = boys / (6 * 20) * 100;
        assertTrue(gerF < gerM);
        assertEquals(uis(gerF, gerM), v.get("gpi_ger").value(), EPS);
        assertEquals(gerF / gerM, v.get("gpi_ger").value(), EPS);
        // Every pupil is of official age: NER = GER.
        assertEquals(uis(gerF, gerM), v.get("gpi_ner").value(), EPS);
    }

    @Test
    void locationParityOfThePupilTeacherRatioCountsSchoolsWhoseLocalityIsKnown() {
        IndicatorValue lpi = d09().get("lpi_pupil_teacher_ratio");
        double rural = (70.0 + 38) / (2 + 1); // R1 and R2 ("Rural " is the same code)
        double urban = 52.0 / 4;
        assertTrue(lpi.available(), lpi.reason());
        assertEquals(rural, lpi.numerator(), EPS);
        assertEquals(urban, lpi.denominator(), EPS);
        assertEquals(2 - urban / rural, lpi.value(), EPS);
        assertEquals(3, lpi.coverage().counted()); // X1 has no locality
        assertEquals(4, lpi.coverage().returns());
    }

    @Test
    void aSchoolGivingItsTeachersForOneSexOnlyMarksLocationParityAndPupilsPerQualifiedTeacher() {
        // R1 (rural) gives its women teachers only, the men's total blank; U1 (urban) gives both sexes; X1 (no
        // locality) gives one sex too but is not in the location index. N1 has no men teachers at all and leaves
        // the men's qualified blank: all its qualified teachers are counted, so it marks nothing.
        TestCensus c = new TestCensus(2024).school("R1", "D08", "rural").school("U1", "D08", "urban")
                .school("X1", "D08", null).school("N1", "D08", "urban");
        c.pupils("R1", 1, Sex.F, AgeGroup.ALL, 30).pupils("U1", 1, Sex.M, AgeGroup.ALL, 40)
                .pupils("X1", 1, Sex.F, AgeGroup.ALL, 20).pupils("N1", 1, Sex.F, AgeGroup.ALL, 10);
        c.staff("R1", Sex.F, Map.of("total", 2, "qualified", 1));
        c.staff("U1", Sex.F, Map.of("total", 1, "qualified", 1)).staff("U1", Sex.M, Map.of("total", 1, "qualified", 0));
        c.staff("X1", Sex.M, Map.of("total", 1, "qualified", 1));
        c.staff("N1", Sex.F, Map.of("total", 1, "qualified", 1)).staff("N1", Sex.M, Map.of("total", 0));
        Map<String, IndicatorValue> v = TestCensus.byId(IndicatorCalculator.compute(c.inputs(Map.of()),
                AreaSelector.district("D08"), "primary"));
        IndicatorValue lpi = v.get("lpi_pupil_teacher_ratio");
        assertTrue(lpi.available(), lpi.reason());
        assertEquals(30.0 / 2, lpi.numerator(), EPS);
        assertEquals((40.0 + 10) / (2 + 1), lpi.denominator(), EPS);
        assertTrue(lpi.note().contains("1 of the 3 primary schools in D08 counted (rural or urban) give their teachers"
                + " for one sex only"), lpi.note());
        IndicatorValue pqtr = v.get("pupil_qualified_teacher_ratio");
        assertEquals((30.0 + 40 + 20 + 10) / (1 + 1 + 1 + 1), pqtr.value(), EPS);
        // R1 and X1 leave a sex's qualified blank with that sex's teachers not known to be none; N1 does not count.
        assertTrue(pqtr.note().contains("2 of the 4 primary schools in D08 counted give their qualified teachers for"
                + " one sex only"), pqtr.note());
    }

    @Test
    void withoutUrbanSchoolsLocationParityIsNotAvailableAndSaysWhy() {
        TestCensus c = new TestCensus(2024).school("R1", "D07", "rural").school("X1", "D07", null);
        c.pupils("R1", 1, Sex.F, AgeGroup.ALL, 12).pupils("X1", 1, Sex.M, AgeGroup.ALL, 9);
        c.teachers("R1", 1, 0).teachers("X1", 1, 0);
        IndicatorValue lpi = TestCensus.byId(IndicatorCalculator.compute(c.inputs(Map.of()),
                AreaSelector.district("D07"), "primary")).get("lpi_pupil_teacher_ratio");
        assertFalse(lpi.available());
        assertEquals(null, lpi.value());
        assertTrue(lpi.reason().startsWith("no urban primary school in D07"), lpi.reason());
        assertTrue(lpi.why().in(java.util.Locale.FRENCH).startsWith("aucune école urbaine"), lpi.why().in(java.util.Locale.FRENCH));
    }
}
