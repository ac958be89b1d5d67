package org.emisworkbench.service;

import org.emisworkbench.model.Localized;
import org.emisworkbench.model.LocalizedException;
import org.emisworkbench.model.Message;

/**
 * A use case that could not be carried out; the message is for the officer, in plain words: in any
 * language through {@link #message()}, in English through {@link #getMessage()}.
 */
public final class ServiceException extends LocalizedException {
    private static final long serialVersionUID = 1L;

    public ServiceException(Message message, Throwable cause) {
        super(message, cause);
    }

    public ServiceException(Message message) {
        this(message, null);
    }

    /** Passes on a lower layer's message in the officer's words, or its text when it has none. */
    static ServiceException from(Throwable cause) {
        return new ServiceException(cause instanceof Localized l ? l.message()
                : Message.verbatim(String.valueOf(cause.getMessage())), cause);
    }

    /** Whether this is the refusal of a damaged workspace (left untouched; its backups may be offered). */
    public boolean isDamagedWorkspace() {
        String key = message().key();
        return key.equals("workspace.damaged") || key.equals("workspace.damagedNoBackup")
                || key.equals("workspace.unsafe.maybeDamaged") || isDamagedInUse();
    }

    /** Whether the open workspace was found damaged while working with it (and was closed unwritten). */
    public boolean isDamagedInUse() {
        String key = message().key();
        return key.equals("workspace.damagedInUse") || key.equals("workspace.damagedInUseNoBackup");
    }
}
