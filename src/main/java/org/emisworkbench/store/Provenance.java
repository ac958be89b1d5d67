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
        String sql = "SELECT b.file_name, f.sheet_name, f.row_no, COALESCE(f.sources, p.text), f.vals, f.sex"
                + " FROM school_return r JOIN fact_row f ON " + FactKeys.JOIN
                + " JOIN import_batch b ON b.id = f.batch_id"
                + " LEFT JOIN source_pattern p ON p.id = f.sources_ref"
                + " WHERE r.school_code = ? AND r.census_year = ? AND f.topic = ? AND f.age_group = ?"
                + " AND f.is_current = TRUE AND b.status = 'COMPLETE' AND "
                + (sex == null ? "f.sex IS NULL" : "(f.sex = ? OR f.sex = '" + FactKeys.BOTH + "')")
                // In the order read: where two sheets give a figure, the first is the one kept.
                + " ORDER BY f.id";
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
                    Object[] items = rs.getArray(5) == null ? new Object[0] : (Object[]) rs.getArray(5).getArray();
                    // A row of girls and boys holds the boys' slots after the girls'.
                    int index = sex == Sex.M && items.length > 0 && isBoth(rs) ? items.length / 2 + slot : slot;
                    String source = Sources.slot(rs.getString(4), index);
                    if (source == null) {
                        continue;
                    }
                    Integer value = index < items.length && items[index] != null ? ((Number) items[index]).intValue()
                            : null;
                    return Optional.of(new SourcedValue(value, resolve(rs.getString(1), rs.getString(2),
                            rs.getInt(3), source)));
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotRead", e.getMessage());
        }
    }

    private static boolean isBoth(ResultSet rs) throws SQLException {
        return FactKeys.BOTH.equals(rs.getString(6));
    }

    private static void checkSlot(int slot) {
        if (slot < 0 || slot >= Topic.MAX_SLOTS) {
            throw new IllegalArgumentException("No slot " + slot);
        }
    }

    /**
     * Turns a stored slot source into a full reference: {@code F} is a column of the record's row
     * (1-based row_no), {@code F17} a cell of the record's sheet, {@code Sheet!C5:C40} a full one. A sum
     * of columns names each ({@code C+E} is {@code C5+E5}); a default keeps its note ({@code F (default)}
     * is {@code F5 (default)}); a constant has no cell ({@code template constant}).
     */
    static SourceRef resolve(String file, String sheet, int rowNo, String source) {
        int bang = source.lastIndexOf('!');
        if (bang >= 0) {
            return new SourceRef(file, source.substring(0, bang), source.substring(bang + 1));
        }
        int space = source.indexOf(' ');
        String head = space < 0 ? source : source.substring(0, space);
        String tail = space < 0 ? "" : source.substring(space);
        if (rowNo > 0 && COLUMNS.matcher(head).matches()) {
            StringBuilder cells = new StringBuilder();
            for (String col : head.split("\\+")) {
                cells.append(cells.length() == 0 ? "" : "+")
                        .append(new CellRef(sheet, rowNo - 1, CellRef.columnIndex(col)).a1());
            }
            return new SourceRef(file, sheet, cells + tail);
        }
        return new SourceRef(file, sheet, source);
    }

    /** Column letters of the record's row: one column, or several added ({@code C+E}). */
    private static final java.util.regex.Pattern COLUMNS = java.util.regex.Pattern.compile("[A-Z]{1,3}(\\+[A-Z]{1,3})*");
}
