package org.emisworkbench.gui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Samples the JavaFX thread's stack every few milliseconds and keeps its longest busy stretch (not
 * waiting for the next event) with the CPU time it used. On a shared machine the wall time of a stall
 * grows with the load; the CPU time is the work the JavaFX thread itself did.
 */
final class FxBusy implements AutoCloseable {
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long longestMillis;
    private volatile long longestCpuMillis;

    FxBusy() {
        Thread fx = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().contains("JavaFX Application")).findFirst().orElseThrow();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        sampler = new Thread(() -> {
            long since = 0;
            long cpuSince = 0;
            while (running) {
                boolean idle = Arrays.stream(fx.getStackTrace()).anyMatch(e -> e.getMethodName().equals("getNextRunnable"));
                long now = System.nanoTime();
                if (!idle && since == 0) {
                    since = now;
                    cpuSince = mx.getThreadCpuTime(fx.getId());
                } else if (idle && since != 0) {
                    long cpu = (mx.getThreadCpuTime(fx.getId()) - cpuSince) / 1_000_000;
                    if (cpu > longestCpuMillis) {
                        longestCpuMillis = cpu;
                        longestMillis = (now - since) / 1_000_000;
                    }
                    since = 0;
                }
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "fx-busy");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** CPU time of the JavaFX thread's busiest stretch without a pause. */
    long longestCpuMillis() {
        return longestCpuMillis;
    }

    /** Wall time of that stretch. */
    long longestMillis() {
        return longestMillis;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
