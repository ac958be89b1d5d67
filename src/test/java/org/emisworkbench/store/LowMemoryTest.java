package org.emisworkbench.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A thread that ends because memory ran out is counted (the database engine's own writing thread ends so
 * and says nothing to the statement that fails next); a thread ending for another reason is not.
 */
class LowMemoryTest {
    @Test
    void onlyAThreadEndedByMemoryRunningOutIsCounted() throws InterruptedException {
        long mark = LowMemory.mark();
        end(new IllegalStateException("a failure that is not memory (thrown by the test)"));
        assertFalse(LowMemory.ranOutSince(mark), "another failure is not memory running out");
        end(new OutOfMemoryError("Java heap space (thrown by the test)"));
        assertTrue(LowMemory.ranOutSince(mark), "a thread ended by memory running out is counted");
        assertFalse(LowMemory.ranOutSince(LowMemory.mark()), "nothing since a new mark");
    }

    private static void end(Throwable failure) throws InterruptedException {
        Thread t = new Thread(() -> {
            if (failure instanceof Error e) {
                throw e;
            }
            throw (RuntimeException) failure;
        }, "low-memory-test");
        t.start();
        t.join();
    }
}
