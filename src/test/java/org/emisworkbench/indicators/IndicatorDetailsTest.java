package org.emisworkbench.indicators;

import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.AreaSelector;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.FactValues;
import org.emisworkbench.model.SchoolFacts;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.junit.jupiter.api.Test;

/** Age bands, the cohort arithmetic and the JSON shape the CLI writes. */
class IndicatorDetailsTest {
    private static final GradeShape SHAPE = new GradeShape(IndicatorFixture.GRADES);

    private static FactValues enrol(Sex sex, AgeGroup age, int slot, int value) {
        int[] v = new int[Topic.MAX_SLOTS];
        java.util.Arrays.fill(v, IndicatorFixture.M);
        v[slot] = value;
        return new FactValues(Topic.ENROLMENT, sex, age, v);
    }

    @Test
    void ageBandsArePlacedOnlyWhenWhollyOnOneSideOfTheLimit() {
        SchoolFacts s = new SchoolFacts("X", Map.of());
        // G10 (slot 10): official age 15, over-age from 17; upper secondary ages 15–17.
        s.add(enrol(Sex.F, AgeGroup.andOver(16), 10, 5)); // straddles 17: neither known nor in level
        s.add(enrol(Sex.F, AgeGroup.andOver(18), 10, 2)); // over-age, outside 15–17
        s.add(enrol(Sex.F, AgeGroup.andUnder(14), 10, 1)); // known, not over-age, outside the level's ages
        s.add(enrol(Sex.F, AgeGroup.of(15), 10, 7)); // known, in level
        s.add(enrol(Sex.F, AgeGroup.UNKNOWN, 10, 4)); // left out
        SchoolFigures f = SchoolFigures.of(s, SHAPE, false);
        int i = SchoolFigures.index(Sex.F, 10, SHAPE.size);
        assertEquals(2 + 1 + 7, f.ageKnown[i]);
        assertEquals(2, f.overAge[i]);
        assertEquals(7, f.inLevelAge[i]);
        assertEquals(5 + 2 + 1 + 7 + 4, f.enrolment[i]);
        assertEquals("upper_secondary", f.mainLevel);
    }

    @Test
    void cohortWithoutRepetitionIsTheProductOfPromotionRates() {
        assertArrayEquals(new double[] {1000, 900, 450}, Cohort.reach(new double[] {0.9, 0.5}, new double[] {0, 0}),
                1e-9);
        // One grade, p = 0.5, r = 0.5: 1000 × 0.5 × (1 + 0.5 + 0.25) = 875.
        assertEquals(875, Cohort.reach(new double[] {0.5}, new double[] {0.5})[1], 1e-9);
    }

    @Test
    void valuesSerialiseToTheShapeTheCliWrites() throws Exception {
        IndicatorValue rep = IndicatorCalculator.compute(IndicatorFixture.inputs(true), AreaSelector.district("D01"),
                "primary").stream().filter(v -> v.id().equals("repetition_rate")).findFirst().orElseThrow();
        JsonNode json = new ObjectMapper().valueToTree(rep);
        assertEquals(8.0 / 86, json.get("byGrade").get("G1").get("value").asDouble(), 1e-9);
        assertEquals(86, json.get("byGrade").get("G1").get("denominator").asDouble(), 1e-9);
        assertEquals("R(g,t+1) / E(g,t)", json.get("formula").asText().substring(9));
        assertEquals(2, json.get("coverage").get("counted").asInt());
        assertTrue(json.get("available").asBoolean());
        assertEquals("D01", json.get("area").get("code").asText());
    }
}
