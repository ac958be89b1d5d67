package org.emisworkbench.gui;

import java.io.File;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/** Reports: pick a district (or all), generate with progress, preview, print, open the folder. */
final class ReportsView {
    private final Session session;
    private final ReportsViewModel vm;
    private final Subscriptions subscriptions;

    ReportsView(Session session, ReportsViewModel vm, Subscriptions subscriptions) {
        this.session = session;
        this.vm = vm;
        this.subscriptions = subscriptions;
    }

    Node build() {
        TextField folder = new TextField();
        folder.setId("reportFolder");
        folder.textProperty().bindBidirectional(vm.folderProperty());
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button browse = Fx.button(session.t("settings.browse"), e -> {
            File d = new DirectoryChooser().showDialog(Fx.window((Node) e.getSource()));
            if (d != null) {
                vm.folderProperty().set(d.getAbsolutePath());
            }
        });
        Button generate = Fx.button(session.t("reports.generate"), e -> vm.generate());
        generate.setId("generateReport");
        generate.disableProperty().bind(session.runner().status().runningProperty().or(vm.canGenerateProperty().not()));
        Button national = Fx.button(session.t("reports.national"), e -> vm.generateNational());
        national.setId("generateNational");
        national.disableProperty().bind(session.runner().status().runningProperty());
        ListView<String> preview = new ListView<>(vm.preview());
        preview.setId("reportPreview");
        preview.setPlaceholder(new Label(session.t("reports.noPreview")));
        Button print = Fx.button(session.t("reports.print"), e -> {
            Path pdf = vm.lastFileProperty().get();
            if (pdf == null) {
                session.notifier().info(session.t("reports.printNeedsPdf"));
            } else {
                new ReportPrinter(session).print(pdf, Fx.window((Node) e.getSource()));
            }
        });
        print.setId("printReport");
        Button open = Fx.button(session.t("reports.openFolder"), e -> vm.openFolder(Path.of(vm.folderProperty().get())));
        open.setId("openReportFolder");
        Button openPdf = Fx.button(session.t("reports.openPdf"), e -> vm.open(vm.lastFileProperty().get()));
        openPdf.setId("openReportPdf");
        openPdf.disableProperty().bind(vm.lastFileProperty().isNull());
        ListView<Path> written = new ListView<>(vm.written());
        written.setId("reportFiles");
        written.setPrefHeight(90);
        written.setOnMouseClicked(m -> {
            if (m.getClickCount() == 2 && written.getSelectionModel().getSelectedItem() != null) {
                vm.open(written.getSelectionModel().getSelectedItem());
            }
        });
        javafx.scene.control.CheckBox replace = new javafx.scene.control.CheckBox(session.t("reports.replace"));
        replace.setId("replaceReports");
        replace.selectedProperty().bindBidirectional(vm.replaceProperty());
        HBox folderBar = new HBox(8, Fx.labelFor(session.t("reports.folder"), folder), folder, browse, replace);
        folderBar.getStyleClass().add("toolbar");
        HBox actions = new HBox(8, generate, national, print, open, openPdf);
        // No PDF viewer (or file manager) on this computer: said here, with the folder to open instead.
        Label problem = new Label();
        problem.setId("openProblem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.textProperty().bind(vm.openProblemProperty());
        Button folderInstead = Fx.button(session.t("reports.openFolder"), e -> vm.openFolder(vm.folderOfLast()));
        folderInstead.setId("openFolderInstead");
        HBox problemBar = new HBox(8, problem, folderInstead);
        problemBar.visibleProperty().bind(vm.openProblemProperty().isNotEmpty());
        problemBar.managedProperty().bind(problemBar.visibleProperty());
        VBox page = Fx.page(Fx.heading(session.t("nav.reports").replace("_", "")),
                AreaBar.build(session, vm.area(), "reports.allDistricts", "report", subscriptions), folderBar, actions, problemBar,
                Fx.labelFor(session.t("reports.preview"), preview), preview,
                Fx.labelFor(session.t("reports.files"), written), written, ministry());
        VBox.setVgrow(preview, Priority.ALWAYS);
        vm.load();
        return page;
    }

    /** The figures for the ministry: DHIS2, ADX, the UIS tables or every figure as a CSV (docs/exchange.md). */
    private Node ministry() {
        javafx.scene.control.ComboBox<org.emisworkbench.service.ExchangeService.Format> format =
                new javafx.scene.control.ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                        org.emisworkbench.service.ExchangeService.Format.values()));
        format.setId("exportFormat");
        format.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(org.emisworkbench.service.ExchangeService.Format f) {
                return f == null ? "" : session.t("exports.format." + f.name());
            }

            @Override
            public org.emisworkbench.service.ExchangeService.Format fromString(String s) {
                return null;
            }
        });
        format.valueProperty().bindBidirectional(vm.exportFormatProperty());
        TextField mapping = new TextField();
        mapping.setId("exportMapping");
        mapping.textProperty().bindBidirectional(vm.mappingFileProperty());
        HBox.setHgrow(mapping, Priority.ALWAYS);
        Button browse = Fx.button(session.t("exports.browse"), e -> {
            javafx.stage.FileChooser fc = new javafx.stage.FileChooser();
            fc.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("JSON", "*.json"));
            File f = fc.showOpenDialog(Fx.window((Node) e.getSource()));
            if (f != null) {
                vm.mappingFileProperty().set(f.getAbsolutePath());
            }
        });
        javafx.beans.binding.BooleanBinding noMapping = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !vm.needsMapping(format.getValue()), format.valueProperty());
        mapping.disableProperty().bind(noMapping);
        browse.disableProperty().bind(noMapping);
        javafx.scene.control.CheckBox unchecked = new javafx.scene.control.CheckBox(session.t("exports.includeUnchecked"));
        unchecked.setId("exportUnchecked");
        unchecked.selectedProperty().bindBidirectional(vm.includeUncheckedProperty());
        unchecked.disableProperty().bind(noMapping);
        Button run = Fx.button(session.t("exports.run"), e -> {
            javafx.stage.FileChooser fc = new javafx.stage.FileChooser();
            fc.setTitle(session.t("exports.save"));
            fc.setInitialFileName(vm.suggestedExportName());
            File dir = new File(vm.folderProperty().get());
            if (dir.isDirectory()) {
                fc.setInitialDirectory(dir);
            }
            File f = fc.showSaveDialog(Fx.window((Node) e.getSource()));
            if (f != null) {
                vm.exportForMinistry(f.toPath());
            }
        });
        run.setId("exportForMinistry");
        run.disableProperty().bind(session.runner().status().runningProperty().or(vm.canGenerateProperty().not()));
        Label summary = new Label();
        summary.setId("exportSummary");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.textProperty().bind(vm.exportSummaryProperty());
        HBox first = new HBox(8, Fx.labelFor(session.t("exports.format"), format), format, run);
        first.getStyleClass().add("toolbar");
        HBox second = new HBox(8, Fx.labelFor(session.t("exports.mapping"), mapping), mapping, browse, unchecked);
        second.getStyleClass().add("toolbar");
        return new VBox(6, Fx.heading(session.t("exports.title")), first, second, summary);
    }
}
