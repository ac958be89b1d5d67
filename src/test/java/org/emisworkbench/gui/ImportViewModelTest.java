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
    /** The session's runner itself (the session wraps it to watch for a damaged workspace). */
    final DirectTaskRunner runner = new DirectTaskRunner();
    ImportViewModel vm;

    @BeforeEach
    void open() {
        session = new Session(TestSessions.settings(tmp), runner, notes);
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
        // The master list imported first holds the schools: their returns are added, the schools are not new.
        assertTrue(wide.schoolsNew() < wide.schoolsAdded(), "new: " + wide.schoolsNew());
        assertTrue(detail.contains(wide.schoolsAdded() + " school(s) given a return (" + wide.schoolsNew()
                + " new to the workspace)"), detail);
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
    void theRunsTotalsAreShownAsTheCommandLinePrintsThem() {
        vm.importNow(List.of(TestSessions.samples().resolve("2024/wide"), TestSessions.samples().resolve(
                "2024/forms/D03")));
        List<FileResult> files = List.copyOf(vm.results());
        assertTrue(files.size() > 3, files.toString());
        String totals = vm.totalsProperty().get();
        long values = files.stream().mapToLong(FileResult::valuesStored).sum();
        assertTrue(values > 1000, "values: " + values);
        assertTrue(totals.startsWith("Values stored: " + String.format(java.util.Locale.ROOT, "%,d", values)), totals);
        int skipped = files.stream().mapToInt(FileResult::rowsSkipped).sum();
        assertTrue(totals.contains("Rows skipped: " + skipped), totals);
        java.util.Map<org.emisworkbench.model.SkipReason, Integer> byReason = new java.util.TreeMap<>();
        files.forEach(f -> f.skipped().forEach((k, n) -> byReason.merge(k, n, Integer::sum)));
        assertFalse(byReason.isEmpty(), "the sample returns have rows to skip");
        byReason.forEach((k, n) -> assertTrue(totals.contains(n + " row(s) skipped: " + session.t(k.message())),
                k + " in " + totals));
        // Per kind: the count over all files, the first cell of the first file and the last of the last.
        java.util.Map<String, List<String[]>> byKind = new java.util.TreeMap<>();
        for (FileResult f : files) {
            for (FileResult.ProblemSummary p : f.problems()) {
                byKind.computeIfAbsent(p.kind(), k -> new java.util.ArrayList<>()).add(new String[] {
                    Path.of(f.file()).getFileName().toString(), p.firstCell(),
                    p.lastCell() == null ? p.firstCell() : p.lastCell(), Integer.toString(p.count())});
            }
        }
        assertFalse(byKind.isEmpty(), "the sample returns have cell problems");
        byKind.forEach((kind, list) -> {
            int n = list.stream().mapToInt(a -> Integer.parseInt(a[3])).sum();
            String[] first = list.get(0);
            String[] last = list.get(list.size() - 1);
            String line = n + " × " + vm.problemText(kind) + ": first at " + first[0] + " " + first[1] + ", last at "
                    + last[0] + " " + last[2];
            assertTrue(totals.contains(line), line + " in\n" + totals);
        });
        session.setLanguage("fr");
        try {
            String french = vm.totalsText(new org.emisworkbench.service.ImportReport(files));
            assertTrue(french.startsWith("Valeurs enregistrées : " + String.format(java.util.Locale.ROOT, "%,d", values)
                    .replace(",", "\u00a0")), french);
        } finally {
            session.setLanguage("en");
        }
    }

    @Test
    void theResultsTableFillsAsFilesFinish() {
        List<Integer> listedWhenDone = new java.util.ArrayList<>();
        ServiceImporter real = new ServiceImporter();
        Importer watching = new Importer() {
            @Override
            public org.emisworkbench.service.ImportReport importFiles(Workbench wb, Path folder,
                    org.emisworkbench.service.ImportRequest request, org.emisworkbench.model.Progress progress,
                    org.emisworkbench.model.Cancellation cancel, java.util.function.Consumer<FileResult> finished) {
                return real.importFiles(wb, folder, request, progress, cancel, r -> {
                    finished.accept(r);
                    listedWhenDone.add(vm.results().size()); // what the table holds while the run goes on
                });
            }

            @Override
            public List<org.emisworkbench.service.TemplateCatalog.FileMatch> match(Path folder, Path ws,
                    List<Path> paths, org.emisworkbench.model.Cancellation cancel) {
                return real.match(folder, ws, paths, cancel);
            }

            @Override
            public List<String> templateIds(Path folder, Path ws) {
                return real.templateIds(folder, ws);
            }

            @Override
            public org.emisworkbench.service.TemplateWorkshop templateWorkshop() {
                return real.templateWorkshop();
            }
        };
        vm = new ImportViewModel(session, watching);
        vm.importNow(List.of(TestSessions.samples().resolve("master-list.xlsx"),
                TestSessions.samples().resolve("2024/wide")));
        assertEquals(3, vm.results().size(), vm.results().toString());
        assertEquals(List.of(1, 2, 3), listedWhenDone, "each file listed as it finished");
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
        runner.nextCancellation().cancel();
        vm.importNow(List.of(TestSessions.samples().resolve("2024/wide")));
        assertFalse(vm.results().isEmpty(), "every file of the folder is listed, cancelled");
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
    void eachAddedFileShowsTheTemplateThatFitsBestAndItsScore() {
        vm.loadTemplates();
        Path wide = TestSessions.samples().resolve("2024/wide/D01-2024.xlsx");
        vm.paths().add(wide);
        assertEquals(1, vm.files().size());
        ImportFile f = vm.files().get(0);
        assertEquals(wide, f.file());
        assertEquals("sample-wide", f.choiceProperty().get());
        assertFalse(f.changed());
        assertTrue(vm.fitText(f).matches("best fit · \\d+% · sample-wide: .*"), vm.fitText(f));
        assertTrue(vm.templates().containsAll(f.match().choices().stream().map(c -> c.templateId()).toList()));
    }

    @Test
    void aTemplateChosenForOneFileIsTheOneImportUsesAndAFailedFileStaysForAnotherTry() {
        Path wide = TestSessions.samples().resolve("2024/wide/D02-2024.xlsx");
        vm.paths().add(wide);
        ImportFile f = vm.files().get(0);
        f.choiceProperty().set("sample-roster");
        assertTrue(f.changed());
        assertTrue(vm.fitText(f).startsWith("your choice · "), vm.fitText(f));
        vm.start();
        FileResult wrong = vm.results().get(0);
        assertEquals("sample-roster", wrong.templateId());
        assertEquals(FileOutcome.FAILED, wrong.outcome(), wrong.toString());
        assertEquals(List.of(wide), List.copyOf(vm.paths()), "the failed file stays in the list");
        assertEquals("sample-roster", vm.files().get(0).choiceProperty().get(), "with the officer's choice");

        vm.files().get(0).choiceProperty().set("sample-wide");
        vm.start();
        assertEquals(FileOutcome.IMPORTED, vm.results().get(0).outcome());
        assertEquals("sample-wide", vm.results().get(0).templateId());
        assertTrue(vm.files().isEmpty() && vm.paths().isEmpty(), "imported files leave the list");
    }

    @Test
    void aFileThatCannotBeReadSaysWhyBeforeImport() throws Exception {
        Path bad = Files.writeString(tmp.resolve("notes.xlsx"), "not a workbook");
        vm.paths().add(bad);
        ImportFile f = vm.files().get(0);
        assertEquals(null, f.choiceProperty().get());
        assertTrue(vm.fitText(f).contains("notes.xlsx"), vm.fitText(f));
    }

    @Test
    void templatesAreListed() {
        vm.loadTemplates();
        assertFalse(vm.templates().isEmpty());
    }
}
