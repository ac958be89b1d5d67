package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;
import org.emisworkbench.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the officer reads when the workspace is busy elsewhere or is not ours: plain words, no engine text. */
class EngineMessagesTest {
    @TempDir
    Path dir;

    static void assertPlain(String message) {
        for (String engine : new String[] {"[9", "[2", "Exception", "org.h2", "server mode", "General error",
            "Wrong user name", "Database may be", "Unable to obtain connection"}) {
            assertFalse(message.contains(engine), () -> "engine text '" + engine + "' in: " + message);
        }
    }

    @Test
    void aWorkspaceOpenInAnotherProgramIsSaidSo() throws Exception {
        Path db = dir.resolve("census");
        Process other = ChildJvm.start(HoldWorkspaceMain.class, "128m", db.toString());
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("OPEN"));
            assertEquals("OPEN", line, "the other process holds the workspace");
            ServiceException e = assertThrows(ServiceException.class, () -> Workbench.open(db).close());
            // The workspace check reads the file before H2 does, so it is the one that finds it locked.
            assertTrue(e.getMessage().contains("census.mv.db") && e.getMessage().contains("open in another window or"
                    + " program"), e.getMessage());
            assertPlain(e.getMessage());
        } finally {
            other.getOutputStream().close();
            if (!other.waitFor(30, TimeUnit.SECONDS)) {
                other.destroyForcibly().waitFor();
            }
        }
        try (Workbench wb = Workbench.open(db)) {
            assertTrue(wb.workspace().file().toString().endsWith("census.mv.db"), "opens once the other has closed it");
        }
    }

    @Test
    void anH2FileOfAnotherProgramIsSaidNotToBeAWorkspace() throws Exception {
        Path base = dir.resolve("foreign");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base, "sa", "their-password")) {
            c.createStatement().execute("CREATE TABLE accounts(id INT)");
        }
        ServiceException e = assertThrows(ServiceException.class, () -> Workbench.open(base).close());
        assertTrue(e.getMessage().contains("not an EMIS Workbench workspace; it was not opened"), e.getMessage());
        assertTrue(e.getMessage().contains("foreign.mv.db"), e.getMessage());
        assertPlain(e.getMessage());
    }

    @Test
    void anEncryptedH2FileIsRefusedPlainly() throws Exception {
        Path base = dir.resolve("locked");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + ";CIPHER=AES", "sa", "filepw userpw")) {
            c.createStatement().execute("CREATE TABLE t(id INT)");
        }
        assertTrue(Files.exists(dir.resolve("locked.mv.db")));
        ServiceException e = assertThrows(ServiceException.class, () -> Workbench.open(base).close());
        assertTrue(e.getMessage().contains("locked.mv.db"), e.getMessage());
        assertPlain(e.getMessage());
    }
}
