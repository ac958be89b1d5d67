package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.emisworkbench.store.SharedDatabase;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.PostgresCluster;
import org.emisworkbench.testing.StoreEngine;
import org.junit.jupiter.api.Test;

/**
 * {@code emis structure} on a shared workspace (decision 0039): the grade table is changed by the same plain SQL
 * as in a workspace file, and the indicators count Grade 7 as primary; a district officer's role may not change it
 * (decisions 0027, 0039) and is told so in plain words. Skipped, saying why, without a server.
 */
class StructureCliPostgresTest {
    @Test
    void aSharedWorkspaceTakesSevenYearsOfPrimary() {
        StoreEngine.POSTGRESQL.assumeAvailable();
        String address = PostgresCluster.newWorkspace();
        var imported = CliRun.emis("import", "--db", address, "sample-workbooks/2024/wide");
        assertEquals(0, imported.code(), imported.err());
        var before = CliRun.emis("indicators", "--db", address, "--year", "2024", "--level", "primary", "--format",
                "json");
        assertEquals(0, before.code(), before.err());
        assertTrue(!before.out().contains("\"G7\""), "G7 is not primary by default");

        var changed = CliRun.emis("structure", "--db", address, "--primary", "7", "--lower-secondary", "2",
                "--entrance-age", "7");
        assertEquals(0, changed.code(), changed.err());
        assertTrue(changed.out().contains("7 year(s) of primary from age 7, 2 of lower secondary, 3 of upper"),
                changed.out());
        var refused = CliRun.emis("structure", "--db", address, "--lower-secondary", "4", "--upper-secondary", "4",
                "--primary", "6");
        assertEquals(PlainErrors.FAILED, refused.code(), refused.out());
        assertTrue(refused.err().contains("14 grades do not fit"), refused.err());

        var after = CliRun.emis("indicators", "--db", address, "--year", "2024", "--level", "primary", "--format",
                "json");
        assertEquals(0, after.code(), after.err());
        assertTrue(after.out().contains("\"G7\""), "Grade 7 counted in primary");
        var shown = CliRun.emis("structure", "--db", address);
        assertTrue(shown.out().contains("primary          G1 (age 7)"), shown.out());
    }

    @Test
    void aDistrictOfficersRoleIsToldOnlyANationalRoleChangesTheStructure() throws Exception {
        StoreEngine.POSTGRESQL.assumeAvailable();
        String address = PostgresCluster.newWorkspace();
        SharedDatabase db = SharedDatabase.parse(address, PostgresCluster.environment(), null);
        String password = System.getenv().getOrDefault("PGPASSWORD", "pw-structure-cli");
        String suffix = ProcessHandle.current().pid() + "_" + (System.nanoTime() % 1_000_000);
        String owner = "emis_app_st_" + suffix;
        String officer = "d03_st_" + suffix;
        try (Connection su = DriverManager.getConnection("jdbc:postgresql://" + db.host() + ":" + db.port() + "/"
                + db.database(), PostgresCluster.role(), System.getenv("PGPASSWORD"));
             Statement s = su.createStatement()) {
            s.execute("CREATE ROLE " + owner + " LOGIN PASSWORD '" + password + "'");
            s.execute("CREATE ROLE " + officer + " LOGIN PASSWORD '" + password + "'");
            s.execute("GRANT CREATE ON DATABASE " + db.database() + " TO " + owner);
            try {
                String asOwner = SharedDatabase.address(db.host(), db.port(), db.database(), owner, db.schema());
                String asOfficer = SharedDatabase.address(db.host(), db.port(), db.database(), officer, db.schema());
                var master = CliRun.emis("import", "--db", asOwner, "sample-workbooks/master-list.xlsx");
                assertEquals(0, master.code(), master.err());
                var given = CliRun.emis("admin", "district-role", "--db", asOwner, "--role", officer, "--district",
                        "D03");
                assertEquals(0, given.code(), given.err());

                var refused = CliRun.emis("structure", "--db", asOfficer, "--primary", "7", "--lower-secondary", "2",
                        "--entrance-age", "7");
                assertEquals(PlainErrors.FAILED, refused.code(), refused.out());
                assertTrue(refused.err().contains("only a national role may change it. The database role " + officer
                        + " is a district officer's (districts D03); nothing was changed."), refused.err());
                assertFalse(refused.err().contains("permission denied") || refused.err().contains("42501"),
                        refused.err());
                var french = CliRun.emis("structure", "--db", asOfficer, "--lang", "fr", "--primary", "7");
                assertEquals(PlainErrors.FAILED, french.code(), french.out());
                assertTrue(french.err().contains("seul un rôle national peut la modifier"), french.err());
                assertFalse(french.err().contains("national role"), french.err());

                // Nothing changed: the national role still sees six years of primary, never changed.
                var shown = CliRun.emis("structure", "--db", asOwner);
                assertEquals(0, shown.code(), shown.err());
                assertTrue(shown.out().contains("6 year(s) of primary from age 6"), shown.out());
                assertFalse(shown.out().contains("Last changed"), shown.out());
            } finally {
                for (String role : List.of(officer, owner)) {
                    s.execute("DROP OWNED BY " + role + " CASCADE");
                    s.execute("DROP ROLE " + role);
                }
            }
        }
    }
}
