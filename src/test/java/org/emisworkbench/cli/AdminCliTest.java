package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code emis admin} and the shared workspace's address before any server is reached (decision 0018): the
 * schema scripts printed for review, and a password in the address refused without being shown.
 */
class AdminCliTest {
    @Test
    void theScriptsArePrintedForReviewAndAPasswordInTheAddressIsNeverShown() {
        var printed = CliRun.emis("admin", "migrations", "--print");
        assertEquals(0, printed.code(), printed.err());
        assertTrue(printed.out().contains("-- db/migration/V1__census_schema.sql")
                && printed.out().contains("-- db/migration-postgresql/V8__current_fact.sql"), printed.out());
        var h2 = CliRun.emis("admin", "migrations", "--print", "--engine", "h2");
        assertTrue(h2.out().contains("-- db/migration/V8__current_fact.sql"), h2.out());

        // Per-district rights (decision 0027): the policies are PostgreSQL's form of V14; a file only has the table.
        assertTrue(printed.out().contains("-- db/migration-postgresql/V14__district_role.sql")
                && printed.out().contains("ALTER TABLE fact_row FORCE ROW LEVEL SECURITY;"), printed.out());
        assertTrue(h2.out().contains("-- db/migration/V14__district_role.sql")
                && h2.out().contains("CREATE TABLE district_role") && !h2.out().contains("POLICY"), h2.out());

        var refused = CliRun.emis("db-info", "--db", "postgresql://officer:Tr0ub4dor@127.0.0.1:1/census");
        assertNotEquals(0, refused.code());
        assertFalse((refused.out() + refused.err()).contains("Tr0ub4dor"), refused.err());
        assertTrue(refused.err().contains("holds a password"), refused.err());
    }

    @Test
    void districtRolesAreForASharedWorkspaceAndNeedARoleAndADistrict(@TempDir Path dir) {
        String file = dir.resolve("district.mv.db").toString();
        var missing = CliRun.emis("admin", "district-role", "--db", file, "--role", "d03_officer", "--district", "D03");
        assertTrue(missing.err().contains("There is no workspace"), "a mistyped file is not created: " + missing.err());
        org.emisworkbench.service.Workbench.open(dir.resolve("district.mv.db")).close();
        var onAFile = CliRun.emis("admin", "district-role", "--db", file, "--role", "d03_officer",
                "--district", "D03");
        assertNotEquals(0, onAFile.code());
        assertTrue(onAFile.err().contains("District rights are for a shared workspace on PostgreSQL"), onAFile.err());
        assertFalse(onAFile.err().contains("Exception"), onAFile.err());
        var noRole = CliRun.emis("admin", "district-role", "--db", file, "--district", "D03");
        assertEquals(2, noRole.code(), noRole.err());
        assertTrue(noRole.err().contains("Name the role (--role)"), noRole.err());
        var noDistrict = CliRun.emis("admin", "district-role", "--db", file, "--role", "d03_officer");
        assertEquals(2, noDistrict.code(), noDistrict.err());
        var badRole = CliRun.emis("admin", "district-role", "--db", file, "--role", "x; DROP TABLE school",
                "--district", "D03");
        assertNotEquals(0, badRole.code());
        assertTrue(badRole.err().contains("is not a role name the workbench accepts"), badRole.err());
    }
}
