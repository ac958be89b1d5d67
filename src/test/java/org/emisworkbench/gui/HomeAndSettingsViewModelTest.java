package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.service.FileOutcome;
import org.emisworkbench.service.SampleCountry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Home (sample country, recent list) and Settings (language, text size, backup, restore), without JavaFX. */
class HomeAndSettingsViewModelTest {
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

    @Test
    void theSampleCountryIsOneCallAway() {
        session = TestSessions.direct(tmp, notes);
        List<Screen> shown = new ArrayList<>();
        ImportViewModel imports = new ImportViewModel(session, new ServiceImporter());
        HomeViewModel home = new HomeViewModel(session, imports, shown::add);
        assertTrue(home.firstStartProperty().get());
        home.openSampleCountry();
        assertEquals(tmp.resolve("sample-country.mv.db"), session.workbench().databaseFile());
        assertEquals(List.of(Screen.IMPORT), shown);
        assertTrue(imports.results().size() > 500, "files: " + imports.results().size());
        assertEquals(0, imports.results().stream().filter(r -> r.outcome() == FileOutcome.FAILED).count(),
                imports.results().stream().filter(r -> r.outcome() == FileOutcome.FAILED).map(imports::detail)
                        .toList().toString());
        assertFalse(home.firstStartProperty().get());
        // The Map screen has something to draw: the sample country's five districts and two regions.
        var boundaries = session.workbench().boundaries().all();
        assertEquals(5, boundaries.stream().filter(b -> "district".equals(b.level())).count(), boundaries::toString);
        assertEquals(List.of(session.workbench().databaseFile().toString()), home.recent());
        assertEquals(session.workbench().databaseFile().toString(), session.settings().lastWorkspace());
    }

    @Test
    void theSampleWorkbooksAreFoundNextToTheAppOrMade() throws Exception {
        assertEquals(TestSessions.samples(), SampleCountry.locate(SampleCountry.usualPlaces(tmp)).orElseThrow());
        assertTrue(SampleCountry.locate(List.of(tmp)).isEmpty());
        Path made = SampleCountry.findOrGenerateIn(List.of(tmp), tmp, org.emisworkbench.model.Progress.NONE,
                org.emisworkbench.model.Cancellation.none());
        assertEquals(tmp.resolve("sample-workbooks"), made);
        assertTrue(Files.isRegularFile(made.resolve("master-list.xlsx")));
    }

    @Test
    void recentWorkspacesAreRememberedAndGoneOnesForgotten() {
        session = TestSessions.direct(tmp, notes);
        HomeViewModel home = new HomeViewModel(session, new ImportViewModel(session, new ServiceImporter()),
                Navigator.NONE);
        home.open(tmp.resolve("a"));
        home.open(tmp.resolve("b.mv.db"));
        assertEquals(List.of(tmp.resolve("b.mv.db").toString(), tmp.resolve("a.mv.db").toString()), home.recent());
        home.openRecent(tmp.resolve("gone.mv.db").toString());
        assertTrue(notes.infos.get(notes.infos.size() - 1).contains("no longer there"));
    }

    @Test
    void settingsAreKeptAndTheLanguageSwitches() {
        session = TestSessions.direct(tmp, notes);
        SettingsViewModel vm = new SettingsViewModel(session);
        vm.languageProperty().set("fr");
        assertEquals("_Accueil", session.t("nav.home"));
        assertEquals("fr", session.settings().language());
        double size = vm.fontSizeProperty().get();
        vm.biggerFont();
        assertEquals(size + 2, session.settings().fontSize());
        for (int i = 0; i < 20; i++) {
            vm.biggerFont();
        }
        assertEquals(SettingsViewModel.MAX_FONT, vm.fontSizeProperty().get());
        vm.rulePackProperty().set("/packs/my.json");
        assertEquals("/packs/my.json", session.settings().rulePack());
        vm.rulePackProperty().set("");
        assertNull(session.settings().rulePack());
    }

    @Test
    void backupAndRestoreTheWorkspace() {
        session = TestSessions.direct(tmp, notes);
        SettingsViewModel vm = new SettingsViewModel(session);
        session.setWorkbench(org.emisworkbench.service.Workbench.open(tmp.resolve("ws")));
        vm.backup(tmp.resolve("copy.mv.db"));
        assertTrue(Files.exists(tmp.resolve("copy.mv.db")), notes.errors.toString());
        new ImportViewModel(session, new ServiceImporter()).importNow(List.of(TestSessions.samples()
                .resolve("2024/wide/D01-2024.xlsx")));
        assertFalse(session.workbench().schools(null, null).isEmpty());
        vm.restore(tmp.resolve("copy.mv.db"));
        assertTrue(notes.errors.isEmpty(), notes.errors.toString());
        assertTrue(session.workbench().schools(null, null).isEmpty());
        assertEquals(tmp.resolve("ws.mv.db"), session.workbench().databaseFile());
    }
}
