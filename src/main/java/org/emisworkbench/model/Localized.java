package org.emisworkbench.model;

/** An exception whose message is a {@link Message}: the faces word it in the officer's language. */
public interface Localized {
    Message message();

    /**
     * Why {@code e} happened, for the officer: the first cause in its chain that is {@link Localized}, else
     * the innermost cause (whose text is all there is to say).
     */
    static Throwable reason(Throwable e) {
        Throwable c = e;
        while (c.getCause() != null && !(c instanceof Localized)) {
            c = c.getCause();
        }
        return c;
    }
}
