package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths that are not plain workbooks: folder links, loops of links, named pipes, locked folders,
 * file names with two years, links in the templates folder. Each is said plainly and the rest imported.
 */
class HostileFilesTest {
    static final Path WIDE = Path.of("sample-workbooks/2024/wide/D01-2024.xlsx");
    static final Path ROSTER = Path.of("sample-workbooks/2024/rosters/D05/SCH05015.xlsx");

    @TempDir
    Path dir;

    private ImportReport importPaths(Path... paths) {
        try (Workbench wb = Workbench.open(dir.resolve("census"))) {
            return new ImportService(wb, TemplateCatalog.load(null)).importFiles(new ImportRequest(List.of(paths), null,
                    null), Progress.NONE, Cancellation.none());
        }
    }

    private static boolean mkfifo(Path p) throws Exception {
        try {
            return new ProcessBuilder("mkfifo", p.toString()).start().waitFor() == 0 && Files.exists(p);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void aFolderLinkGivenDirectlyIsFollowed() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.copy(WIDE, real.resolve("D01-2024.xlsx"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        ImportReport r = importPaths(link);
        assertEquals(1, r.files().size(), () -> r.files().toString());
        assertEquals(FileOutcome.IMPORTED, r.files().get(0).outcome(), r.files().get(0).message());
        assertTrue(r.schoolsAdded() > 0);
    }

    @Test
    void aLoopOfFolderLinksIsReportedAndItsFilesReadOnce() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real/sub"));
        Files.copy(WIDE, real.resolve("D01-2024.xlsx"));
        Files.createSymbolicLink(real.resolve("back"), dir.resolve("real"));
        ImportReport r = importPaths(dir.resolve("real"));
        assertEquals(1, r.count(FileOutcome.IMPORTED), () -> r.files().toString());
        assertEquals(0, r.count(FileOutcome.ALREADY_IMPORTED), "read once");
        List<FileResult> failed = r.files().stream().filter(f -> f.outcome() == FileOutcome.FAILED).toList();
        assertEquals(1, failed.size(), () -> r.files().toString());
        assertEquals("import.folderLoop", failed.get(0).outcomeMessage().key());
        assertTrue(failed.get(0).message().contains("back") && failed.get(0).message().contains("loop"),
                failed.get(0).message());
    }

    @Test
    void aNamedPipeIsSaidToBeOneAndSkippedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("D01-2024.xlsx");
        assumeTrue(mkfifo(fifo), "mkfifo is available");
        Path folder = Files.createDirectories(dir.resolve("returns"));
        assumeTrue(mkfifo(folder.resolve("pipe.xlsx")));
        Files.copy(WIDE, folder.resolve("D01-2024.xlsx"));
        ImportReport r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> importPaths(fifo, folder));
        assertEquals(3, r.files().size(), () -> r.files().toString());
        assertEquals(1, r.count(FileOutcome.IMPORTED));
        List<String> failed = r.files().stream().filter(f -> f.outcome() == FileOutcome.FAILED)
                .map(FileResult::message).toList();
        assertEquals(List.of("pipe.xlsx is not a file but a named pipe (FIFO): it was skipped.",
                "D01-2024.xlsx is not a file but a named pipe (FIFO): it was skipped."), failed);
    }

