package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.emisworkbench.model.WorkspaceBackup;
import org.emisworkbench.service.Workbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window keeps a backup before each import as the Settings say, says where, and when a workspace
 * is refused as damaged, Home offers its newest backup: open it, or restore it over the damaged file.
 */
class DamagedWorkspaceViewModelTest {
    static final Path FORMS = Path.of("sample-workbooks/2024/forms/D03").toAbsolutePath();

    @TempDir
    Path tmp;
    Notifier.Recording notes = new Notifier.Recording();
    Session session;

    @AfterEach
    void close() {
        if (session != null) {
            session.closeWorkspace();
        }
    }

    /** A workspace of three returns, one backup kept (the setting), then damaged; returns the backup. */
    private Path damagedWorkspaceWithOneBackup(Path ws, HomeViewModel home, ImportViewModel imports) {
        new SettingsViewModel(session).backupsKeptProperty().set(1);
        assertEquals(1, session.settings().backupsKept());
        home.open(ws);
        imports.importNow(List.of(FORMS.resolve("SCH03001.xlsx")));
        assertEquals("", imports.backupKeptProperty().get(), "nothing to keep before the first import");
        imports.importNow(List.of(FORMS.resolve("SCH03002.xlsx")));
        imports.importNow(List.of(FORMS.resolve("SCH03003.xlsx")));
        assertTrue(notes.errors.isEmpty(), notes.errors.toString());
        List<WorkspaceBackup> kept = Workbench.backups(ws);
        assertEquals(1, kept.size(), kept.toString());
        Path backup = kept.get(0).file();
        assertEquals("A backup of the workspace as it was before this import: " + backup + " (the newest 1 are kept).",
                imports.backupKeptProperty().get());
        session.closeWorkspace();
        return backup;
    }

    private static void cut(Path file) throws Exception {
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2 + 1000));
    }

    @Test
    void aDamagedWorkspaceIsOfferedItsBackupAndRestoringItOpensTheWorkspaceBeforeTheLastImport() throws Exception {
        session = TestSessions.direct(tmp, notes);
        ImportViewModel imports = new ImportViewModel(session, new ServiceImporter());
        HomeViewModel home = new HomeViewModel(session, imports, Navigator.NONE);
        Path ws = tmp.resolve("census.mv.db");
        Path backup = damagedWorkspaceWithOneBackup(ws, home, imports);
        cut(ws);
        byte[] damaged = Files.readAllBytes(ws);

        home.open(ws);
        assertNull(session.workbench());
        DamagedWorkspace offer = home.damagedProperty().get();
        assertNotNull(offer, notes.errors.toString());
        assertEquals(backup, offer.backup());
        assertEquals(ws + " is damaged and was left exactly as it was. Its last backup is " + backup + ": open that"
                + " backup, or restore it over the damaged file (the damaged file is kept as NAME.before-restore.mv.db).",
                home.damagedText().get());
        assertTrue(notes.errors.get(notes.errors.size() - 1).contains("census.mv.db is damaged (the file ends before"
                + " its last saved part)"), notes.errors.toString());
        assertArrayEquals(damaged, Files.readAllBytes(ws), "left untouched");

        int errors = notes.errors.size();
        home.restoreLastBackup();
        assertEquals(errors, notes.errors.size(), notes.errors.toString());
        assertNotNull(session.workbench());
        assertEquals(ws, session.workbench().databaseFile());
        assertEquals(List.of("SCH03001", "SCH03002"), session.workbench().schools(2024, null).stream()
                .map(s -> s.code()).toList(), "the workspace before the last import");
        assertNull(home.damagedProperty().get(), "the offer is gone once a workspace opens");
        assertEquals("", home.damagedText().get());
        assertArrayEquals(damaged, Files.readAllBytes(tmp.resolve("census.before-restore.mv.db")));
    }

    @Test
    void theLastBackupCanBeOpenedInsteadAndTheFrenchWindowSaysSo() throws Exception {
        session = TestSessions.direct(tmp, notes);
        ImportViewModel imports = new ImportViewModel(session, new ServiceImporter());
        HomeViewModel home = new HomeViewModel(session, imports, Navigator.NONE);
        Path ws = tmp.resolve("census.mv.db");
        Path backup = damagedWorkspaceWithOneBackup(ws, home, imports);
        cut(ws);
        session.setLanguage("fr");
        home.open(ws);
        assertTrue(home.damagedText().get().startsWith(ws + " est endommagé et a été laissé tel quel. Sa dernière"
                + " sauvegarde est " + backup), home.damagedText().get());
        home.openLastBackup();
        assertNotNull(session.workbench());
        assertEquals(backup, session.workbench().databaseFile());
        assertEquals(2, session.workbench().schools(2024, null).size());
        assertNull(home.damagedProperty().get());
    }
    /**
     * Damage met while working (a part of the file read for the first time): the core stops the engine
     * unwritten and says so; whichever screen's job met it, the window lets the workspace go and Home offers
     * its newest backup, which restores as on opening.
     */
    @Test
    void damageFoundWhileWorkingClosesTheWorkspaceAndHomeOffersItsBackup() throws Exception {
        session = TestSessions.direct(tmp, notes);
        ImportViewModel imports = new ImportViewModel(session, new ServiceImporter());
        HomeViewModel home = new HomeViewModel(session, imports, Navigator.NONE);
        Path ws = tmp.resolve("census.mv.db");
        Path backup = damagedWorkspaceWithOneBackup(ws, home, imports);
        home.open(ws);
        assertNotNull(session.workbench());
        // What a job's use case throws once the engine met an unreadable part of the open file (the core's own
        // refusal, DamageFoundInUseTest): whichever screen ran the job, the window reacts the same.
        org.emisworkbench.service.ServiceException found = new org.emisworkbench.service.ServiceException(
                org.emisworkbench.model.Message.of("workspace.damagedInUse", ws.getFileName(),
                        org.emisworkbench.model.Message.of("workspace.damage.unreadable"), backup));
        session.run("Checking", (p, c) -> {
            throw found;
        }, done -> { }, "Checking failed");

        assertNull(session.workbench(), "the window let the damaged workspace go");
        DamagedWorkspace offer = home.damagedProperty().get();
        assertNotNull(offer);
        assertEquals(ws, offer.workspace());
        assertEquals(backup, offer.backup());
        String said = notes.errors.get(notes.errors.size() - 1);
        assertTrue(said.startsWith("Checking failed: census.mv.db is damaged (") && said.contains("It was closed at"
                + " once and nothing more was written to it. The last backup is " + backup), said);
        assertTrue(!said.contains("not opened"), said);

        home.restoreLastBackup();
        assertNotNull(session.workbench());
        assertEquals(List.of("SCH03001", "SCH03002"), session.workbench().schools(2024, null).stream()
                .map(s -> s.code()).toList(), "the workspace before the last import");
        assertNull(home.damagedProperty().get());
    }
}
