package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Explorations saved in the workspace, by name, as their JSON definition (a few hundred characters), in
 * the workspace's settings table. The text is stored and read back as data; whoever reads it checks it.
 */
public final class SavedExplorations {
    private static final String PREFIX = "explore.view.";
    /** The settings table's value column. */
    public static final int MAX_CHARS = 2000;
    private final Workspace workspace;

    public SavedExplorations(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Name → definition, ordered by name. */
    public Map<String, String> all() {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT setting_name, setting_value FROM workspace_setting WHERE setting_name LIKE ? ORDER BY setting_name")) {
            ps.setString(1, PREFIX + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1).substring(PREFIX.length()), rs.getString(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotRead", e.getMessage());
        }
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(all().get(name));
    }

    /** Saves {@code json} under {@code name}, replacing a definition of that name. */
    public void put(String name, String json) {
        try (Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement del = c.prepareStatement("DELETE FROM workspace_setting WHERE setting_name = ?");
                 PreparedStatement ins = c.prepareStatement(
                         "INSERT INTO workspace_setting (setting_name, setting_value) VALUES (?, ?)")) {
                del.setString(1, PREFIX + name);
                del.executeUpdate();
                ins.setString(1, PREFIX + name);
                ins.setString(2, json);
                ins.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotStore", name, e.getMessage());
        }
    }

    /** Removes the definition; true when there was one. */
    public boolean remove(String name) {
        try (Connection c = workspace.connect();
             PreparedStatement del = c.prepareStatement("DELETE FROM workspace_setting WHERE setting_name = ?")) {
            del.setString(1, PREFIX + name);
            return del.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotStore", name, e.getMessage());
        }
    }
}
