package org.emisworkbench.service;

/** How the import of one file ended. */
public enum FileOutcome {
    /** Stored, with every cell problem recorded. */
    IMPORTED,
    /** The same content was imported before: nothing done. */
    ALREADY_IMPORTED,
    /** Not imported: the database is as it was before the file. */
    FAILED,
    /** Stopped by the user: the database is as it was before the file. */
    CANCELLED
}
