package org.emisworkbench.store;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the threads that ended because memory ran out. The database engine writes its file from a thread
 * of its own; when that thread runs out of memory the engine does not say so: the next statement fails with
 * a file error instead (H2 2.3: "IO Exception", error 90028). An officer must then read that memory ran out,
 * not a database error code, and the workspace must be reopened as after any memory failure. Comparing the
 * count before and after a step tells whether memory ran out in some thread during it.
 */
public final class LowMemory {
    private static final AtomicLong ENDED_THREADS = new AtomicLong();

    static {
        Thread.UncaughtExceptionHandler earlier = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (e instanceof OutOfMemoryError) {
                // No allocation here: memory has just run out.
                ENDED_THREADS.incrementAndGet();
            }
            if (earlier != null) {
                earlier.uncaughtException(thread, e);
            } else {
                // What the JVM prints without a handler (the thread group would call this handler again).
                System.err.print("Exception in thread \"" + thread.getName() + "\" ");
                e.printStackTrace(System.err);
            }
        });
    }

    private LowMemory() {
    }

    /** The count so far; pass it to {@link #ranOutSince} after the step. */
    public static long mark() {
        return ENDED_THREADS.get();
    }

    /** Whether a thread ended because memory ran out since {@code mark} was taken. */
    public static boolean ranOutSince(long mark) {
        return ENDED_THREADS.get() != mark;
    }
}
