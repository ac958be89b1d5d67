package org.emisworkbench.indicators;

import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.AreaSelector;
import org.emisworkbench.model.IndicatorSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Sex;
import org.junit.jupiter.api.Test;

/**
 * NER and over-age with pupils of unknown age estimated the UIS way: from the ages reported in the
 * same grade, sex and district. Every expected figure is worked out below from the counts the test
 * writes, cell by cell: E pupils enrolled, K of known (placeable) age, O of those counted; the estimate
 * of a cell is O + (E − K) × O / K.
 */
class AgeEstimateTest {
    private static final double EPS = 1e-9;
    private static final AgeGroup UNKNOWN = AgeGroup.UNKNOWN;
    private static final AgeGroup ALL = AgeGroup.ALL;

    private static double cell(double e, double k, double o) {
        return o + (e - k) * o / k;
    }

    /**
     * D01: A1 and A3 report ages, A2 does not. D02: B1 reports ages (one band, "6 and under" in G2, that
     * NER cannot place but over-age can), B2 does not. Population 30 girls and 30 boys a year in each.
     */
    private static IndicatorInputs census() {
        TestCensus c = new TestCensus(2024).school("A1", "D01", null).school("A2", "D01", null)
                .school("A3", "D01", null).school("B1", "D02", null).school("B2", "D02", null);
        c.pupils("A1", 1, Sex.F, AgeGroup.of(6), 20).pupils("A1", 1, Sex.F, AgeGroup.of(7), 5)
                .pupils("A1", 1, Sex.F, AgeGroup.of(9), 5).pupils("A1", 1, Sex.F, UNKNOWN, 2);
        c.pupils("A1", 1, Sex.M, AgeGroup.of(6), 18).pupils("A1", 1, Sex.M, AgeGroup.of(5), 4)
                .pupils("A1", 1, Sex.M, AgeGroup.of(8), 3);
        c.pupils("A1", 2, Sex.F, AgeGroup.of(7), 10).pupils("A1", 2, Sex.F, AgeGroup.andOver(12), 2);
        c.pupils("A1", 2, Sex.M, AgeGroup.of(7), 12).pupils("A1", 2, Sex.M, AgeGroup.of(8), 4);
        c.pupils("A2", 1, Sex.F, ALL, 30).pupils("A2", 1, Sex.M, ALL, 40)
                .pupils("A2", 2, Sex.F, ALL, 20).pupils("A2", 2, Sex.M, ALL, 10);
        c.pupils("A3", 1, Sex.F, AgeGroup.of(6), 8).pupils("A3", 1, Sex.M, AgeGroup.of(6), 6)
                .pupils("A3", 1, Sex.M, AgeGroup.of(10), 2);
        c.pupils("B1", 1, Sex.F, AgeGroup.of(6), 15).pupils("B1", 1, Sex.M, AgeGroup.of(6), 10)
                .pupils("B1", 1, Sex.M, AgeGroup.of(7), 5);
        c.pupils("B1", 2, Sex.F, AgeGroup.of(7), 9).pupils("B1", 2, Sex.F, AgeGroup.andUnder(6), 3)
                .pupils("B1", 2, Sex.M, AgeGroup.of(7), 8);
        c.pupils("B2", 1, Sex.F, ALL, 10).pupils("B2", 1, Sex.M, ALL, 10)
                .pupils("B2", 2, Sex.F, ALL, 10).pupils("B2", 2, Sex.M, ALL, 10);
        c.population("D01", 30, 30).population("D02", 30, 30);
        return c.inputs(Map.of("D01", "R1", "D02", "R1"));
    }

    private static final IndicatorInputs IN = census();

    private static Map<String, IndicatorValue> of(AreaSelector area, double minAgeCoverage) {
        return TestCensus.byId(IndicatorCalculator.compute(IN, area, "primary",
                new IndicatorSettings(minAgeCoverage)));
    }

