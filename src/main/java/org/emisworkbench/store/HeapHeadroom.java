package org.emisworkbench.store;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Tells a long import that memory is about to run out, before it does. With a heap too small for a file the
 * collector can run for minutes, freeing a little each time, before an {@link OutOfMemoryError} comes (seen:
 * ten times slower on one processor, and no end in sight on a loaded machine): to the officer the program has
 * frozen. The heap's long-lived pool is asked to count the collections after which it is still more than
 * {@link #FULL_SHARE} full; once several such collections came since the file began, and the last one too
 * left it that full, the file fails at once as if memory had run out, its rows dropped with it.
 *
 * <p>A collector without such a pool (none found) leaves the check silent: the file then fails, if it must,
 * when memory really runs out, as before.
 */
final class HeapHeadroom {
    /** The share of the long-lived pool still in use after a collection that counts as full. */
    static final double FULL_SHARE = 0.9;
    /** Collections leaving the pool full, since the file began, before the file is given up. */
    static final int FULL_COLLECTIONS = 3;
    private static final List<MemoryPoolMXBean> LONG_LIVED = longLivedPools();

    private HeapHeadroom() {
    }

    private static List<MemoryPoolMXBean> longLivedPools() {
        // The pools that take a usage threshold are the long-lived ones (old, tenured); the young ones do not.
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isUsageThresholdSupported()
                        && p.isCollectionUsageThresholdSupported())
                .toList();
        for (MemoryPoolMXBean p : pools) {
            long max = p.getUsage().getMax() > 0 ? p.getUsage().getMax() : Runtime.getRuntime().maxMemory();
            p.setCollectionUsageThreshold((long) (max * FULL_SHARE));
        }
        return pools;
    }

    /** How many collections so far left a long-lived pool full; pass it to {@link #nearlyFullSince}. */
    static long mark() {
        long n = 0;
        for (MemoryPoolMXBean p : LONG_LIVED) {
            n += p.getCollectionUsageThresholdCount();
        }
        return n;
    }

    /** Whether, since {@code mark}, collections keep leaving the heap full: memory is about to run out. */
    static boolean nearlyFullSince(long mark) {
        if (mark() - mark < FULL_COLLECTIONS) {
            return false;
        }
        for (MemoryPoolMXBean p : LONG_LIVED) {
            if (p.isCollectionUsageThresholdExceeded()) {
                return true;
            }
        }
        return false;
    }

    /** Memory running out, told before the heap is exhausted; handled as any {@link OutOfMemoryError}. */
    static final class NearlyFull extends OutOfMemoryError {
        private static final long serialVersionUID = 1L;

        NearlyFull(String file) {
            super("the heap stays nearly full after collections while importing " + file);
        }
    }
}
