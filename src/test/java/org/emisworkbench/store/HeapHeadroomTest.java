package org.emisworkbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.emisworkbench.testing.ChildJvm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Memory about to run out is told before it does, with each of the collectors an officer's machine may use
 * (the serial one on a one-processor laptop, G1 otherwise), and a heap that only churns garbage is never taken
 * for a full one.
 */
class HeapHeadroomTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-XX:+UseSerialGC", "-XX:+UseG1GC", "-XX:+UseParallelGC"})
    void aHeapFillingUpIsToldBeforeMemoryRunsOut(String collector) throws Exception {
        ChildJvm.Result run = ChildJvm.run(FillHeapMain.class, "64m", collector, 3, TimeUnit.MINUTES, "keep");
        assertEquals(0, run.exitCode(), run.tail());
        String line = run.output().lines().filter(l -> l.startsWith("NEARLY FULL") || l.startsWith("RAN OUT"))
                .findFirst().orElse("nothing printed: " + run.tail());
        assertTrue(line.startsWith("NEARLY FULL "), "told before memory ran out: " + line);
        String[] parts = line.split(" ");
        long kept = Long.parseLong(parts[2]);
        long max = Long.parseLong(parts[3]);
        assertTrue(kept > max / 2, "told only once most of the heap is really in use (" + kept + " of " + max + ")");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-XX:+UseSerialGC", "-XX:+UseG1GC"})
    void garbageAloneIsNeverTakenForAFullHeap(String collector) throws Exception {
        ChildJvm.Result run = ChildJvm.run(FillHeapMain.class, "64m", collector, 3, TimeUnit.MINUTES, "churn");
        assertEquals(0, run.exitCode(), run.tail());
        assertTrue(run.output().contains("NEVER FULL 0"), run.tail());
    }
}
