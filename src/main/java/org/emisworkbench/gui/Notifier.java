package org.emisworkbench.gui;

/** Tells the officer what happened: short notices, and plain-language errors with details on demand. */
public interface Notifier {
    void info(String message);

    /**
     * @param cause shown as details on demand; may be null
     */
    void error(String title, String message, Throwable cause);

    /** Notifier that remembers the last message, for view-model tests. */
    final class Recording implements Notifier {
        public final java.util.List<String> infos = new java.util.ArrayList<>();
        public final java.util.List<String> errors = new java.util.ArrayList<>();

        @Override
        public void info(String message) {
            infos.add(message);
        }

        @Override
        public void error(String title, String message, Throwable cause) {
            errors.add(title + ": " + message);
        }
    }
}
