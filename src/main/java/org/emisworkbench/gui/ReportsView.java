package org.emisworkbench.gui;

import java.io.File;
import java.nio.file.Path;
import javafx.application.HostServices;
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
    private final HostServices host;

    ReportsView(Session session, ReportsViewModel vm, HostServices host) {
        this.session = session;
        this.vm = vm;
        this.host = host;
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
        generate.disableProperty().bind(session.runner().status().runningProperty());
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
        Button open = Fx.button(session.t("reports.openFolder"), e -> open(Path.of(vm.folderProperty().get())));
        Button openPdf = Fx.button(session.t("reports.openPdf"), e -> open(vm.lastFileProperty().get()));
        openPdf.disableProperty().bind(vm.lastFileProperty().isNull());
        ListView<Path> written = new ListView<>(vm.written());
        written.setId("reportFiles");
        written.setPrefHeight(90);
        written.setOnMouseClicked(m -> {
            if (m.getClickCount() == 2 && written.getSelectionModel().getSelectedItem() != null) {
                open(written.getSelectionModel().getSelectedItem());
            }
        });
        javafx.scene.control.CheckBox replace = new javafx.scene.control.CheckBox(session.t("reports.replace"));
        replace.setId("replaceReports");
        replace.selectedProperty().bindBidirectional(vm.replaceProperty());
        HBox folderBar = new HBox(8, Fx.labelFor(session.t("reports.folder"), folder), folder, browse, replace);
        folderBar.getStyleClass().add("toolbar");
        HBox actions = new HBox(8, generate, print, open, openPdf);
        VBox page = Fx.page(Fx.heading(session.t("nav.reports").replace("_", "")),
                AreaBar.build(session, vm.area(), "reports.allDistricts", "report"), folderBar, actions,
                Fx.labelFor(session.t("reports.preview"), preview), preview,
                Fx.labelFor(session.t("reports.files"), written), written);
        VBox.setVgrow(preview, Priority.ALWAYS);
        vm.load();
        return page;
    }

    private void open(Path p) {
        if (p == null) {
            return;
        }
        if (host != null) {
            host.showDocument(p.toUri().toString());
        } else {
            session.notifier().info(p.toString());
        }
    }
}
