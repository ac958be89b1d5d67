package org.emisworkbench.store;

import org.emisworkbench.model.Localized;
import org.emisworkbench.model.Message;

/**
 * A workspace database that cannot be opened, upgraded or written; the message is for the officer
 * ({@link #message()} in any language, {@link #getMessage()} in English).
 */
public final class WorkspaceException extends RuntimeException implements Localized {
    private static final long serialVersionUID = 1L;
    private final transient Message message;

    /** @param key a key of the core texts */
    WorkspaceException(Throwable cause, String key, Object... args) {
        super(Message.of(key, args).english(), cause);
        this.message = Message.of(key, args);
    }

    @Override
    public Message message() {
        return message;
    }
}
