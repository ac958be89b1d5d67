package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import static org.emisworkbench.model.WorkspaceBackup.Kind.BEFORE_IMPORT;
import static org.emisworkbench.model.WorkspaceBackup.Kind.BEFORE_UPGRADE;
import static org.emisworkbench.model.WorkspaceBackup.Kind.OTHER;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged workspace is reported as damaged, left byte for byte as it was, and the officer is pointed
 * to the newest backup beside it (issue 12, item 3).
 */
class DamagedWorkspaceTest {
    static final Path FORMS = WorkspaceSecurityTest.FORMS;

    @TempDir
    Path dir;

    private static void importOne(Path db, String form) {
        try (Workbench wb = Workbench.open(db)) {
            ImportReport r = new ImportService(wb, TemplateCatalog.load(null)).importFiles(new ImportRequest(
                    List.of(FORMS.resolve(form)), null, null), Progress.NONE, Cancellation.none());
            assertEquals(FileOutcome.IMPORTED, r.files().get(0).outcome(), r.files().get(0).toString());
        }
    }

    private List<String> backups() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("census.backup-")).sorted()
                    .toList();
        }
    }

    @Test
    void aCutOrBrokenWorkspaceIsReportedLeftAsItWasAndItsBackupNamed() throws Exception {
        Path db = dir.resolve("census.mv.db");
        importOne(db, "SCH03001.xlsx");
        importOne(db, "SCH03002.xlsx");
        importOne(db, "SCH03003.xlsx");
        byte[] whole = Files.readAllBytes(db);
        assertTrue(whole.length >= 4 * 4096, "several blocks: " + whole.length);
        // Backups beside it: one made before each import but the first, one made before an upgrade and one
        // by hand, both older; the message names the newest, made before the third import.
        try (Workbench wb = Workbench.open(db)) {
            wb.backupTo(dir.resolve("census.backup-v2-20200101-090000"));
            wb.backupTo(dir.resolve("census.backup-20200102-120000"));
        }
        List<org.emisworkbench.model.WorkspaceBackup> listed = Workbench.backups(db);
        assertEquals(List.of(BEFORE_IMPORT, BEFORE_IMPORT, OTHER, BEFORE_UPGRADE),
                listed.stream().map(org.emisworkbench.model.WorkspaceBackup::kind).toList());
        assertEquals(4, backups().size(), backups()::toString);
        String newestBackup = listed.get(0).file().getFileName().toString();
        int half = whole.length / 2 / 4096 * 4096;
        // Where the newest part of the file starts: a properly closed file's header names it.
        java.util.regex.Matcher block = java.util.regex.Pattern.compile(",block:([0-9a-f]+),")
                .matcher(new String(whole, 0, 200, java.nio.charset.StandardCharsets.ISO_8859_1));
        assertTrue(block.find());
        int newestPart = Integer.parseInt(block.group(1), 16) * 4096;
        assertTrue(newestPart >= 8192 && newestPart < whole.length, newestPart + " in " + whole.length);
        byte[] noHeader = whole.clone();
        noHeader[20] ^= 0x08; // a bit flipped in each copy of the file header: "H:2," is still there
        noHeader[4096 + 20] ^= 0x08;
        List<byte[]> damaged = List.of(new byte[0], Arrays.copyOf(whole, half + 1000),
                Arrays.copyOf(whole, whole.length - 1), noHeader);
        List<String> why = List.of("the file is empty", "the file ends before its last saved part",
                "the file ends before its last saved part", "its file header is damaged");
        for (int i = 0; i < damaged.size(); i++) {
            Files.write(db, damaged.get(i));
            ServiceException e = assertThrows(ServiceException.class, () -> Workbench.open(db).close(), "case " + i);
            assertEquals("census.mv.db is damaged (" + why.get(i) + "). It was not opened and was left exactly as it"
                    + " was. The last backup is " + dir.resolve(newestBackup) + ": open that file instead, or restore"
                    + " it over census.mv.db.", e.getMessage(), "case " + i);
            assertArrayEquals(damaged.get(i), Files.readAllBytes(db), "case " + i + ": not a byte changed");
        }
        ServiceException fr = assertThrows(ServiceException.class, () -> Workbench.open(db).close());
        assertTrue(fr.message().in(Locale.FRENCH).startsWith("census.mv.db est endommagé (son en-tête de fichier"
                + " est endommagé). Il n’a pas été ouvert"), fr.message().in(Locale.FRENCH));

        // The command line says the same and exits 2, touching nothing.
        Files.write(db, Arrays.copyOf(whole, half + 1000));
        CliRun info = CliRun.emis("db-info", "--db", db.toString());
        assertEquals(2, info.code(), info.err());
        assertTrue(info.err().contains("census.mv.db is damaged (the file ends before its last saved part)"),
                info.err());
        assertArrayEquals(Arrays.copyOf(whole, half + 1000), Files.readAllBytes(db));

        // Cut on a block boundary (in half; where its newest part starts), it is either refused as damaged
        // or opens with everything: never silently at an earlier state.
        for (int cut : List.of(half, newestPart)) {
            Files.write(db, Arrays.copyOf(whole, cut));
            try (Workbench wb = Workbench.open(db)) {
                assertEquals(3, wb.batches().size(), "cut at " + cut + ": opened whole, nothing rolled back");
            } catch (ServiceException e) {
                assertTrue(e.getMessage().startsWith("census.mv.db is damaged ("), e.getMessage());
                assertArrayEquals(Arrays.copyOf(whole, cut), Files.readAllBytes(db));
            }
        }

        // Put back whole, it opens again with its three returns.
        Files.write(db, whole);
        try (Workbench wb = Workbench.open(db)) {
            assertEquals(3, wb.batches().size());
        }
    }

    @Test
    void aProperlyClosedFileWithoutItsNewestPartIsDamaged() throws Exception {
        // Plain H2 with its default settings marks the header "clean" when it closes the file.
        Path plain = dir.resolve("plain.mv.db");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("plain"),
                "emis", ""); java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE TABLE T(X INT)");
            for (int i = 0; i < 5; i++) {
                st.execute("INSERT INTO T SELECT X FROM SYSTEM_RANGE(1, 2000)");
            }
        }
        byte[] whole = Files.readAllBytes(plain);
        String header = new String(whole, 0, 200, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(header.contains(",clean:1,"), header);
        java.util.regex.Matcher block = java.util.regex.Pattern.compile(",block:([0-9a-f]+),").matcher(header);
        assertTrue(block.find());
        byte[] cut = Arrays.copyOf(whole, Integer.parseInt(block.group(1), 16) * 4096);
        Files.write(plain, cut);
        ServiceException e = assertThrows(ServiceException.class, () -> Workbench.open(plain).close());
        assertEquals("plain.mv.db is damaged (the file ends before its last saved part). It was not opened and was"
                + " left exactly as it was. No backup of it was found beside it.", e.getMessage());
        assertArrayEquals(cut, Files.readAllBytes(plain));
    }
}
