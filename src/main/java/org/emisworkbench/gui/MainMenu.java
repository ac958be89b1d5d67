package org.emisworkbench.gui;

import java.io.File;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/** The menu bar: every action with a mnemonic, the frequent ones with an accelerator. */
final class MainMenu {
    private final Session session;
    private final MainWindow window;

    MainMenu(Session session, MainWindow window) {
        this.session = session;
        this.window = window;
    }

    MenuBar build() {
        Menu file = menu("menu.file",
                item("menu.open", "Shortcut+O", e -> chooseWorkspace(false)),
                item("menu.create", "Shortcut+N", e -> chooseWorkspace(true)),
                item("menu.sample", "Shortcut+Shift+S", e -> window.home().openSampleCountry()),
                item("menu.connect", null, e -> window.connect(null)),
                new SeparatorMenuItem(),
                item("menu.import", "Shortcut+I", e -> chooseImport(false)),
                item("menu.importFolder", "Shortcut+Shift+I", e -> chooseImport(true)),
                item("menu.newTemplate", "Shortcut+T", e -> chooseNewTemplate()),
                item("menu.boundaries", null, e -> window.openBoundaries()),
                new SeparatorMenuItem(),
                item("menu.sendToMinistry", "Shortcut+E", e -> window.show(Screen.REPORTS)),
                item("menu.sendPackage", null, e -> choosePackageOut()),
                item("menu.importPackages", null, e -> choosePackagesIn()),
                new SeparatorMenuItem(),
                item("menu.exit", "Shortcut+Q", e -> Platform.exit()));
        Menu data = menu("menu.data",
                item("menu.validate", "F5", e -> {
                    window.show(Screen.VALIDATION);
                    window.validation().run();
                }),
                item("menu.refresh", "Shortcut+R", e -> {
                    window.schools().refresh();
                    window.validation().refresh();
                }),
                item("menu.cancel", "Esc", e -> session.runner().status().cancel()),
                new SeparatorMenuItem(),
                item("menu.structure", null, e -> window.openStructure()));
        Menu view = menu("menu.view");
        int digit = 1;
        for (Screen s : Screen.values()) {
            view.getItems().add(item(s.key(), "Shortcut+" + digit++, e -> window.show(s)));
        }
        view.getItems().addAll(new SeparatorMenuItem(),
                item("menu.bigger", "Shortcut+Equals", e -> window.settings().biggerFont()),
                item("menu.smaller", "Shortcut+Minus", e -> window.settings().smallerFont()));
        Menu workshop = menu("menu.workshop",
                item("menu.workshopReset", null, e -> confirmReset()));
        Menu help = menu("menu.help",
                item("menu.keys", "F1", e -> keys()),
                item("menu.about", null, e -> about()));
        MenuBar bar = new MenuBar(file, data, view, workshop, help);
        bar.setId("menuBar");
        return bar;
    }

    private Menu menu(String key, MenuItem... items) {
        Menu m = new Menu(session.t(key));
        m.setMnemonicParsing(true);
        m.getItems().addAll(items);
        return m;
    }

    private MenuItem item(String key, String accelerator, EventHandler<ActionEvent> action) {
        MenuItem i = new MenuItem(session.t(key));
        i.setMnemonicParsing(true);
        i.setId(key);
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(action);
        return i;
    }

    private void chooseWorkspace(boolean create) {
        FileChooser fc = new FileChooser();
        fc.setTitle(session.t(create ? "home.create.title" : "home.open.title"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(session.t("home.filter"), "*.mv.db"));
        File f = create ? fc.showSaveDialog(Fx.window(window.root())) : fc.showOpenDialog(Fx.window(window.root()));
        if (f != null) {
            window.openWorkspace(f.toPath());
        }
    }

    private void chooseImport(boolean folder) {
        window.show(Screen.IMPORT);
        if (folder) {
            File d = new DirectoryChooser().showDialog(Fx.window(window.root()));
            if (d != null) {
                window.imports().paths().add(d.toPath());
            }
        } else {
            FileChooser fc = new FileChooser();
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(session.t("import.filter"), "*.xlsx",
                    "*.xlsm", "*.xls"));
            var files = fc.showOpenMultipleDialog(Fx.window(window.root()));
            if (files != null) {
                files.forEach(f -> window.imports().paths().add(f.toPath()));
            }
        }
    }

    /** The district and year are those the Reports screen shows: the officer sees what is sent. */
    private void choosePackageOut() {
        window.show(Screen.REPORTS);
        FileChooser fc = new FileChooser();
        fc.setTitle(session.t("menu.sendPackage").replace("_", ""));
        fc.setInitialFileName(window.reports().suggestedPackageName());
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(session.t("packages.filter"), "*.zip"));
        File f = fc.showSaveDialog(Fx.window(window.root()));
        if (f != null) {
            window.reports().sendPackage(f.toPath());
        }
    }

    private void choosePackagesIn() {
        FileChooser fc = new FileChooser();
        fc.setTitle(session.t("menu.importPackages").replace("_", ""));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(session.t("packages.filter"), "*.zip"));
        var files = fc.showOpenMultipleDialog(Fx.window(window.root()));
        if (files != null) {
            window.show(Screen.REPORTS);
            window.reports().importPackages(files.stream().map(File::toPath).toList());
        }
    }

    /** Opens the mapping screen on a workbook, to write a template for its layout. */
    private void chooseNewTemplate() {
        if (window.refusesTemplateHere()) {
            return; // said before a workbook is chosen, not after
        }
        FileChooser fc = new FileChooser();
        fc.setTitle(session.t("menu.newTemplate").replace("_", ""));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(session.t("import.filter"), "*.xlsx", "*.xlsm",
                "*.xls"));
        File f = fc.showOpenDialog(Fx.window(window.root()));
        if (f != null) {
            window.openMapping(f.toPath());
        }
    }

    /** A reset replaces a whole workspace: the officer sees which file goes and where it is kept first. */
    private void confirmReset() {
        WorkshopViewModel workshop = window.workshop();
        if (workshop.refusedOnShared()) {
            return;
        }
        ButtonType reset = new ButtonType(session.t("workshop.resetButton"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(session.t("workshop.keepButton"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, session.t("workshop.confirm", workshop.target(),
                workshop.setAsideFile().getFileName()), reset, keep);
        a.initOwner(Fx.window(window.root()));
        a.setHeaderText(session.t("workshop.confirmTitle"));
        a.showAndWait().filter(reset::equals).ifPresent(b -> workshop.reset());
    }

    private void keys() {
        Alert a = new Alert(Alert.AlertType.INFORMATION, session.t("help.keys"));
        a.initOwner(Fx.window(window.root()));
        a.setHeaderText(session.t("menu.keys").replace("_", ""));
        a.show();
    }

    private void about() {
        String v = MainMenu.class.getPackage().getImplementationVersion();
        Alert a = new Alert(Alert.AlertType.INFORMATION, session.t("help.about", v == null ? "dev" : v));
        a.initOwner(Fx.window(window.root()));
        a.setHeaderText(session.t("app.title"));
        a.show();
    }
}
