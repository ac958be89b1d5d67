package org.emisworkbench.gui;

import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Home: workspaces, the recent list and the sample country. */
final class HomeView {
    private final Session session;
    private final HomeViewModel vm;

    HomeView(Session session, HomeViewModel vm) {
        this.session = session;
        this.vm = vm;
    }

    Node build() {
        Label title = Fx.heading(session.t("app.title"));
        title.getStyleClass().add("title");
        Label current = new Label();
        current.textProperty().bind(vm.workspaceText());
        current.setWrapText(true);

        Button sample = Fx.button(session.t("home.sample"), e -> vm.openSampleCountry());
        sample.setId("openSample");
        sample.setDefaultButton(true);
        sample.getStyleClass().add("big");
        Label welcome = new Label(session.t("home.welcome"));
        welcome.setWrapText(true);
        VBox welcomeBox = new VBox(8, welcome);
        welcomeBox.getStyleClass().add("welcome");
        welcomeBox.setPadding(new Insets(12));
        welcomeBox.visibleProperty().bind(vm.firstStartProperty());
        welcomeBox.managedProperty().bind(vm.firstStartProperty());

        Button open = Fx.button(session.t("home.open"), e -> chooseOpen(e.getSource()));
        open.setId("openWorkspace");
        Button create = Fx.button(session.t("home.create"), e -> chooseCreate(e.getSource()));
        create.setId("createWorkspace");
        HBox actions = new HBox(8, sample, open, create);

        Label damagedText = new Label();
        damagedText.setId("damagedText");
        damagedText.setWrapText(true);
        damagedText.textProperty().bind(vm.damagedText());
        Button openBackup = Fx.button(session.t("home.openBackup"), e -> vm.openLastBackup());
        openBackup.setId("openLastBackup");
        Button restoreBackup = Fx.button(session.t("home.restoreBackup"), e -> vm.restoreLastBackup());
        restoreBackup.setId("restoreLastBackup");
        var noBackup = javafx.beans.binding.Bindings.createBooleanBinding(() -> vm.damagedProperty().get() == null
                || vm.damagedProperty().get().backup() == null, vm.damagedProperty());
        openBackup.disableProperty().bind(noBackup);
        restoreBackup.disableProperty().bind(noBackup);
        VBox damagedBox = new VBox(8, damagedText, new HBox(8, openBackup, restoreBackup));
        damagedBox.setId("damagedBox");
        damagedBox.getStyleClass().add("welcome");
        damagedBox.setPadding(new Insets(12));
        damagedBox.visibleProperty().bind(vm.damagedProperty().isNotNull());
        damagedBox.managedProperty().bind(vm.damagedProperty().isNotNull());

        ListView<String> recent = new ListView<>(vm.recent());
        recent.setId("recentList");
        recent.setPrefHeight(200);
        recent.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.ENTER && recent.getSelectionModel().getSelectedItem() != null) {
                vm.openRecent(recent.getSelectionModel().getSelectedItem());
            }
        });
        recent.setOnMouseClicked(m -> {
            if (m.getButton() == MouseButton.PRIMARY && m.getClickCount() == 2
                    && recent.getSelectionModel().getSelectedItem() != null) {
                vm.openRecent(recent.getSelectionModel().getSelectedItem());
            }
        });
        Label recentLabel = Fx.labelFor(session.t("home.recent"), recent);
        Label drop = new Label(session.t("home.dropHint"));
        drop.setWrapText(true);
        drop.getStyleClass().add("hint");
        return Fx.page(title, welcomeBox, damagedBox, actions, current, recentLabel, Fx.grow(recent), drop);
    }

    void chooseOpen(Object source) {
        FileChooser fc = chooser(session.t("home.open.title"));
        File f = fc.showOpenDialog(Fx.window((Node) source));
        if (f != null) {
            vm.open(f.toPath());
        }
    }

    void chooseCreate(Object source) {
        FileChooser fc = chooser(session.t("home.create.title"));
        fc.setInitialFileName("workspace.mv.db");
        File f = fc.showSaveDialog(Fx.window((Node) source));
        if (f != null) {
            vm.open(f.toPath());
        }
    }

    private FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(session.t("home.filter"), "*.mv.db"));
        File dir = Fx.existingDir(session.settings().lastWorkspace());
        Path home = session.settings().home();
        fc.setInitialDirectory(dir != null ? dir : home.toFile().isDirectory() ? home.toFile() : null);
        return fc;
    }
}
