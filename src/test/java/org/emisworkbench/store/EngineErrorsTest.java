package org.emisworkbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The engine's failures as H2 raises them, injected: each becomes a plain phrase in the workspace's message. */
class EngineErrorsTest {
    /** The text and chain H2 2.3 gave when a 2 MB disk filled up during an import (measured). */
    static SQLException diskFull() {
        IOException io = new IOException("No space left on device");
        RuntimeException mv = new RuntimeException("Writing to sun.nio.ch.FileChannelImpl@2ec5909e failed; length 45056"
                + " at 2056192 [2.3.232/2]", io);
        return new SQLException("General error: \"General error: \"\"org.h2.mvstore.MVStoreException: Writing to"
                + " sun.nio.ch.FileChannelImpl@2ec5909e failed; length 45056 at 2056192 [2.3.232/2]\"\" [50000-232]\";"
                + " SQL statement:\nCOMMIT [50000-232]", "HY000", 50000, mv);
    }

    @Test
    void aFullDiskIsSaidInPlainWords() {
        SQLException e = diskFull();
        WorkspaceException w = new WorkspaceException(e, "workspace.cannotStore", "D01-2024.xlsx", e.getMessage());
        assertEquals("Cannot store D01-2024.xlsx: the disk is full (or refused to write). Free some space and try"
                + " again; nothing of the interrupted step was kept", w.getMessage());
        assertEquals("engine.diskFull", EngineErrors.phrase(e).orElseThrow().key());
        // Without the I/O cause, MVStore's own words still tell a refused write.
        SQLException bare = new SQLException("General error: \"org.h2.mvstore.MVStoreException: Writing to"
                + " sun.nio.ch.FileChannelImpl@1 failed; length 4096 at 0 [2.3.232/2]\" [50000-232]", "HY000", 50000);
        assertEquals("engine.diskFull", EngineErrors.phrase(bare).orElseThrow().key());
    }

    /**
     * As measured in a full run: the disk filled while a reopening removed an unfinished file's rows. The next
     * statement failed reading a page the failed write never put on disk; the write's own failure came only when
     * the connection closed, suppressed under the first. It is still a full disk, and BatchCleanup leaves those
     * rows for a later opening instead of refusing to open.
     */
    @Test
    void aFullDiskToldOnlyWhenTheConnectionClosesIsStillAFullDisk() {
        SQLException read = new SQLException("General error: \"org.h2.mvstore.MVStoreException: Reading from file"
                + " sun.nio.ch.FileChannelImpl@7f0f1323 failed at 3599334 (length 3145728), read 0, remaining 512"
                + " [2.3.232/1]\"; SQL statement:\nCOMMIT [50000-232]", "HY000", 50000);
        assertEquals("engine.other", EngineErrors.phrase(read).orElseThrow().key(), "a short read alone is no full disk");
        assertTrue(!BatchCleanup.roomRanOut(read));
        read.addSuppressed(diskFull());
        assertEquals("engine.diskFull", EngineErrors.phrase(read).orElseThrow().key());
        assertTrue(BatchCleanup.roomRanOut(read));
        // A cause that suppressed its own cause, or a cycle, is walked once.
        SQLException cyclic = new SQLException("General error [50000-232]", "HY000", 50000);
        RuntimeException inner = new RuntimeException("inner", cyclic);
        cyclic.addSuppressed(inner);
        assertEquals("engine.other", EngineErrors.phrase(cyclic).orElseThrow().key());
    }

    @Test
    void anyOtherEngineFailureGivesItsCodeNotItsText() {
        SQLException e = new SQLException("Table \"X\" not found; SQL statement: SELECT 1 [42102-232]", "42S02", 42102);
        WorkspaceException w = new WorkspaceException(e, "workspace.cannotRead", e.getMessage());
        assertTrue(w.getMessage().startsWith("Cannot read the workspace: the database could not carry this out"
                + " (error 42102)"), w.getMessage());
    }

    @Test
    void aPathInAnIoMessageIsKept() {
        IOException e = new java.nio.file.AccessDeniedException("/data/census.mv.db");
        WorkspaceException w = new WorkspaceException(e, "workspace.cannotCopy", "/backup", e.getMessage());
        assertEquals("Cannot copy the workspace to /backup: /data/census.mv.db", w.getMessage());
    }

    @Test
    void memoryRunningOutInsideTheEngineAndTheCloseItCausesAreSaidInPlainWords() {
        // As H2 2.3 raised them in MemoryStarvedImportTest: the store's Error wrapped, sometimes only by its text.
        SQLException wrapped = new SQLException("General error: \"org.h2.mvstore.MVStoreException:"
                + " java.lang.OutOfMemoryError: Java heap space [2.3.232/3]\" [50000-232]", "HY000", 50000,
                new RuntimeException("java.lang.OutOfMemoryError: Java heap space [2.3.232/3]",
                        new OutOfMemoryError("Java heap space")));
        assertEquals("engine.outOfMemory", EngineErrors.phrase(wrapped).orElseThrow().key());
        SQLException byText = new SQLException("General error: \"org.h2.mvstore.MVStoreException:"
                + " java.lang.OutOfMemoryError: Java heap space\" [50000-232]", "HY000", 50000);
        assertEquals("engine.outOfMemory", EngineErrors.phrase(byText).orElseThrow().key());
        SQLException closed = new SQLException("The database has been closed [90098-232]", "90098", 90098);
        WorkspaceException w = new WorkspaceException(closed, "workspace.cannotRead", closed.getMessage());
        assertTrue(w.getMessage().startsWith("Cannot read the workspace: the database had closed the workspace after"
                + " an earlier failure (often memory running out)"), w.getMessage());
    }
}
