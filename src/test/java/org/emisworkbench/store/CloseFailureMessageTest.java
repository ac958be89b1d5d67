package org.emisworkbench.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace that cannot be closed cleanly (memory ran out during a check, issue 12, 4b) says so in a
 * plain line on stderr: never the engine's own text ("Out of memory. [90108-232]").
 */
class CloseFailureMessageTest {
    @TempDir
    Path dir;

    @Test
    void aFailedCloseLogsNoEngineText() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("w.mv.db"));
        Field f = Workspace.class.getDeclaredField("keepAlive");
        f.setAccessible(true);
        Connection real = (Connection) f.get(ws);
        // The engine's own error for memory running out while closing, as H2 2.3 words it.
        SQLException oom = new org.h2.jdbc.JdbcSQLNonTransientException("Out of memory.", null, "HY000", 90108, null, null);
        f.set(ws, Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (p, m, a) -> {
                    if (m.getName().equals("close")) {
                        throw oom;
                    }
                    return m.invoke(real, a);
                }));
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
            ws.close();
        } finally {
            System.setErr(err);
            real.close();
        }
        String said = buf.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("The workspace was not closed cleanly (the database ran out of memory"), said);
        assertFalse(said.contains("90108") || said.contains("Out of memory.") || said.contains("\tat "), said);
    }
}
