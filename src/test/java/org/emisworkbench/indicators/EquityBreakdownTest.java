package org.emisworkbench.indicators;

import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.AreaSelector;
import org.emisworkbench.model.SchoolGroup;
import org.emisworkbench.model.IndicatorSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Sex;
import org.junit.jupiter.api.Test;

/** The indicators of an area's schools split by locality and by ownership, worked out from the test's counts. */
class EquityBreakdownTest {
    private static final double EPS = 1e-9;

    private static IndicatorInputs census() {
        TestCensus c = new TestCensus(2024).school("R1", "D08", "rural", "public")
                .school("R2", "D08", "Rural", "Private").school("U1", "D08", "urban", "public")
                .school("X1", "D08", null, "public").school("O1", "D09", "urban", "private");
        c.pupils("R1", 1, Sex.F, AgeGroup.ALL, 25).pupils("R1", 1, Sex.M, AgeGroup.ALL, 15).teachers("R1", 1, 1);
        c.pupils("R2", 2, Sex.F, AgeGroup.ALL, 10).pupils("R2", 2, Sex.M, AgeGroup.ALL, 20).teachers("R2", 0, 1);
        c.pupils("U1", 1, Sex.F, AgeGroup.ALL, 30).pupils("U1", 1, Sex.M, AgeGroup.ALL, 30).teachers("U1", 2, 0);
        c.pupils("X1", 3, Sex.F, AgeGroup.ALL, 4).pupils("X1", 3, Sex.M, AgeGroup.ALL, 6).teachers("X1", 1, 0);
        c.pupils("O1", 1, Sex.F, AgeGroup.ALL, 99).teachers("O1", 1, 0); // another district: never counted
        c.population("D08", 20, 20);
        return c.inputs(Map.of());
    }

    private static Map<String, Map<String, IndicatorValue>> by(SchoolGroup group) {
        Map<String, Map<String, IndicatorValue>> out = new java.util.LinkedHashMap<>();
        IndicatorCalculator.computeByGroup(census(), AreaSelector.district("D08"), "primary",
                IndicatorSettings.DEFAULT, group).forEach((g, values) -> out.put(g, TestCensus.byId(values)));
        return out;
    }

    @Test
    void byLocalityEachGroupHasItsOwnSchools() {
        Map<String, Map<String, IndicatorValue>> v = by(SchoolGroup.LOCALITY);
        assertEquals(List.of("rural", "unknown", "urban"), List.copyOf(v.keySet()));
        assertEquals(40 + 30, v.get("rural").get("enrolment_total").value(), EPS);
        assertEquals((40.0 + 30) / (2 + 1), v.get("rural").get("pupil_teacher_ratio").value(), EPS);
        assertEquals(60.0 / 2, v.get("urban").get("pupil_teacher_ratio").value(), EPS);
        assertEquals(10.0, v.get("unknown").get("enrolment_total").value(), EPS);
        assertEquals(2, v.get("rural").get("enrolment_total").coverage().counted());
        // Girls 35, boys 35 in rural schools: parity 1.
        assertEquals(1.0, v.get("rural").get("gpi_enrolment").value(), EPS);
        IndicatorValue ger = v.get("urban").get("ger");
        assertFalse(ger.available());
        assertEquals("population figures and the master list are not kept by locality", ger.reason());
        assertFalse(v.get("urban").get("completeness_pct").available());
        assertEquals(ger.reason(), v.get("urban").get("completeness_pct").reason());
        // The groups' schools add up to the district's.
        double district = TestCensus.byId(IndicatorCalculator.compute(census(), AreaSelector.district("D08"),
                "primary")).get("enrolment_total").value();
        assertEquals(district, v.values().stream().mapToDouble(g -> g.get("enrolment_total").value()).sum(), EPS);
    }

    @Test
    void byOwnershipCodesAreReadWhateverTheirCase() {
        Map<String, Map<String, IndicatorValue>> v = by(SchoolGroup.OWNERSHIP);
        assertEquals(List.of("private", "public"), List.copyOf(v.keySet()));
        assertEquals(30.0 / 1, v.get("private").get("pupil_teacher_ratio").value(), EPS);
        assertEquals((40.0 + 60 + 10) / (2 + 2 + 1), v.get("public").get("pupil_teacher_ratio").value(), EPS);
        assertEquals("les chiffres de population et la liste des écoles ne sont pas tenus par statut",
                v.get("public").get("ger").why().in(java.util.Locale.FRENCH));
    }
}