    @Test
    void aLockedSubfolderIsReportedAndTheRestImported() throws Exception {
        Path top = Files.createDirectories(dir.resolve("returns"));
        Files.copy(WIDE, top.resolve("D01-2024.xlsx"));
        Path locked = Files.createDirectories(top.resolve("locked"));
        Files.copy(ROSTER, locked.resolve("SCH05015.xlsx"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            // The administrator reads every folder: the walk's reaction is then checked directly below.
            assumeFalse(Files.isReadable(locked), "the folder is really unreadable for this user");
            ImportReport r = importPaths(top);
            assertEquals(1, r.count(FileOutcome.IMPORTED), () -> r.files().toString());
            FileResult f = r.files().stream().filter(x -> x.outcome() == FileOutcome.FAILED).findFirst().orElseThrow();
            assertEquals("import.folderDenied", f.outcomeMessage().key());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void anUnreadableFileIsSaidToBeDeniedNotNamedAlone() throws Exception {
        Path top = Files.createDirectories(dir.resolve("returns"));
        Files.copy(WIDE, top.resolve("D01-2024.xlsx"));
        Path secret = Files.copy(WIDE, top.resolve("secret-D02-2024.xlsx"));
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(secret), "the file is really unreadable for this user");
            ImportReport r = importPaths(top);
            assertEquals(1, r.count(FileOutcome.IMPORTED), () -> r.files().toString());
            FileResult f = r.files().stream().filter(x -> x.outcome() == FileOutcome.FAILED).findFirst().orElseThrow();
            // Was "cannot be read: returns/secret-D02-2024.xlsx", the exception's text being the path alone.
            assertEquals("secret-D02-2024.xlsx cannot be read (permission denied): it was not imported. Ask whoever can"
                    + " open it to give you a copy, or change its permissions.", f.message());
        } finally {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static void assumeFalse(boolean b, String why) {
        org.junit.jupiter.api.Assumptions.assumeFalse(b, why);
    }

    @Test
    void aFolderThatCannotBeOpenedIsNotedAndTheWalkGoesOn() throws Exception {
        WorkbookFiles.Walk walk = new WorkbookFiles.Walk();
        Path locked = dir.resolve("locked");
        assertEquals(java.nio.file.FileVisitResult.CONTINUE, walk.visitFileFailed(locked,
                new AccessDeniedException(locked.toString())));
        assertEquals(1, walk.problems.size());
        assertEquals(locked, walk.problems.get(0).path());
        assertEquals(locked + " cannot be opened (permission denied): nothing in it was imported; the other files"
                + " were.", walk.problems.get(0).message().english());
        assertFalse(walk.problems.get(0).message().english().contains("Exception"));
    }

    @Test
    void theLastYearOfAFileNameIsUsedAndAConflictWithTheWorkbookIsSaid() throws Exception {
        Path wide = Files.copy(WIDE, dir.resolve("--year=1999 D01-2024.xlsx"));
        Path roster = Files.copy(ROSTER, dir.resolve("SCH05015 2019.xlsx"), StandardCopyOption.REPLACE_EXISTING);
        ImportReport r = importPaths(wide, roster);
        FileResult w = r.files().get(0);
        assertEquals(FileOutcome.IMPORTED, w.outcome(), w.message());
        assertEquals(2024, w.year());
        FileResult ro = r.files().get(1);
        assertEquals(FileOutcome.IMPORTED, ro.outcome(), ro.message());
        assertEquals(2024, ro.year(), "the workbook's year wins");
        assertTrue(ro.templateNote().endsWith("The file name says 2019 but the workbook says 2024: 2024 was used."),
                ro.templateNote());
        assertFalse(w.templateNote().contains("file name says"), w.templateNote());
        // The name's other year is said, with the one used: a return of 1999 would be told by the officer.
        assertTrue(w.templateNote().endsWith("The file name also holds 1999: 2024, the year a census word names (Census2024) or else its last year not written as a version (v2023), was used as"
                + " the census year. If the return is of another year, go back to the workspace as it was before this"
                + " import (emis backups, emis restore; a workspace this import created has no backup: make it again)"
                + " and import the file again giving its year (--year)."),
                w.templateNote());
        assertFalse(ro.templateNote().contains("also holds"), "one year in the name: " + ro.templateNote());
    }

    @Test
    void aLinkInTheTemplatesFolderIsNotFollowedAndOnlyItsNameIsGiven() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Path target = Files.writeString(outside.resolve("secret-target.json"), "{\"id\": \"linked\", \"version\": 1,"
                + " \"layout\": \"wide\", \"sheets\": [{\"names\": [\"S\"], \"key\": [\"Code\"], \"columns\": []}]}");
        Path folder = Files.createDirectories(dir.resolve("templates"));
        Files.createSymbolicLink(folder.resolve("link.json"), target);
        TemplateCatalog catalog = TemplateCatalog.load(folder);
        assertFalse(catalog.list().isEmpty(), "the built-in templates are listed");
        assertTrue(catalog.list().stream().noneMatch(t -> t.id().equals("linked")), "not loaded through the link");
        assertEquals(1, catalog.problems().size(), catalog.problems()::toString);
        String problem = catalog.problems().get(0);
        assertTrue(problem.contains("link.json") && problem.contains("link"), problem);
        assertFalse(problem.contains("secret-target") || problem.contains("elsewhere"), problem);
    }
}
