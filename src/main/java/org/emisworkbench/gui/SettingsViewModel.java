package org.emisworkbench.gui;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.emisworkbench.service.Workbench;

/** Settings: language, font size, rule pack, templates folder, and the workspace's backup and restore. */
public final class SettingsViewModel {
    public static final double MIN_FONT = 10;
    public static final double MAX_FONT = 28;
    private final Session session;
    private final StringProperty language = new SimpleStringProperty();
    private final DoubleProperty fontSize = new SimpleDoubleProperty();
    private final StringProperty rulePack = new SimpleStringProperty();
    private final StringProperty templatesFolder = new SimpleStringProperty();
    private final IntegerProperty backupsKept = new SimpleIntegerProperty();
    private final StringBinding database;
    private final javafx.beans.binding.BooleanBinding shared;

    public SettingsViewModel(Session session) {
        this.session = session;
        AppSettings s = session.settings();
        language.set(s.language());
        fontSize.set(s.fontSize());
        rulePack.set(s.rulePack() == null ? "" : s.rulePack());
        templatesFolder.set(s.templatesFolder() == null ? "" : s.templatesFolder());
        backupsKept.set(s.backupsKept());
        language.addListener((o, a, b) -> {
            if (b != null && !b.equals(a)) {
                session.setLanguage(b);
            }
        });
        fontSize.addListener((o, a, b) -> s.setFontSize(b.doubleValue()));
        rulePack.addListener((o, a, b) -> s.setRulePack(b));
        templatesFolder.addListener((o, a, b) -> s.setTemplatesFolder(b));
        backupsKept.addListener((o, a, b) -> s.setBackupsKept(b.intValue()));
        shared = Bindings.createBooleanBinding(() -> session.workbench() != null && session.workbench().isShared(),
                session.workbenchProperty());
        database = Bindings.createStringBinding(() -> session.workbench() == null ? ""
                : session.workbench().location(), session.workbenchProperty());
    }

    /** A code of {@link org.emisworkbench.model.Languages}: "en", "fr", "pt". */
    public StringProperty languageProperty() {
        return language;
    }

    /** Base font size in points; bigger for a projector. */
    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    public void biggerFont() {
        fontSize.set(Math.min(MAX_FONT, fontSize.get() + 2));
    }

    public void smallerFont() {
        fontSize.set(Math.max(MIN_FONT, fontSize.get() - 2));
    }

    /** The rule pack file; blank for the default census pack. */
    public StringProperty rulePackProperty() {
        return rulePack;
    }

    /** The folder of the officer's own templates; blank for the built-in ones only. */
    public StringProperty templatesFolderProperty() {
        return templatesFolder;
    }

    /** How many backups made before imports are kept beside the workspace (1 to the most allowed). */
    public IntegerProperty backupsKeptProperty() {
        return backupsKept;
    }

    public StringBinding databaseText() {
        return database;
    }

    /**
     * True while a shared workspace is open: its server's administrator keeps its backups (decision 0018), so
     * the backup, restore and backups-kept settings, which are about a workspace file, do not apply.
     */
    public javafx.beans.binding.BooleanBinding sharedProperty() {
        return shared;
    }

    /** True (and the officer told why) when the open workspace is shared and has no file to copy or replace. */
    private boolean refusedOnShared() {
        if (shared.get()) {
            session.notifier().info(session.t("shared.noBackups"));
            return true;
        }
        return false;
    }

    /** Copies the workspace database to {@code target}. */
    public void backup(Path target) {
        if (session.needsWorkspace() || refusedOnShared()) {
            return;
        }
        Workbench wb = session.workbench();
        session.run(session.t("job.backup"), (p, c) -> {
            p.update(0, -1, target.toString());
            wb.backupTo(target);
            return target;
        }, t -> session.notifier().info(session.t("settings.backedUp", t)), session.t("settings.backupFailed"));
    }

    /** Replaces the workspace database with a backup, then opens it again. */
    public void restore(Path backup) {
        if (session.needsWorkspace() || refusedOnShared()) {
            return;
        }
        Workbench wb = session.workbench();
        Path db = wb.databaseFile();
        record Restored(Workbench workbench, RuntimeException error) {
        }
        session.run(session.t("job.restore"), (p, c) -> {
            p.update(0, -1, backup.toString());
            wb.close();
            RuntimeException error = null;
            try {
                Workbench.restore(backup, db);
            } catch (RuntimeException e) {
                error = e; // the old database is still there: open it again
            }
            return new Restored(Workbench.open(db), error);
        }, r -> {
            session.setWorkbench(r.workbench());
            if (r.error() != null) {
                session.fail(session.t("settings.restoreFailed"), r.error());
            } else {
                session.notifier().info(session.t("settings.restored", backup));
            }
        }, session.t("settings.restoreFailed"));
    }
}
