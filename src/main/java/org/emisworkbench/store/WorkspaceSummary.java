package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.BatchInfo;

/** What a workspace holds: row counts per table and census year, and the import batches. */
public final class WorkspaceSummary {
    private static final List<String> YEAR_TABLES = List.of("school_return", "fact_row", "population", "import_problem");

    private final Workspace workspace;

    public WorkspaceSummary(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Counts of current rows per table ("" key for tables without year) and year. */
    public Map<String, Map<Integer, Long>> counts() {
        Map<String, Map<Integer, Long>> out = new LinkedHashMap<>();
        try (Connection c = workspace.connect()) {
            // Rows of an import that never completed (cut by a crash or a full disk, not yet removed because the
            // disk is still full) are not counted: they are never seen, and go at the next opening with room.
            out.put("admin_area", Map.of(0, Sql.count(c, "SELECT COUNT(*) FROM admin_area")));
            out.put("school", Map.of(0, Sql.count(c, "SELECT COUNT(*) FROM school WHERE added_by_batch IS NULL"
                    + " OR added_by_batch NOT IN (SELECT id FROM import_batch WHERE status = 'LOADING')")));
            out.put("master_school", Map.of(0, Sql.count(c, "SELECT COUNT(*) FROM master_school")));
            out.put("import_batch", Map.of(0, Sql.count(c, "SELECT COUNT(*) FROM import_batch WHERE status <> 'LOADING'")));
            for (String table : YEAR_TABLES) {
                Map<Integer, Long> byYear = new LinkedHashMap<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT census_year, COUNT(*) FROM " + table
                        + " WHERE is_current = TRUE AND batch_id IN " + Sql.COMPLETE_BATCHES
                        + " GROUP BY census_year ORDER BY census_year");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byYear.put(rs.getInt(1), rs.getLong(2));
                    }
                }
                out.put(table, byYear);
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotRead", e.getMessage());
        }
    }

    /**
     * How many imports were cut (a crash, a full disk, memory running out) and could not be removed yet at
     * opening, the disk or memory still lacking: their rows are in the file but never seen or counted.
     */
    public long unfinishedImports() {
        try (Connection c = workspace.connect()) {
            return Sql.count(c, "SELECT COUNT(*) FROM import_batch WHERE status = 'LOADING'");
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotRead", e.getMessage());
        }
    }

    public List<BatchInfo> batches() {
        return completeBatches("", null);
    }

    /** Every complete batch that imported a file with this content, oldest first (through the hash index). */
    public List<BatchInfo> allByHash(String sha256) {
        return completeBatches(" AND file_hash = ?", sha256);
    }

    /** Complete batches matching a fixed condition of ours, with at most one bound text value. */
    private List<BatchInfo> completeBatches(String condition, String value) {
        List<BatchInfo> out = new ArrayList<>();
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT id, file_name, file_hash, template_id,"
                     + " template_version, file_role, census_year, imported_at, schools_added, schools_replaced,"
                     + " values_stored, problem_count, imported_by FROM import_batch WHERE status = 'COMPLETE'" + condition
                     + " ORDER BY id")) {
            if (value != null) {
                ps.setString(1, value);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int y = rs.getInt(7);
                    Integer year = rs.wasNull() ? null : y;
                    Timestamp t = rs.getTimestamp(8);
                    out.add(new BatchInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getInt(5), rs.getString(6), year, t.toInstant(), rs.getInt(9), rs.getInt(10),
                            rs.getLong(11), rs.getInt(12), rs.getString(13)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotRead", e.getMessage());
        }
    }
}
