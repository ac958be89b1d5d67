package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.maps.Boundary;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;

/**
 * The areas' boundaries kept in the workspace (migration V12): each geometry as WKT text cut into pieces
 * of {@link #PART_CHARS} characters, a type every engine has, put back together in order when read.
 */
public final class Boundaries {
    static final int PART_CHARS = 8000;
    private final Workspace workspace;

    public Boundaries(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Puts {@code boundaries} in place of every boundary kept, all or nothing.
     *
     * @return how many boundaries were kept before (and are now replaced)
     */
    public int replace(List<Boundary> boundaries, String sourceFile) {
        try (Connection c = workspace.connect()) {
            return Sql.inTransaction(c, tx -> {
                int before = (int) Sql.count(c, "SELECT COUNT(*) FROM area_boundary");
                try (PreparedStatement d1 = c.prepareStatement("DELETE FROM area_boundary_part");
                     PreparedStatement d2 = c.prepareStatement("DELETE FROM area_boundary")) {
                    d1.executeUpdate();
                    d2.executeUpdate();
                }
                Timestamp now = Timestamp.from(Instant.now());
                WKTWriter writer = new WKTWriter();
                try (PreparedStatement area = c.prepareStatement("INSERT INTO area_boundary (area_code, area_level,"
                        + " feature_name, source_file, point_count, imported_at) VALUES (?, ?, ?, ?, ?, ?)");
                     PreparedStatement part = c.prepareStatement(
                             "INSERT INTO area_boundary_part (area_code, part_no, wkt) VALUES (?, ?, ?)")) {
                    for (Boundary b : boundaries) {
                        area.setString(1, b.code());
                        area.setString(2, b.level());
                        area.setString(3, Sql.clip(b.name(), 200));
                        area.setString(4, Sql.clip(sourceFile, 500));
                        area.setInt(5, b.geometry().getNumPoints());
                        area.setTimestamp(6, now);
                        area.executeUpdate();
                        String wkt = writer.write(b.geometry());
                        for (int i = 0, n = 0; i < wkt.length(); i += PART_CHARS, n++) {
                            part.setString(1, b.code());
                            part.setInt(2, n);
                            part.setString(3, wkt.substring(i, Math.min(wkt.length(), i + PART_CHARS)));
                            part.addBatch();
                        }
                        part.executeBatch();
                    }
                }
                return before;
            });
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotStore", "area_boundary", e.getMessage());
        }
    }

    /** Every boundary kept, districts and regions, ordered by level then code. */
    public List<Boundary> all() {
        Map<String, String[]> areas = new LinkedHashMap<>();
        Map<String, StringBuilder> text = new LinkedHashMap<>();
        try (Connection c = workspace.connect()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT area_code, area_level, feature_name FROM area_boundary ORDER BY area_level, area_code");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    areas.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                    text.put(rs.getString(1), new StringBuilder());
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT area_code, wkt FROM area_boundary_part ORDER BY area_code, part_no");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    StringBuilder sb = text.get(rs.getString(1));
                    if (sb != null) {
                        sb.append(rs.getString(2));
                    }
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotRead", e.getMessage());
        }
        List<Boundary> out = new ArrayList<>();
        WKTReader reader = new WKTReader();
        for (Map.Entry<String, String[]> a : areas.entrySet()) {
            try {
                out.add(new Boundary(a.getKey(), a.getValue()[0], a.getValue()[1],
                        reader.read(text.get(a.getKey()).toString())));
            } catch (ParseException e) {
                throw new WorkspaceException(e, "workspace.cannotRead", "area_boundary " + a.getKey() + ": "
                        + e.getMessage());
            }
        }
        return out;
    }

    /** Every school's point as the workspace holds it: code → {latitude, longitude}, for schools with either. */
    public Map<String, Double[]> schoolPoints() {
        Map<String, Double[]> out = new java.util.HashMap<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT code, latitude, longitude FROM school WHERE latitude IS NOT NULL OR longitude IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), new Double[] {(Double) rs.getObject(2), (Double) rs.getObject(3)});
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotRead", e.getMessage());
        }
    }
}
