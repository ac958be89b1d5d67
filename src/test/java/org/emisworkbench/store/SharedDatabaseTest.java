package org.emisworkbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a shared workspace is before any server is reached (decision 0018): its address (never carrying a
 * password) and the scripts PostgreSQL runs. Runs without PostgreSQL.
 */
class SharedDatabaseTest {
    private static final String SECRET = "s3cr3t-Pa55";

    @Test
    void anAddressNamesServerDatabaseSchemaAndRoleButNeverCarriesAPassword() {
        SharedDatabase db = SharedDatabase.parse("postgresql://dbhost:6543/census", Map.of("PGUSER", "officer"),
                SECRET.toCharArray());
        assertEquals("jdbc:postgresql://dbhost:6543/census", db.jdbcUrl());
        assertEquals("emis", db.schema());
        assertEquals("officer", db.user());
        assertTrue(db.hasPassword());
        assertFalse(db.toString().contains(SECRET));
        assertEquals("postgresql://dbhost:6543/census", db.display());

        SharedDatabase jdbc = SharedDatabase.parse("jdbc:postgresql://dbhost/census?schema=lumeria&sslmode=require",
                Map.of(), null);
        assertEquals(5432, Integer.parseInt(jdbc.jdbcUrl().replaceAll(".*:(\\d+)/.*", "$1")));
        assertEquals("lumeria", jdbc.schema());
        assertTrue(jdbc.jdbcUrl().endsWith("?sslmode=require"), jdbc.jdbcUrl());
        assertEquals(System.getProperty("user.name"), jdbc.user(), "no PGUSER: the operating-system user");
        assertEquals("ward", SharedDatabase.parse("postgresql://ward@dbhost/census", Map.of("PGUSER", "x"), null).user());

        for (String withPassword : List.of("postgresql://ward:" + SECRET + "@dbhost/census",
                "postgresql://dbhost/census?password=" + SECRET)) {
            WorkspaceException e = assertThrows(WorkspaceException.class,
                    () -> SharedDatabase.parse(withPassword, Map.of(), null));
            assertEquals("workspace.passwordInAddress", e.message().key());
            assertFalse(e.getMessage().contains(SECRET), e.getMessage());
        }
        // A driver setting that names a class to load is refused, not passed on.
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> SharedDatabase.parse(
                "postgresql://dbhost/census?socketFactory=x.Y", Map.of(), null));
        assertEquals("workspace.badAddress", e.message().key());
        assertEquals("workspace.badAddress", assertThrows(WorkspaceException.class, () -> SharedDatabase.parse(
                "postgresql://dbhost/census?schema=Bad-Name", Map.of(), null)).message().key());
        assertFalse(SharedDatabase.isAddress("census.mv.db"));
        assertTrue(SharedDatabase.isAddress("PostgreSQL://h/db"));
    }

    @Test
    void postgresqlRunsTheCommonScriptsUnderTheirNamesWithItsOwnFormOfThree() {
        List<MigrationScripts.Script> h2 = new MigrationScripts(false).scripts();
        List<MigrationScripts.Script> pg = new MigrationScripts(true).scripts();
        assertEquals(h2.stream().map(MigrationScripts.Script::name).toList(),
                pg.stream().map(MigrationScripts.Script::name).toList());
        assertTrue(h2.size() >= 11 && h2.stream().allMatch(s -> s.resource().startsWith("db/migration/")));
        List<String> own = new ArrayList<>();
        for (int i = 0; i < pg.size(); i++) {
            if (!pg.get(i).resource().equals(h2.get(i).resource())) {
                own.add(pg.get(i).name());
                assertFalse(pg.get(i).text().equals(h2.get(i).text()));
            }
        }
        // V14 adds PostgreSQL's row-level security policies to the district_role table both engines have (0027).
        assertEquals(List.of("V11__finding_messages_by_language.sql", "V14__district_role.sql", "V8__current_fact.sql"),
                own);
        String printed = Migrations.print(true);
        assertTrue(printed.indexOf("db/migration/V1__census_schema.sql") < printed.indexOf("db/migration/V2__")
                && printed.indexOf("db/migration/V9__") < printed.indexOf("db/migration-postgresql/V11__"), "in order");
        assertTrue(printed.contains("(VALUES (0), (1)"), "the PostgreSQL form of V8");
    }
}
