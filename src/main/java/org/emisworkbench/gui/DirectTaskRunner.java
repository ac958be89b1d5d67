package org.emisworkbench.gui;

import java.util.function.Consumer;
import org.emisworkbench.model.Cancellation;

/** Runs jobs at once on the caller's thread: view-model tests need no JavaFX toolkit. */
public final class DirectTaskRunner implements TaskRunner {
    private final JobStatus status = new JobStatus();
    private Cancellation next;

    @Override
    public JobStatus status() {
        return status;
    }

    /** The cancellation the next job gets; tests cancel it to stop a job midway. */
    public Cancellation nextCancellation() {
        if (next == null) {
            next = new Cancellation();
        }
        return next;
    }

    @Override
    public <T> boolean run(String title, Job<T> job, Consumer<T> done, Consumer<Throwable> failed) {
        if (status.isRunning()) {
            return false;
        }
        Cancellation c = nextCancellation();
        next = null;
        status.start(title, c);
        T value;
        try {
            value = job.run((d, total, message) -> {
                status.progressProperty().set(total > 0 ? (double) d / total : -1);
                if (message != null) {
                    status.messageProperty().set(message);
                }
            }, c);
        } catch (Exception e) {
            status.finish();
            failed.accept(e);
            return true;
        }
        status.finish();
        done.accept(value);
        return true;
    }

    @Override
    public void later(Runnable update) {
        update.run();
    }

    @Override
    public <T> void fetch(Job<T> job, Consumer<T> done, Consumer<Throwable> failed) {
        T value;
        try {
            value = job.run(org.emisworkbench.model.Progress.NONE, new Cancellation());
        } catch (Exception e) {
            failed.accept(e);
            return;
        }
        done.accept(value);
    }
}
