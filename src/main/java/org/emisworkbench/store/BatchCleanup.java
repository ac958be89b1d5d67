package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes the rows of a batch that never completed: a file that failed or was cancelled, or one whose
 * import was cut by a crash or a full disk (found when the workspace next opens). Such rows were never
 * visible. Every table a batch writes to before it completes is cleaned here: {@code fact_row} (by the
 * key range of the batch's returns), {@code school_return}, {@code import_problem}, {@code population},
 * {@code source_pattern}, the schools it added ({@code school.added_by_batch}) and the batch row; the
 * others ({@code master_school}, {@code admin_area}, changes to known schools) are written only in the
 * transaction that completes the batch.
 */
final class BatchCleanup {
    private static final Logger LOG = LoggerFactory.getLogger(BatchCleanup.class);

    private BatchCleanup() {
    }

    /**
     * How many returns' rows are removed per transaction. A cut import of a whole country leaves millions of
     * rows; removing them in one transaction would need memory for all of them (and fail in the very case
     * that called for the cleanup, memory having run out). Each step is committed: the batch stays LOADING,
     * so rows left by an interrupted cleanup are never seen, and the next opening removes the rest.
     */
    static final int RETURNS_PER_STEP = 500;

    /** Deletes the batch and everything written for it, committing step by step. */
    static void discard(Connection c, long batchId, List<String> newSchools) throws SQLException {
        long first = -1;
        long last = -1;
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(id), MAX(id) FROM school_return WHERE batch_id = ?")) {
            ps.setLong(1, batchId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getObject(1) != null) {
                    first = rs.getLong(1);
                    last = rs.getLong(2);
                }
            }
        }
        if (first >= 0) {
            try (PreparedStatement facts = c.prepareStatement("DELETE FROM fact_row WHERE id BETWEEN ? AND ?");
                 PreparedStatement returns = c.prepareStatement(
                         "DELETE FROM school_return WHERE batch_id = ? AND id BETWEEN ? AND ?")) {
                for (long from = first; from <= last; from += RETURNS_PER_STEP) {
                    long to = Math.min(last, from + RETURNS_PER_STEP - 1);
                    facts.setLong(1, FactKeys.first(from));
                    facts.setLong(2, FactKeys.last(to));
                    facts.executeUpdate();
                    returns.setLong(1, batchId);
                    returns.setLong(2, from);
                    returns.setLong(3, to);
                    returns.executeUpdate();
                    c.commit();
                }
            }
        }
        // A row of the batch that outlived its return: after a kill, H2 may keep an uncommitted row whose entry in
        // its undo log was lost, so a figure's row can stay while the return it belongs to is rolled back (found in a
        // full test run: one fact_row left, no return). The batch's keys all lie above the returns of the batches
        // before it (return ids are handed out after theirs, one import at a time), so the search starts there.
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM fact_row WHERE id >= ? AND batch_id = ?")) {
            long lastReturnBefore = Sql.count(c, "SELECT COALESCE(MAX(id), 0) FROM school_return WHERE batch_id < ?",
                    batchId);
            ps.setLong(1, FactKeys.first(lastReturnBefore + 1));
            ps.setLong(2, batchId);
            int outlived = ps.executeUpdate();
            if (outlived > 0) {
                LOG.warn("Removed {} stored row(s) of the unfinished import batch {} whose return was gone", outlived,
                        batchId);
            }
        }
        for (String table : List.of("import_problem", "population", "source_pattern")) {
            if (!Sql.mayDelete(c, table)) {
                // A district officer's role may not change population figures (decision 0027), so its batches
                // hold none; the other tables' rows it may not change are left by the server's own policies.
                continue;
            }
            // Table names from the constant list above, never from user text.
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE batch_id = ?")) {
                ps.setLong(1, batchId);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM school WHERE code = ?")) {
            for (String code : newSchools) {
                ps.setString(1, code);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        // Schools the batch added, also when the list above is lost (a crash, a full disk): the column says so.
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM school WHERE added_by_batch = ?")) {
            ps.setLong(1, batchId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM import_batch WHERE id = ? AND status = 'LOADING'")) {
            ps.setLong(1, batchId);
            ps.executeUpdate();
        }
        c.commit();
    }

    /**
     * Removes stored rows past the last return's key range: rows of no return, whatever their batch (one whose
     * batch row was lost with them, as above). Cheap, a seek at the end of the primary key, and needed: the next
     * import's first return would take those keys and fail on them. Only uncommitted work can be left so, at most
     * one commit's rows ({@link RowWriter#COMMIT_EVERY}), so one statement does.
     */
    static int removeRowsOfNoReturn(Connection c) throws SQLException {
        if (!Sql.mayDelete(c, "fact_row")) {
            // A role of a shared workspace that may not change figures (a reader's): nothing it could remove, and
            // on PostgreSQL a refused statement would abort the opening's transaction.
            return 0;
        }
        long lastReturn = Sql.count(c, "SELECT COALESCE(MAX(id), 0) FROM school_return");
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM fact_row WHERE id > ?")) {
            ps.setLong(1, FactKeys.last(lastReturn));
            int removed = ps.executeUpdate();
            if (removed > 0) {
                LOG.warn("Removed {} stored row(s) of no return (the workbench stopped during an import)", removed);
            }
            return removed;
        }
    }

    /** True when {@code e} (its causes or what it suppressed) says the disk is full or memory ran out. */
    static boolean roomRanOut(SQLException e) {
        return EngineErrors.phrase(e).map(m -> m.key().equals("engine.diskFull") || m.key().equals("engine.outOfMemory"))
                .orElse(false);
    }

    /**
     * As {@link #recover}, in a shared workspace only while no other program imports (a batch LOADING there
     * may be an officer's import under way, not one cut by a crash); it is then left for a later opening.
     */
    static int recoverUnheld(Connection c) throws SQLException {
        if (!ImportLock.tryTake(c)) {
            LOG.info("Another import is under way in this shared workspace; unfinished batches are left to it");
            return 0;
        }
        try {
            return recover(c);
        } finally {
            ImportLock.release(c);
        }
    }

    /**
     * Removes every batch left LOADING, e.g. by a crash, a full disk or memory running out in the middle of a
     * file; when the disk is still full or memory runs out again they are left for a later opening (still
     * unseen) rather than refusing to open.
     */
    static int recover(Connection c) throws SQLException {
        List<Long> loading = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM import_batch WHERE status = 'LOADING'");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                loading.add(rs.getLong(1));
            }
        }
        boolean auto = c.getAutoCommit();
        int removed = 0;
        try {
            c.setAutoCommit(false);
            for (long id : loading) {
                // The schools first met in that file go too: school.added_by_batch names them.
                discard(c, id, List.of());
                LOG.warn("Removed the unfinished import batch {} (the workbench stopped during that import)", id);
                removed++;
            }
            if (removeRowsOfNoReturn(c) > 0) {
                c.commit();
            }
            c.setAutoCommit(auto);
        } catch (SQLException e) {
            if (!roomRanOut(e)) {
                throw e;
            }
            // Removing rows needs room on the disk and in memory too. The batch stays LOADING, so none of its
            // rows can be seen, and it is removed at a later opening, once there is room: the workspace opens.
            // Said once where it matters (the failed file's line, db-info's count of unfinished imports), not at
            // every opening of the process; the engine's own text (a file channel, an error code) only in debug.
            LOG.info("The unfinished import batch(es) {} could not be removed yet (no room on the disk or in memory);"
                    + " they stay unseen and are removed at a later opening", loading);
            LOG.debug("Removing unfinished import batches failed", e);
            rollbackQuietly(c);
        } catch (OutOfMemoryError e) {
            LOG.info("The unfinished import batch(es) {} could not be removed yet: memory ran out", loading);
            rollbackQuietly(c);
        }
        return removed;
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the store may have stopped writing; the next opening starts from the file again
        }
    }
}
