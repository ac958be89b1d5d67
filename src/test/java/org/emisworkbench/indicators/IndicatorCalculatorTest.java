package org.emisworkbench.indicators;

import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.AreaSelector;
import org.emisworkbench.model.IndicatorSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every figure here was worked out by hand from {@link IndicatorFixture}; the arithmetic is in the comments. */
class IndicatorCalculatorTest {
    private static final double EPS = 1e-6;
    private static final IndicatorInputs IN = IndicatorFixture.inputs(true);

    private static Map<String, IndicatorValue> of(AreaSelector area) {
        List<IndicatorValue> values = IndicatorCalculator.compute(IN, area, null);
        Map<String, IndicatorValue> m = new java.util.LinkedHashMap<>();
        values.forEach(v -> m.put(v.id(), v));
        return m;
    }

    private static final Map<String, IndicatorValue> D01 = of(AreaSelector.district("D01"));
    private static final Map<String, IndicatorValue> D02 = of(AreaSelector.district("D02"));

    @Test
    void everyCatalogueIdComesOnceInCatalogueOrder() {
        List<String> ids = IndicatorCalculator.compute(IN, AreaSelector.district("D01"), "primary").stream()
                .map(IndicatorValue::id).toList();
        assertEquals(IndicatorCatalogue.all().stream().map(IndicatorDefinition::id).toList(), ids);
        assertEquals(32, ids.size());
        assertEquals("primary", D01.get("ger").level());
        assertEquals(2024, D01.get("ger").year());
    }

    @Test
    void enrolmentAndItsParityIndex() {
        // girls S1 90 + S2 24 (13 + 11) = 114; boys S1 95 + S2 22 (13 + 9) = 117.
        assertEquals(231, D01.get("enrolment_total").value(), EPS);
        assertEquals(114, D01.get("enrolment_female").value(), EPS);
        assertEquals(117, D01.get("enrolment_male").value(), EPS);
        assertEquals(60 + 26, D01.get("enrolment_total").byGrade().get("G1").value(), EPS);
        assertEquals(114.0 / 117, D01.get("gpi_enrolment").value(), EPS);
        assertEquals(2, D01.get("enrolment_total").coverage().counted());
    }

    @Test
    void grossEnrolmentRatioAndItsParityIndex() {
        // P(6–11): girls 40 + 5 × 30 = 190, boys 44 + 5 × 32 = 204.
        IndicatorValue ger = D01.get("ger");
        assertEquals(231.0 / 394 * 100, ger.value(), EPS);
        assertEquals(231, ger.numerator(), EPS);
        assertEquals(394, ger.denominator(), EPS);
        assertEquals(60.0, ger.bySex().get("F").value(), EPS);
        assertEquals(117.0 / 204 * 100, ger.bySex().get("M").value(), EPS);
        // Girls ahead (60 > 57.35): the adjusted index 2 − M/F, not the plain quotient F/M.
        assertEquals(2 - (117.0 / 204 * 100) / 60.0, D01.get("gpi_ger").value(), EPS);
    }

    @Test
    void netEnrolmentRatioNeedsEnoughPupilsOfKnownAge() {
        // S2 alone gives ages: girls 12 (G1, "unknown" 1 not) + 11, boys 13 + 9 = 45 of 231 pupils (19.5 %).
        IndicatorValue ner = D01.get("ner");
        assertFalse(ner.available());
        assertEquals("the age of only 19.5 % of the pupils in primary grades in D01 is known, below the 50 % needed"
                + " to estimate the others", ner.reason());
        // With no threshold, S1's G3–G6 pupils still cannot be estimated: no pupil of G3 in D01 has a known age.
        IndicatorValue any = IndicatorCalculator.compute(IN, AreaSelector.district("D01"), null,
                new IndicatorSettings(0)).stream().filter(v -> v.id().equals("ner")).findFirst().orElseThrow();
        assertEquals("no pupil of G3 in D01 has a known age, so the ages of its pupils cannot be estimated",
                any.reason());
    }

