package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.SourceRef;
import org.emisworkbench.model.Topic;

/** Answers "where did this number come from": the file, sheet and cell of a stored value. */
public final class Provenance {
    private final Workspace workspace;

    public Provenance(Workspace workspace) {
        this.workspace = workspace;
    }

    /** A stored value as the current return of a school holds it, with its source. */
    public record SourcedValue(Integer value, SourceRef source) {
    }

    /**
     * The current value of one slot (grade slot or fixed slot) and where it was read.
     *
     * @param sex null for topics not counted by sex
     */
    public Optional<SourcedValue> find(String schoolCode, int year, Topic topic, int slot, Sex sex, AgeGroup age) {
        checkSlot(slot);
        String sql = "SELECT b.file_name, f.sheet_name, f.row_no, f.sources, f.vals"
                + " FROM school_return r JOIN fact_row f ON " + FactKeys.JOIN
                + " JOIN import_batch b ON b.id = f.batch_id"
                + " WHERE r.school_code = ? AND r.census_year = ? AND f.topic = ? AND f.age_group = ?"
                + " AND f.is_current = TRUE AND " + (sex == null ? "f.sex IS NULL" : "f.sex = ?");
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, schoolCode);
            ps.setInt(2, year);
            ps.setString(3, topic.code());
            ps.setString(4, age.code());
            if (sex != null) {
                ps.setString(5, sex.code());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String source = Sources.slot(rs.getString(4), slot);
                    if (source == null) {
                        continue;
                    }
                    int v = CensusLoader.values(rs.getArray(5))[slot];
                    Integer value = v == org.emisworkbench.model.FactRecord.MISSING ? null : v;
                    return Optional.of(new SourcedValue(value, resolve(rs.getString(1), rs.getString(2),
                            rs.getInt(3), source)));
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read the workspace: " + e.getMessage(), e);
        }
    }

    private static void checkSlot(int slot) {
        if (slot < 0 || slot >= Topic.MAX_SLOTS) {
            throw new IllegalArgumentException("No slot " + slot);
        }
    }

    /**
     * Turns a stored slot source into a full reference: {@code F} is a column of the record's row
     * (1-based row_no), {@code F17} a cell of the record's sheet, {@code Sheet!C5:C40} a full one.
     */
    static SourceRef resolve(String file, String sheet, int rowNo, String source) {
        int bang = source.lastIndexOf('!');
        if (bang >= 0) {
            return new SourceRef(file, source.substring(0, bang), source.substring(bang + 1));
        }
        if (source.chars().allMatch(Character::isLetter) && rowNo > 0) {
            return new SourceRef(file, sheet, new CellRef(sheet, rowNo - 1, CellRef.columnIndex(source)).a1());
        }
        return new SourceRef(file, sheet, source);
    }
}
