package org.emisworkbench.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace whose password another program changed is refused before H2 opens it, and not a byte of
 * it changes (issue 12, 9b): H2 refused the login but rewrote the file on closing (364,544 → 348,160 bytes).
 */
class ChangedPasswordWorkspaceTest {
    @TempDir
    Path dir;

    @Test
    void aWorkspaceWithAnotherPasswordIsRefusedAndLeftByteForByte() throws Exception {
        Path file = dir.resolve("w.mv.db");
        Workspace.open(file).close();
        // The workbench's own file opens again: its stored password is the workbench's.
        Workspace.open(file).close();

        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(Workspace.url(file) + ";MAX_COMPACT_TIME=0");
        ds.setUser(Workspace.USER);
        ds.setPassword("");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER USER " + Workspace.USER + " SET PASSWORD 'secret'");
        }
        byte[] before = Files.readAllBytes(file);
        for (int attempt = 0; attempt < 2; attempt++) {
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(file).close());
            assertTrue(e.getMessage().contains("w.mv.db is a database, but not an EMIS Workbench workspace; it was not opened"),
                    e.getMessage());
            assertArrayEquals(before, Files.readAllBytes(file), "the refused file is left byte for byte");
        }
    }
}
