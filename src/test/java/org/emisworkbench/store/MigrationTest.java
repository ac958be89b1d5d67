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
    void findingMessagesOfEarlierVersionsAreCarriedIntoTheirLanguages() throws Exception {
        // A workspace of version 9 kept a finding's message in two columns, English and French (V11 folds them
        // into one object by language; decision 0016). Nothing of either may be lost, quotes and accents included.
        Path file = Workspace.databaseFile(dir.resolve("v9"));
        JdbcDataSource ds = dataSource(file);
        Migrations.migrate(ds, file, false, "9");
        String both = new org.emisworkbench.model.FindingKey(null, "R-1", "S1", 2024, null, null, null, null).text();
        String englishOnly = new org.emisworkbench.model.FindingKey(null, "R-1", "S2", 2024, null, null, null, null).text();
        try (Connection c = ds.getConnection(); var ps = c.prepareStatement("INSERT INTO finding (finding_key, rule_id,"
                + " severity, census_year, school_code, message_en, message_fr, is_open, first_seen, last_seen)"
                + " VALUES (?, 'R-1', 'ERROR', 2024, ?, ?, ?, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
            ps.setString(1, both);
            ps.setString(2, "S1");
            ps.setString(3, "Say \"53941\" isn't right");
            ps.setString(4, "« 53 941 » n'est pas juste");
            ps.executeUpdate();
            ps.setString(1, englishOnly);
            ps.setString(2, "S2");
            ps.setString(3, "Only English");
            ps.setString(4, null);
            ps.executeUpdate();
        }
        try (Workspace ws = Workspace.open(dir.resolve("v9"))) {
            var found = new FindingStore(ws).list(new org.emisworkbench.model.FindingFilter(2024, null, null, null, null,
                    null));
            assertEquals(2, found.size());
            var first = found.stream().filter(f -> "S1".equals(f.finding().schoolCode())).findFirst().orElseThrow()
                    .finding().message();
            assertEquals(java.util.Map.of("en", "Say \"53941\" isn't right", "fr", "« 53 941 » n'est pas juste"),
                    first.byLanguage());
            var second = found.stream().filter(f -> "S2".equals(f.finding().schoolCode())).findFirst().orElseThrow()
                    .finding().message();
            assertEquals(java.util.Map.of("en", "Only English"), second.byLanguage());
            assertEquals("Only English", second.in(java.util.Locale.forLanguageTag("pt")), "a language left out reads in English");
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