    @Test
    void grossIntakeRatio() {
        // entrants 25 + 24 + 10 + 11 = 70; P(6) = 40 + 44.
        IndicatorValue gir = D01.get("gir");
        assertEquals(70.0 / 84 * 100, gir.value(), EPS);
        assertEquals(35.0 / 40 * 100, gir.bySex().get("F").value(), EPS);
    }

    @Test
    void teachersAndClassrooms() {
        // PTR: S1 185 pupils / 6 teachers, S2 46 / 1 (women only) → 231 / 7.
        assertEquals(33.0, D01.get("pupil_teacher_ratio").value(), EPS);
        // S2's woman alone is counted, never silently (decision 0077).
        assertTrue(D01.get("pupil_teacher_ratio").note().contains("1 of the 2 primary schools in D01 counted give"
                + " their teachers for one sex only"), D01.get("pupil_teacher_ratio").note());
        // Qualified: S1 3 + 1, S2 0 → 231 / 4.
        assertEquals(57.75, D01.get("pupil_qualified_teacher_ratio").value(), EPS);
        // S2 gives its women's qualified teachers, the men's and the men's total blank: marked, never silent.
        assertTrue(D01.get("pupil_qualified_teacher_ratio").note().contains("1 of the 2 primary schools in D01"
                + " counted give their qualified teachers for one sex only"),
                D01.get("pupil_qualified_teacher_ratio").note());
        // % qualified: women 3 of 4 (S1) + 0 of 1 (S2), men 1 of 2 → 4 of 7.
        IndicatorValue q = D01.get("qualified_teachers_pct");
        assertEquals(400.0 / 7, q.value(), EPS);
        assertEquals(60.0, q.bySex().get("F").value(), EPS);
        assertEquals(50.0, q.bySex().get("M").value(), EPS);
        // % female: S1 only (S2 leaves men blank) 4 of 6.
        assertEquals(400.0 / 6, D01.get("female_teachers_pct").value(), EPS);
        assertEquals(1, D01.get("female_teachers_pct").coverage().counted());
        // Rooms: S1 185 pupils / (3 good + 2 fair); S2 reports no rooms.
        assertEquals(37.0, D01.get("pupil_classroom_ratio_usable").value(), EPS);
    }

    @Test
    void facilitiesAndCompleteness() {
        assertEquals(50.0, D01.get("schools_with_electricity_pct").value(), EPS); // S1 yes, S2 0
        assertEquals(50.0, D01.get("schools_with_water_pct").value(), EPS); // S1 0, S2 yes
        // S1 girls 2 and boys 2; S2 mixed toilets only.
        assertEquals(50.0, D01.get("schools_with_single_sex_toilets_pct").value(), EPS);
        IndicatorValue c = D01.get("completeness_pct");
        assertEquals(200.0 / 3, c.value(), EPS); // S1, S2 of S1, S2, S4
        assertEquals("all", c.level());
        assertEquals(100.0, D02.get("completeness_pct").value(), EPS);
    }

    @Test
    void repeatersAndOverAgePupils() {
        // S1 only (S2 reports no repeaters): 3 + 2 + 5 + 3 = 13 of 185.
        IndicatorValue rep = D01.get("repeaters_pct");
        assertEquals(1300.0 / 185, rep.value(), EPS);
        assertEquals(800.0 / 60, rep.byGrade().get("G1").value(), EPS);
        // S2: known ages 12 + 11 + 13 + 9 = 45 of 231 pupils: too few to estimate the others' over-age.
        IndicatorValue over = D01.get("overage_pct");
        assertFalse(over.available());
        assertTrue(over.reason().startsWith("the age of only 19.5 % of the pupils"), over.reason());
    }

