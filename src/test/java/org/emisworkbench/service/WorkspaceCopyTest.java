package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.FindingFilter;
import org.emisworkbench.model.FindingStatus;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.testing.PostgresCluster;
import org.emisworkbench.testing.StoreEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code emis workspace copy} (issue 18, decision 0018): the sample country, with both years' findings, a
 * confirmed finding's comment, a pack parameter and the boundaries, copied from a workspace file into a shared
 * workspace on PostgreSQL and back holds every table's rows exactly; a target that is not new is refused and
 * left as it was; the copy's numbering goes on after the copied rows.
 */
class WorkspaceCopyTest {
    @TempDir
    Path dir;

    @Test
    void aWorkspaceFileCopiedIntoANewFileHoldsEveryRowAndGoesOn() throws Exception {
        try (Workbench a = prepared(dir.resolve("a.mv.db"))) {
            WorkspaceCopied copied = a.copyTo(dir.resolve("b.mv.db").toString(), Map.of(), null, Progress.NONE,
                    Cancellation.none());
            assertTrue(copied.rows() > 10_000, "the census was copied: " + copied.rows());
            try (Workbench b = Workbench.open(dir.resolve("b.mv.db"))) {
                assertSameTables(a, b);
                // Numbering goes on after the copy: a new check run is numbered after the copied ones.
                long runsBefore = maxId(b, "validation_run");
                new ValidationService(b).validate(null, 2025, null, Progress.NONE, Cancellation.none());
                assertTrue(maxId(b, "validation_run") > runsBefore);
                StoredFinding marked = confirmed(b);
                assertEquals("Checked by phone", marked.comment());
            }
            // A file that exists is never replaced, not even an empty workspace; the copy names it.
            ServiceException again = assertThrows(ServiceException.class, () -> a.copyTo(
                    dir.resolve("b.mv.db").toString(), Map.of(), null, Progress.NONE, Cancellation.none()));
            assertTrue(again.getMessage().contains("already exists; nothing was copied"), again.getMessage());
            ServiceException same = assertThrows(ServiceException.class, () -> a.copyTo(
                    dir.resolve("a").toString(), Map.of(), null, Progress.NONE, Cancellation.none()));
            assertTrue(same.getMessage().contains("same workspace"), same.getMessage());
        }
    }

