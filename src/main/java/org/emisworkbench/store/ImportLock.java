package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One import at a time in a shared workspace, across every officer's program (decision 0018). An import
 * hands out return ids and source-pattern numbers from the largest stored one, and a workspace's opening
 * removes batches left LOADING; with several programs on one PostgreSQL schema, both need to know that no
 * other import is under way. PostgreSQL's session advisory lock says so: it is held by the import's
 * connection from its batch's start to its end, and freed by the server if that program dies. A second
 * import waits for the first. In an H2 file there is one program, whose Workbench already holds its
 * imports one at a time: nothing is done there.
 */
final class ImportLock {
    /** The advisory lock's key: "EMISIMP" in ASCII, so that a DBA reading pg_locks can tell whose it is. */
    static final long KEY = 0x454D4953494D50L;

    private ImportLock() {
    }

    /** Waits until no other program imports into the workspace, then holds the lock (stacked on this connection). */
    static void take(Connection c) throws SQLException {
        if (Sql.postgres(c)) {
            call(c, "SELECT pg_advisory_lock(?)");
        }
    }

    /** Holds the lock if no other program does; false when one is importing now. */
    static boolean tryTake(Connection c) throws SQLException {
        return !Sql.postgres(c) || call(c, "SELECT pg_try_advisory_lock(?)");
    }

    /** Lets go of one hold taken on this connection. */
    static void release(Connection c) throws SQLException {
        if (Sql.postgres(c)) {
            call(c, "SELECT pg_advisory_unlock(?)");
        }
    }

    private static boolean call(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, KEY);
            try (ResultSet rs = ps.executeQuery()) {
                // pg_try_advisory_lock and pg_advisory_unlock answer true or false; pg_advisory_lock answers nothing.
                return rs.next() && !"false".equals(rs.getString(1)) && !"f".equals(rs.getString(1));
            }
        }
    }
}
