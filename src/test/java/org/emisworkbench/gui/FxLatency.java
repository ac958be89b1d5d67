package org.emisworkbench.gui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Whether a job left the JavaFX thread free while it ran, in two measures that do not depend on how fast or how
 * loaded the machine is:
 * <ul>
 * <li>the longest stall: how long the JavaFX thread took to run a tiny task posted every 50 ms, against the
 * job's own time measured alongside. A job run on the JavaFX thread stalls it for nearly all of its time; one run
 * beside it, for a garbage collection or a moment without a processor at most. On a loaded machine both grow
 * together, so their ratio holds where a fixed limit in milliseconds did not;</li>
 * <li>the JavaFX thread's share of the program's processor time while the job ran (the processor time of one
 * thread counts only while it runs, so other programs' load does not change it). A job cut into pieces each
 * posted to the JavaFX thread stalls it for no long stretch, but its work then shows there.</li>
 * </ul>
 */
final class FxLatency implements AutoCloseable {
    /** A job off the JavaFX thread never stalls it for half its time; on it, for nearly all of it. */
    static final double MOST_STALL_OF_THE_TIME = 0.5;
    /**
     * A job off the JavaFX thread leaves it painting and showing progress: 3-5 % of the program's processor time
     * was measured (a 2-core machine at load 8-11). The import of 5,000 schools run on the JavaFX thread
     * instead gave it 34 % (the rest is the collector's, the database's writer's and the compiler's).
     */
    static final double MOST_FX_SHARE_OF_THE_WORK = 0.15;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final AtomicLong worstNanos = new AtomicLong();
    private final AtomicLong samples = new AtomicLong();
    private volatile boolean running = true;
    private final Thread sampler;
    private final long fxThread;
    private final long startNanos;
    private final long fxCpuStart;
    private final long processCpuStart;
    private long endNanos = -1;
    private long fxCpuEnd;
    private long processCpuEnd;

    FxLatency() {
        try {
            CompletableFuture<Long> id = new CompletableFuture<>();
            Platform.runLater(() -> id.complete(Thread.currentThread().getId()));
            fxThread = id.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the JavaFX thread did not answer", e);
        }
        startNanos = System.nanoTime();
        fxCpuStart = THREADS.getThreadCpuTime(fxThread);
        processCpuStart = processCpuNanos();
        sampler = new Thread(() -> {
            while (running) {
                long posted = System.nanoTime();
                Platform.runLater(() -> {
                    worstNanos.accumulateAndGet(System.nanoTime() - posted, Math::max);
                    samples.incrementAndGet();
                });
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "fx-latency");
        sampler.setDaemon(true);
        sampler.start();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Ends the measure (once; later calls keep the first end): call it when the job has finished. */
    synchronized FxLatency stop() {
        if (endNanos < 0) {
            endNanos = System.nanoTime();
            fxCpuEnd = THREADS.getThreadCpuTime(fxThread);
            processCpuEnd = processCpuNanos();
        }
        return this;
    }

    long worstMillis() {
        return worstNanos.get() / 1_000_000;
    }

    long samples() {
        return samples.get();
    }

    /** From the start to {@link #stop()}. */
    synchronized long elapsedMillis() {
        return (endNanos - startNanos) / 1_000_000;
    }

    /** The JavaFX thread's processor time over the program's, from the start to {@link #stop()}. */
    synchronized double fxShareOfTheWork() {
        return (double) (fxCpuEnd - fxCpuStart) / Math.max(1, processCpuEnd - processCpuStart);
    }

    /** The measures in words, for a test's output and its failure messages. */
    synchronized String describe() {
        return String.format("%d ms; the JavaFX thread's longest stall %d ms over %d samples (%.0f %% of the time),"
                        + " its share of the program's processor time %.0f %%", elapsedMillis(), worstMillis(),
                samples(), 100.0 * worstMillis() / Math.max(1, elapsedMillis()), 100 * fxShareOfTheWork());
    }

    /** Fails unless the job, now finished, left the JavaFX thread free by both measures. */
    void assertTheFxThreadWasFree(String job) {
        stop();
        // The samples still queued behind a stall are run first (the JavaFX thread runs its tasks in order).
        CompletableFuture<Void> drained = new CompletableFuture<>();
        Platform.runLater(() -> drained.complete(null));
        try {
            drained.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(job + ": the JavaFX thread did not answer within a minute", e);
        }
        org.junit.jupiter.api.Assertions.assertTrue(samples() > 0 && worstMillis() < MOST_STALL_OF_THE_TIME
                * elapsedMillis(), job + " held the JavaFX thread: " + describe());
        org.junit.jupiter.api.Assertions.assertTrue(fxShareOfTheWork() < MOST_FX_SHARE_OF_THE_WORK,
                job + " worked on the JavaFX thread: " + describe());
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        stop();
    }
}