    @Test
    void flowRatesPerGradeOverTheSameSchoolsBothYears() {
        IndicatorValue r = D01.get("repetition_rate");
        // G1: R(G1,2025) S1 2 + 4, S2 1 + 1 = 8 over E(G1,2024) 60 + 26.
        assertEquals(8.0 / 86, r.byGrade().get("G1").value(), EPS);
        assertEquals(8, r.byGrade().get("G1").numerator(), EPS);
        assertEquals(86, r.byGrade().get("G1").denominator(), EPS);
        assertEquals(6.0 / 65, r.byGrade().get("G2").value(), EPS);
        assertEquals(3.0 / 20, r.byGrade().get("G3").value(), EPS); // S2 has no G3 in 2024
        assertEquals(17.0 / 231, r.value(), EPS);
        IndicatorValue p = D01.get("promotion_rate");
        // G1: non-repeaters of G2 in 2025: S1 (26 − 3) + (27 − 2), S2 (12 − 1) + (10 − 0) = 69.
        assertEquals(69.0 / 86, p.byGrade().get("G1").value(), EPS);
        assertEquals(55.0 / 65, p.byGrade().get("G2").value(), EPS);
        assertEquals(0.8, p.byGrade().get("G3").value(), EPS);
        assertEquals(0.9, p.byGrade().get("G4").value(), EPS);
        assertEquals(0.95, p.byGrade().get("G5").value(), EPS);
        assertFalse(p.byGrade().get("G6").available());
        assertEquals(177.0 / 211, p.value(), EPS);
        IndicatorValue d = D01.get("dropout_rate");
        assertEquals(9.0 / 86, d.byGrade().get("G1").value(), EPS); // 1 − 69/86 − 8/86
        assertEquals(4.0 / 65, d.byGrade().get("G2").value(), EPS);
        assertEquals(0.05, d.byGrade().get("G3").value(), EPS);
        assertEquals(17.0 / 211, d.value(), EPS);
        assertEquals(2, p.coverage().counted());
    }

    @Test
    void promotionUsesTheNextGradeOfTheNextYear() {
        // The trap: [E(g,t+1) − R(g,t+1)] / E(g,t) would give (26 + 27 + 13 + 11) / 86 for G1.
        double trap = 77.0 / 86;
        double promotion = D01.get("promotion_rate").byGrade().get("G1").value();
        assertNotEquals(trap, promotion, 0.01);
        assertEquals(69.0 / 86, promotion, EPS);
    }

    @Test
    void survivalByReconstructedCohort() {
        // reach(g+1) = reach(g) × p(g) × (1 + r(g) + r(g)²), from 1000 pupils in G1.
        double[] p = {69.0 / 86, 55.0 / 65, 0.8, 0.9, 0.95};
        double[] r = {8.0 / 86, 6.0 / 65, 0.15, 0, 0};
        double reach = 1000;
        for (int g = 0; g < 5; g++) {
            reach *= p[g] * (1 + r[g] + r[g] * r[g]);
        }
        IndicatorValue s = D01.get("survival_rate_last_grade");
        assertEquals(66.03020863620614, s.value(), 1e-9);
        assertEquals(reach / 10, s.value(), EPS);
        assertEquals(reach, s.numerator(), EPS);
        assertEquals(1000, s.denominator(), EPS);
        assertEquals(100.0, s.byGrade().get("G1").value(), EPS);
    }

    @Test
    void zeroTeachersAndMissingPopulationAreNotAvailableWithTheirReason() {
        IndicatorValue ptr = D02.get("pupil_teacher_ratio");
        assertFalse(ptr.available());
        assertNull(ptr.value());
        assertEquals("teachers reported as 0 by primary schools in D02", ptr.reason());
        assertEquals(0, ptr.denominator(), EPS);
        assertFalse(D02.get("pupil_classroom_ratio_usable").available());
        IndicatorValue ger = D02.get("ger");
        assertFalse(ger.available());
        assertEquals("no population figures for ages 6–11 in D02: the population of 2024 is held for D01 (are the "
                + "districts written alike in the returns and in the population file, codes or names?)", ger.reason());
        assertFalse(D02.get("gpi_ger").available());
        assertEquals("no school in D02 reports enrolment by age", D02.get("ner").reason());
        // S3 has no 2025 return.
        assertEquals("no school in D02 reports enrolment in 2024 and repeaters in 2025",
                D02.get("promotion_rate").reason());
        assertFalse(D02.get("schools_with_electricity_pct").available());
    }

