package org.emisworkbench.model;

/** Where a finding stands in the officer's follow-up. */
public enum FindingStatus {
    /** Raised by the last validation and not yet looked at. */
    OPEN,
    /** The officer checked it and the figure is right (with a comment); it stops nagging. */
    CONFIRMED,
    /** Sent back to the school as a query. */
    QUERIED,
    /** No longer raised, e.g. after a corrected return. */
    RESOLVED
}
