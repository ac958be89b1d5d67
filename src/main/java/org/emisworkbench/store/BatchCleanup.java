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

    /** Deletes the batch and everything written for it, and commits. */
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
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM fact_row WHERE id BETWEEN ? AND ?")) {
                ps.setLong(1, FactKeys.first(first));
                ps.setLong(2, FactKeys.last(last));
                ps.executeUpdate();
            }
        }
        for (String table : List.of("school_return", "import_problem", "population", "source_pattern")) {
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

    private static boolean isDiskFull(SQLException e) {
        return EngineErrors.phrase(e).map(m -> m.key().equals("engine.diskFull")).orElse(false);
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
     * Removes every batch left LOADING, e.g. by a crash or a full disk in the middle of a file; when the
     * disk is still full they are left for a later opening (still unseen) rather than refusing to open.
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
                LOG.warn("Removing the unfinished import batch {} (the workbench stopped during that import)", id);
                // The schools first met in that file go too: school.added_by_batch names them.
                discard(c, id, List.of());
                removed++;
            }
            c.setAutoCommit(auto);
        } catch (SQLException e) {
            if (!isDiskFull(e)) {
                throw e;
            }
            // Removing rows needs room on the disk too. The batch stays LOADING, so none of its rows can be
            // seen, and it is removed at a later opening, once there is room: the workspace still opens.
            LOG.warn("The unfinished import batch(es) {} could not be removed yet: the disk is full", loading);
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the store may have stopped writing; the next opening starts from the file again
            }
        }
        return removed;
    }
}