    @Test
    void withoutTheNextYearFlowRatesAreNotAvailable() {
        IndicatorInputs noNext = IndicatorFixture.inputs(false);
        Map<String, IndicatorValue> m = new java.util.HashMap<>();
        IndicatorCalculator.compute(noNext, AreaSelector.district("D01"), "primary").forEach(v -> m.put(v.id(), v));
        for (String id : List.of("repetition_rate", "promotion_rate", "dropout_rate", "survival_rate_last_grade")) {
            assertFalse(m.get(id).available(), id);
            assertEquals("no returns for 2025: flow rates need the next year's enrolment and repeaters",
                    m.get(id).reason());
        }
        assertEquals(33.0, m.get("pupil_teacher_ratio").value(), EPS);
    }

    @Test
    void withoutPopulationOrMasterListTheRatiosSayWhy() {
        IndicatorInputs bare = IndicatorInputs.of(IndicatorFixture.census(2024, IndicatorFixture.year2024()), null,
                List.of(), null, Map.of());
        Map<String, IndicatorValue> m = new java.util.HashMap<>();
        IndicatorCalculator.compute(bare, AreaSelector.district("D01"), null).forEach(v -> m.put(v.id(), v));
        assertEquals("no population figures for 2024", m.get("ger").reason());
        assertEquals("no master list: the schools expected are not known", m.get("completeness_pct").reason());
        assertEquals(2, m.get("ger").coverage().counted());
        assertNull(m.get("ger").coverage().expected());
        assertEquals(1.0, m.get("enrolment_total").coverage().share(), EPS);
        IndicatorCalculator.compute(bare, AreaSelector.region("R1"), null)
                .forEach(v -> assertEquals("regions are not available: no district has a parent region in the area list",
                        v.reason(), v.id()));
    }

    @Test
    void schoolRegionAndCountry() {
        Map<String, IndicatorValue> s1 = of(AreaSelector.school("S1"));
        assertEquals(185.0 / 6, s1.get("pupil_teacher_ratio").value(), EPS);
        assertEquals("population figures are kept by district, not by school", s1.get("ger").reason());
        assertEquals(100.0, s1.get("completeness_pct").value(), EPS);
        // A school's reasons name the school, never "primary schools in school S3".
        Map<String, IndicatorValue> s3 = of(AreaSelector.school("S3"));
        assertEquals("teachers reported as 0 by school S3", s3.get("pupil_teacher_ratio").reason());
        s3.values().forEach(v -> assertFalse(v.reason() != null && v.reason().contains("schools in school"),
                v.id() + ": " + v.reason()));
        Map<String, IndicatorValue> r1 = of(AreaSelector.region("R1"));
        assertEquals(231 + 92, r1.get("enrolment_total").value(), EPS);
        assertEquals("no population figures for ages 6–11 in D02", r1.get("ger").reason());
        assertEquals(300.0 / 4, r1.get("completeness_pct").value(), EPS);
        Map<String, IndicatorValue> country = of(AreaSelector.country());
        assertEquals(323, country.get("enrolment_total").value(), EPS);
        // PTR of the country: D02's zero teachers add pupils and no teachers: (231 + 92) / 7.
        assertEquals(323.0 / 7, country.get("pupil_teacher_ratio").value(), EPS);
    }

    @Test
    void allDistrictsAtOnceMatchOneByOne() {
        Map<String, List<IndicatorValue>> all = IndicatorCalculator.computeAll(IN, AreaSelector.Kind.DISTRICT, "primary");
        assertEquals(List.of("D01", "D02"), List.copyOf(all.keySet()));
        assertEquals(IndicatorCalculator.compute(IN, AreaSelector.district("D01"), "primary"), all.get("D01"));
        assertEquals(List.of("R1"), List.copyOf(IndicatorCalculator.computeAll(IN, AreaSelector.Kind.REGION, null).keySet()));
    }

    @Test
    void otherLevelsUseTheirOwnGradesAndAges() {
        Map<String, IndicatorValue> m = new java.util.HashMap<>();
        IndicatorCalculator.compute(IN, AreaSelector.district("D01"), "lower_secondary").forEach(v -> m.put(v.id(), v));
        assertFalse(m.get("enrolment_total").available());
        assertEquals("no school in D01 reports enrolment in lower secondary grades", m.get("enrolment_total").reason());
        // No lower-secondary school: PTR not available rather than 0.
        assertEquals("no teachers reported by lower secondary schools in D01", m.get("pupil_teacher_ratio").reason());
    }
}
