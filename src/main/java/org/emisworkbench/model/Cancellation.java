package org.emisworkbench.model;

import java.util.concurrent.atomic.AtomicBoolean;

/** Lets the caller of a long job stop it. The job checks it between rows, files or schools. */
public final class Cancellation {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public static Cancellation none() {
        return new Cancellation();
    }

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get() || Thread.currentThread().isInterrupted();
    }

    /** Throws {@link CancelledException} when the job should stop. */
    public void check() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
