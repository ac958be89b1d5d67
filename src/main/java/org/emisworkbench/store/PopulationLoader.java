package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.model.PopulationRecord;
import org.emisworkbench.model.Sex;

/**
 * Reads the denominators of indicators that are not school returns: population by area, age and sex;
 * the schools the master list expects a return from; and the area hierarchy (district › region).
 * All three are small (a few thousand rows for a country), so they are returned whole.
 */
public final class PopulationLoader {
    /** A school the master list expects a return from, with its district (null when not known). */
    public record ExpectedSchool(String code, String district) {
    }

    /** An administrative area: code, name, level ("district", "region"…) and parent code (or null). */
    public record Area(String code, String name, String level, String parentCode) {
    }

    private final Workspace workspace;

    public PopulationLoader(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Current population figures of {@code year}, all areas, ordered by area, age, sex. */
    public List<PopulationRecord> population(int year) {
        List<PopulationRecord> out = new ArrayList<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT area_code, age, sex, persons, sheet_name, cell_ref FROM population"
                        + " WHERE census_year = ? AND is_current = TRUE AND batch_id IN " + Sql.COMPLETE_BATCHES
                        + " ORDER BY area_code, age, sex")) {
            ps.setInt(1, year);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PopulationRecord(rs.getString(1), year, rs.getInt(2), Sex.valueOf(rs.getString(3)),
                            rs.getLong(4), rs.getString(5), rs.getString(6)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotReadPopulation", e.getMessage());
        }
    }

    /** The master list: every expected school with its district; empty when no master list was imported. */
    public List<ExpectedSchool> expectedSchools() {
        List<ExpectedSchool> out = new ArrayList<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT m.school_code, s.district_code FROM master_school m"
                        + " LEFT JOIN school s ON s.code = m.school_code ORDER BY m.school_code");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ExpectedSchool(rs.getString(1), rs.getString(2)));
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotReadMasterList", e.getMessage());
        }
    }

    /** The administrative areas the importer recorded, ordered by code. */
    public List<Area> areas() {
        List<Area> out = new ArrayList<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT code, name, area_level, parent_code FROM admin_area ORDER BY code");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Area(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotReadAreas", e.getMessage());
        }
    }
}
