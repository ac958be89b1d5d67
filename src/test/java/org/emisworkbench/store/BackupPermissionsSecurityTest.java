package org.emisworkbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The copy made before a schema upgrade holds the whole census: it is private to the user too. */
class BackupPermissionsSecurityTest {
    @TempDir
    Path dir;

    @Test
    void theBackupBeforeAnUpgradeIsReadableByTheUserAlone() throws Exception {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "POSIX file system");
        Path file = Workspace.databaseFile(dir.resolve("old"));
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(Workspace.url(file));
        ds.setUser("emis");
        ds.setPassword("");
        Migrations.migrate(ds, file, false, "1");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        try (Workspace ws = Workspace.open(dir.resolve("old"))) {
            assertNotNull(ws.backupMade());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(ws.backupMade())));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(ws.file())));
            assertEquals(Workspace.url(file), Workspace.url(ws.file()));
            String url = Workspace.url(ws.file());
            assertEquals(-1, url.indexOf("AUTO_SERVER"), url);
            assertEquals(-1, url.toUpperCase(java.util.Locale.ROOT).indexOf("TCP"), url);
        }
    }
}
