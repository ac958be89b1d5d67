package org.emisworkbench.cli;

import java.io.PrintWriter;
import org.emisworkbench.model.Progress;

/**
 * Progress of long jobs on stderr, one line per step, at most a few lines a second (a phase of unknown
 * length is always shown).
 */
final class CliProgress {
    private CliProgress() {
    }

    static Progress to(PrintWriter err) {
        return to(err, java.util.Locale.ENGLISH);
    }

    /** Progress whose messages are worded in {@code lang}. */
    static Progress to(PrintWriter err, java.util.Locale lang) {
        return new Progress() {
            private long last;

            @Override
            public void update(long done, long total, String message) {
                long now = System.nanoTime();
                if (message == null || now - last < 250_000_000L) {
                    return;
                }
                last = now;
                String text = TerminalText.line(message);
                err.println(total > 0 ? String.format("[%d/%d] %s", done + 1, total, text) : text);
                err.flush();
            }

            /** A phase of unknown length ("Keeping a backup…") always shows: the wait that follows may be long. */
            @Override
            public void step(long done, long total, org.emisworkbench.model.Message message) {
                if (total < 0 && message != null) {
                    last = System.nanoTime() - 1_000_000_000L; // as if the last line were long ago
                }
                update(done, total, message == null ? null : message.in(lang));
            }
        };
    }
}
