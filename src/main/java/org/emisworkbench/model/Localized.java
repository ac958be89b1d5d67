package org.emisworkbench.model;

/** An exception whose message is a {@link Message}: the faces word it in the officer's language. */
public interface Localized {
    Message message();
}
