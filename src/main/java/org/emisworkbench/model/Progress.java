package org.emisworkbench.model;

/** Receives progress of a long job: the CLI prints it on stderr, the GUI binds it to a bar. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, total, message) -> { };

    /**
     * @param done    work done so far, in the job's own unit
     * @param total   total work, or -1 when unknown
     * @param message what is being done now, for a status line (may be null)
     */
    void update(long done, long total, String message);

    /**
     * The same with what is being done as a {@link Message}, which the window words in the officer's
     * language; other receivers get it in English.
     */
    default void step(long done, long total, Message message) {
        update(done, total, message == null ? null : message.english());
    }
}
