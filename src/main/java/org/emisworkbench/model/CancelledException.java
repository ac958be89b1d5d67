package org.emisworkbench.model;

/** Thrown inside a job that was cancelled; the job's transaction is rolled back. */
public final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("Cancelled");
    }
}
