package org.emisworkbench.imports.excel;

import java.nio.file.Path;

/**
 * A workbook that cannot be read at all. The message is for the officer: it names the file and says
 * what is wrong in plain words; {@link #reason()} lets callers count failures by kind.
 */
public final class WorkbookException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a workbook could not be read. */
    public enum Reason {
        NOT_FOUND, NOT_EXCEL, ENCRYPTED, CORRUPT, TOO_LARGE, UNREADABLE
    }

    private final transient Path file;
    private final Reason reason;

    public WorkbookException(Path file, Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }
}
