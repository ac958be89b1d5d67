package org.emisworkbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.FactValues;
import org.emisworkbench.model.SchoolFacts;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.SourceRef;
import org.emisworkbench.model.Topic;
import org.emisworkbench.service.SampleCountryFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The view {@code current_fact} (migration V5) reads the stored counts as the workbench does: every
 * figure of the sample country with its value and its cell, rows of girls and boys ({@code sex = 'B'})
 * included, and nothing of a file whose import did not complete.
 */
class CurrentFactViewTest {
    @TempDir
    static Path dir;

    private static final String QUERY = "SELECT school_code, topic, sex, age_group, slot, val, source, file_name,"
            + " sheet_name, row_no FROM current_fact WHERE census_year = 2025 ORDER BY fact_id";

    @Test
    void theViewGivesEveryFigureTheWorkbenchReadsWithItsCell() throws Exception {
        Path db = dir.resolve("view");
        SampleCountryFixture.copy(db).close();
        try (Workspace ws = Workspace.open(db)) {
            Map<String, Integer> loaded = new HashMap<>();
            for (SchoolFacts s : new CensusLoader(ws).load(2025, null).schools()) {
                for (Topic t : Topic.values()) {
                    for (FactValues r : s.rows(t)) {
                        for (int slot = 0; slot < r.values().length; slot++) {
                            if (r.value(slot) != FactRecord.MISSING) {
                                loaded.put(key(s.code(), t.code(), r.sex() == null ? null : r.sex().code(),
                                        r.age().code(), slot), r.value(slot));
                            }
                        }
                    }
                }
            }
            Map<String, Integer> viewed = new HashMap<>();
            Map<String, SourceRef> cells = new HashMap<>();
            Map<String, String> firstSchoolOfFile = new HashMap<>(); // each layout's kind of source, a school a file
            try (Connection c = ws.connect(); Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM fact_row WHERE census_year = 2025"
                        + " AND sex = 'B'")) {
                    rs.next();
                    assertTrue(rs.getLong(1) > 0, "the sample country stores girls and boys in one row");
                }
                // The example of decision 0003: girls in grade 1 per district, 'B' rows included.
                try (ResultSet rs = st.executeQuery("SELECT s.district_code, SUM(f.val) FROM current_fact f"
                        + " JOIN school s ON s.code = f.school_code WHERE f.census_year = 2025"
                        + " AND f.topic = 'enrolment' AND f.age_group = '*' AND f.sex = 'F'"
                        + " AND f.slot = (SELECT slot FROM grade WHERE code = 'G1') GROUP BY s.district_code")) {
                    int districts = 0;
                    while (rs.next()) {
                        districts++;
                        assertTrue(rs.getLong(2) > 0, rs.getString(1));
                    }
                    assertTrue(districts > 1, "districts: " + districts);
                }
                try (ResultSet rs = st.executeQuery(QUERY)) {
                    while (rs.next()) {
                        String k = key(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getInt(5));
                        int v = rs.getInt(6);
                        if (!rs.wasNull()) {
                            viewed.putIfAbsent(k, v); // where two sheets give a figure, the first is kept
                        }
                        String school = firstSchoolOfFile.computeIfAbsent(rs.getString(8), f -> k.split("\\|")[0]);
                        if (rs.getString(7) != null && school.equals(rs.getString(1))) {
                            cells.putIfAbsent(k, SourceRef.resolve(rs.getString(8), rs.getString(9), rs.getInt(10),
                                    rs.getString(7)));
                        }
                    }
                }
            }
            assertFalse(loaded.isEmpty());
            assertEquals(loaded, viewed);

            assertFalse(cells.isEmpty());
            Provenance provenance = new Provenance(ws);
            for (Map.Entry<String, SourceRef> e : cells.entrySet()) {
                List<String> k = List.of(e.getKey().split("\\|", -1));
                SourceRef traced = provenance.find(k.get(0), 2025, Topic.fromCode(k.get(1)),
                        Integer.parseInt(k.get(4)), k.get(2).isEmpty() ? null : Sex.valueOf(k.get(2)),
                        new AgeGroup(k.get(3))).orElseThrow().source();
                assertEquals(traced, e.getValue(), e.getKey());
            }
        }
    }

    private static String key(String school, String topic, String sex, String age, int slot) {
        return school + "|" + topic + "|" + (sex == null ? "" : sex) + "|" + age + "|" + slot;
    }
}
