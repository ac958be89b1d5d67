package org.emisworkbench.gui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.emisworkbench.model.Cancellation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs jobs as {@link Task}s on background threads. Progress goes through the Task's own coalescing
 * updates, so a job reporting every row never floods the JavaFX thread and the window keeps
 * repainting. Cancel goes through {@link Cancellation}, never thread interruption: interrupting a
 * thread inside H2 would close the database file.
 */
public final class FxTaskRunner implements TaskRunner {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);
    // A callback longer than this shows as a stutter: the work belongs in the job, not the callback.
    private static final long SLOW_CALLBACK_MILLIS = 100;
    private final ExecutorService longJobs = Executors.newSingleThreadExecutor(daemon("emis-job"));
    private final ExecutorService reads = Executors.newFixedThreadPool(2, daemon("emis-read"));
    private final JobStatus status = new JobStatus();

    @Override
    public JobStatus status() {
        return status;
    }

    @Override
    public <T> boolean run(String title, Job<T> job, Consumer<T> done, Consumer<Throwable> failed) {
        if (status.isRunning()) {
            return false;
        }
        Cancellation cancel = new Cancellation();
        Task<T> task = task(job, cancel);
        status.start(title, cancel);
        status.progressProperty().bind(task.progressProperty());
        status.messageProperty().bind(task.messageProperty());
        task.setOnSucceeded(e -> {
            status.finish();
            timed(title, () -> done.accept(task.getValue()));
        });
        task.setOnFailed(e -> {
            status.finish();
            LOG.info("Job '{}' ended: {}", title, String.valueOf(task.getException()));
            failed.accept(task.getException());
        });
        longJobs.execute(task);
        return true;
    }

    @Override
    public void later(Runnable update) {
        // FIFO with the Task's own success callback, which is posted after the job returns.
        javafx.application.Platform.runLater(update);
    }

    @Override
    public <T> void fetch(Job<T> job, Consumer<T> done, Consumer<Throwable> failed) {
        Task<T> task = task(job, new Cancellation());
        task.setOnSucceeded(e -> timed("read", () -> done.accept(task.getValue())));
        task.setOnFailed(e -> failed.accept(task.getException()));
        reads.execute(task);
    }

    /** Runs a callback on the JavaFX thread, and says so in the log when it held the window up. */
    private static void timed(String what, Runnable callback) {
        long start = System.nanoTime();
        callback.run();
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (millis > SLOW_CALLBACK_MILLIS) {
            LOG.warn("Showing the result of '{}' held the window for {} ms", what, millis);
        }
    }

    private static <T> Task<T> task(Job<T> job, Cancellation cancel) {
        return new Task<>() {
            @Override
            protected T call() throws Exception {
                return job.run((d, total, message) -> {
                    if (total > 0) {
                        updateProgress(Math.min(d, total), total);
                    } else {
                        updateProgress(-1, 1);
                    }
                    if (message != null) {
                        // "12 / 509 · SCH03042.xlsx": how far, and what now
                        updateMessage(total > 0 ? Math.min(d + 1, total) + " / " + total + " · " + message : message);
                    }
                }, cancel);
            }
        };
    }

    @Override
    public void shutdown() {
        longJobs.shutdownNow();
        reads.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
