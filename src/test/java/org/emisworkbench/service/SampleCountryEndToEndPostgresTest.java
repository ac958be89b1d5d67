package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.emisworkbench.model.FindingFilter;
import org.emisworkbench.testing.PostgresCluster;
import org.emisworkbench.testing.StoreEngine;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * {@link SampleCountryEndToEndTest} on a shared workspace on PostgreSQL (decision 0018): the same tests, plus
 * the comparison of every table's rows, every finding and the indicators with the H2 workspace. Skipped,
 * saying why, when no PostgreSQL server is at hand ({@link org.emisworkbench.testing.PostgresCluster}).
 */
class SampleCountryEndToEndPostgresTest extends SampleCountryEndToEndTest {
    @Override
    StoreEngine engine() {
        return StoreEngine.POSTGRESQL;
    }

    /** In a shared workspace, the database role the tests connect as. */
    @Override
    String expectedActor() {
        return PostgresCluster.role();
    }

    @Test
    @Order(1)
    void aSharedWorkspaceHoldsWhatTheWorkspaceFileHolds() throws Exception {
        try (Workbench h2 = SampleCountryFixture.copy(dir.resolve("h2-for-comparison"))) {
            assertTrue(workbench.isShared() && !h2.isShared());
            assertEquals(h2.tableCounts(), workbench.tableCounts(), "rows per table and year");
            assertEquals(findingLines(h2), findingLines(workbench), "every finding, with its rule, school and message");
            for (int year : new int[] {2024, 2025}) {
                for (String district : new java.util.ArrayList<>(java.util.Arrays.asList(null, "D01", "D03"))) {
                    List<String> fromH2 = indicatorLines(h2, year, district);
                    assertTrue(fromH2.stream().anyMatch(l -> !l.endsWith("=null")), "indicators with values");
                    assertEquals(fromH2, indicatorLines(workbench, year, district), "indicators " + year + " " + district);
                }
            }
        }
    }

    @Test
    @Order(1)
    void theCurrentFactViewReadsTheSameOnBothEngines() throws Exception {
        // V8 is one of the two scripts with a PostgreSQL form of its own: its rows must be the H2 view's.
        try (Workbench h2 = SampleCountryFixture.copy(dir.resolve("h2-for-view"))) {
            List<String> fromH2 = viewRows(h2);
            assertTrue(fromH2.size() > 10_000, "figures of the sample country: " + fromH2.size());
            assertTrue(fromH2.stream().anyMatch(r -> r.contains("|M|")) && fromH2.stream().anyMatch(r -> r.contains("|F|")));
            assertEquals(fromH2, viewRows(workbench));
        }
    }

    private static List<String> viewRows(Workbench wb) throws java.sql.SQLException {
        List<String> out = new java.util.ArrayList<>();
        try (java.sql.Connection c = wb.workspace().connect(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT school_code, census_year, topic, age_group, sex, slot, val,"
                     + " source, file_name, sheet_name, row_no FROM current_fact")) {
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= 11; i++) {
                    b.append(rs.getString(i)).append('|');
                }
                out.add(b.toString());
            }
        }
        java.util.Collections.sort(out);
        return out;
    }

    private static List<String> findingLines(Workbench wb) {
        return new ValidationService(wb).findings(FindingFilter.all()).stream()
                .map(f -> f.finding().ruleId() + "|" + f.finding().year() + "|" + f.finding().schoolCode() + "|"
                        + f.finding().severity() + "|" + f.finding().message().english() + "|"
                        + (f.finding().source() == null ? "" : f.finding().source().file() + "!"
                        + f.finding().source().sheetCell()) + "|" + f.status())
                .sorted().toList();
    }

    private static List<String> indicatorLines(Workbench wb, int year, String district) {
        return wb.indicators().rows(year, district, null, java.util.Locale.ENGLISH).stream()
                .map(r -> r.id() + "=" + r.value()).toList();
    }
}
