package org.emisworkbench.model;

/**
 * Work refused before anything was done — an output that may not be written, a package that may not be
 * read — with the reason in the officer's words ({@link Message}, worded in the window's language).
 * Services turn it into their own failure; it carries no stack, as it is an answer, not a fault.
 */
public final class Refusal extends LocalizedException {
    private static final long serialVersionUID = 1L;

    public Refusal(String key, Object... args) {
        super(Message.of(key, args));
    }
}
