package org.emisworkbench.model;

import java.io.IOException;
import java.util.Locale;

/**
 * Whether a failure was the disk refusing to write: its room or the user's quota ran out. The operating
 * systems' own words are the only sign a Java program gets (an {@link IOException} with no kind of its own),
 * and libraries pass them on wrapped in their own exceptions, as a cause or only as their message.
 */
public final class DiskFull {
    private DiskFull() {
    }

    /** True when {@code t} itself (not its causes) carries the operating system's words for a full disk. */
    public static boolean says(Throwable t) {
        String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        return m.contains("no space left on device") || m.contains("disk quota exceeded")
                || m.contains("not enough space on the disk") || m.contains("disk full")
                || (t instanceof IOException && m.contains("file too large"));
    }

    /** True when {@code t}, one of its causes or what they suppressed says the disk is full. */
    public static boolean anywhereIn(Throwable t) {
        return Causes.of(t).stream().anyMatch(DiskFull::says);
    }
}