    // NER (official ages 6–11), D01 cell by cell:
    //   G1 girls: E 32 + 30 + 8 = 70; known 30 (A1: 6, 7, 9; "unknown" 2 not) + 8 = 38, all of official age.
    //   G1 boys:  E 25 + 40 + 8 = 73; known 25 + 8 = 33; official age 18 + 3 + 6 + 2 = 29 (age 5 is not).
    //   G2 girls: E 12 + 20 = 32; known 12; official age 10 ("12+" is not).
    //   G2 boys:  E 16 + 10 = 26; known 16; official age 16.
    private static final double NER_D01_GIRLS = cell(70, 38, 38) + cell(32, 12, 10);
    private static final double NER_D01_BOYS = cell(73, 33, 29) + cell(26, 16, 16);
    private static final double NER_D01_KNOWN = 38 + 33 + 12 + 16;
    private static final double D01_PUPILS = 70 + 73 + 32 + 26;
    // D02: G1 girls E 25, known 15 (official); G1 boys E 25, known 15; G2 girls E 22, known 9 (the band
    // "6 and under" cannot be placed against 6–11); G2 boys E 18, known 8.
    private static final double NER_D02_GIRLS = cell(25, 15, 15) + cell(22, 9, 9);
    private static final double NER_D02_BOYS = cell(25, 15, 15) + cell(18, 8, 8);

    @Test
    void nerEstimatesThePupilsOfUnknownAgeFromTheirDistrictsAges() {
        IndicatorValue ner = of(AreaSelector.district("D01"), 0.4).get("ner");
        assertTrue(ner.available(), ner.reason());
        double num = NER_D01_GIRLS + NER_D01_BOYS;
        assertEquals(num, ner.numerator(), EPS);
        assertEquals(360, ner.denominator(), EPS);
        assertEquals(num / 360 * 100, ner.value(), EPS);
        assertEquals(NER_D01_GIRLS / 180 * 100, ner.bySex().get("F").value(), EPS);
        assertEquals(NER_D01_BOYS / 180 * 100, ner.bySex().get("M").value(), EPS);
        // Counted straight from the returns: 38 + 29 + 10 + 16; the rest is estimated.
        double counted = 38 + 29 + 10 + 16;
        assertEquals((num - counted) / num, ner.imputedShare(), EPS);
        assertEquals(3, ner.coverage().counted()); // every school with pupils now counts
        String share = String.format(Locale.ENGLISH, "%.1f", 100 * (num - counted) / num);
        assertTrue(ner.note().startsWith(share + " % of this figure is estimated: " + (int) (D01_PUPILS
                - NER_D01_KNOWN) + " pupils have no known age (1 of 3 schools report no ages)"), ner.note());
        assertTrue(ner.caveat().in(Locale.FRENCH).startsWith(share.replace('.', ',') + " % de ce chiffre est estimé"),
                ner.caveat().in(Locale.FRENCH));
        IndicatorValue gpi = of(AreaSelector.district("D01"), 0.4).get("gpi_ner");
        // Girls ahead (NER of girls above boys'): the adjusted index 2 − M/F.
        assertTrue(NER_D01_GIRLS > NER_D01_BOYS);
        assertEquals(2 - NER_D01_BOYS / NER_D01_GIRLS, gpi.value(), EPS);
        assertEquals(ner.imputedShare(), gpi.imputedShare(), EPS);
    }

    @Test
    void belowTheCoverageThresholdNerIsNotPublishedAndSaysWhy() {
        // D01: 99 of 201 pupils (49.3 %) have a known age, under the default 50 %.
        assertTrue(NER_D01_KNOWN / D01_PUPILS < 0.5);
        IndicatorValue ner = of(AreaSelector.district("D01"), IndicatorSettings.DEFAULT.minAgeCoverage()).get("ner");
        assertFalse(ner.available());
        assertNull(ner.value());
        assertEquals("the age of only 49.3 % of the pupils in primary grades in D01 is known, below the 50 % needed"
                + " to estimate the others", ner.reason());
        assertTrue(ner.why().in(Locale.FRENCH).startsWith("l'âge de seulement 49,3 %"), ner.why().in(Locale.FRENCH));
        assertFalse(of(AreaSelector.district("D01"), 0.5).get("gpi_ner").available());
        // D02: 47 of 90 (52.2 %) are enough.
        IndicatorValue d02 = of(AreaSelector.district("D02"), 0.5).get("ner");
        assertTrue(d02.available(), d02.reason());
        assertEquals((NER_D02_GIRLS + NER_D02_BOYS) / 360 * 100, d02.value(), EPS);
    }

