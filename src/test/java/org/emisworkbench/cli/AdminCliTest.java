package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;

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

        var refused = CliRun.emis("db-info", "--db", "postgresql://officer:Tr0ub4dor@127.0.0.1:1/census");
        assertNotEquals(0, refused.code());
        assertFalse((refused.out() + refused.err()).contains("Tr0ub4dor"), refused.err());
        assertTrue(refused.err().contains("holds a password"), refused.err());
    }
}
