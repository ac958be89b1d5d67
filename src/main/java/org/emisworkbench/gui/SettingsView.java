package org.emisworkbench.gui;

import java.io.File;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.emisworkbench.model.Languages;
import org.emisworkbench.service.ImportRequest;

/** Settings: language, text size, rule pack, templates folder, database, backup and restore. */
final class SettingsView {
    private final Session session;
    private final SettingsViewModel vm;
    private final Subscriptions subscriptions;

    SettingsView(Session session, SettingsViewModel vm, Subscriptions subscriptions) {
        this.session = session;
        this.vm = vm;
        this.subscriptions = subscriptions;
    }

    Node build() {
        ChoiceBox<String> language = new ChoiceBox<>();
        language.setId("languageChoice");
        // Every language of i18n/languages.properties, each named in itself (English, Français, Português).
        language.getItems().addAll(Languages.codes());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? "" : Messages.forLanguage(s).t("language.name");
            }

            @Override
            public String fromString(String s) {
                return Languages.codes().stream().filter(c -> toString(c).equals(s)).findFirst().orElse(Languages.BASE);
            }
        });
        language.setValue(vm.languageProperty().get());
        language.valueProperty().addListener((o, a, b) -> vm.languageProperty().set(b));

        Spinner<Double> font = new Spinner<>(SettingsViewModel.MIN_FONT, SettingsViewModel.MAX_FONT,
                vm.fontSizeProperty().get(), 1);
        font.setId("fontSize");
        font.setEditable(true);
        font.valueProperty().addListener((o, a, b) -> vm.fontSizeProperty().set(b));
        subscriptions.add(vm.fontSizeProperty().subscribe((a, b) -> font.getValueFactory().setValue(b.doubleValue())));

        TextField pack = new TextField();
        pack.setId("rulePack");
        pack.setPromptText(session.t("settings.defaultPack"));
        pack.textProperty().bindBidirectional(vm.rulePackProperty());
        Button packBrowse = Fx.button(session.t("settings.browse"), e -> {
            FileChooser fc = new FileChooser();
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(session.t("settings.packFilter"), "*.json"));
            File f = fc.showOpenDialog(Fx.window((Node) e.getSource()));
            if (f != null) {
                vm.rulePackProperty().set(f.getAbsolutePath());
            }
        });
        TextField templates = new TextField();
        templates.setId("templatesFolder");
        templates.setPromptText(session.t("settings.builtInTemplates"));
        templates.textProperty().bindBidirectional(vm.templatesFolderProperty());
        Button templatesBrowse = Fx.button(session.t("settings.browse2"), e -> {
            File d = new DirectoryChooser().showDialog(Fx.window((Node) e.getSource()));
            if (d != null) {
                vm.templatesFolderProperty().set(d.getAbsolutePath());
            }
        });
        Label db = new Label();
        db.setId("databaseFile");
        db.textProperty().bind(vm.databaseText());
        Button backup = Fx.button(session.t("settings.backup"), e -> {
            FileChooser fc = dbChooser(session.t("settings.backup").replace("_", ""));
            fc.setInitialFileName("workspace-backup.mv.db");
            File f = fc.showSaveDialog(Fx.window((Node) e.getSource()));
            if (f != null) {
                vm.backup(f.toPath());
            }
        });
        Button restore = Fx.button(session.t("settings.restore"), e -> {
            File f = dbChooser(session.t("settings.restore").replace("_", "")).showOpenDialog(
                    Fx.window((Node) e.getSource()));
            if (f != null) {
                vm.restore(f.toPath());
            }
        });
        Spinner<Integer> kept = new Spinner<>(1, ImportRequest.MOST_BACKUPS_KEPT, vm.backupsKeptProperty().get());
        kept.setId("backupsKept");
        kept.setEditable(true);
        kept.valueProperty().addListener((o, a, b) -> vm.backupsKeptProperty().set(b));
        // A shared workspace is backed up by its server (decision 0018): these are about a workspace file.
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {backup, restore, kept}) {
            c.disableProperty().bind(vm.sharedProperty());
        }
        Label sharedNote = new Label(session.t("shared.noBackups"));
        sharedNote.setId("sharedBackupsNote");
        sharedNote.setWrapText(true);
        sharedNote.visibleProperty().bind(vm.sharedProperty());
        sharedNote.managedProperty().bind(vm.sharedProperty());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        int r = 0;
        grid.addRow(r++, Fx.labelFor(session.t("settings.language"), language), language,
                new Label(session.t("settings.languageNote")));
        grid.addRow(r++, Fx.labelFor(session.t("settings.font"), font), font,
                new Label(session.t("settings.fontNote")));
        grid.addRow(r++, Fx.labelFor(session.t("settings.pack"), pack), pack, packBrowse);
        grid.addRow(r++, Fx.labelFor(session.t("settings.templates"), templates), templates, templatesBrowse);
        grid.addRow(r++, new Label(session.t("settings.database")), db);
        grid.addRow(r++, new Label(session.t("settings.backupLabel")), new HBox(8, backup, restore, sharedNote));
        grid.addRow(r, Fx.labelFor(session.t("settings.backupsKept"), kept), kept,
                new Label(session.t("settings.backupsKeptNote")));
        backup.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        restore.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        GridPane.setColumnSpan(db, 2);
        for (javafx.scene.Node n : grid.getChildren()) {
            if (n instanceof javafx.scene.control.Labeled l && GridPane.getColumnIndex(n) != null
                    && GridPane.getColumnIndex(n) != 1) {
                l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        javafx.scene.layout.ColumnConstraints grow = new javafx.scene.layout.ColumnConstraints();
        grow.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grow.setMinWidth(260);
        grid.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(), grow);
        return Fx.page(Fx.heading(session.t("nav.settings").replace("_", "")), grid);
    }

    private FileChooser dbChooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(session.t("home.filter"), "*.mv.db"));
        return fc;
    }
}
