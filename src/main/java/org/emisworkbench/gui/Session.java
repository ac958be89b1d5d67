package org.emisworkbench.gui;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.emisworkbench.model.CancelledException;
import org.emisworkbench.model.CoreText;
import org.emisworkbench.model.Localized;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.WorkspaceBackup;
import org.emisworkbench.service.ServiceException;
import org.emisworkbench.service.SharedAddress;
import org.emisworkbench.service.Workbench;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every screen shares: the open workspace, the settings, the texts, the job runner and the
 * notifier. The workspace is opened and closed off the JavaFX thread.
 */
public final class Session {
    private static final Logger LOG = LoggerFactory.getLogger(Session.class);
    private final AppSettings settings;
    private final TaskRunner runner;
    private final ObjectProperty<Messages> messages;
    private final ObjectProperty<Workbench> workbench = new SimpleObjectProperty<>();
    private final ObjectProperty<DamagedWorkspace> damaged = new SimpleObjectProperty<>();
    private final javafx.beans.property.LongProperty changes = new javafx.beans.property.SimpleLongProperty();
    private Notifier notifier;

    public Session(AppSettings settings, TaskRunner runner, Notifier notifier) {
        this.settings = settings;
        this.runner = new DamageWatchingRunner(runner, this::damagedInUse);
        this.notifier = notifier;
        this.messages = new SimpleObjectProperty<>(Messages.forLanguage(settings.language()));
    }

    public AppSettings settings() {
        return settings;
    }

    public TaskRunner runner() {
        return runner;
    }

    public Notifier notifier() {
        return notifier;
    }

    public void setNotifier(Notifier n) {
        notifier = n;
    }

    public Messages messages() {
        return messages.get();
    }

    public ReadOnlyObjectProperty<Messages> messagesProperty() {
        return messages;
    }

    public void setLanguage(String language) {
        settings.setLanguage(language);
        messages.set(Messages.forLanguage(language));
    }

    public String t(String key, Object... args) {
        return messages.get().t(key, args);
    }

    /** A message of the core in the window's language (null stays null). */
    public String t(Message message) {
        return message == null ? null : CoreText.forWindow(messages.get().locale()).render(message);
    }

    public ReadOnlyObjectProperty<Workbench> workbenchProperty() {
        return workbench;
    }

    /** The open workspace, or null. */
    public Workbench workbench() {
        return workbench.get();
    }

    /** The workspace last refused as damaged, with its newest backup; null once a workspace opens. */
    public ReadOnlyObjectProperty<DamagedWorkspace> damagedProperty() {
        return damaged;
    }

    /** What opening gave: the workspace, or the damaged one refused with its newest backup (found off the FX thread). */
    private record Opening(Workbench workbench, DamagedWorkspace damaged) {
    }

    /** Opens (or creates) a workspace in the background, closing the one open before. */
    public void open(Path db, Consumer<Workbench> then) {
        if (runner.status().isRunning()) {
            notifier.info(t("job.busy", runner.status().titleProperty().get()));
            return;
        }
        Workbench before = workbench.get();
        workbench.set(null); // the screens let go of it before it closes
        runner.run(t("job.open"), (p, c) -> {
            p.update(0, -1, db.toString());
            if (before != null) {
                before.close();
            }
            try {
                return new Opening(Workbench.open(db), null);
            } catch (ServiceException e) {
                if (!e.isDamagedWorkspace()) {
                    throw e;
                }
                Path backup = Workbench.backups(db).stream().findFirst().map(WorkspaceBackup::file).orElse(null);
                return new Opening(null, new DamagedWorkspace(db, backup, e));
            }
        }, opening -> {
            if (opening.damaged() != null) {
                damaged.set(opening.damaged());
                fail(t("home.openFailed"), opening.damaged().refusal());
                return;
            }
            Workbench wb = opening.workbench();
            damaged.set(null);
            settings.opened(wb.databaseFile());
            workbench.set(wb);
            notifier.info(t("home.opened", wb.databaseFile().getFileName()));
            if (then != null) {
                then.accept(wb);
            }
        }, e -> {
            workbench.set(null);
            fail(t("home.openFailed"), e);
        });
    }

