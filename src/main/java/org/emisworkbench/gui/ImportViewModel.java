package org.emisworkbench.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.SkipReason;
import org.emisworkbench.service.SampleCountry;
import org.emisworkbench.service.FileOutcome;
import org.emisworkbench.service.FileResult;
import org.emisworkbench.service.ImportReport;
import org.emisworkbench.service.ImportRequest;

/** Import: files and folders, the template (automatic or chosen), progress, and per-file results. */
public final class ImportViewModel {
    private final Session session;
    private final Importer importer;
    private final ObservableList<Path> paths = FXCollections.observableArrayList();
    private final ObservableList<String> templates = FXCollections.observableArrayList();
    private final ObservableList<ImportFile> files = FXCollections.observableArrayList();
    private final javafx.beans.property.BooleanProperty matching = new javafx.beans.property.SimpleBooleanProperty();
    // Stops a matching still reading files when the list changes again or the import starts.
    private org.emisworkbench.model.Cancellation matchCancel = new org.emisworkbench.model.Cancellation();
    /** What the next import does once its files are in (the sample country's boundaries), or null. */
    private java.util.function.Consumer<org.emisworkbench.service.Workbench> afterImport;
    private boolean quiet;
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<FileResult> results = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty backupKept = new SimpleStringProperty("");
    private final StringProperty totals = new SimpleStringProperty("");
    private final IntegerProperty imports = new SimpleIntegerProperty();

    private java.util.function.Consumer<Path> newTemplateAction = p -> { };

    public ImportViewModel(Session session, Importer importer) {
        this.session = session;
        this.importer = importer;
        paths.addListener((javafx.collections.ListChangeListener<Path>) c -> {
            if (!quiet) {
                match();
            }
        });
    }

    public ObservableList<Path> paths() {
        return paths;
    }

    /** Template ids the officer can choose from for a file. */
    public ObservableList<String> templates() {
        return templates;
    }

    /** The workbooks of {@link #paths()}, each with the templates ranked and the one to use. */
    public ObservableList<ImportFile> files() {
        return files;
    }

    /** True while the files are being matched to templates. */
    public javafx.beans.property.ReadOnlyBooleanProperty matchingProperty() {
        return matching;
    }

