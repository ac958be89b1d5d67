package org.emisworkbench.model;

/**
 * A failure whose message is for the officer: in any language through {@link #message()}, in English
 * through {@link #getMessage()}. The one shape of the core's refusals and failures (a refusal, a workspace,
 * a boundaries file, a use case), each still its own type so a layer catches only what it translates.
 */
public abstract class LocalizedException extends RuntimeException implements Localized {
    private static final long serialVersionUID = 1L;
    private final transient Message message;

    protected LocalizedException(Message message, Throwable cause) {
        super(message.english(), cause);
        this.message = message;
    }

    /** Without a stack trace: an answer to the officer, not a fault to trace. */
    protected LocalizedException(Message message) {
        super(message.english(), null, false, false);
        this.message = message;
    }

    @Override
    public final Message message() {
        return message;
    }
}