    /**
     * Connects to a shared workspace on its PostgreSQL server in the background (decision 0018), through the
     * same use case as the command line's {@code --db postgresql://…}. The workspace open before is closed
     * once the server has answered, and stays open when it refused. {@code password} (null: none, the driver
     * then reads the role's ~/.pgpass) is cleared once the server has had it. A server the officer asked to
     * remember joins the recent workspaces, without its password.
     *
     * @param failed told in plain words, in the window's language, why it could not connect
     * @return false when another job runs (nothing started; the officer is told)
     */
    public boolean connect(SharedAddress address, char[] password, boolean remember, Consumer<Workbench> then,
                           Consumer<String> failed) {
        if (runner.status().isRunning()) {
            notifier.info(t("job.busy", runner.status().titleProperty().get()));
            return false;
        }
        Workbench before = workbench.get();
        workbench.set(null); // the screens let go of it while the server is asked
        String location = address.address();
        return runner.run(t("job.connect"), (p, c) -> {
            p.update(0, -1, location);
            Workbench wb;
            try {
                // The command line's opening: the environment's PGPASSWORD does not override what the officer
                // typed, and the role is the form's.
                wb = Workbench.open(location, java.util.Map.of(), who -> password);
            } finally {
                if (password != null) {
                    java.util.Arrays.fill(password, '\0');
                }
            }
            if (c.isCancelled()) {
                wb.close();
                c.check();
            }
            if (before != null) {
                before.close();
            }
            return wb;
        }, wb -> {
            damaged.set(null);
            if (remember) {
                settings.remember(location);
            }
            workbench.set(wb);
            notifier.info(t("home.opened", wb.name()));
            if (then != null) {
                then.accept(wb);
            }
        }, e -> {
            workbench.set(before); // still open: the officer goes on with it
            Throwable cause = cause(e);
            if (!(cause instanceof Localized) && !(cause instanceof CancelledException)) {
                LOG.error(t("job.connect"), e); // a failure with no plain words of its own (never holds the password)
            }
            failed.accept(plain(e));
        });
    }

    /** Closes the workspace (on exit or before a restore). */
    public void closeWorkspace() {
        Workbench wb = workbench.get();
        workbench.set(null);
        if (wb != null) {
            try {
                wb.close();
            } catch (RuntimeException e) {
                LOG.warn("Closing the workspace: {}", e.getMessage());
            }
        }
    }

    /**
     * Counts changes to what the open workspace holds (an import, a check, a mark): every screen that
     * shows the workspace listens and reloads, so none shows it as it was.
     */
    public javafx.beans.property.ReadOnlyLongProperty changesProperty() {
        return changes;
    }

    /** Says the workspace's contents changed; called on the JavaFX thread once the change is stored. */
    public void changed() {
        changes.set(changes.get() + 1);
    }

    /**
     * The open workspace was found damaged while a job worked with it; its engine is already stopped, nothing
     * more is written to it. The window lets it go and Home offers its newest backup, as when a damaged
     * workspace is refused on opening (found and closed off the JavaFX thread).
     */
    private void damagedInUse(ServiceException refusal) {
        Workbench wb = workbench.get();
        if (wb == null || wb.isShared()) {
            return;
        }
        Path db = wb.databaseFile();
        workbench.set(null);
        runner.fetch((p, c) -> {
            try {
                wb.close();
            } catch (RuntimeException e) {
                LOG.debug("Closing the damaged workspace {}", db, e);
            }
            return java.util.Optional.ofNullable(Workbench.backups(db).stream().findFirst()
                    .map(WorkspaceBackup::file).orElse(null));
        }, backup -> damaged.set(new DamagedWorkspace(db, backup.orElse(null), refusal)),
                e -> damaged.set(new DamagedWorkspace(db, null, refusal)));
    }

    /** Sets the workspace after a job opened it itself. */
    void setWorkbench(Workbench wb) {
        if (wb != null) {
            if (!wb.isShared()) {
                settings.opened(wb.databaseFile());
            }
            damaged.set(null);
        }
        workbench.set(wb);
    }

    /** Reports a failed job in plain words; a cancelled one is a notice, not an error. */
    public void fail(String title, Throwable e) {
        Throwable cause = cause(e);
        if (cause instanceof CancelledException) {
            notifier.info(t("job.cancelled"));
        } else {
            if (!(cause instanceof Localized)) {
                LOG.error(title, e);
            }
            notifier.error(title, plain(e), e);
        }
    }

    /** Why a job failed, in plain words and the window's language (as {@link #fail} tells it). */
    public String plain(Throwable e) {
        Throwable cause = cause(e);
        if (cause instanceof CancelledException) {
            return t("job.cancelled");
        }
        return cause instanceof Localized l ? t(l.message())
                : t("error.unexpected", String.valueOf(cause.getMessage()));
    }

    private static Throwable cause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof Localized) && !(cause instanceof CancelledException)) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** True (and a notice shown) when no workspace is open. */
    public boolean needsWorkspace() {
        if (workbench.get() == null) {
            notifier.info(t("error.noWorkspace"));
            return true;
        }
        return false;
    }

    /** A job whose progress messages from the core are worded in the window's language. */
    public <T> Job<T> localized(Job<T> job) {
        return (p, c) -> job.run(new Progress() {
            @Override
            public void update(long done, long total, String message) {
                p.update(done, total, message);
            }

            @Override
            public void step(long done, long total, Message message) {
                p.update(done, total, t(message));
            }
        }, c);
    }

    /** Starts a long job, or tells the officer another one is running. */
    public <T> void run(String title, Job<T> job, Consumer<T> done, String failTitle) {
        if (!runner.run(title, localized(job), done, e -> fail(failTitle, e))) {
            notifier.info(t("job.busy", runner.status().titleProperty().get()));
        }
    }
}
