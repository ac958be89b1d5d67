package org.emisworkbench.service;

import java.util.List;
import java.util.Set;
import org.emisworkbench.model.Message;

/** What a failed file's message says about the workspace: whether memory ran out, whether the engine closed it. */
final class ImportFailures {
    private ImportFailures() {
    }

    /** Whether a file failed only because the engine had closed the workspace after the previous file failed. */
    static boolean closedAfterEarlierFailure(FileResult r, List<FileResult> earlier) {
        return r.outcome() == FileOutcome.FAILED && says(r.outcomeMessage(), Set.of("engine.closed"))
                && !earlier.isEmpty() && earlier.get(earlier.size() - 1).outcome() == FileOutcome.FAILED;
    }

    /** Whether a file's message already says that memory ran out (or that the engine closed the workspace). */
    static boolean memoryRanOut(Message m) {
        return says(m, Set.of("import.outOfMemory", "engine.outOfMemory", "engine.closed", "work.outOfMemory",
                "workbook.tooLargeForMemory"));
    }

    /** Whether the message, or one it carries, has one of these keys. */
    private static boolean says(Message m, Set<String> keys) {
        if (m == null) {
            return false;
        }
        if (keys.contains(m.key())) {
            return true;
        }
        return m.args().stream().anyMatch(a -> a instanceof Message inner && says(inner, keys));
    }
}
