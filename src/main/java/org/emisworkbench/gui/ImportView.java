package org.emisworkbench.gui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.emisworkbench.service.FileResult;

/** Import: choose files and folders, pick the template or let it match, follow progress, read results. */
final class ImportView {
    private final Session session;
    private final ImportViewModel vm;

    ImportView(Session session, ImportViewModel vm) {
        this.session = session;
        this.vm = vm;
    }

    Node build() {
        Button files = Fx.button(session.t("import.addFiles"), e -> addFiles((Node) e.getSource()));
        Button folder = Fx.button(session.t("import.addFolder"), e -> addFolder((Node) e.getSource()));
        Button clear = Fx.button(session.t("import.clear"), e -> vm.paths().clear());
        Button start = Fx.button(session.t("import.start"), e -> vm.start());
        start.setId("startImport");
        start.disableProperty().bind(session.runner().status().runningProperty());

        TextField year = new TextField();
        year.setPromptText(session.t("import.yearAuto"));
        year.setPrefColumnCount(6);
        year.textProperty().addListener((o, a, b) -> vm.yearProperty().set(b.matches("\\s*\\d{4}\\s*")
                ? Integer.valueOf(b.trim()) : null));
        HBox bar = new HBox(8, files, folder, clear, Fx.labelFor(session.t("import.yearLabel"), year), year, start);
        bar.getStyleClass().add("toolbar");
        TableView<ImportFile> plan = filesTable();

        TableView<FileResult> table = new TableView<>(vm.results());
        table.setId("importResults");
        table.setPlaceholder(new Label(session.t("import.none")));
        table.getColumns().add(Fx.column(session.t("import.col.file"), r -> Path.of(r.file()).getFileName()
                .toString(), 220));
        table.getColumns().add(Fx.column(session.t("import.col.outcome"), vm::outcomeText, 120));
        table.getColumns().add(Fx.column(session.t("import.col.template"), FileResult::templateId, 150));
        table.getColumns().add(Fx.column(session.t("import.col.year"), FileResult::year, 60));
        table.getColumns().add(Fx.countColumn(session, session.t("import.col.added"), FileResult::schoolsAdded, 70));
        table.getColumns().add(Fx.countColumn(session, session.t("import.col.replaced"), FileResult::schoolsReplaced, 70));
        table.getColumns().add(Fx.countColumn(session, session.t("import.col.skipped"), FileResult::rowsSkipped, 70));
        table.getColumns().add(Fx.countColumn(session, session.t("import.col.problems"), FileResult::problemCount, 80));
        table.setRowFactory(tv -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(FileResult r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().removeAll("failed", "warn");
                if (!empty && r != null) {
                    if (r.outcome() == org.emisworkbench.service.FileOutcome.FAILED || r.hasWarnings()) {
                        getStyleClass().add("failed");
                    } else if (r.problemCount() > 0) {
                        getStyleClass().add("warn");
                    }
                }
            }
        });
        TextArea detail = new TextArea();
        detail.setId("importDetail");
        detail.setEditable(false);
        detail.setWrapText(true);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> detail.setText(b == null ? ""
                : vm.detail(b)));
        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        Label summary = new Label();
        summary.setId("importSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        Label backupKept = new Label();
        backupKept.setId("backupKept");
        backupKept.setWrapText(true);
        backupKept.textProperty().bind(vm.backupKeptProperty());
        backupKept.managedProperty().bind(vm.backupKeptProperty().isNotEmpty());
        // The run's totals as the command line prints them, the numbers to report (exercise 1).
        TextArea totals = new TextArea();
        totals.setId("importTotals");
        totals.setEditable(false);
        totals.setWrapText(true);
        totals.setPrefRowCount(5);
        totals.textProperty().bind(vm.totalsProperty());
        javafx.scene.Node totalsLabel = Fx.labelFor(session.t("import.totals.label"), totals);
        totals.visibleProperty().bind(vm.totalsProperty().isNotEmpty());
        totals.managedProperty().bind(totals.visibleProperty());
        totalsLabel.visibleProperty().bind(totals.visibleProperty());
        totalsLabel.managedProperty().bind(totals.visibleProperty());
        VBox.setVgrow(split, Priority.ALWAYS);
        vm.loadTemplates();
        Label planHint = new Label(session.t("import.filesHint"));
        planHint.getStyleClass().add("hint");
        planHint.setWrapText(true);
        planHint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button newTemplate = Fx.button(session.t("import.newTemplate"), e -> {
            ImportFile f = plan.getSelectionModel().getSelectedItem();
            vm.newTemplate(f == null ? null : f.file());
        });
        newTemplate.setId("newTemplate");
        newTemplate.disableProperty().bind(plan.getSelectionModel().selectedItemProperty().isNull());
        HBox planBar = new HBox(8, planHint, newTemplate);
        HBox.setHgrow(planHint, Priority.ALWAYS);
        return Fx.page(Fx.heading(session.t("nav.import").replace("_", "")), bar,
                Fx.labelFor(session.t("import.paths"), plan), plan, planBar, progress(), summary, backupKept,
                totalsLabel, totals, split);
    }

    /** The files to import, each with the template it will be imported with (a list to change it). */
    private TableView<ImportFile> filesTable() {
        TableView<ImportFile> plan = new TableView<>(vm.files());
        plan.setId("importFiles");
        plan.setEditable(true);
        // Cells, not rows, take the keyboard focus: arrows reach the template, F2 or Enter opens its list.
        plan.getSelectionModel().setCellSelectionEnabled(true);
        plan.setPrefHeight(150);
        plan.setMinHeight(90);
        Label empty = new Label();
        empty.textProperty().bind(javafx.beans.binding.Bindings.when(vm.matchingProperty())
                .then(session.t("import.matching")).otherwise(session.t("import.noFiles")));
        plan.setPlaceholder(empty);
        plan.getColumns().add(Fx.column(session.t("import.col.file"), f -> f.file().getFileName().toString(), 220));
        TableColumn<ImportFile, String> template = new TableColumn<>(session.t("import.col.template"));
        template.setId("fileTemplate");
        template.setCellValueFactory(cd -> cd.getValue().choiceProperty());
        StringConverter<String> names = new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? session.t("import.noTemplate") : id;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
        template.setCellFactory(c -> new ComboBoxTableCell<>(names, vm.templates()) {
            @Override
            public void startEdit() {
                super.startEdit();
                // The list takes the keyboard at once: Alt+Down opens it, arrows and Enter choose.
                if (isEditing() && getGraphic() != null) {
                    getGraphic().requestFocus();
                }
            }
        });
        template.setPrefWidth(170);
        template.setEditable(true);
        plan.getColumns().add(template);
        TableColumn<ImportFile, String> fit = new TableColumn<>(session.t("import.col.fit"));
        fit.setCellValueFactory(cd -> javafx.beans.binding.Bindings.createStringBinding(() -> vm.fitText(cd.getValue()),
                cd.getValue().choiceProperty()));
        fit.setPrefWidth(520);
        plan.getColumns().add(fit);
        return plan;
    }

    /** The running job's progress on the screen itself, with its cancel button. */
    private Node progress() {
        JobStatus job = session.runner().status();
        javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar();
        bar.setId("importProgress");
        bar.setPrefWidth(300);
        bar.progressProperty().bind(job.progressProperty());
        Label message = new Label();
        message.textProperty().bind(job.messageProperty());
        Button cancel = Fx.button(session.t("import.cancel"), e -> job.cancel());
        cancel.setId("cancelImport");
        cancel.disableProperty().bind(job.cancellingProperty());
        HBox box = new HBox(8, bar, cancel, message);
        box.getStyleClass().add("toolbar");
        box.visibleProperty().bind(job.runningProperty());
        box.managedProperty().bind(job.runningProperty());
        return box;
    }

    private void addFiles(Node owner) {
        FileChooser fc = new FileChooser();
        fc.setTitle(session.t("import.addFiles").replace("_", ""));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(session.t("import.filter"), "*.xlsx", "*.xlsm",
                "*.xls"));
        List<File> chosen = fc.showOpenMultipleDialog(Fx.window(owner));
        if (chosen != null) {
            vm.paths().addAll(chosen.stream().map(File::toPath).toList());
        }
    }

    private void addFolder(Node owner) {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle(session.t("import.addFolder").replace("_", ""));
        File dir = dc.showDialog(Fx.window(owner));
        if (dir != null) {
            vm.paths().add(dir.toPath());
        }
    }
}