    /** The census year to use, or null to read it from each workbook or its file name. */
    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<FileResult> results() {
        return results;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    /** Where the backup kept before the last import is ("" when none was made). */
    public StringProperty backupKeptProperty() {
        return backupKept;
    }

    /**
     * The run's totals as the command line prints them: values stored, rows skipped by reason, and
     * problems by kind with their count and first and last cell; empty before a run.
     */
    public StringProperty totalsProperty() {
        return totals;
    }

    /** Counts finished imports; other screens refresh when it changes. */
    public IntegerProperty importsProperty() {
        return imports;
    }

    /** Loads the template list in the background. */
    public void loadTemplates() {
        Path folder = templatesFolder();
        Path ws = workspaceFile();
        session.runner().fetch((p, c) -> importer.templateIds(folder, ws), templates::setAll,
                e -> session.fail(session.t("import.templatesFailed"), e));
    }

    /**
     * Ranks the templates against every workbook of the list, in the background, so the officer sees
     * the template each file will be imported with and can change it. Choices already made are kept.
     */
    public void match() {
        matchCancel.cancel();
        org.emisworkbench.model.Cancellation cancel = new org.emisworkbench.model.Cancellation();
        matchCancel = cancel;
        List<Path> wanted = new ArrayList<>(paths);
        if (wanted.isEmpty()) {
            files.clear();
            matching.set(false);
            return;
        }
        Path folder = templatesFolder();
        Path ws = workspaceFile();
        matching.set(true);
        session.runner().fetch((p, c) -> importer.match(folder, ws, wanted, cancel), found -> {
            if (cancel.isCancelled()) {
                return;
            }
            matching.set(false);
            Map<Path, String> kept = new java.util.HashMap<>();
            files.stream().filter(ImportFile::changed).forEach(f -> kept.put(f.file(), f.choiceProperty().get()));
            files.setAll(found.stream().map(m -> new ImportFile(m, kept.getOrDefault(m.file(), m.best()))).toList());
        }, e -> {
            if (!cancel.isCancelled()) {
                matching.set(false);
                session.fail(session.t("import.matchFailed"), e);
            }
        });
    }

    /** Imports dropped or chosen files and folders at once, each with the template that fits it best. */
    public void importNow(List<Path> dropped) {
        quiet = true;
        try {
            paths.setAll(dropped);
        } finally {
            quiet = false;
        }
        files.clear();
        start();
    }

    /** Imports the chosen files and folders with progress; cancel keeps the files done before. */
    public void start() {
        if (session.needsWorkspace()) {
            return;
        }
        if (paths.isEmpty()) {
            session.notifier().info(session.t("import.nothing"));
            return;
        }
        matchCancel.cancel();
        matching.set(false);
        Map<Path, String> chosen = new java.util.HashMap<>();
        files.stream().filter(ImportFile::changed).forEach(f -> chosen.put(f.file(), f.choiceProperty().get()));
        run(new ImportRequest(new ArrayList<>(paths), null, year.get(), chosen));
    }

    /** Opens the mapping screen on a file, to write a template for a layout no template fits. */
    public void newTemplate(Path file) {
        if (file != null) {
            newTemplateAction.accept(file);
        }
    }

    /** What {@link #newTemplate} does (set by the window). */
    public void setNewTemplateAction(java.util.function.Consumer<Path> action) {
        newTemplateAction = action;
    }

    /** Imports one file with the template just written for it on the mapping screen. */
    public void importWith(Path file, String templateId) {
        if (session.needsWorkspace()) {
            return;
        }
        matchCancel.cancel();
        matching.set(false);
        quiet = true;
        try {
            paths.setAll(List.of(file));
        } finally {
            quiet = false;
        }
        files.clear();
        run(new ImportRequest(List.of(file), null, year.get(), Map.of(file, templateId)));
    }

    /**
     * Imports the sample country's folder, then keeps its boundaries for the Map screen (they are matched to
     * the districts its master list brings, so they come after the import, in the same job).
     */
    public void importSampleCountry(Path samples) {
        afterImport = wb -> SampleCountry.boundaries(wb, samples);
        importNow(List.of(samples));
    }

    private void run(ImportRequest request) {
        var wb = session.workbench();
        java.util.function.Consumer<org.emisworkbench.service.Workbench> then = afterImport;
        afterImport = null;
        Path folder = templatesFolder();
        results.clear();
        summary.set("");
        backupKept.set("");
        totals.set("");
        ImportRequest keeping = request.keepingBackups(session.settings().backupsKept());
        TaskRunner runner = session.runner();
        // Each file is listed as soon as it is done, not only at the end of the run.
        session.run(session.t("job.import"), (p, c) -> {
            ImportReport report = importer.importFiles(wb, folder, keeping, p, c,
                    r -> runner.later(() -> results.add(r)));
            if (then != null && report.count(FileOutcome.IMPORTED) > 0) {
                try {
                    then.accept(wb);
                } catch (RuntimeException e) {
                    // The files are imported all the same: the follow-up's failure is said on its own.
                    runner.later(() -> session.fail(session.t("import.failed"), e));
                }
            }
            return report;
        }, this::show, session.t("import.failed"));
    }

    private void show(ImportReport report) {
        results.setAll(report.files());
        // Files not imported stay in the list with their template choice, ready for another try.
        List<Path> left = report.files().stream().filter(r -> r.outcome() == FileOutcome.FAILED
                || r.outcome() == FileOutcome.CANCELLED).map(r -> Path.of(r.file())).toList();
        quiet = true;
        try {
            paths.setAll(left);
        } finally {
            quiet = false;
        }
        files.removeIf(f -> !left.contains(f.file()));
        match();
        summary.set(session.t("import.summary", report.count(FileOutcome.IMPORTED),
                report.count(FileOutcome.ALREADY_IMPORTED), report.count(FileOutcome.FAILED),
                report.schoolsAdded(), report.schoolsReplaced(), report.rowsSkipped(),
                report.problemsByKind().values().stream().mapToInt(Integer::intValue).sum()));
        backupKept.set(report.backup() == null ? "" : session.t(org.emisworkbench.model.Message.of("import.backupKept",
                report.backup().toString(), session.settings().backupsKept())));
        totals.set(totalsText(report));
        imports.set(imports.get() + 1);
        session.changed();
        if (report.count(FileOutcome.CANCELLED) > 0) {
            session.notifier().info(session.t("import.cancelled", report.count(FileOutcome.CANCELLED)));
        } else if (report.anyFailed()) {
            session.notifier().info(session.t("import.someFailed", report.count(FileOutcome.FAILED)));
        } else if (report.files().stream().anyMatch(f -> !f.returnsKept().isEmpty())) {
            // Schools left out of a corrected file still count (a phantom of a corrected typo counts twice): said
            // before any other warning, the file's detail naming each with its command (review 22, item 4).
            session.notifier().info(report.files().stream().filter(f -> !f.returnsKept().isEmpty())
                    .flatMap(f -> f.warnings().stream().filter(w -> w.key().equals("import.returnsKept")))
                    .map(session::t).collect(java.util.stream.Collectors.joining("\n")));
        } else if (report.files().stream().anyMatch(FileResult::hasWarnings)) {
            session.notifier().info(session.t("import.withWarnings", report.files().stream()
                    .filter(FileResult::hasWarnings).count()));
        } else {
            session.notifier().info(summary.get());
        }
    }

    /** The run's totals in the window's language (numbers as the reader writes them). */
    String totalsText(ImportReport report) {
        StringBuilder sb = new StringBuilder(session.t("import.totals.stored", report.valuesStored(),
                report.schoolsAdded(), report.schoolsReplaced()));
        int skipped = report.rowsSkipped();
        sb.append('\n').append(session.t("import.totals.skipped", skipped));
        report.skippedByReason().forEach((why, n) -> sb.append('\n').append("  ")
                .append(session.t("import.skipped", n, session.t(why.message()))));
        List<ImportReport.ProblemTotal> problems = report.problemTotals();
        sb.append('\n').append(session.t("import.totals.problems", problems.stream()
                .mapToInt(ImportReport.ProblemTotal::count).sum()));
        for (ImportReport.ProblemTotal p : problems) {
            sb.append('\n').append("  ").append(session.t("import.totals.problem", p.count(), problemText(p.kind()),
                    cellOf(p.firstFile(), p.firstCell()), cellOf(p.lastFile(), p.lastCell())));
        }
        return sb.toString();
    }

    /** "D03-2024.xlsx Pupils!F17": the file's name and the cell. */
    private static String cellOf(String file, String cell) {
        return (file == null ? "" : Path.of(file).getFileName() + " ") + (cell == null ? "" : cell);
    }

    /** The outcome of a file in the officer's words; an import that left columns of figures unread says so. */
    public String outcomeText(FileResult r) {
        if (r.outcome() == FileOutcome.IMPORTED && r.hasWarnings()) {
            // Figures left unread are counted; other warnings (marks set aside, cells not read as numbers, hidden
            // or set-aside rows, sheets not read) are listed in the file's detail.
            return r.unreadColumns().isEmpty() ? session.t("outcome.IMPORTED_WITH_WARNINGS")
                    : session.t("outcome.IMPORTED_WARNINGS", r.unreadColumns().size());
        }
        return session.t("outcome." + r.outcome().name());
    }

    /** Everything about one file, in plain words: what was stored, skipped, and each problem with its cells. */
    public String detail(FileResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.file()).append('\n').append(outcomeText(r)).append('\n');
        if (r.outcomeMessage() != null) {
            sb.append(session.t(r.outcomeMessage())).append('\n');
        }
        if (r.templateId() != null) {
            sb.append(session.t("import.template", r.templateId(),
                    r.templateMessage() == null ? "" : session.t(r.templateMessage()))).append('\n');
        }
        if (r.outcome() == FileOutcome.IMPORTED) {
            sb.append(session.t(r.schoolsNew() == r.schoolsAdded() ? "import.stored" : "import.storedKnown",
                    r.year() == null ? "?" : String.valueOf(r.year()), r.schoolsAdded(), r.schoolsReplaced(),
                    r.valuesStored(), r.schoolsNew())).append('\n');
            // Each school left out of a corrected file, still counting, on a line of its own with its command.
            Path ws = workspaceFile();
            r.returnsKeptLines(ws == null ? "WORKSPACE" : ws.toString())
                    .forEach(m -> sb.append(session.t(m)).append('\n'));
            if (r.populationRows() > 0) {
                sb.append(session.t("import.population", r.populationRows())).append('\n');
            }
            if (r.masterListed() > 0) {
                sb.append(session.t("import.master", r.masterListed())).append('\n');
            }
            // Each school a register named without its code: read by its name, or not matched.
            r.schoolNotesBesideWarnings().forEach(m -> sb.append(session.t(m)).append('\n'));
            // A hidden sheet the template reads: one line, no warning.
            r.hiddenSheetsRead().forEach(m -> sb.append(session.t(m)).append('\n'));
        }
        if (r.outcome() == FileOutcome.ALREADY_IMPORTED || r.outcome() == FileOutcome.CANCELLED) {
            sb.append(session.t("import.nothingChanged")).append('\n');
        }
        for (org.emisworkbench.model.Message w : r.warnings()) {
            sb.append(session.t("import.warning", session.t(w))).append('\n');
        }
        for (Map.Entry<SkipReason, Integer> e : new java.util.TreeMap<>(r.skipped()).entrySet()) {
            sb.append(session.t("import.skipped", e.getValue(), session.t(e.getKey().message()))).append('\n');
        }
        for (Map.Entry<SkipReason, Integer> e : new java.util.TreeMap<>(r.skippedColumns()).entrySet()) {
            sb.append(session.t("import.skippedColumns", e.getValue(), session.t(e.getKey().columnMessage()))).append('\n');
        }
        for (FileResult.ProblemSummary p : r.problems()) {
            sb.append(session.t("import.problem", p.count(), problemText(p.kind()), p.firstCell(),
                    p.lastCell() == null ? p.firstCell() : p.lastCell())).append('\n');
        }
        return sb.toString();
    }

    public String problemText(String kind) {
        return session.t(ProblemKind.valueOf(kind).message());
    }

    private Path workspaceFile() {
        var wb = session.workbench();
        return wb == null ? null : wb.databaseFile();
    }

    private Path templatesFolder() {
        String f = session.settings().templatesFolder();
        return f == null ? null : Path.of(f);
    }

    /** How the chosen template fits a file, in plain words. */
    public String fitText(ImportFile f) {
        var m = f.match();
        if (m.problem() != null) {
            return session.t(m.problem());
        }
        var fit = f.chosenFit();
        if (f.choiceProperty().get() == null) {
            return m.choices().isEmpty() ? session.t("import.noTemplates") : session.t("import.noFit",
                    m.choices().get(0).templateId(), Math.round(m.choices().get(0).score() * 100));
        }
        String how = f.changed() ? session.t("import.fitChosen") : session.t("import.fitBest");
        return fit == null ? how : session.t("import.fit", how, Math.round(fit.score() * 100), session.t(fit.why()));
    }
}
