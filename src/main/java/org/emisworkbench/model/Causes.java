package org.emisworkbench.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The one walk through a failure: libraries report the real failure as a cause, or as an exception suppressed
 * while closing (H2 reports its writing thread's failure, the disk full, when the session closes: in a
 * try-with-resources that failure is suppressed under whatever the statement met next).
 */
public final class Causes {
    private Causes() {
    }

    /** {@code t}, its causes and what was suppressed along the way, each once, causes first. */
    public static List<Throwable> of(Throwable t) {
        List<Throwable> all = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> suppressed = new ArrayDeque<>();
        Throwable next = t;
        while (next != null || !suppressed.isEmpty()) {
            Throwable c = next != null ? next : suppressed.poll();
            next = null;
            if (c == null || !seen.add(c)) {
                continue;
            }
            all.add(c);
            suppressed.addAll(List.of(c.getSuppressed()));
            next = c.getCause();
        }
        return all;
    }
}
