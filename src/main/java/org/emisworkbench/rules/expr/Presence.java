package org.emisworkbench.rules.expr;

import java.util.List;

/**
 * How many field references an evaluation read, and how many of them held a value: all a rule's
 * missing-value strategy needs. Counting instead of tracing keeps the check of a unit free of
 * allocation; the full {@link Lookup} trace is built only for the units that raise a finding.
 * Mutable and reused unit after unit by one thread.
 */
public final class Presence {
    private int reads;
    private int present;

    /** The counts of a full trace, for callers that have one. */
    public static Presence of(List<Lookup> trace) {
        Presence p = new Presence();
        for (Lookup l : trace) {
            p.record(l.present());
        }
        return p;
    }

    public void reset() {
        reads = 0;
        present = 0;
    }

    void record(boolean held) {
        reads++;
        if (held) {
            present++;
        }
    }

    /** Field references read. */
    public int reads() {
        return reads;
    }

    /** Field references read that held a value. */
    public int present() {
        return present;
    }

    /** Some reference read held nothing. */
    public boolean anyMissing() {
        return present < reads;
    }

    /** References were read and none held anything. */
    public boolean allMissing() {
        return reads > 0 && present == 0;
    }
}
