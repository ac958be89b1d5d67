package org.emisworkbench.gui;

import java.util.function.Consumer;

/**
 * Runs work off the JavaFX thread. Long jobs ({@link #run}) show in the status bar with a progress
 * bar and a cancel button, one at a time; quick reads ({@link #fetch}) run quietly. Callbacks come
 * back on the JavaFX thread (the same thread in tests).
 */
public interface TaskRunner {
    /** The long job now running, for the status bar. */
    JobStatus status();

    /**
     * Starts a long job unless one is running.
     *
     * @param failed receives the error, a {@link org.emisworkbench.model.CancelledException} when cancelled
     * @return false when another job is running (nothing started)
     */
    <T> boolean run(String title, Job<T> job, Consumer<T> done, Consumer<Throwable> failed);

    /** A quick background read, not shown and not exclusive. */
    <T> void fetch(Job<T> job, Consumer<T> done, Consumer<Throwable> failed);

    /**
     * Runs {@code update} on the JavaFX thread after the updates posted before it (and before the
     * running job's own result): for results a job hands over while it goes on.
     */
    void later(Runnable update);

    /** Stops the worker threads (on exit). */
    default void shutdown() {
    }
}
