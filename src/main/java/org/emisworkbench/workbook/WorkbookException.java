package org.emisworkbench.workbook;

import java.nio.file.Path;
import org.emisworkbench.model.Localized;
import org.emisworkbench.model.Message;

/**
 * A workbook that cannot be read at all. The message is for the officer: it names the file and says
 * what is wrong in plain words ({@link #message()} in any language, {@link #getMessage()} in English);
 * {@link #reason()} lets callers count failures by kind.
 */
public final class WorkbookException extends Exception implements Localized {
    private static final long serialVersionUID = 1L;

    /** Why a workbook could not be read. */
    public enum Reason {
        NOT_FOUND, NOT_EXCEL, ENCRYPTED, CORRUPT, TOO_LARGE, UNREADABLE
    }

    private final transient Path file;
    private final Reason reason;
    private final Message message;

    public WorkbookException(Path file, Reason reason, Message message, Throwable cause) {
        super(message.english(), cause);
        this.file = file;
        this.reason = reason;
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
    }

    public Path file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }
}
