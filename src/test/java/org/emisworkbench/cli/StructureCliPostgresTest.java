package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.PostgresCluster;
import org.emisworkbench.testing.StoreEngine;
import org.junit.jupiter.api.Test;

/**
 * {@code emis structure} on a shared workspace (decision 0039): the grade table is changed by the same plain SQL
 * as in a workspace file, and the indicators count Grade 7 as primary. Skipped, saying why, without a server.
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
        var refused = CliRun.emis("structure", "--db", address, "--lower-secondary", "4", "--upper-secondary", "3",
                "--primary", "6");
        assertEquals(PlainErrors.FAILED, refused.code(), refused.out());
        assertTrue(refused.err().contains("13 grades do not fit"), refused.err());

        var after = CliRun.emis("indicators", "--db", address, "--year", "2024", "--level", "primary", "--format",
                "json");
        assertEquals(0, after.code(), after.err());
        assertTrue(after.out().contains("\"G7\""), "Grade 7 counted in primary");
        var shown = CliRun.emis("structure", "--db", address);
        assertTrue(shown.out().contains("primary          G1 (age 7)"), shown.out());
    }
}
