package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.FactLine;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.SourceRef;
import org.emisworkbench.model.Topic;

/**
 * Every current stored figure of a year, one {@link FactLine} at a time, read through the
 * {@code current_fact} view (the reading decision 0003 gives analysts), so a national census streams
 * without being held. Which figures count is {@link CurrentReturns}'s reading, the one every reader shares.
 */
public final class FactLines {
    private final Workspace workspace;

    public FactLines(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Each figure of {@code year} ({@code district} null: every district), by school then stored row. */
    public void forEach(int year, String district, GradeSystem grades, Consumer<FactLine> each) {
        forEachStored(year, district, grades, s -> each.accept(s.line()));
    }

    /**
     * A figure with where the workspace keeps it: the batch (file) and stored row it belongs to, its slot,
     * and its source as stored (relative to the row's sheet and 1-based row number, see {@link Provenance}).
     * A district package carries these so that another workspace stores the figure exactly as this one.
     *
     * @param row the stored row: figures of one row (and sex) travel together
     */
    public record Stored(FactLine line, long batchId, long row, int slot, String sheet, int rowNo, String source) {
    }

    /** As {@link #forEach}, with where each figure is stored, in the order stored. */
    public void forEachStored(int year, String district, GradeSystem grades, Consumer<Stored> each) {
        String sql = "SELECT cf.school_code, COALESCE(r.district_code, s.district_code), cf.topic, cf.slot,"
                + " cf.age_group, cf.sex, cf.val, cf.source, cf.file_name, cf.sheet_name, cf.row_no, o.batch_id,"
                + " cf.fact_id"
                + " FROM current_fact cf"
                // The school's current return gives the district; the figure's own return its import. They
                // differ when a later file replaced only some topics (CurrentReturns): its figures still count.
                + " JOIN school_return r ON r.school_code = cf.school_code AND r.census_year = cf.census_year"
                + " AND " + CurrentReturns.CURRENT
                + " JOIN school_return o ON o.id = cf.fact_id / " + FactKeys.ROWS_PER_RETURN
                + " LEFT JOIN school s ON s.code = cf.school_code"
                + " WHERE cf.census_year = ? AND (? IS NULL OR UPPER(COALESCE(r.district_code, s.district_code)) = UPPER(?))"
                + " ORDER BY cf.fact_id, cf.sex, cf.slot";
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(5000);
            ps.setInt(1, year);
            ps.setString(2, district);
            ps.setString(3, district);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Topic topic = Topic.fromCode(rs.getString(3));
                    int slot = rs.getInt(4);
                    String item = topic.graded()
                            ? (slot < grades.size() ? grades.bySlot(slot).code() : "slot " + slot)
                            : (slot < topic.fixedSlots().size() ? topic.fixedSlots().get(slot) : "slot " + slot);
                    String age = rs.getString(5);
                    age = AgeGroup.ALL.code().equals(age) ? "all" : AgeGroup.UNKNOWN.code().equals(age) ? "unknown" : age;
                    String sex = rs.getString(6);
                    int v = rs.getInt(7);
                    Integer value = rs.wasNull() ? null : v;
                    String source = rs.getString(8);
                    int rowNo = rs.getInt(11);
                    FactLine line = new FactLine(rs.getString(1), rs.getString(2), year, topic, item, age,
                            sex == null ? null : Sex.valueOf(sex), value,
                            source == null ? null : SourceRef.resolve(rs.getString(9), rs.getString(10), rowNo, source));
                    each.accept(new Stored(line, rs.getLong(12), rs.getLong(13), slot, rs.getString(10), rowNo, source));
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotRead", e.getMessage());
        }
    }
}