    @Test
    void aNewWorkspaceHoldsRowsOnlyInTheTablesTheCopyExpectsFilled() throws Exception {
        try (Workbench fresh = Workbench.open(dir.resolve("new.mv.db"))) {
            Map<String, List<String>> tables = dump(fresh);
            assertTrue(tables.size() >= 17, tables.keySet().toString());
            assertEquals(org.emisworkbench.store.WorkspaceCopy.FILLED_BY_THE_SCHEMA, tables.entrySet().stream()
                    .filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).collect(java.util.stream.Collectors.toSet()));
        }
    }

    @Test
    void aCancelledCopyLeavesNoNewFile() throws Exception {
        try (Workbench a = prepared(dir.resolve("a.mv.db"))) {
            Cancellation cancel = new Cancellation();
            Path target = dir.resolve("cut.mv.db");
            assertThrows(RuntimeException.class, () -> a.copyTo(target.toString(), Map.of(), null,
                    (done, total, message) -> {
                        if (done > 5_000) {
                            cancel.cancel();
                        }
                    }, cancel));
            assertFalse(Files.exists(target), "no half-copied workspace is left behind");
            try (var files = Files.list(dir)) {
                assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("cut.")), "nor its filling");
            }
        }
    }

    @Test
    void aWorkspaceGoesToPostgresqlAndBackUnchanged() throws Exception {
        StoreEngine.POSTGRESQL.assumeAvailable();
        String shared = PostgresCluster.newWorkspace();
        Map<String, String> env = PostgresCluster.environment();
        try (Workbench a = prepared(dir.resolve("a.mv.db"))) {
            a.copyTo(shared, env, null, Progress.NONE, Cancellation.none());
            try (Workbench p = Workbench.open(shared, env, null)) {
                assertSameTables(a, p);
                assertEquals("Checked by phone", confirmed(p).comment());
                // Into a shared workspace that holds a census: refused, and left as it was.
                long factRows = count(p, "fact_row");
                ServiceException refused = assertThrows(ServiceException.class,
                        () -> a.copyTo(shared, env, null, Progress.NONE, Cancellation.none()));
                assertTrue(refused.getMessage().contains("already holds data"), refused.getMessage());
                assertEquals(factRows, count(p, "fact_row"));
                p.copyTo(dir.resolve("back.mv.db").toString(), Map.of(), null, Progress.NONE, Cancellation.none());
            }
            try (Workbench back = Workbench.open(dir.resolve("back.mv.db"))) {
                assertSameTables(a, back);
            }
        }
    }

    /** The sample country with a confirmed finding (and its comment) and a pack parameter set. */
    private static Workbench prepared(Path db) {
        Workbench wb = SampleCountryFixture.copy(db);
        StoredFinding first = wb.validation().findings(new FindingFilter(2025, null, null, null, null, null)).get(0);
        wb.validation().mark(first.id(), FindingStatus.CONFIRMED, "Checked by phone");
        wb.validation().setParameters(null, Map.of("pupils_per_teacher_usual_max", "30"), java.util.Set.of());
        return wb;
    }

    private static StoredFinding confirmed(Workbench wb) {
        List<StoredFinding> marked = wb.validation().findings(FindingFilter.all()).stream()
                .filter(f -> f.status() == FindingStatus.CONFIRMED).toList();
        assertEquals(1, marked.size(), "the one confirmed finding");
        return marked.get(0);
    }

    /** Every table of both workspaces (read from each engine's catalogue) holds the same rows. */
    private static void assertSameTables(Workbench expected, Workbench actual) throws SQLException {
        Map<String, List<String>> want = dump(expected);
        Map<String, List<String>> got = dump(actual);
        assertEquals(want.keySet(), got.keySet());
        assertTrue(want.size() >= 17, "every table: " + want.keySet());
        assertTrue(want.get("fact_row").size() > 1000 && want.get("finding").size() > 10
                && !want.get("area_boundary_part").isEmpty() && !want.get("workspace_setting").isEmpty()
                && !want.get("finding_mark").isEmpty(), "the sample country's rows are there to compare");
        for (String table : want.keySet()) {
            assertEquals(want.get(table).size(), got.get(table).size(), table);
            assertEquals(want.get(table), got.get(table), table);
        }
    }

    private static Map<String, List<String>> dump(Workbench wb) throws SQLException {
        Map<String, List<String>> out = new TreeMap<>();
        try (Connection c = wb.workspace().connect()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", null)) {
                while (rs.next()) {
                    String type = rs.getString("TABLE_TYPE");
                    String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (type.toUpperCase(Locale.ROOT).contains("TABLE") && !type.toUpperCase(Locale.ROOT).contains("SYSTEM")
                            && !name.equals("flyway_schema_history")) {
                        tables.add(name);
                    }
                }
            }
            for (String t : tables) {
                List<String> rows = new ArrayList<>();
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + t)) {
                    int n = rs.getMetaData().getColumnCount();
                    List<String> names = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        names.add(rs.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
                    }
                    while (rs.next()) {
                        Map<String, String> row = new TreeMap<>();
                        for (int i = 1; i <= n; i++) {
                            Object v = rs.getObject(i);
                            if (v instanceof java.sql.Array a) {
                                v = Arrays.toString((Object[]) a.getArray());
                            }
                            row.put(names.get(i - 1), Objects.toString(v, "NULL"));
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                out.put(t, rows);
            }
        }
        return out;
    }

    private static long count(Workbench wb, String table) throws SQLException {
        try (Connection c = wb.workspace().connect(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long maxId(Workbench wb, String table) throws SQLException {
        try (Connection c = wb.workspace().connect(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT MAX(id) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
