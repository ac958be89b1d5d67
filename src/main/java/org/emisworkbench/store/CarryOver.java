package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolRecord;

/**
 * A return that leaves a school's name, district, ownership, locality or level blank is read with the
 * value the workspace already knows for the school (an earlier year's return, or the master list): a
 * district summary still places the school. That filling is never silent: each one is a
 * {@code VALUE_CARRIED_OVER} problem at the blank cell, naming the value and the year it came from.
 */
final class CarryOver {
    /** The attributes a return row stores, with their columns in {@code school_return} and {@code school}. */
    private static final Map<SchoolAttribute, String[]> COLUMNS = Map.of(
            SchoolAttribute.NAME, new String[] {"school_name", "name"},
            SchoolAttribute.DISTRICT, new String[] {"district_code", "district_code"},
            SchoolAttribute.OWNERSHIP, new String[] {"ownership", "ownership"},
            SchoolAttribute.LOCALITY, new String[] {"locality", "locality"},
            SchoolAttribute.LEVEL, new String[] {"school_level", "school_level"},
            SchoolAttribute.GENDER, new String[] {"gender", "gender"});

    private CarryOver() {
    }

    /** Reports each blank attribute of {@code schools} that reading will fill; {@code counted} hears of each. */
    static void report(Connection c, long batchId, Integer year, List<SchoolRecord> schools,
                       Consumer<ImportProblem> counted) throws SQLException {
        if (schools.isEmpty() || year == null) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO import_problem (batch_id, census_year, kind,"
                + " school_code, sheet_name, cell_ref, field_name, raw_text, detail, is_current)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE)")) {
            for (SchoolRecord s : schools) {
                for (Map.Entry<SchoolAttribute, String> blank : s.blankCells().entrySet()) {
                    String[] cols = COLUMNS.get(blank.getKey());
                    if (cols == null) {
                        continue;
                    }
                    String known = known(c, s.code(), cols[1]);
                    if (known == null) {
                        continue;
                    }
                    Integer from = yearOf(c, s.code(), cols[0], known, year);
                    Message detail = from != null ? Message.of("import.detail.carriedFromYear", known, from)
                            : Message.of("import.detail.carriedFromList", known);
                    ImportProblem p = ImportProblem.worded(ProblemKind.VALUE_CARRIED_OVER, s.sheet(), blank.getValue(),
                            s.code(), blank.getKey().field(), "", detail);
                    insert.setLong(1, batchId);
                    insert.setInt(2, year);
                    insert.setString(3, p.kind().name());
                    insert.setString(4, p.schoolCode());
                    insert.setString(5, Sql.clip(p.sheet(), 100));
                    insert.setString(6, Sql.clip(p.cell(), 40));
                    insert.setString(7, p.field());
                    insert.setString(8, "");
                    insert.setString(9, p.storedDetail(1000));
                    insert.addBatch();
                    counted.accept(p);
                }
            }
            insert.executeBatch();
        }
    }

    private static String known(Connection c, String code, String column) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM school WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The latest other census year whose current return gave the school this value, or null. */
    private static Integer yearOf(Connection c, String code, String column, String value, int year)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(census_year) FROM school_return WHERE school_code = ?"
                + " AND " + column + " = ? AND census_year <> ? AND is_current = TRUE AND batch_id IN "
                + Sql.COMPLETE_BATCHES)) {
            ps.setString(1, code);
            ps.setString(2, value);
            ps.setInt(3, year);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    int y = rs.getInt(1);
                    return rs.wasNull() ? null : y;
                }
                return null;
            }
        }
    }
}