    @Test
    void aRegionAddsUpItsDistrictsEstimatesEachFromItsOwnAges() {
        IndicatorValue ner = of(AreaSelector.region("R1"), 0.4).get("ner");
        double num = NER_D01_GIRLS + NER_D01_BOYS + NER_D02_GIRLS + NER_D02_BOYS;
        assertEquals(num / 720 * 100, ner.value(), EPS);
        // Pooling the region's ages instead would estimate D01's G1 boys from (29 + 15) / (33 + 15):
        double pooled = cell(73 + 25, 33 + 15, 29 + 15);
        assertTrue(Math.abs(pooled - cell(73, 33, 29) - cell(25, 15, 15)) > 0.5);
        IndicatorValue country = of(AreaSelector.country(), 0.4).get("ner");
        assertEquals(ner.value(), country.value(), EPS);
    }

    @Test
    void overAgeCountsEveryPupilWithTheUnknownEstimated() {
        // Over-age: 2+ years above the grade's official age (G1 8+, G2 9+). D01:
        //   G1 girls: known 38, over 5 (age 9); G1 boys: known 33, over 3 (age 8) + 2 (age 10);
        //   G2 girls: known 12, over 2 ("12+"); G2 boys: known 16, over 0.
        double g1 = cell(70, 38, 5) + cell(73, 33, 5);
        double g2 = cell(32, 12, 2) + cell(26, 16, 0);
        IndicatorValue over = of(AreaSelector.district("D01"), 0.4).get("overage_pct");
        assertTrue(over.available(), over.reason());
        assertEquals(g1 + g2, over.numerator(), EPS);
        assertEquals(D01_PUPILS, over.denominator(), EPS);
        assertEquals((g1 + g2) / D01_PUPILS * 100, over.value(), EPS);
        assertEquals(g1 / (70 + 73) * 100, over.byGrade().get("G1").value(), EPS);
        assertEquals((cell(70, 38, 5) + cell(32, 12, 2)) / (70 + 32) * 100, over.bySex().get("F").value(), EPS);
        double countedOver = 5 + 5 + 2 + 0;
        assertEquals((g1 + g2 - countedOver) / (g1 + g2), over.imputedShare(), EPS);
        // D02: "6 and under" in G2 is placed for over-age (under 9) though not for NER: 50 of 90 known.
        IndicatorValue d02 = of(AreaSelector.district("D02"), 0.5).get("overage_pct");
        assertTrue(d02.available(), d02.reason());
        assertEquals(0.0, d02.value(), EPS);
        assertEquals(0.0, d02.imputedShare(), EPS);
        assertNull(d02.note()); // nothing estimated: no caveat
        assertFalse(of(AreaSelector.district("D01"), 0.5).get("overage_pct").available());
    }

    @Test
    void aGradeWithoutAnyKnownAgeCannotBeEstimatedAndAMissingSexBorrowsTheGrade() {
        TestCensus c = new TestCensus(2024).school("C1", "D03", null).school("C2", "D03", null);
        c.pupils("C1", 1, Sex.F, AgeGroup.of(6), 10).pupils("C1", 1, Sex.F, AgeGroup.of(9), 5);
        c.pupils("C2", 1, Sex.M, ALL, 20);
        c.population("D03", 10, 10);
        Map<String, IndicatorValue> v = TestCensus.byId(IndicatorCalculator.compute(c.inputs(Map.of()),
                AreaSelector.district("D03"), "primary", new IndicatorSettings(0)));
        // Boys of G1 have no known age: they take the grade's (girls') distribution, 5 of 15 over-age.
        IndicatorValue over = v.get("overage_pct");
        assertEquals((5 + 20 * 5.0 / 15) / 35 * 100, over.value(), EPS);
        assertEquals(20 * 5.0 / 15 / 20 * 100, over.bySex().get("M").value(), EPS); // boys: estimate / 20 boys
        assertEquals((15 + 20) / 120.0 * 100, v.get("ner").value(), EPS); // every known age is 6–11

        c.pupils("C2", 2, Sex.M, ALL, 7); // G2: nobody in D03 has a known age
        Map<String, IndicatorValue> w = TestCensus.byId(IndicatorCalculator.compute(c.inputs(Map.of()),
                AreaSelector.district("D03"), "primary", new IndicatorSettings(0)));
        assertFalse(w.get("ner").available());
        assertEquals("no pupil of G2 in D03 has a known age, so the ages of its pupils cannot be estimated",
                w.get("ner").reason());
        assertNotNull(w.get("overage_pct").reason());
    }

