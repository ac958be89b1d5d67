package org.emisworkbench.store;

import org.emisworkbench.model.LocalizedException;
import org.emisworkbench.model.Message;

/**
 * A workspace database that cannot be opened, upgraded or written; the message is for the officer
 * ({@link #message()} in any language, {@link #getMessage()} in English).
 */
public final class WorkspaceException extends LocalizedException {
    private static final long serialVersionUID = 1L;

    /** @param key a key of the core texts */
    WorkspaceException(Throwable cause, String key, Object... args) {
        this(cause, Message.of(key, plainArgs(cause, args)));
    }

    private WorkspaceException(Throwable cause, Message message) {
        super(message, cause);
    }

    /**
     * The arguments with the engine's own text (the cause's message, passed on as the last argument by
     * most callers, or its first line) replaced by a plain phrase: an officer never reads "[90020-232]".
     */
    private static Object[] plainArgs(Throwable cause, Object[] args) {
        var phrase = EngineErrors.phrase(cause);
        if (phrase.isEmpty()) {
            return args;
        }
        String engineText = String.valueOf(cause.getMessage());
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            // The message itself, or its first line (Migrations passes that).
            if (out[i] instanceof String s && (s.equals(engineText) || s.length() >= 10 && engineText.startsWith(s))) {
                out[i] = phrase.get();
            }
        }
        return out;
    }
}
