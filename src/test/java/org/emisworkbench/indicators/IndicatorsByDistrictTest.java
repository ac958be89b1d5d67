package org.emisworkbench.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.AreaSelector;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.IndicatorSettings;
import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.PopulationRecord;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolRecord;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.store.BatchHeader;
import org.emisworkbench.store.BatchWriter;
import org.emisworkbench.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The indicators of the country, regions and districts read one district at a time are those computed over
 * the whole country's inputs, and never more than one district's schools are held at once (issue 16: a
 * million schools' summaries do not fit in 512 MB).
 */
class IndicatorsByDistrictTest {
    private static final int M = FactRecord.MISSING;
    /** District as each return states it: a lower-case code, a padded one, none at all. */
    private static final String[] DISTRICTS = {"n1", "N2", " e3 ", "W4", null};

    @TempDir
    Path dir;

    /** Pupils of G1–G6 written into the 2024 returns, counted here, not read back. */
    private long pupils2024;
    private final Map<String, String> reportedIn = new HashMap<>();

    @Test
    void districtByDistrictGivesTheWholeCountrysFiguresHoldingOneDistrictAtATime() throws Exception {
        try (Workspace ws = workspace()) {
            IndicatorsByDistrict.Result streamed = IndicatorsByDistrict.compute(ws, 2024, null, IndicatorSettings.DEFAULT);
            IndicatorInputs whole = IndicatorInputsLoader.load(ws, 2024);

            assertEquals(IndicatorCalculator.computeAll(whole, AreaSelector.Kind.DISTRICT, null), streamed.districts());
            assertEquals(IndicatorCalculator.computeAll(whole, AreaSelector.Kind.REGION, null), streamed.regions());
            assertEquals(IndicatorCalculator.compute(whole, AreaSelector.country(), null), streamed.country());
            // The districts of the returns, any case or padding, with the master list's D9 that sent nothing.
            assertEquals(List.of("D9", "E3", "N1", "N2", "W4"), List.copyOf(streamed.districts().keySet()));
            assertEquals(List.of("RE", "RN"), List.copyOf(streamed.regions().keySet()));

            IndicatorValue enrolment = value(streamed.country(), "enrolment_total");
            assertTrue(enrolment.available());
            assertEquals(pupils2024, enrolment.value(), 1e-9);
            assertTrue(value(streamed.country(), "repetition_rate").available(), "flow needs 2025's returns");
            assertFalse(value(streamed.districts().get("D9"), "enrolment_total").available());

            // Districts as stored (a return without one takes the master list's): how the returns are read.
            long largest = whole.schools.values().stream().map(s -> s.district == null ? "" : s.district)
                    .collect(java.util.stream.Collectors.groupingBy(d -> d, java.util.stream.Collectors.counting()))
                    .values().stream().mapToLong(Long::longValue).max().orElseThrow();
            assertTrue(largest < whole.schoolCount(), "the fixture has several districts");
            assertEquals(largest, streamed.mostSchoolsHeld());
        }
    }

    private static IndicatorValue value(List<IndicatorValue> values, String id) {
        return values.stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    private Workspace workspace() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("country"));
        Random random = new Random(16);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 41; i++) {
            codes.add(String.format("SCH-%03d", (i * 17) % 41)); // not stored in code order
        }
        Map<String, String> listed = new HashMap<>();
        store(ws, "CENSUS", 2024, "b", w -> codes.forEach(code -> {
            String district = DISTRICTS[random.nextInt(DISTRICTS.length)];
            reportedIn.put(code, district);
            school(w, code, district);
            pupils2024 += grades(w, code, random, true);
        }));
        store(ws, "CENSUS", 2025, "c", w -> codes.stream().filter(c -> !c.endsWith("7")).forEach(code -> {
            // One school reports in another district the next year: its flow still counts where it was.
            school(w, code, code.equals("SCH-005") ? "W4" : reportedIn.get(code));
            grades(w, code, random, false);
        }));
        for (String code : codes) {
            if (!code.endsWith("3")) { // unlisted schools report anyway
                String d = reportedIn.get(code);
                // Some are listed in another district than they report in.
                listed.put(code, code.endsWith("1") || d == null ? "N2" : d.trim().toUpperCase(java.util.Locale.ROOT));
            }
        }
        listed.put("SCH-900", "D9");
        store(ws, "MASTER_LIST", null, "a", w -> listed.forEach((code, d) ->
                w.school(new SchoolRecord(code, Map.of(SchoolAttribute.DISTRICT, d), "List", 1, "A2"))));
        store(ws, "POPULATION", null, "d", w -> {
            for (String area : List.of("N1", "E3", "RN")) {
                for (int age = 5; age <= 13; age++) {
                    for (Sex sex : Sex.values()) {
                        w.population(new PopulationRecord(area, 2024, age, sex, 40 + age, "Pop", "A" + age));
                    }
                }
            }
        });
        try (Connection c = ws.connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO admin_area (code, name, area_level, parent_code) VALUES (?, ?, ?, ?)")) {
            c.createStatement().executeUpdate("DELETE FROM admin_area");
            for (String[] a : new String[][] {{"RN", "North", "region", null}, {"RE", "East", "region", null},
                    {"N1", "One", "district", "RN"}, {"N2", "Two", "district", "RN"}, {"E3", "Three", "district", "RE"},
                    {"W4", "Four", "district", null}}) {
                for (int i = 0; i < 4; i++) {
                    ps.setString(i + 1, a[i]);
                }
                ps.executeUpdate();
            }
        }
        return ws;
    }

    private static void school(BatchWriter w, String code, String district) {
        Map<SchoolAttribute, String> attrs = new EnumMap<>(SchoolAttribute.class);
        if (district != null) {
            attrs.put(SchoolAttribute.DISTRICT, district);
        }
        attrs.put(SchoolAttribute.LOCALITY, code.hashCode() % 2 == 0 ? "rural" : "urban");
        w.school(new SchoolRecord(code, attrs, "Schools", 1, "A2"));
    }

    /** Enrolment (by age for some schools), repeaters, teachers and rooms; returns the pupils of G1–G6. */
    private static long grades(BatchWriter w, String code, Random random, boolean staff) {
        long pupils = 0;
        for (Sex sex : Sex.values()) {
            int[] enrolled = slots();
            int[] repeaters = slots();
            for (int g = 1; g <= 6; g++) {
                enrolled[g] = 5 + random.nextInt(40);
                repeaters[g] = random.nextInt(4);
                pupils += enrolled[g];
            }
            if (code.endsWith("2")) { // by age: the grade's pupils split over its official age and two years above
                for (int g = 1; g <= 6; g++) {
                    int[] official = slots();
                    int[] older = slots();
                    official[g] = enrolled[g] - enrolled[g] / 3;
                    older[g] = enrolled[g] / 3;
                    w.facts(fact(code, Topic.ENROLMENT, sex, AgeGroup.of(5 + g), official));
                    w.facts(fact(code, Topic.ENROLMENT, sex, AgeGroup.of(7 + g), older));
                }
            } else {
                w.facts(fact(code, Topic.ENROLMENT, sex, AgeGroup.ALL, enrolled));
            }
            w.facts(fact(code, Topic.REPEATERS, sex, AgeGroup.ALL, repeaters));
            if (staff) {
                w.facts(fact(code, Topic.TEACHERS, sex, AgeGroup.ALL, new int[] {1 + random.nextInt(5), random.nextInt(2)}));
            }
        }
        if (staff) {
            w.facts(fact(code, Topic.CLASSROOMS, null, AgeGroup.ALL, new int[] {random.nextInt(4), 1, random.nextInt(2)}));
        }
        return pupils;
    }

    private static int[] slots() {
        int[] v = new int[13];
        Arrays.fill(v, M);
        return v;
    }

    private static FactRecord fact(String school, Topic topic, Sex sex, AgeGroup age, int[] values) {
        return new FactRecord(school, topic, sex, age, values, new String[values.length], "Sheet", 1);
    }

    private static void store(Workspace ws, String role, Integer year, String hash,
                              java.util.function.Consumer<BatchWriter> body) throws Exception {
        try (Connection c = ws.connect()) {
            c.setAutoCommit(false);
            try (BatchWriter w = BatchWriter.start(c, new BatchHeader(role + ".xlsx", null, hash.repeat(64), 1, "test",
                    1, "WIDE", role, year))) {
                body.accept(w);
                w.finish(0);
                c.commit();
            }
        }
    }
}
