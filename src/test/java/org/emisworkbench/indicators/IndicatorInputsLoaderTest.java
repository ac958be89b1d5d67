package org.emisworkbench.indicators;

import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.AreaSelector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.PopulationRecord;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolRecord;
import org.emisworkbench.store.BatchHeader;
import org.emisworkbench.store.BatchWriter;
import org.emisworkbench.store.PopulationLoader;
import org.emisworkbench.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture stored through BatchWriter, then loaded back: the same figures as in memory. */
class IndicatorInputsLoaderTest {
    private static final double EPS = 1e-6;

    @TempDir
    Path dir;

    private static void store(Workspace ws, String hash, String role, Integer year,
                              java.util.function.Consumer<BatchWriter> body) throws Exception {
        try (Connection c = ws.connect()) {
            c.setAutoCommit(false);
            try (BatchWriter w = BatchWriter.start(c, new BatchHeader(role + ".xlsx", null, hash, 1, "test", 1,
                    "WIDE", role, year))) {
                body.accept(w);
                w.finish(0);
                c.commit();
            }
        }
    }

    private static void returns(BatchWriter w, List<FactRecord> facts) {
        for (String code : List.of("S1", "S2", "S3")) {
            if (facts.stream().anyMatch(f -> f.schoolCode().equals(code))) {
                w.school(new SchoolRecord(code, Map.of(SchoolAttribute.DISTRICT, IndicatorFixture.districtOf(code)),
                        "Schools", 1, "A2"));
            }
        }
        facts.forEach(w::facts);
    }

    private Workspace fixtureWorkspace() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("census"));
        store(ws, "a".repeat(64), "MASTER_LIST", null, w -> IndicatorFixture.masterList().forEach((code, d) ->
                w.school(new SchoolRecord(code, Map.of(SchoolAttribute.DISTRICT, d), "List", 1, "A2"))));
        store(ws, "b".repeat(64), "CENSUS", 2024, w -> returns(w, IndicatorFixture.year2024()));
        store(ws, "c".repeat(64), "CENSUS", 2025, w -> returns(w, IndicatorFixture.year2025()));
        store(ws, "d".repeat(64), "POPULATION", null, w -> IndicatorFixture.population().forEach(w::population));
        try (Connection c = ws.connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO admin_area (code, name, area_level, parent_code) VALUES (?, ?, ?, ?)")) {
            // The master list above already recorded its districts; give them names and a region.
            c.createStatement().executeUpdate("DELETE FROM admin_area");
            for (String[] a : new String[][] {{"R1", "North", "region", null}, {"D01", "Akuna", "district", "R1"},
                    {"D02", "Bela", "district", "R1"}}) {
                for (int i = 0; i < 4; i++) {
                    ps.setString(i + 1, a[i]);
                }
                ps.executeUpdate();
            }
        }
        return ws;
    }

    @Test
    void aStoredCensusGivesTheSameFiguresAsTheFixtureInMemory() throws Exception {
        try (Workspace ws = fixtureWorkspace()) {
            IndicatorInputs in = IndicatorInputsLoader.load(ws, 2024);
            assertEquals(2025, in.nextYear());
            assertEquals(List.of("R1"), in.regions());
            IndicatorInputs memory = IndicatorFixture.inputs(true);
            for (AreaSelector area : List.of(AreaSelector.district("D01"), AreaSelector.district("D02"),
                    AreaSelector.region("R1"), AreaSelector.country(), AreaSelector.school("S2"))) {
                assertEquals(IndicatorCalculator.compute(memory, area, "primary"),
                        IndicatorCalculator.compute(in, area, "primary"), area.toString());
            }
            Map<String, IndicatorValue> d01 = new HashMap<>();
            IndicatorCalculator.compute(in, AreaSelector.district("D01"), null).forEach(v -> d01.put(v.id(), v));
            assertEquals(231.0 / 394 * 100, d01.get("ger").value(), EPS);
            assertEquals(69.0 / 86, d01.get("promotion_rate").byGrade().get("G1").value(), EPS);
            assertEquals(200.0 / 3, d01.get("completeness_pct").value(), EPS);
        }
    }

    @Test
    void aDistrictsInputsAloneGiveItsSchoolsAndItsOwnFiguresAsTheWholeCountrys() throws Exception {
        try (Workspace ws = fixtureWorkspace()) {
            IndicatorInputs all = IndicatorInputsLoader.load(ws, 2024);
            IndicatorInputs d01 = IndicatorInputsLoader.load(ws, 2024, "d01");
            assertTrue(d01.schoolCount() > 0 && d01.schoolCount() < all.schoolCount(),
                    d01.schoolCount() + " of " + all.schoolCount());
            for (AreaSelector area : List.of(AreaSelector.district("D01"), AreaSelector.school("S1"),
                    AreaSelector.school("S2"))) {
                assertEquals(IndicatorCalculator.compute(all, area, "primary"),
                        IndicatorCalculator.compute(d01, area, "primary"), area.toString());
            }
        }
    }

    @Test
    void theLastYearHasNoFlowRates() throws Exception {
        try (Workspace ws = fixtureWorkspace()) {
            IndicatorInputs in = IndicatorInputsLoader.load(ws, 2025);
            assertNull(in.nextYear());
            Map<String, IndicatorValue> d01 = new HashMap<>();
            IndicatorCalculator.compute(in, AreaSelector.district("D01"), null).forEach(v -> d01.put(v.id(), v));
            assertEquals("no returns for 2026: flow rates need the next year's enrolment and repeaters",
                    d01.get("repetition_rate").reason());
            assertEquals("no population figures for 2025", d01.get("ger").reason());
        }
    }

    @Test
    void populationLoaderReadsCurrentFiguresMasterListAndAreas() throws Exception {
        try (Workspace ws = fixtureWorkspace()) {
            PopulationLoader loader = new PopulationLoader(ws);
            List<PopulationRecord> pop = loader.population(2024);
            assertEquals(16, pop.size());
            assertEquals(40, pop.stream().filter(p -> p.age() == 6 && p.sex().code().equals("F")).findFirst()
                    .orElseThrow().count());
            assertEquals(List.of(new PopulationLoader.ExpectedSchool("S1", "D01"),
                    new PopulationLoader.ExpectedSchool("S2", "D01"), new PopulationLoader.ExpectedSchool("S3", "D02"),
                    new PopulationLoader.ExpectedSchool("S4", "D01")), loader.expectedSchools());
            assertEquals(new PopulationLoader.Area("D01", "Akuna", "district", "R1"), loader.areas().get(0));
            // A corrected population file replaces the figures of its areas and year.
            store(ws, "e".repeat(64), "POPULATION", null, w -> w.population(
                    new PopulationRecord("D01", 2024, 6, org.emisworkbench.model.Sex.F, 41, "Pop", "B6")));
            assertEquals(List.of(41L), loader.population(2024).stream().map(PopulationRecord::count).toList());
        }
    }
}
