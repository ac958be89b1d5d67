package org.emisworkbench.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps more and more of the heap in use, among much garbage, asking {@link HeapHeadroom} after each step whether memory is about to
 * run out, and prints where it stood when told so ({@code NEARLY FULL <kept bytes> <heap maximum>}) or, had memory
 * run out first, {@code RAN OUT}. Argument: {@code keep} to keep everything, or {@code churn} to keep nothing
 * (garbage only, which must never be taken for a full heap).
 */
public final class FillHeapMain {
    private FillHeapMain() {
    }

    public static void main(String[] args) {
        boolean keep = args[0].equals("keep");
        long mark = HeapHeadroom.mark();
        List<byte[]> kept = new ArrayList<>();
        long bytes = 0;
        long max = Runtime.getRuntime().maxMemory();
        try {
            // Garbage alone: as many bytes as twenty heaps, never more than one chunk kept.
            // As an import does: much short-lived garbage for each little kept (here 16 to 1).
            for (long step = 0; keep || step * 32 * 1024 < 20 * max; step++) {
                byte[] garbage = new byte[32 * 1024];
                garbage[(int) (step % garbage.length)] = 1;
                if (keep) {
                    kept.add(new byte[2 * 1024]);
                    bytes += 2 * 1024;
                }
                if (HeapHeadroom.nearlyFullSince(mark)) {
                    System.out.println("NEARLY FULL " + bytes + " " + max);
                    return;
                }
            }
            System.out.println("NEVER FULL " + kept.size());
        } catch (OutOfMemoryError e) {
            kept.clear();
            System.out.println("RAN OUT");
        }
    }
}
