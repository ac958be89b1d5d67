package org.emisworkbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {
    @TempDir
    Path dir;

    private static JdbcDataSource dataSource(Path file) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(Workspace.url(file));
        ds.setUser("emis");
        ds.setPassword("");
        return ds;
    }

    @Test
    void openingAnOlderDatabaseBacksItUpThenUpgradesIt() throws Exception {
        Path file = Workspace.databaseFile(dir.resolve("old"));
        JdbcDataSource ds = dataSource(file);
        Migrations.migrate(ds, file, false, "1");
        try (Connection c = ds.getConnection()) {
            c.createStatement().execute("INSERT INTO admin_area (code, name, area_level) VALUES ('D01', 'Akuna', 'district')");
        }
        try (Workspace ws = Workspace.open(dir.resolve("old"))) {
            Path backup = ws.backupMade();
            assertNotNull(backup, "an upgrade makes a backup first");
            assertTrue(backup.getFileName().toString().startsWith("old.backup-v1-"));
            try (Connection c = ws.connect(); var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM finding")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "the new table exists");
            }
            try (Connection c = ws.connect(); var rs = c.createStatement().executeQuery("SELECT name FROM admin_area")) {
                rs.next();
                assertEquals("Akuna", rs.getString(1), "data kept through the upgrade");
            }
        }
        // The backup is the version-1 database: restoring it gives back the old schema and its data.
        Path backup = Files.list(dir).filter(p -> p.getFileName().toString().contains(".backup-v1-")).findFirst().orElseThrow();
        Workspace.restore(backup, dir.resolve("restored"));
        JdbcDataSource restored = dataSource(Workspace.databaseFile(dir.resolve("restored")));
        try (Connection c = restored.getConnection();
             var rs = c.createStatement().executeQuery("SELECT MAX(\"version\") FROM \"flyway_schema_history\"")) {
            rs.next();
            assertEquals("1", rs.getString(1));
        }
    }

    @Test
    void aFileThatIsNotAWorkspaceIsRefusedPlainly() throws Exception {
        Path bogus = dir.resolve("notes.mv.db");
        Files.writeString(bogus, "this is not a database");
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(bogus));
        assertEquals("notes.mv.db is not a workspace database.", e.getMessage());
        assertEquals("this is not a database", Files.readString(bogus), "the file is left untouched");
    }
}
