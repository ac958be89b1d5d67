package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace damaged the way disks and copies damage files (issue 12, item 3, the tester's rows 3a–3c): cut
 * on a 4 KiB block boundary near its end, one block zeroed, one bit flipped. Each is refused as damaged (or as
 * possibly damaged), the newest backup is named, and the file keeps the same SHA-256: never opened at an
 * earlier state, never rewritten.
 */
class DamagedWorkspaceBlocksTest {
    private static final int BLOCK = 4096;

    @TempDir
    Path dir;

    private Path db;
    private byte[] whole;
    private String newestBackup;

    /** A workspace of three imports (a backup made before the second and third), closed properly. */
    @BeforeEach
    void threeImports() throws Exception {
        db = dir.resolve("census.mv.db");
        for (String form : List.of("SCH03001.xlsx", "SCH03002.xlsx", "SCH03003.xlsx")) {
            try (Workbench wb = Workbench.open(db)) {
                ImportReport r = new ImportService(wb, TemplateCatalog.load(null)).importFiles(new ImportRequest(
                        List.of(DamagedWorkspaceTest.FORMS.resolve(form)), null, null), Progress.NONE,
                        Cancellation.none());
                assertEquals(FileOutcome.IMPORTED, r.files().get(0).outcome(), r.files().get(0).toString());
            }
        }
        whole = Files.readAllBytes(db);
        var backups = Workbench.backups(db);
        assertEquals(2, backups.size(), backups::toString);
        newestBackup = backups.get(0).file().toString();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private String refusal(String why) {
        return "census.mv.db is damaged (" + why + "). It was not opened and was left exactly as it was. The last"
                + " backup is " + newestBackup + ": open that file instead, or restore it over census.mv.db.";
    }

    /** Opens {@code bytes} as the workspace and reads what {@code emis db-info} reads. */
    private void openAndRead(byte[] bytes) throws Exception {
        Files.write(db, bytes);
        try (Workbench wb = Workbench.open(db)) {
            wb.tableCounts();
            assertEquals(3, wb.batches().size(), "opened at its newest state");
        }
    }

    @Test
    void aCutOnAnyBlockBoundaryNearTheEndIsRefusedAndTheFileLeftAsItWas() throws Exception {
        // Whole, it opens with its three imports (the check passes a file closed properly).
        openAndRead(whole);
        whole = Files.readAllBytes(db);
        int blocks = whole.length / BLOCK;
        // The last parts of the file: every cut from one block to forty (or all but the header and one part).
        int deepest = Math.min(40, blocks - 3);
        assertTrue(deepest >= 10, "several blocks: " + blocks);
        List<String> failures = new ArrayList<>();
        for (int k = 1; k <= deepest; k++) {
            byte[] cut = Arrays.copyOf(whole, whole.length - k * BLOCK);
            String before = sha256(cut);
            Files.write(db, cut);
            try {
                Workbench.open(db).close();
                failures.add("cut " + k + " block(s): opened");
            } catch (ServiceException e) {
                if (!e.getMessage().equals(refusal("the file ends before its last saved part"))) {
                    failures.add("cut " + k + ": " + e.getMessage());
                }
                assertTrue(e.isDamagedWorkspace(), e.getMessage());
            }
            assertEquals(before, sha256(Files.readAllBytes(db)), "cut " + k + ": not a byte changed");
        }
        assertEquals(List.of(), failures);

        // The command line: rc 2, the same words, the file unchanged.
        byte[] cut = Arrays.copyOf(whole, whole.length - BLOCK);
        Files.write(db, cut);
        CliRun info = CliRun.emis("db-info", "--db", db.toString());
        assertEquals(2, info.code(), info.err());
        assertTrue(info.err().contains(refusal("the file ends before its last saved part")), info.err());
        assertEquals(sha256(cut), sha256(Files.readAllBytes(db)));

        // Put back whole, it opens with everything.
        openAndRead(whole);
    }

    @Test
    void aZeroedBlockIsRefusedWhenItIsReadAndTheFileIsNotRewritten() throws Exception {
        int blocks = whole.length / BLOCK;
        int refused = 0;
        List<String> failures = new ArrayList<>();
        for (int b = 2; b < blocks; b++) {
            byte[] zeroed = whole.clone();
            Arrays.fill(zeroed, b * BLOCK, (b + 1) * BLOCK, (byte) 0);
            if (Arrays.equals(zeroed, whole)) {
                continue;
            }
            String before = sha256(zeroed);
            try {
                openAndRead(zeroed);
                // A block no part of the newest state uses, or one holding data db-info does not read: the
                // damage is not seen (docs/robustness.md §5).
            } catch (ServiceException e) {
                refused++;
                // Damaged, or an object or history step we did not write (a damaged name): either way, possibly
                // damaged, and the newest backup named.
                if (!e.isDamagedWorkspace() || !e.getMessage().contains(newestBackup)) {
                    failures.add("block " + b + ": " + e.getMessage());
                }
                if (!before.equals(sha256(Files.readAllBytes(db)))) {
                    failures.add("block " + b + ": the refused file was rewritten: " + e.getMessage());
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(refused >= blocks / 4, refused + " of " + blocks + " zeroed blocks refused");
    }

    @Test
    void aBitFlippedInAStoredNameSaysTheFileMayBeDamagedAndNamesTheBackup() throws Exception {
        // Every copy of the names H2 gives constraints, "CONSTRAINT_…", with one bit flipped: "CONSTRAINTO…".
        byte[] flipped = whole.clone();
        byte[] name = "\"CONSTRAINT_".getBytes(StandardCharsets.ISO_8859_1);
        int found = 0;
        for (int i = 0; i + name.length <= flipped.length; i++) {
            if (Arrays.equals(flipped, i, i + name.length, name, 0, name.length)) {
                flipped[i + name.length - 1] ^= 0x10;
                found++;
            }
        }
        assertTrue(found > 0, "the stored statements name constraints");
        String before = sha256(flipped);
        Files.write(db, flipped);
        ServiceException e = assertThrows(ServiceException.class, () -> Workbench.open(db).close());
        assertTrue(e.getMessage().startsWith("census.mv.db holds a database object EMIS Workbench did not create"
                + " (constraint CONSTRAINTO"), e.getMessage());
        assertTrue(e.getMessage().endsWith("it was not opened, to protect this computer. The file may also be"
                + " damaged, or made by another program. The last backup is " + newestBackup + ": open that file"
                + " instead, or restore it over census.mv.db."), e.getMessage());
        assertTrue(e.isDamagedWorkspace(), "the window offers the backup");
        assertEquals(before, sha256(Files.readAllBytes(db)));
    }
}
