package org.emisworkbench.gui;

import java.util.function.Consumer;
import org.emisworkbench.service.ServiceException;

/**
 * The window's one task runner, seeing every job's failure before the screen that started it does: when a job
 * found the open workspace damaged (the core has already stopped its engine unwritten), the session is told at
 * once, so the window lets the workspace go and Home offers its backup, whichever screen was at work.
 */
final class DamageWatchingRunner implements TaskRunner {
    private final TaskRunner runner;
    private final Consumer<ServiceException> damaged;

    DamageWatchingRunner(TaskRunner runner, Consumer<ServiceException> damaged) {
        this.runner = runner;
        this.damaged = damaged;
    }

    @Override
    public JobStatus status() {
        return runner.status();
    }

    @Override
    public <T> boolean run(String title, Job<T> job, Consumer<T> done, Consumer<Throwable> failed) {
        return runner.run(title, job, done, watched(failed));
    }

    @Override
    public <T> void fetch(Job<T> job, Consumer<T> done, Consumer<Throwable> failed) {
        runner.fetch(job, done, watched(failed));
    }

    @Override
    public void later(Runnable update) {
        runner.later(update);
    }

    @Override
    public void shutdown() {
        runner.shutdown();
    }

    private Consumer<Throwable> watched(Consumer<Throwable> failed) {
        return e -> {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof ServiceException s && s.isDamagedInUse()) {
                    damaged.accept(s);
                    break;
                }
            }
            failed.accept(e);
        };
    }
}
