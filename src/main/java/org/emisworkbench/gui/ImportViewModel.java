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
    private final StringProperty template = new SimpleStringProperty();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<FileResult> results = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final IntegerProperty imports = new SimpleIntegerProperty();

    public ImportViewModel(Session session, Importer importer) {
        this.session = session;
        this.importer = importer;
    }

    public ObservableList<Path> paths() {
        return paths;
    }

    /** Template ids; the view adds "automatic" (null) in front. */
    public ObservableList<String> templates() {
        return templates;
    }

    /** The chosen template id, or null to match each file automatically. */
    public StringProperty templateProperty() {
        return template;
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

    /** Counts finished imports; other screens refresh when it changes. */
    public IntegerProperty importsProperty() {
        return imports;
    }

    /** Loads the template list in the background. */
    public void loadTemplates() {
        Path folder = templatesFolder();
        session.runner().fetch((p, c) -> importer.templateIds(folder), templates::setAll,
                e -> session.fail(session.t("import.templatesFailed"), e));
    }

    /** Adds dropped or chosen files and folders, and imports them at once. */
    public void importNow(List<Path> dropped) {
        paths.setAll(dropped);
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
        var wb = session.workbench();
        ImportRequest request = new ImportRequest(new ArrayList<>(paths), blankToNull(template.get()), year.get());
        Path folder = templatesFolder();
        results.clear();
        summary.set("");
        session.run(session.t("job.import"), (p, c) -> importer.importFiles(wb, folder, request, p, c),
                this::show, session.t("import.failed"));
    }

    private void show(ImportReport report) {
        results.setAll(report.files());
        summary.set(session.t("import.summary", report.count(FileOutcome.IMPORTED),
                report.count(FileOutcome.ALREADY_IMPORTED), report.count(FileOutcome.FAILED),
                report.schoolsAdded(), report.schoolsReplaced(), report.rowsSkipped(),
                report.problemsByKind().values().stream().mapToInt(Integer::intValue).sum()));
        imports.set(imports.get() + 1);
        if (report.count(FileOutcome.CANCELLED) > 0) {
            session.notifier().info(session.t("import.cancelled", report.count(FileOutcome.CANCELLED)));
        } else if (report.anyFailed()) {
            session.notifier().info(session.t("import.someFailed", report.count(FileOutcome.FAILED)));
        } else {
            session.notifier().info(summary.get());
        }
    }

    /** The outcome of a file in the officer's words. */
    public String outcomeText(FileResult r) {
        return session.t("outcome." + r.outcome().name());
    }

    /** Everything about one file, in plain words: what was stored, skipped, and each problem with its cells. */
    public String detail(FileResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.file()).append('\n').append(outcomeText(r)).append('\n');
        if (r.message() != null && !r.message().isBlank()) {
            sb.append(r.message()).append('\n');
        }
        if (r.templateId() != null) {
            sb.append(session.t("import.template", r.templateId(),
                    r.templateNote() == null ? "" : r.templateNote())).append('\n');
        }
        if (r.outcome() == FileOutcome.IMPORTED) {
            sb.append(session.t("import.stored", r.year() == null ? "?" : String.valueOf(r.year()), r.schoolsAdded(),
                    r.schoolsReplaced(), r.valuesStored())).append('\n');
            if (r.populationRows() > 0) {
                sb.append(session.t("import.population", r.populationRows())).append('\n');
            }
            if (r.masterListed() > 0) {
                sb.append(session.t("import.master", r.masterListed())).append('\n');
            }
        }
        if (r.outcome() == FileOutcome.ALREADY_IMPORTED || r.outcome() == FileOutcome.CANCELLED) {
            sb.append(session.t("import.nothingChanged")).append('\n');
        }
        for (Map.Entry<String, Integer> e : r.skipped().entrySet()) {
            sb.append(session.t("import.skipped", e.getValue(), e.getKey())).append('\n');
        }
        for (FileResult.ProblemSummary p : r.problems()) {
            sb.append(session.t("import.problem", p.count(), problemText(p.kind()), p.firstCell(),
                    p.lastCell() == null ? p.firstCell() : p.lastCell())).append('\n');
        }
        return sb.toString();
    }

    public String problemText(String kind) {
        String text = session.t("problem." + kind);
        return text.startsWith("!") ? kind : text;
    }

    private Path templatesFolder() {
        String f = session.settings().templatesFolder();
        return f == null ? null : Path.of(f);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
