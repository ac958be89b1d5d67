package org.emisworkbench.indicators;

import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.AreaSelector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.FactValues;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.PopulationRecord;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolFacts;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A national census: 50,000 schools in 150 districts with age grids, two years. Summaries must stay
 * small (the whole inputs well under the 512 MB a workstation gives the tool) and all districts must
 * compute in a few seconds. Bounds are generous: the machine is shared.
 */
class IndicatorScaleTest {
    private static final Logger LOG = LoggerFactory.getLogger(IndicatorScaleTest.class);
    private static final int SCHOOLS = 50_000;
    private static final int DISTRICTS = 150;

    private static SchoolFacts school(int i, boolean nextYear) {
        String code = String.format("S%05d", i);
        Map<SchoolAttribute, String> a = new EnumMap<>(SchoolAttribute.class);
        a.put(SchoolAttribute.DISTRICT, String.format("D%03d", i % DISTRICTS));
        SchoolFacts s = new SchoolFacts(code, a);
        for (Sex sex : Sex.values()) {
            if (nextYear) {
                s.add(new FactValues(Topic.ENROLMENT, sex, AgeGroup.ALL, row(30 + i % 7)));
            } else {
                for (int age = 5; age <= 14; age++) {
                    s.add(new FactValues(Topic.ENROLMENT, sex, AgeGroup.of(age), row(3 + (i + age) % 4)));
                }
                s.add(new FactValues(Topic.NEW_ENTRANTS, sex, AgeGroup.ALL, row(20)));
                s.add(new FactValues(Topic.TEACHERS, sex, AgeGroup.ALL, row(4)));
            }
            s.add(new FactValues(Topic.REPEATERS, sex, AgeGroup.ALL, row(2)));
        }
        if (!nextYear) {
            s.add(new FactValues(Topic.CLASSROOMS, null, AgeGroup.ALL, row(3)));
            s.add(new FactValues(Topic.FACILITIES, null, AgeGroup.ALL, row(i % 2)));
        }
        return s;
    }

    private static int[] row(int value) {
        int[] v = new int[Topic.MAX_SLOTS];
        Arrays.fill(v, FactRecord.MISSING);
        Arrays.fill(v, 1, 7, value);
        return v;
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    @Test
    void aNationalCensusFitsAndComputesAllDistrictsQuickly() {
        long before = usedAfterGc();
        IndicatorInputs.Builder b = IndicatorInputs.builder(2024, GradeSystem.standard());
        // Schools are made and dropped one at a time, as the workspace loader streams them.
        for (int i = 0; i < SCHOOLS; i++) {
            b.school(school(i, false));
            b.expectedSchool(String.format("S%05d", i), String.format("D%03d", i % DISTRICTS));
        }
        b.nextYear(2025);
        for (int i = 0; i < SCHOOLS; i++) {
            b.nextSchool(school(i, true));
        }
        for (int d = 0; d < DISTRICTS; d++) {
            for (int age = 0; age <= 20; age++) {
                for (Sex sex : Sex.values()) {
                    b.population(new PopulationRecord(String.format("D%03d", d), 2024, age, sex, 500, "P", "A1"));
                }
            }
            b.region(String.format("D%03d", d), "R" + d % 10);
        }
        IndicatorInputs in = b.build();
        long inputsBytes = usedAfterGc() - before;
        long start = System.nanoTime();
        Map<String, List<IndicatorValue>> all = IndicatorCalculator.computeAll(in, AreaSelector.Kind.DISTRICT, null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.info("{} schools: inputs {} MB, {} districts computed in {} ms", SCHOOLS, inputsBytes >> 20, all.size(),
                millis);
        assertEquals(DISTRICTS, all.size());
        assertTrue(all.get("D000").stream().filter(v -> v.id().equals("ger")).findFirst().orElseThrow().available());
        assertTrue(inputsBytes < 200L << 20, "inputs take " + (inputsBytes >> 20) + " MB");
        assertTrue(millis < 10_000, "all districts took " + millis + " ms");
        assertEquals(10, IndicatorCalculator.computeAll(in, AreaSelector.Kind.REGION, null).size());
    }
}
