package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The workspace's settings table: a text by name, stored and read back as data (whoever reads a setting checks
 * it). The one way to keep a setting in a workspace: saved explorations, the values set for a pack's parameters.
 */
public final class WorkspaceSettings {
    /** The longest name the table takes. */
    public static final int MAX_NAME = 100;
    /** The longest value the table takes. */
    public static final int MAX_CHARS = 2000;
    private final Workspace workspace;

    public WorkspaceSettings(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Name → value of the settings whose name starts with {@code prefix}, ordered by name. */
    public Map<String, String> byPrefix(String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT setting_name, setting_value FROM workspace_setting WHERE setting_name LIKE ? ESCAPE '!'"
                        + " ORDER BY setting_name")) {
            ps.setString(1, prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotRead", e.getMessage());
        }
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(byPrefix(name).get(name));
    }

    /** Keeps {@code value} under {@code name}, replacing what was there. */
    public void put(String name, String value) {
        try (Connection c = workspace.connect()) {
            Sql.inTransaction(c, tx -> {
                try (PreparedStatement del = tx.prepareStatement("DELETE FROM workspace_setting WHERE setting_name = ?");
                     PreparedStatement ins = tx.prepareStatement(
                             "INSERT INTO workspace_setting (setting_name, setting_value) VALUES (?, ?)")) {
                    del.setString(1, name);
                    del.executeUpdate();
                    ins.setString(1, name);
                    ins.setString(2, value);
                    ins.executeUpdate();
                }
                return null;
            });
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotStore", name, e.getMessage());
        }
    }

    /** Removes the setting; true when there was one. */
    public boolean remove(String name) {
        try (Connection c = workspace.connect();
             PreparedStatement del = c.prepareStatement("DELETE FROM workspace_setting WHERE setting_name = ?")) {
            del.setString(1, name);
            return del.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotStore", name, e.getMessage());
        }
    }
}
