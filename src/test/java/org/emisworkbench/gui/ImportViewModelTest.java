package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.emisworkbench.service.FileOutcome;
import org.emisworkbench.service.FileResult;
import org.emisworkbench.service.Workbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Import screen's view-model, without JavaFX: jobs run on the test thread. */
class ImportViewModelTest {
    @TempDir
    Path tmp;
    Notifier.Recording notes = new Notifier.Recording();
    Session session;
    ImportViewModel vm;

    @BeforeEach
    void open() {
        session = TestSessions.direct(tmp, notes);
        session.setWorkbench(Workbench.open(tmp.resolve("ws")));
        vm = new ImportViewModel(session, new ServiceImporter());
    }

    @AfterEach
    void close() {
        session.closeWorkspace();
    }

    @Test
    void importsAWideWorkbookAndSaysWhatWasStored() {
        vm.importNow(List.of(TestSessions.samples().resolve("master-list.xlsx"),
                TestSessions.samples().resolve("2024/wide/D01-2024.xlsx")));
        assertEquals(2, vm.results().size());
        FileResult wide = vm.results().get(1);
        assertEquals(FileOutcome.IMPORTED, wide.outcome());
        assertTrue(wide.schoolsAdded() > 50, "schools added: " + wide.schoolsAdded());
        String detail = vm.detail(wide);
        assertTrue(detail.contains("Template: "), detail);
        assertTrue(detail.contains("school(s) added"), detail);
        assertTrue(vm.summaryProperty().get().startsWith("2 imported"), vm.summaryProperty().get());
        assertEquals(1, vm.importsProperty().get());
        assertTrue(notes.errors.isEmpty(), notes.errors.toString());
    }

    @Test
    void everyProblemIsListedWithItsCellsInPlainWords() {
        vm.importNow(List.of(TestSessions.samples().resolve("2024/wide")));
        String all = vm.results().stream().map(vm::detail).reduce("", String::concat);
        assertTrue(all.matches("(?s).*\\d+ × [a-z].*: first at \\S+!\\S+, last at \\S+!\\S+.*"), all);
    }

    @Test
    void aFileThatIsNotAWorkbookSaysWhyInPlainWords() throws Exception {
        Path bad = Files.writeString(tmp.resolve("notes.xlsx"), "not a workbook");
        vm.importNow(List.of(bad));
        FileResult r = vm.results().get(0);
        assertEquals(FileOutcome.FAILED, r.outcome());
        assertFalse(r.message().isBlank());
        assertTrue(vm.detail(r).contains("Not imported"), vm.detail(r));
        assertTrue(notes.infos.get(notes.infos.size() - 1).contains("could not be imported"), notes.infos.toString());
    }

    @Test
    void cancelledImportKeepsNothingHalfDoneAndSaysSo() {
        ((DirectTaskRunner) session.runner()).nextCancellation().cancel();
        vm.importNow(List.of(TestSessions.samples().resolve("2024/wide")));
        assertTrue(vm.results().stream().allMatch(r -> r.outcome() == FileOutcome.CANCELLED), vm.results().toString());
        assertTrue(notes.infos.get(notes.infos.size() - 1).startsWith("Import cancelled"), notes.infos.toString());
        assertTrue(session.workbench().schools(null, null).isEmpty());
    }

    @Test
    void withoutAWorkspaceItAsksForOne() {
        session.closeWorkspace();
        vm.importNow(List.of(TestSessions.samples()));
        assertTrue(vm.results().isEmpty());
        assertTrue(notes.infos.contains(session.t("error.noWorkspace")));
    }

    @Test
    void templatesAreListed() {
        vm.loadTemplates();
        assertFalse(vm.templates().isEmpty());
    }
}
