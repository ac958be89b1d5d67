package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.model.SchoolListing;

/** Lists schools with a current return, as the returns describe them. */
public final class SchoolDirectory {
    private final Workspace workspace;

    public SchoolDirectory(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Schools with a current return, ordered by district then code.
     *
     * @param year     null for every year
     * @param district null for every district
     */
    public List<SchoolListing> list(Integer year, String district) {
        String sql = "SELECT r.school_code, COALESCE(r.school_name, s.name), COALESCE(r.district_code, s.district_code),"
                + " r.census_year, COALESCE(r.ownership, s.ownership), COALESCE(r.locality, s.locality),"
                + " COALESCE(r.school_level, s.school_level), b.file_name, r.sheet_name, r.row_no"
                + " FROM school_return r JOIN import_batch b ON b.id = r.batch_id AND b.status = 'COMPLETE'"
                + " LEFT JOIN school s ON s.code = r.school_code"
                + " WHERE r.is_current = TRUE AND (? IS NULL OR r.census_year = ?)"
                + " AND (? IS NULL OR UPPER(COALESCE(r.district_code, s.district_code)) = UPPER(?))"
                + " ORDER BY 3, 1, 4";
        List<SchoolListing> out = new ArrayList<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, year, java.sql.Types.INTEGER);
            ps.setObject(2, year, java.sql.Types.INTEGER);
            ps.setString(3, district);
            ps.setString(4, district);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new SchoolListing(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getInt(10)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotRead", e.getMessage());
        }
    }

    /** Every school the workspace holds, code to name (null when none is known), by code. */
    public java.util.Map<String, String> codes() {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement("SELECT code, name FROM school");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotRead", e.getMessage());
        }
    }

    /**
     * The schools held whose code looks like {@code code} but is not written as it ({@code TG-01O2} for
     * {@code TG-0102}: {@link SchoolCodeChecks#looksAlike}, the comparison of IMP-25 and IMP-35), each as
     * {@code CODE (name)}: what a command names when it holds no school {@code code}; none when it holds it.
     */
    public java.util.List<String> lookAlikes(String code) {
        java.util.Map<String, String> all = codes();
        if (code == null || all.containsKey(code)) {
            return java.util.List.of();
        }
        return SchoolCodeChecks.lookAlikes(code, all.keySet()).stream().map(k -> {
            String name = all.get(k);
            return name == null || name.isBlank() ? k : k + " (" + name.strip() + ")";
        }).toList();
    }
}
