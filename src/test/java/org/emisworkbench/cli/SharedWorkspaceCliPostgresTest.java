package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.PostgresCluster;
import org.emisworkbench.testing.StoreEngine;
import org.junit.jupiter.api.Test;

/**
 * {@code --db postgresql://…} on the command line (decision 0018): import, db-info and validate on a shared
 * workspace, reached in this JVM through the address alone. Skipped, saying why, without a server.
 */
class SharedWorkspaceCliPostgresTest {
    @Test
    void aSharedWorkspaceIsChosenByItsAddress() {
        StoreEngine.POSTGRESQL.assumeAvailable();
        String address = PostgresCluster.newWorkspace();
        var imported = CliRun.emis("import", "--db", address, "sample-workbooks/2024/wide");
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("2 imported"), imported.out());
        var info = CliRun.emis("db-info", "--db", "jdbc:" + address);
        assertEquals(0, info.code(), info.err());
        assertTrue(info.out().startsWith("Workspace postgresql://"), info.out());
        assertTrue(info.out().contains("2 imported file(s)"), info.out());
        assertTrue(info.out().contains("problems, by " + PostgresCluster.role()), "who imported: " + info.out());
        var validated = CliRun.emis("validate", "--db", address, "--year", "2024", "--format", "json");
        assertTrue(validated.code() == 0 || validated.code() == 1, validated.err());
        assertTrue(validated.out().contains("\"rule\" : \"") || validated.out().contains("\"rule\":\""), validated.out());
        var reset = CliRun.emis("workshop", "reset", "--db", address);
        assertNotEquals(0, reset.code());
        assertTrue(reset.err().contains("works on a workspace file"), reset.err());
    }
}
