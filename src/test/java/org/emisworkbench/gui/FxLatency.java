package org.emisworkbench.gui;

import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Measures how long the JavaFX thread takes to run a tiny task posted every 50 ms: if a job blocked
 * it, the window would stop repainting and this delay would grow.
 */
final class FxLatency implements AutoCloseable {
    private final AtomicLong worstNanos = new AtomicLong();
    private final AtomicLong samples = new AtomicLong();
    private volatile boolean running = true;
    private final Thread sampler;

    FxLatency() {
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

    long worstMillis() {
        return worstNanos.get() / 1_000_000;
    }

    long samples() {
        return samples.get();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
