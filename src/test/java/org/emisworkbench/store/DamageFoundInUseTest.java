package org.emisworkbench.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damage the engine meets while the workspace is open (a page read for the first time): the engine stops
 * without writing again, and the officer is told the workspace was closed, not that it "was not opened"
 * (issue 12, the limit left in session 21). A failure that is not damage changes nothing.
 */
class DamageFoundInUseTest {
    @TempDir
    Path dir;

    @Test
    void theEnginesFileCorruptedStopsTheWorkspaceUnwrittenAndSaysItWasClosed() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("census"));
        Path file = ws.file();
        try (Connection c = ws.connect(); var st = c.createStatement()) {
            st.execute("SELECT COUNT(*) FROM school");
        }
        assertTrue(ws.stopIfDamaged(new SQLException("Timeout trying to lock table", "HYT00", 50200)).isEmpty(),
                "a failure that is not damage leaves the workspace open");
        try (Connection c = ws.connect(); var st = c.createStatement()) {
            assertTrue(st.executeQuery("SELECT COUNT(*) FROM school").next());
        }

        byte[] before = Files.readAllBytes(file);
        WorkspaceException said = ws.stopIfDamaged(new SQLException(
                "File corrupted while reading record: \"page 42\"", "90030", 90030)).orElseThrow();
        assertEquals("workspace.damagedInUseNoBackup", said.message().key());
        assertTrue(said.getMessage().startsWith("census.mv.db is damaged (") && said.getMessage().contains(
                "It was closed at once and nothing more was written to it. No backup of it was found beside it."),
                said.getMessage());
        assertFalse(said.getMessage().contains("not opened"), said.getMessage());
        assertThrows(WorkspaceException.class, () -> {
            try (Connection c = ws.connect(); var st = c.createStatement()) {
                st.executeQuery("SELECT COUNT(*) FROM school");
            }
        }, "the stopped engine is not used again");
        ws.close();
        assertArrayEquals(before, Files.readAllBytes(file), "nothing more was written to the damaged file");
    }
}
