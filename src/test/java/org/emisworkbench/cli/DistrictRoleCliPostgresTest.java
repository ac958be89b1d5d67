package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.emisworkbench.store.SharedDatabase;
import org.emisworkbench.testing.PostgresCluster;
import org.emisworkbench.testing.StoreEngine;
import org.junit.jupiter.api.Test;

/**
 * {@code emis admin district-role} on a shared workspace (decision 0027), as a database administrator runs it:
 * as the role owning the tables, it gives an ordinary login role a district, lists it, refuses a member of the
 * owning role, and takes the district away again. The roles are made by the test cluster's superuser, whose
 * password (PGPASSWORD, when the server needs one) they share so that this JVM's environment reaches them too.
 * Skipped, saying why, without a server.
 */
class DistrictRoleCliPostgresTest {
    @Test
    void aDatabaseAdministratorGivesListsAndTakesAwayADistrict() throws Exception {
        StoreEngine.POSTGRESQL.assumeAvailable();
        String address = PostgresCluster.newWorkspace();
        SharedDatabase db = SharedDatabase.parse(address, PostgresCluster.environment(), null);
        String password = System.getenv().getOrDefault("PGPASSWORD", "pw-district-cli");
        String suffix = ProcessHandle.current().pid() + "_" + (System.nanoTime() % 1_000_000);
        String owner = "emis_app_cli_" + suffix;
        String officer = "d03_officer_" + suffix;
        String member = "ana_" + suffix;
        try (Connection su = DriverManager.getConnection("jdbc:postgresql://" + db.host() + ":" + db.port() + "/"
                + db.database(), PostgresCluster.role(), System.getenv("PGPASSWORD"));
             Statement s = su.createStatement()) {
            s.execute("CREATE ROLE " + owner + " LOGIN PASSWORD '" + password + "'");
            s.execute("CREATE ROLE " + officer + " LOGIN PASSWORD '" + password + "'");
            s.execute("CREATE ROLE " + member + " LOGIN PASSWORD '" + password + "' IN ROLE " + owner);
            s.execute("GRANT CREATE ON DATABASE " + db.database() + " TO " + owner);
            try {
                String asOwner = SharedDatabase.address(db.host(), db.port(), db.database(), owner, db.schema());
                var opened = org.emisworkbench.testing.CliRun.emis("db-info", "--db", asOwner);
                assertEquals(0, opened.code(), opened.err());

                // Districts are given as the workspace knows them: after its master list, not before.
                var unknown = org.emisworkbench.testing.CliRun.emis("admin", "district-role", "--db", asOwner, "--role",
                        officer, "--district", "D03");
                assertNotEquals(0, unknown.code());
                assertTrue(unknown.err().contains("This workspace has no district D03"), unknown.err());
                var master = org.emisworkbench.testing.CliRun.emis("import", "--db", asOwner,
                        "sample-workbooks/master-list.xlsx");
                assertEquals(0, master.code(), master.err());
                var typo = org.emisworkbench.testing.CliRun.emis("admin", "district-role", "--db", asOwner, "--role",
                        officer, "--district", "D99");
                assertNotEquals(0, typo.code());
                assertTrue(typo.err().contains("no district D99") && typo.err().contains("D03"), typo.err());
                // Written in lower case, the district is stored as the workspace writes it.
                var given = org.emisworkbench.testing.CliRun.emis("admin", "district-role", "--db", asOwner, "--role", officer,
                        "--district", "d03", "--district", "D04");
                assertEquals(0, given.code(), given.err());
                assertTrue(given.out().contains(officer + " may change the returns and findings of D03, D04 only"),
                        given.out());
                var listed = org.emisworkbench.testing.CliRun.emis("admin", "district-role", "--db", asOwner, "--list");
                assertEquals(0, listed.code(), listed.err());
                List<String> lines = listed.out().lines().toList();
                assertEquals(2, lines.size(), listed.out());
                assertTrue(lines.get(0).startsWith(officer) && lines.get(0).contains("D03")
                        && lines.get(0).contains("by " + owner), listed.out());

                var refused = org.emisworkbench.testing.CliRun.emis("admin", "district-role", "--db", asOwner, "--role", member,
                        "--district", "D03");
                assertNotEquals(0, refused.code());
                assertTrue(refused.err().contains("is a member of " + owner), refused.err());
                var notOwner = org.emisworkbench.testing.CliRun.emis("admin", "district-role", "--db",
                        SharedDatabase.address(db.host(), db.port(), db.database(), officer, db.schema()),
                        "--role", officer, "--district", "D05");
                assertNotEquals(0, notOwner.code());
                assertTrue(notOwner.err().contains("given by the role that owns the workspace's tables (" + owner
                        + ")"), notOwner.err());

                var one = org.emisworkbench.testing.CliRun.emis("admin", "district-role", "--db", asOwner, "--remove", "--role",
                        officer, "--district", "D04");
                assertEquals(0, one.code(), one.err());
                assertTrue(one.out().contains("1 district(s) taken from " + officer + ". It may still change D03."),
                        one.out());
                var all = org.emisworkbench.testing.CliRun.emis("admin", "district-role", "--db", asOwner, "--remove", "--role",
                        officer);
                assertTrue(all.out().contains("It now only reads the workspace."), all.out());
                var none = org.emisworkbench.testing.CliRun.emis("admin", "district-role", "--db", asOwner, "--list");
                assertTrue(none.out().startsWith("No district officer's role"), none.out());
            } finally {
                for (String role : List.of(member, officer, owner)) {
                    s.execute("DROP OWNED BY " + role + " CASCADE");
                    s.execute("DROP ROLE " + role);
                }
            }
        }
    }
}
