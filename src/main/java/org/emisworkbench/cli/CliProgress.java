package org.emisworkbench.cli;

import java.io.PrintWriter;
import org.emisworkbench.model.Progress;

/** Progress of long jobs on stderr, one line per step, at most a few lines a second. */
final class CliProgress {
    private CliProgress() {
    }

    static Progress to(PrintWriter err) {
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
        };
    }
}
