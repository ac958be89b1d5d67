package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.emisworkbench.model.Message;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The check a shared workspace's schema passes before and after its scripts run (decision 0018), the
 * counterpart of {@link WorkspaceCheck} for a file: nothing in the schema may run code when the workbench
 * reads or writes it. Our scripts create tables and one view, and nothing else: no function, procedure or
 * aggregate, no trigger, no rule, no domain or type of our own. A table or view whose name our scripts do not
 * give is refused too, as is a view where we make a table (or the reverse). The schema history itself is
 * checked step by step by Flyway (each applied script's checksum against ours) when the scripts run.
 *
 * <p>What is beyond the schema (event triggers, extensions, the server's settings) is the database
 * administrator's, who may change it only with powers the workbench's role does not need.
 */
final class SharedWorkspaceCheck {
    private static volatile Map<String, String> ours;

    private SharedWorkspaceCheck() {
    }

    /**
     * Refuses the schema {@code schema} with a plain message unless every object in it is one our scripts
     * create. A schema that does not exist yet, or is empty, passes.
     */
    static void verify(Connection c, String schema, String name) throws SQLException {
        refuseAny(c, name, "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
                + " WHERE n.nspname = ?", schema, "function");
        try (PreparedStatement ps = c.prepareStatement("SELECT t.tgname, r.relname FROM pg_trigger t"
                + " JOIN pg_class r ON r.oid = t.tgrelid JOIN pg_namespace n ON n.oid = r.relnamespace"
                + " WHERE n.nspname = ? AND NOT t.tgisinternal")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    throw unsafe(name, Message.of("workspace.object.trigger", WorkspaceCheck.printable(rs.getString(1)),
                            WorkspaceCheck.printable(rs.getString(2))));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT w.rulename, r.relname FROM pg_rewrite w"
                + " JOIN pg_class r ON r.oid = w.ev_class JOIN pg_namespace n ON n.oid = r.relnamespace"
                + " WHERE n.nspname = ? AND w.rulename <> '_RETURN'")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    throw unsafe(name, Message.of("workspace.object.rule", WorkspaceCheck.printable(rs.getString(1)),
                            WorkspaceCheck.printable(rs.getString(2))));
                }
            }
        }
        refuseAny(c, name, "SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
                + " WHERE n.nspname = ? AND t.typtype IN ('d', 'e', 'r', 'm', 'b') AND t.typelem = 0"
                + " AND t.typrelid = 0", schema, "domain");
        Map<String, String> reference = ours();
        try (PreparedStatement ps = c.prepareStatement("SELECT c.relname, c.relkind FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ?"
                + " AND c.relkind IN ('r', 'v', 'm', 'f', 'p')")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String relation = rs.getString(1);
                    String kind = rs.getString(2);
                    if (relation.equals("flyway_schema_history") && kind.equals("r")) {
                        continue;
                    }
                    String expected = reference.get(relation);
                    if (!kind.equals(expected)) {
                        String what = kind.equals("v") || kind.equals("m") ? "workspace.object.view"
                                : expected != null ? "workspace.object.changedTable" : "workspace.object.table";
                        throw unsafe(name, Message.of(what, WorkspaceCheck.printable(relation)));
                    }
                }
            }
        }
    }

    private static void refuseAny(Connection c, String name, String sql, String schema, String kind) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    throw unsafe(name, Message.of("workspace.object." + kind, WorkspaceCheck.printable(rs.getString(1))));
                }
            }
        }
    }

    private static WorkspaceException unsafe(String name, Message object) {
        return new WorkspaceException(null, "workspace.unsafe.sharedObject", name, object);
    }

    /**
     * The tables ("r") and views ("v") our scripts create, by lower-case name. Not written down twice: the
     * scripts are run once per program start into an in-memory H2 database and its catalogue is read.
     */
    static Map<String, String> ours() {
        Map<String, String> found = ours;
        if (found != null) {
            return found;
        }
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:emis-reference-" + System.nanoTime() + ";DB_CLOSE_DELAY=0");
        ds.setUser(Workspace.USER);
        ds.setPassword("");
        Map<String, String> out = new HashMap<>();
        try (Connection keep = ds.getConnection()) {
            Migrations.migrate(ds, null, false, "latest");
            try (PreparedStatement ps = keep.prepareStatement("SELECT TABLE_NAME, TABLE_TYPE FROM"
                    + " INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String n = rs.getString(1).toLowerCase(Locale.ROOT);
                    if (!n.equals("flyway_schema_history")) {
                        out.put(n, rs.getString(2).equals("VIEW") ? "v" : "r");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot build the reference schema: " + e.getMessage(), e);
        }
        ours = Map.copyOf(out);
        return ours;
    }
}
