package org.emisworkbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.emisworkbench.testing.PostgresCluster;
import org.emisworkbench.testing.StoreEngine;
import org.junit.jupiter.api.Test;

/**
 * A shared workspace on a PostgreSQL server (decision 0018): its scripts applied in its own schema, the check
 * of that schema, a refused role, the import lock across programs, backups. Skipped, saying why, without a
 * server ({@link PostgresCluster}).
 */
class SharedWorkspacePostgresTest {
    private static final String SECRET = "s3cr3t-Pa55";

    @Test
    void aNewSharedWorkspaceHasItsScriptsAppliedInItsOwnSchemaAndOpensAgain() throws Exception {
        StoreEngine.POSTGRESQL.assumeAvailable();
        SharedDatabase db = newWorkspace();
        try (Workspace ws = Workspace.open(db)) {
            assertNull(ws.file());
            assertEquals(db.display(), ws.name());
            try (Connection c = ws.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT script, success FROM " + db.schema()
                         + ".flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")) {
                List<String> scripts = new ArrayList<>();
                while (rs.next()) {
                    assertTrue(rs.getBoolean(2));
                    scripts.add(rs.getString(1));
                }
                assertEquals(new MigrationScripts(false).scripts().size(), scripts.size());
                assertEquals("V1__census_schema.sql", scripts.get(0));
            }
            try (Connection c = ws.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT current_schema()")) {
                rs.next();
                assertEquals(db.schema(), rs.getString(1), "the workspace's tables are found in its schema");
            }
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> ws.backupTo(Path.of("copy.mv.db")));
            assertEquals("workspace.sharedBackup", e.message().key());
            assertNull(ws.backupBeforeImport(3, org.emisworkbench.model.Cancellation.none()),
                    "the server's backups keep a shared workspace");
        }
        try (Workspace again = Workspace.open(db)) {
            assertEquals(Map.of(0, 0L), new WorkspaceSummary(again).counts().get("school"), "empty, and open again");
        }
    }

    @Test
    void aSchemaHoldingCodeWeDidNotCreateIsRefusedBeforeAnythingRuns() throws Exception {
        StoreEngine.POSTGRESQL.assumeAvailable();
        String[][] planted = {
            {"CREATE FUNCTION %s.shout() RETURNS integer LANGUAGE sql AS 'SELECT 1'", "function shout"},
            // The trigger's function elsewhere (public): the trigger on our table is refused itself.
            {"CREATE FUNCTION public.%1$s_stamp() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';"
                    + " CREATE TRIGGER on_school BEFORE INSERT ON %1$s.school FOR EACH ROW"
                    + " EXECUTE FUNCTION public.%1$s_stamp()", "trigger on_school on table school"},
            {"CREATE RULE quiet AS ON DELETE TO %s.finding DO INSTEAD NOTHING", "rule quiet on table finding"},
            {"CREATE TABLE %s.extra (x integer)", "table extra"},
            {"CREATE DOMAIN %s.code AS varchar(40)", "domain code"},
        };
        for (String[] p : planted) {
            SharedDatabase db = newWorkspace();
            try (Workspace ws = Workspace.open(db); Connection c = ws.connect(); Statement s = c.createStatement()) {
                s.execute(String.format(p[0], db.schema()));
            }
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(db), p[1]);
            assertEquals("workspace.unsafe.sharedObject", e.message().key(), e.getMessage());
            assertTrue(e.getMessage().contains(p[1]), e.getMessage());
        }
    }

    @Test
    void aWrongPasswordIsToldPlainlyWithoutThePassword() {
        StoreEngine.POSTGRESQL.assumeAvailable();
        // The address without its role, so that PGUSER names one the server does not know.
        SharedDatabase db = SharedDatabase.parse(PostgresCluster.newWorkspace().replaceFirst("//[^@/]*@", "//"),
                Map.of("PGUSER", "no_such_role_x"), SECRET.toCharArray());
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(db));
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
        assertTrue(e.getMessage().contains("refused the role or its password"), e.getMessage());
    }

    @Test
    void anImportUnderWayInAnotherProgramIsLeftAloneByAnOpeningAndACrashedOneIsRemoved() throws Exception {
        StoreEngine.POSTGRESQL.assumeAvailable();
        SharedDatabase db = newWorkspace();
        try (Workspace first = Workspace.open(db); Connection c = first.connect()) {
            c.setAutoCommit(false);
            try (BatchWriter w = BatchWriter.start(c, new BatchHeader("d01.xlsx", "/x/d01.xlsx", "a".repeat(64), 1,
                    "sample-wide", 1, "WIDE", "CENSUS", 2024))) {
                // Another officer opens the workspace meanwhile: the LOADING batch is an import under way.
                try (Workspace second = Workspace.open(db); Connection d = second.connect()) {
                    assertEquals(1, Sql.count(d, "SELECT COUNT(*) FROM import_batch WHERE status = 'LOADING'"));
                    assertFalse(ImportLock.tryTake(d), "the import holds the lock");
                }
                assertTrue(w.batchId() > 0);
            }
            c.setAutoCommit(true);
            assertEquals(0, Sql.count(c, "SELECT COUNT(*) FROM import_batch"), "the unfinished file was undone");
            // A batch left LOADING by a program that died (nobody holds the lock) goes at the next opening.
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO import_batch (status, file_name, file_hash, file_size, template_id,"
                        + " template_version, layout, file_role, imported_at, schools_added, schools_replaced,"
                        + " values_stored, rows_skipped, problem_count) VALUES ('LOADING', 'x.xlsx', '"
                        + "b".repeat(64) + "', 1, 't', 1, 'WIDE', 'CENSUS', CURRENT_TIMESTAMP, 0, 0, 0, 0, 0)");
            }
        }
        try (Workspace again = Workspace.open(db); Connection c = again.connect()) {
            assertEquals(0, Sql.count(c, "SELECT COUNT(*) FROM import_batch WHERE status = 'LOADING'"));
        }
    }

    private static SharedDatabase newWorkspace() {
        return SharedDatabase.parse(PostgresCluster.newWorkspace(), PostgresCluster.environment(),
                SharedDatabase.passwordFromEnvironment(PostgresCluster.environment()).orElse(null));
    }
}
