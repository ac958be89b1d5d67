package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/** Small JDBC helpers. Every statement binds its values; no text is ever pasted into SQL. */
final class Sql {
    /** Batches whose rows are visible: a file's rows count only once its import has completed. */
    static final String COMPLETE_BATCHES = "(SELECT id FROM import_batch WHERE status = 'COMPLETE')";
    private Sql() {
    }

    static Set<String> strings(Connection c, String sql, Object... params) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** The first column's whole numbers, in ascending order. */
    static Set<Long> longs(Connection c, String sql, Object... params) throws SQLException {
        Set<Long> out = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    /** {@code n} JDBC parameters for an {@code IN (…)} list: "?, ?, ?". */
    static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    static long count(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }

    static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    /**
     * Whether the connection is to a shared workspace on PostgreSQL rather than an H2 file (decision 0018):
     * for the few statements written differently for each engine, such as H2's index hints.
     */
    static boolean postgres(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().equals("PostgreSQL");
    }

    /**
     * Whether the connected role may delete rows of {@code table} (a name of ours): always in a workspace file;
     * in a shared workspace, not for a district officer's role and the tables it only reads (decision 0027).
     */
    static boolean mayDelete(Connection c, String table) throws SQLException {
        if (!postgres(c)) {
            return true;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT has_table_privilege(?, 'DELETE')")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /**
     * Who is doing this, as the workspace records it (decision 0018): the database role of a shared workspace
     * ({@code current_user}), else the operating-system user (an H2 file has one user of its own for everyone).
     */
    static String actor(Connection c) throws SQLException {
        if (postgres(c)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT current_user"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return clip(rs.getString(1), 200);
            }
        }
        return clip(System.getProperty("user.name"), 200);
    }

    /** A piece of work on a connection, for {@link #inTransaction}. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one transaction on {@code c}: committed when it returns, rolled back if it throws. */
    static <T> T inTransaction(Connection c, Work<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            T out = work.run(c);
            c.commit();
            return out;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
