package org.emisworkbench.model;

import java.util.List;

/**
 * A level asked for that the grade system does not have ({@code secondary} where it has {@code lower_secondary} and
 * {@code upper_secondary}): refused with the levels it has, in the officer's language. An argument error to the
 * code that asks, a sentence to the officer.
 */
public final class UnknownLevel extends IllegalArgumentException implements Localized {
    private static final long serialVersionUID = 1L;
    private final transient Message message;

    public UnknownLevel(String level, List<String> levels) {
        this(Message.of("error.noSuchLevel", level, String.join(", ", levels)));
    }

    private UnknownLevel(Message message) {
        super(message.english());
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
    }
}
