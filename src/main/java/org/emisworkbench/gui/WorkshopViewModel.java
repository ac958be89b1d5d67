package org.emisworkbench.gui;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.emisworkbench.service.FileOutcome;
import org.emisworkbench.service.SampleCountry;
import org.emisworkbench.service.Workbench;
import org.emisworkbench.service.WorkshopReset;
import org.emisworkbench.service.WorkshopService;

/**
 * Workshop mode: the workspace back to a fresh import of the sample country, so that a participant can
 * start the exercises again. The replaced workspace is moved aside by the service, never deleted.
 */
public final class WorkshopViewModel {
    /** Finds (or makes) the sample workbooks; tests hand in a small country to keep them quick. */
    @FunctionalInterface
    interface SampleSource {
        Path find(Path home, Progress progress, Cancellation cancel);
    }

    private final Session session;
    private final Navigator navigator;
    private final SampleSource samples;

    public WorkshopViewModel(Session session, Navigator navigator) {
        // The same workbooks as "Open the sample country": next to the program, or made in the app's folder.
        this(session, navigator, SampleCountry::findOrGenerate);
    }

    WorkshopViewModel(Session session, Navigator navigator, SampleSource samples) {
        this.session = session;
        this.navigator = navigator;
        this.samples = samples;
    }

    /**
     * True (and the officer told why) when the open workspace is shared: a reset replaces a workspace file, and
     * a shared workspace on a server is the whole unit's, not a workshop's.
     */
    public boolean refusedOnShared() {
        Workbench wb = session.workbench();
        if (wb != null && wb.isShared()) {
            session.notifier().info(session.t("shared.noWorkshopReset"));
            return true;
        }
        return false;
    }

    /** The workspace a reset replaces: the open one, or the sample country's when none is open. */
    public Path target() {
        Workbench wb = session.workbench();
        return wb != null ? wb.databaseFile()
                : session.settings().home().resolve(HomeViewModel.SAMPLE_DB + ".mv.db");
    }

    /** Where the replaced workspace is kept. */
    public Path setAsideFile() {
        return WorkshopService.setAsideFile(target());
    }

    /** Replaces {@link #target()} with a fresh sample country, with progress, and opens it. */
    public void reset() {
        if (refusedOnShared()) {
            return;
        }
        if (session.runner().status().isRunning()) {
            session.notifier().info(session.t("job.busy", session.runner().status().titleProperty().get()));
            return;
        }
        Path db = target();
        Path home = session.settings().home();
        Workbench before = session.workbench();
        session.setWorkbench(null); // the screens let go of it before it closes
        record Done(WorkshopReset reset, Workbench workbench) {
        }
        String finding = session.t("job.sampleFind");
        boolean started = session.runner().run(session.t("job.workshopReset"), session.localized((p, c) -> {
            if (before != null) {
                before.close();
            }
            p.update(0, -1, finding);
            Path folder = samples.find(home, p, c);
            c.check();
            WorkshopReset r = WorkshopService.reset(db, folder, home, p, c);
            return new Done(r, Workbench.open(r.database()));
        }), done -> {
            session.setWorkbench(done.workbench());
            navigator.show(Screen.SCHOOLS);
            session.notifier().info(summary(done.reset()));
        }, e -> {
            session.fail(session.t("workshop.failed"), e);
            if (before != null) {
                // Whatever is at the path now (the old workspace, or a partly imported new one) is a workspace.
                session.open(db, null);
            }
        });
        assert started : "checked above that no job runs";
    }

    private String summary(WorkshopReset r) {
        String years = r.schoolsByYear().entrySet().stream().map(e -> session.t("workshop.year", e.getKey(),
                e.getValue())).collect(Collectors.joining(", "));
        String kept = r.setAside() == null ? session.t("workshop.nothingBefore")
                : session.t("workshop.kept", r.setAside().getFileName());
        long left = r.imports().count(FileOutcome.FAILED) + r.imports().count(FileOutcome.CANCELLED);
        if (left > 0) {
            return session.t("workshop.partial", left, kept);
        }
        return session.t("workshop.done", r.imports().count(FileOutcome.IMPORTED), years, kept);
    }
}
