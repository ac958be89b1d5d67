package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code emis workspace copy}: the table-by-table account, and a target that exists refused in one plain line. */
class WorkspaceCopyCliTest {
    @TempDir
    Path dir;

    @Test
    void copiesIntoANewFileAndNeverOverAnExistingOne() throws Exception {
        String a = dir.resolve("a.mv.db").toString();
        String b = dir.resolve("b.mv.db").toString();
        assertEquals(0, org.emisworkbench.testing.CliRun.emis("import", "--db", a, "sample-workbooks/2024/wide").code());
        var copied = org.emisworkbench.testing.CliRun.emis("workspace", "copy", "--from", a, "--to", b);
        assertEquals(0, copied.code(), copied.err());
        assertTrue(copied.out().lines().anyMatch(l -> l.matches("school_return\\s+167")), copied.out());
        assertTrue(copied.out().contains("(as a new workspace has it)"), copied.out());
        var info = org.emisworkbench.testing.CliRun.emis("db-info", "--db", b);
        assertTrue(info.out().contains("2 imported file(s)"), info.out());
        long size = Files.size(Path.of(b));
        var again = org.emisworkbench.testing.CliRun.emis("workspace", "copy", "--from", a, "--to", b);
        assertEquals(2, again.code());
        assertEquals("error: " + Path.of(b).toAbsolutePath().normalize()
                + " already exists; nothing was copied. A workspace is copied into a new file only.", again.err().trim());
        assertEquals(size, Files.size(Path.of(b)));
        // A mistyped source is refused, never created as an empty workspace and copied.
        var missing = org.emisworkbench.testing.CliRun.emis("workspace", "copy", "--from", dir.resolve("nosuch").toString(),
                "--to", dir.resolve("c.mv.db").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("There is no workspace") && missing.err().contains("nothing was created"),
                missing.err());
        assertTrue(!Files.exists(dir.resolve("nosuch.mv.db")) && !Files.exists(dir.resolve("c.mv.db")));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains(".copying.")), "no half copy left");
        }
    }
}