    @Test
    void pupilsOfUnknownAgeInSchoolsThatGiveAgesAreEstimatedAndSaidSo() {
        TestCensus c = new TestCensus(2024).school("F1", "D06", null);
        c.pupils("F1", 1, Sex.F, AgeGroup.of(6), 9).pupils("F1", 1, Sex.F, AgeGroup.of(13), 1)
                .pupils("F1", 1, Sex.F, UNKNOWN, 5).pupils("F1", 1, Sex.M, AgeGroup.of(6), 10);
        c.population("D06", 10, 10);
        IndicatorValue ner = TestCensus.byId(IndicatorCalculator.compute(c.inputs(Map.of()),
                AreaSelector.district("D06"), "primary")).get("ner");
        double girls = cell(15, 10, 9); // 9 of 10 girls of known age are 6–11
        assertEquals((girls + 10) / 120 * 100, ner.value(), EPS);
        assertEquals((girls - 9) / (girls + 10), ner.imputedShare(), EPS);
        assertTrue(ner.note().endsWith("% of this figure is estimated: 5 pupils are reported as of unknown age or in"
                + " an age band that straddles the limit; they are counted as the pupils of known age of the same"
                + " grade, sex and district"), ner.note());
    }

    @Test
    void withEveryAgeKnownNothingIsEstimated() {
        TestCensus c = new TestCensus(2024).school("E1", "D05", null);
        c.pupils("E1", 1, Sex.F, AgeGroup.of(6), 10).pupils("E1", 1, Sex.M, AgeGroup.of(12), 4)
                .pupils("E1", 1, Sex.M, AgeGroup.of(6), 6);
        c.population("D05", 10, 10);
        IndicatorValue ner = TestCensus.byId(IndicatorCalculator.compute(c.inputs(Map.of()),
                AreaSelector.district("D05"), "primary")).get("ner");
        assertEquals(16 / 120.0 * 100, ner.value(), EPS);
        assertEquals(0.0, ner.imputedShare(), EPS);
        assertNull(ner.note());
    }

    @Test
    void aDistrictWithoutAnyKnownAgeIsEstimatedFromTheCountryAndTheNoteSaysSo() {
        // D01 reports ages; in D09 no school does. The country's NER estimates D09's pupils from the country's
        // grade-and-sex distribution (D01's alone here): girls 8 of 10 of official age, boys 9 of 10.
        TestCensus c = new TestCensus(2024).school("A", "D01", null).school("Z", "D09", null);
        c.pupils("A", 1, Sex.F, AgeGroup.of(6), 8).pupils("A", 1, Sex.F, AgeGroup.of(13), 2)
                .pupils("A", 1, Sex.M, AgeGroup.of(6), 9).pupils("A", 1, Sex.M, AgeGroup.of(5), 1);
        c.pupils("Z", 1, Sex.F, ALL, 20).pupils("Z", 1, Sex.M, ALL, 30);
        c.population("D01", 30, 30).population("D09", 30, 30);
        IndicatorInputs in = c.inputs(Map.of("D01", "R1", "D09", "R1"));
        IndicatorValue ner = TestCensus.byId(IndicatorCalculator.compute(in, AreaSelector.country(), "primary",
                new IndicatorSettings(0))).get("ner");
        double numerator = 8 + 9 + 20 * 8 / 10.0 + 30 * 9 / 10.0;
        assertTrue(ner.available(), ner.reason());
        assertEquals(numerator / 720 * 100, ner.value(), EPS);
        assertTrue(ner.note().contains("50 pupils have no known age (1 of 2 schools report no ages)"), ner.note());
        assertTrue(ner.note().endsWith("; 50 of those pupils are in districts with no pupil of known age of their"
                + " grade and sex: they are counted from the nearest ages known instead, those of their grade (both"
                + " sexes) in their district, else those of their grade and sex, or of their grade, in the country"), ner.note());
        String french = ner.caveat().in(Locale.FRENCH);
        assertTrue(french.contains("50 de ces élèves sont dans des districts sans élève d’âge connu")
                || french.contains("50 de ces élèves sont dans des districts sans élève d'âge connu"), french);

        // A district's own figure borrows nothing: D01 has every age, D09 none (not published).
        assertNull(TestCensus.byId(IndicatorCalculator.compute(in, AreaSelector.district("D01"), "primary",
                new IndicatorSettings(0))).get("ner").note());
        assertFalse(TestCensus.byId(IndicatorCalculator.compute(in, AreaSelector.district("D09"), "primary",
                new IndicatorSettings(0))).get("ner").available());
    }
}
