package org.emisworkbench.gui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emisworkbench.service.SampleCountry;
import org.emisworkbench.service.Workbench;

/** Home: open or create a workspace, the recent list, and the sample country in one click. */
public final class HomeViewModel {
    /** The sample country's workspace, in the app's home folder. */
    public static final String SAMPLE_DB = "sample-country";

    private final Session session;
    private final ImportViewModel imports;
    private final Navigator navigator;
    private final ObservableList<String> recent = FXCollections.observableArrayList();
    private final BooleanProperty firstStart = new SimpleBooleanProperty();
    private final StringBinding workspaceText;
    private final StringBinding damagedText;
    private java.util.function.Consumer<String> connect = address -> { };

    public HomeViewModel(Session session, ImportViewModel imports, Navigator navigator) {
        this.session = session;
        this.imports = imports;
        this.navigator = navigator;
        refreshRecent();
        firstStart.set(session.settings().lastWorkspace() == null && recent.isEmpty());
        workspaceText = Bindings.createStringBinding(() -> session.workbench() == null ? session.t("home.noWorkspace")
                : session.t("home.current", session.workbench().location()), session.workbenchProperty(),
                session.messagesProperty());
        session.workbenchProperty().addListener((o, a, b) -> refreshRecent());
        damagedText = Bindings.createStringBinding(() -> {
            DamagedWorkspace d = session.damagedProperty().get();
            return d == null ? "" : d.backup() == null ? session.t("home.damagedNoBackup", d.workspace())
                    : session.t("home.damaged", d.workspace(), d.backup());
        }, session.damagedProperty(), session.messagesProperty());
    }

    /** The workspace last refused as damaged, with its newest backup; null when none. */
    public ReadOnlyObjectProperty<DamagedWorkspace> damagedProperty() {
        return session.damagedProperty();
    }

    /** What the Home screen says about a damaged workspace and its backup ("" when none). */
    public StringBinding damagedText() {
        return damagedText;
    }

    /** Opens the damaged workspace's newest backup as the workspace (the damaged file stays as it is). */
    public void openLastBackup() {
        DamagedWorkspace d = session.damagedProperty().get();
        if (d != null && d.backup() != null) {
            open(d.backup());
        }
    }

    /**
     * Puts the newest backup in place of the damaged workspace (the damaged file kept aside as
     * NAME.before-restore.mv.db) and opens it, off the JavaFX thread.
     */
    public void restoreLastBackup() {
        DamagedWorkspace d = session.damagedProperty().get();
        if (d == null || d.backup() == null) {
            return;
        }
        session.run(session.t("job.restore"), (p, c) -> {
            p.update(0, -1, d.backup().toString());
            Workbench.restore(d.backup(), d.workspace());
            return Workbench.open(d.workspace());
        }, wb -> {
            session.setWorkbench(wb);
            firstStart.set(false);
            session.notifier().info(session.t("settings.restored", d.backup()));
            navigator.show(Screen.SCHOOLS);
        }, session.t("settings.restoreFailed"));
    }

    public ObservableList<String> recent() {
        return recent;
    }

    /** True when the workbench was never used: the home screen offers the sample country first. */
    public BooleanProperty firstStartProperty() {
        return firstStart;
    }

    public StringBinding workspaceText() {
        return workspaceText;
    }

    /** Opens a workspace database, creating it when it does not exist. */
    public void open(Path db) {
        session.open(db, wb -> {
            firstStart.set(false);
            navigator.show(Screen.SCHOOLS);
        });
    }

    /** What opening a remembered server does: the window's Connect dialog, filled in with it. */
    void setConnectAction(java.util.function.Consumer<String> action) {
        connect = action;
    }

    public void openRecent(String db) {
        if (Workbench.isSharedAddress(db)) {
            connect.accept(db); // its password is asked, never remembered
            return;
        }
        // Even a file check may hang on a network drive: not on the JavaFX thread.
        session.runner().fetch((p, c) -> Files.exists(Path.of(db)), exists -> {
            if (exists) {
                open(Path.of(db));
            } else {
                session.notifier().info(session.t("home.recentGone", db));
                session.settings().forget(db);
                refreshRecent();
            }
        }, e -> session.fail(session.t("home.openFailed"), e));
    }

    /** Reopens the last workspace at start, quietly forgetting it when the file is gone. */
    public void reopenLast() {
        String last = session.settings().lastWorkspace();
        if (last != null) {
            session.runner().fetch((p, c) -> Files.exists(Path.of(last)), exists -> {
                if (exists && session.workbench() == null) {
                    session.open(Path.of(last), null);
                }
            }, e -> { });
        }
    }

    /** The sample country's database file. */
    public Path sampleDatabase() {
        return session.settings().home().resolve(SAMPLE_DB + ".mv.db");
    }

    /**
     * Finds (or generates) the sample workbooks, opens the sample workspace in the app's home folder
     * and imports them, all with progress.
     */
    public void openSampleCountry() {
        if (session.runner().status().isRunning()) {
            session.notifier().info(session.t("job.busy", session.runner().status().titleProperty().get()));
            return;
        }
        Path home = session.settings().home();
        Workbench before = session.workbench();
        session.setWorkbench(null); // the screens let go of it before it closes
        record Ready(Path samples, Workbench workbench) {
        }
        String finding = session.t("job.sampleFind");
        Path db = sampleDatabase();
        boolean started = session.runner().run(session.t("job.sample"), session.localized((p, c) -> {
            if (before != null) {
                before.close();
            }
            p.update(0, -1, finding);
            Path samples = SampleCountry.findOrGenerate(home, p, c);
            c.check();
            return new Ready(samples, Workbench.open(db));
        }), ready -> {
            session.setWorkbench(ready.workbench());
            firstStart.set(false);
            navigator.show(Screen.IMPORT);
            imports.importSampleCountry(ready.samples());
        }, e -> session.fail(session.t("home.sampleFailed"), e));
        assert started : "checked above that no job runs";
    }

    private void refreshRecent() {
        recent.setAll(session.settings().recent());
    }
}
