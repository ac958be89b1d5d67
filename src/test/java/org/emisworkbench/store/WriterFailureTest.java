package org.emisworkbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolRecord;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer thread fails with an Error (out of memory, injected through the connection it writes
 * with): the thread reading the workbook learns of it at once, the file ends with a plain message, and
 * nothing of it stays in any table. It used to block forever on the full queue.
 */
class WriterFailureTest {
    @TempDir
    Path dir;

    /** A connection whose statements throw {@code error} when the writer thread sends a batch of rows. */
    static Connection failingInWriter(Connection real, Supplier<Throwable> error) {
        return (Connection) Proxy.newProxyInstance(WriterFailureTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, m, args) -> {
                    Object result = invoke(real, m, args);
                    if (result instanceof PreparedStatement ps) {
                        return Proxy.newProxyInstance(WriterFailureTest.class.getClassLoader(),
                                new Class<?>[] {PreparedStatement.class}, (p2, m2, a2) -> {
                                    if (m2.getName().equals("executeBatch")
                                            && Thread.currentThread().getName().startsWith("emis-batch-writer")) {
                                        throw error.get();
                                    }
                                    return invoke(ps, m2, a2);
                                });
                    }
                    return result;
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    static Map<String, Long> counts(Connection c) throws Exception {
        Map<String, Long> out = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM"
                + " INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            while (rs.next()) {
                out.put(rs.getString(1), 0L);
            }
        }
        for (String t : out.keySet()) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + t + "\"")) {
                rs.next();
                out.put(t, rs.getLong(1));
            }
        }
        return out;
    }

    private static FactRecord facts(String school, Sex sex, int row) {
        int[] v = new int[13];
        Arrays.fill(v, row % 50);
        return new FactRecord(school, Topic.ENROLMENT, sex, AgeGroup.ALL, v, new String[13], "Pupils", row);
    }

    @Test
    void anOutOfMemoryErrorInTheWriterEndsTheFilePlainlyAndLeavesNothing() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("census")); Connection real = ws.connect()) {
            Map<String, Long> before = counts(real);
            Connection c = failingInWriter(real, () -> new OutOfMemoryError("Java heap space"));
            c.setAutoCommit(false);
            WorkspaceException e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                BatchWriter w = BatchWriter.start(c, new BatchHeader("big.xlsx", null, "f".repeat(64), 1, "t", 1,
                        "WIDE", "CENSUS", 2024));
                try (w) {
                    return assertThrows(WorkspaceException.class, () -> {
                        // Far more rows than the queue holds: a producer that is not told of the failure blocks.
                        for (int i = 0; i < 20_000; i++) {
                            String code = "S" + i;
                            w.school(new SchoolRecord(code, Map.of(SchoolAttribute.NAME, "School " + i), "Schools",
                                    i, "A" + i));
                            w.facts(facts(code, Sex.F, i));
                            w.facts(facts(code, Sex.M, i));
                        }
                        w.finish(0);
                    });
                }
            }, "the import ends instead of waiting for a dead writer");
            assertEquals("workspace.outOfMemory", e.message().key(), e.getMessage());
            assertTrue(e.getMessage().contains("big.xlsx") && e.getMessage().contains("memory"), e.getMessage());
            assertFalse(e.getMessage().contains("Error"), e.getMessage());
            real.setAutoCommit(true);
            assertEquals(before, counts(real), "every table as before the file");
        }
    }

    @Test
    void anyOtherErrorOfTheWriterEndsTheFileToo() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("census")); Connection real = ws.connect()) {
            Map<String, Long> before = counts(real);
            Connection c = failingInWriter(real, () -> new StackOverflowError());
            c.setAutoCommit(false);
            WorkspaceException e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                BatchWriter w = BatchWriter.start(c, new BatchHeader("deep.xlsx", null, "e".repeat(64), 1, "t", 1,
                        "WIDE", "CENSUS", 2024));
                try (w) {
                    for (int i = 0; i < 100; i++) {
                        w.school(new SchoolRecord("S" + i, Map.of(), "Schools", i, "A" + i));
                        w.facts(facts("S" + i, Sex.F, i));
                    }
                    // Few rows: the failure shows at the end, when the writer is asked for its last commit.
                    return assertThrows(WorkspaceException.class, () -> w.finish(0));
                }
            });
            assertEquals("workspace.writerFailed", e.message().key(), e.getMessage());
            real.setAutoCommit(true);
            assertEquals(before, counts(real));
        }
    }
}
