package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.model.SchoolNames;

/** The master list's schools by name, for an import of a register that names schools without codes. */
public final class MasterSchoolNames {
    private final Workspace workspace;

    public MasterSchoolNames(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Every school of the master list with its name and district; {@link SchoolNames#NONE} without a list. */
    public SchoolNames read() {
        String sql = "SELECT s.code, s.name, s.district_code, a.name FROM master_school m"
                + " JOIN school s ON s.code = m.school_code"
                + " LEFT JOIN admin_area a ON a.code = s.district_code AND a.area_level = 'district'";
        List<SchoolNames.Listed> out = new ArrayList<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new SchoolNames.Listed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotReadMasterList", e.getMessage());
        }
        return SchoolNames.of(out);
    }
}
