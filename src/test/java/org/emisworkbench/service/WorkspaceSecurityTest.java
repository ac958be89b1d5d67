package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workspace database is embedded, file-only, private to the user, and can be put back from a
 * backup through the service.
 */
class WorkspaceSecurityTest {
    static final Path FORMS = Path.of("sample-workbooks/2024/forms/D03");

    @TempDir
    Path dir;

    private static ImportReport importFiles(Workbench wb, Path... files) {
        return new ImportService(wb, TemplateCatalog.load(null)).importFiles(new ImportRequest(List.of(files), null,
                null), Progress.NONE, Cancellation.none());
    }

    @Test
    void theDatabaseIsEmbeddedAndOpensNoListeningSocket() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")) && Files.isDirectory(Path.of("/proc/self/fd")),
                "Linux /proc needed to list sockets");
        Set<String> before = listeningSocketsOfThisProcess();
        try (Workbench wb = Workbench.open(dir.resolve("census"))) {
            importFiles(wb, FORMS.resolve("SCH03001.xlsx"));
            try (Connection c = wb.workspace().connect()) {
                String url = c.getMetaData().getURL().toUpperCase(Locale.ROOT);
                assertTrue(url.startsWith("JDBC:H2:FILE:"), url);
                for (String server : List.of("AUTO_SERVER", "TCP:", "SSL:", "MEM:", "ZIP:", "INIT=")) {
                    assertFalse(url.contains(server), url);
                }
            }
            Set<String> after = listeningSocketsOfThisProcess();
            after.removeAll(before);
            assertEquals(Set.of(), after, "listening sockets opened by the workspace");
        }
    }

    /** Inodes of TCP sockets in LISTEN state (0A) that this process holds. */
    private static Set<String> listeningSocketsOfThisProcess() throws IOException {
        Set<String> mine = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            fds.forEach(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        mine.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException e) {
                    // The fd closed while listing.
                }
            });
        }
        Set<String> listening = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path p = Path.of(table);
            if (!Files.isReadable(p)) {
                continue;
            }
            // Read once: the table changes as other programs open and close sockets.
            List<String> lines = Files.readAllLines(p);
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 9 && f[3].equals("0A") && mine.contains(f[9])) {
                    listening.add(table + ":" + f[1]);
                }
            }
        }
        return listening;
    }

    @Test
    void databaseAndBackupFilesAreReadableByTheUserAlone() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("ws"));
        assumeTrue(Files.getFileStore(folder).supportsFileAttributeView("posix"), "POSIX file system");
        try (Workbench wb = Workbench.open(folder.resolve("census"))) {
            importFiles(wb, FORMS.resolve("SCH03001.xlsx"));
            wb.backupTo(folder.resolve("copy"));
            try (Stream<Path> files = Files.list(folder)) {
                List<Path> all = files.toList();
                assertTrue(all.contains(folder.resolve("census.mv.db")), all::toString);
                assertTrue(all.contains(folder.resolve("copy.mv.db")), all::toString);
                for (Path f : all) {
                    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)),
                            f.getFileName().toString());
                }
            }
        }
    }

    @Test
    void restoringABackupThroughTheServiceGivesBackItsData() throws Exception {
        Path db = dir.resolve("census");
        Path backup = dir.resolve("before-d03");
        try (Workbench wb = Workbench.open(db)) {
            assertEquals(FileOutcome.IMPORTED, importFiles(wb, FORMS.resolve("SCH03001.xlsx")).files().get(0).outcome());
            wb.backupTo(backup);
            assertEquals(2, importFiles(wb, FORMS.resolve("SCH03002.xlsx"), FORMS.resolve("SCH03003.xlsx"))
                    .count(FileOutcome.IMPORTED));
            assertEquals(3, wb.schools(2024, null).size());
        }
        Workbench.restore(backup, db);
        try (Workbench wb = Workbench.open(db)) {
            assertEquals(List.of("SCH03001"), wb.schools(2024, null).stream().map(s -> s.code()).toList());
            assertEquals(1, wb.batches().size());
            // The files imported after the backup are not known any more: they import again.
            assertEquals(FileOutcome.IMPORTED, importFiles(wb, FORMS.resolve("SCH03002.xlsx")).files().get(0).outcome());
        }
        Path aside = dir.resolve("census.before-restore.mv.db");
        assertTrue(Files.exists(aside), "the replaced database is kept aside");
        if (Files.getFileStore(aside).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(aside)),
                    "the copy aside holds the same data as the workspace");
        }
        try (Workbench wb = Workbench.open(aside)) {
            assertEquals(3, wb.schools(2024, null).size(), "the copy aside is the database as it was");
        }
        ServiceException e = org.junit.jupiter.api.Assertions.assertThrows(ServiceException.class,
                () -> Workbench.restore(Files.writeString(dir.resolve("notes.mv.db"), "not a database"), db));
        assertEquals("notes.mv.db is not a workspace backup.", e.getMessage());
    }
}
