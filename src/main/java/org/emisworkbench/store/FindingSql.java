package org.emisworkbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import org.emisworkbench.model.Finding;
import org.emisworkbench.model.FindingKey;
import org.emisworkbench.model.FindingStatus;
import org.emisworkbench.model.Severity;
import org.emisworkbench.model.SourceRef;
import org.emisworkbench.model.StoredFinding;

/** The statements of {@link FindingStore} and their binding. */
final class FindingSql {
    private static final String COLUMNS = "rule_id, rule_title, severity, school_code, district_code, census_year,"
            + " grade, sex, age_group, field_name, left_value, right_value, messages, source_file,"
            + " source_sheet, source_cell, cell_value, previous_file, previous_sheet, previous_cell";
    static final String INSERT = "INSERT INTO finding (" + COLUMNS + ", caused_by_key, finding_key, is_open, first_seen,"
            + " last_seen, run_id, pack_id) VALUES (" + placeholders(COLUMNS, 2) + ", TRUE, ?, ?, ?, ?)";
    /** A finding carried from a district package, as the district keeps it (open or not, first and last seen). */
    static final String INSERT_CARRIED = "INSERT INTO finding (" + COLUMNS + ", caused_by_key, finding_key, is_open,"
            + " first_seen, last_seen, resolved_at, run_id, pack_id) VALUES (" + placeholders(COLUMNS, 8) + ")";
    static final String UPDATE = "UPDATE finding SET rule_id = ?, rule_title = ?, severity = ?, school_code = ?,"
            + " district_code = ?, census_year = ?, grade = ?, sex = ?, age_group = ?, field_name = ?, left_value = ?,"
            + " right_value = ?, messages = ?, source_file = ?, source_sheet = ?, source_cell = ?,"
            + " cell_value = ?, previous_file = ?, previous_sheet = ?, previous_cell = ?, caused_by_key = ?,"
            + " is_open = TRUE, resolved_at = NULL, last_seen = ?, run_id = ?, pack_id = ? WHERE finding_key = ?";
    static final String SELECT = "SELECT f.id, f.finding_key, " + prefixed() + ", f.is_open, f.first_seen, f.last_seen,"
            + " m.status, m.mark_comment, m.marked_at, f.pack_id, f.caused_by_key, c.id, m.marked_by FROM finding f"
            + " LEFT JOIN finding_mark m ON m.finding_key = f.finding_key"
            + " LEFT JOIN finding c ON c.finding_key = f.caused_by_key";
    static final String WHERE = " WHERE (? IS NULL OR f.census_year = ?)"
            + " AND (? IS NULL OR UPPER(f.district_code) = UPPER(?))"
            + " AND (? IS NULL OR UPPER(f.school_code) = UPPER(?))"
            + " AND (? IS NULL OR f.rule_id = ?)"
            + " AND (? IS NULL OR f.severity = ?)"
            + " AND (? IS NULL OR (CASE WHEN f.is_open = FALSE THEN 'RESOLVED'"
            + " ELSE COALESCE(m.status, 'OPEN') END) = ?)";

    private FindingSql() {
    }

    /** One ? per column of {@code columns} and {@code more} besides: counted, never typed out. */
    private static String placeholders(String columns, int more) {
        int n = columns.split(",").length + more;
        return Sql.placeholders(n);
    }

    private static String prefixed() {
        return "f." + COLUMNS.replace(", ", ", f.");
    }

    private static int bindColumns(PreparedStatement ps, Finding f) throws SQLException {
        ps.setString(1, Sql.clip(f.ruleId(), 100));
        ps.setString(2, Sql.clip(f.ruleTitle(), 300));
        ps.setString(3, f.severity().name());
        ps.setString(4, f.schoolCode());
        ps.setString(5, f.district());
        ps.setInt(6, f.year());
        ps.setString(7, f.grade());
        ps.setString(8, f.sex() == null ? null : f.sex().code());
        ps.setString(9, f.age());
        ps.setString(10, Sql.clip(f.field(), 200));
        setDouble(ps, 11, f.left());
        setDouble(ps, 12, f.right());
        ps.setString(13, FindingMessages.json(f.message()));
        SourceRef s = f.source();
        ps.setString(14, s == null ? null : Sql.clip(s.file(), 500));
        ps.setString(15, s == null ? null : Sql.clip(s.sheet(), 100));
        ps.setString(16, s == null ? null : Sql.clip(s.cell(), 40));
        ps.setString(17, Sql.clip(f.cellValue(), 200));
        SourceRef p = f.previousSource();
        ps.setString(18, p == null ? null : Sql.clip(p.file(), 500));
        ps.setString(19, p == null ? null : Sql.clip(p.sheet(), 100));
        ps.setString(20, p == null ? null : Sql.clip(p.cell(), 40));
        ps.setString(21, f.causedBy() == null ? null : f.causedBy().text());
        return 22;
    }

    static void bindInsert(PreparedStatement ps, Finding f, Timestamp now, long runId, String packId)
            throws SQLException {
        int i = bindColumns(ps, f);
        ps.setString(i, f.key().text());
        ps.setTimestamp(i + 1, now);
        ps.setTimestamp(i + 2, now);
        ps.setLong(i + 3, runId);
        ps.setString(i + 4, Sql.clip(packId, 100));
    }

    static void bindCarried(PreparedStatement ps, Finding f, boolean open, Timestamp firstSeen, Timestamp lastSeen,
                            long runId, String packId) throws SQLException {
        int i = bindColumns(ps, f);
        ps.setString(i, f.key().text());
        ps.setBoolean(i + 1, open);
        ps.setTimestamp(i + 2, firstSeen);
        ps.setTimestamp(i + 3, lastSeen);
        ps.setTimestamp(i + 4, open ? null : lastSeen);
        ps.setLong(i + 5, runId);
        ps.setString(i + 6, Sql.clip(packId, 100));
    }

    static void bindUpdate(PreparedStatement ps, Finding f, Timestamp now, long runId, String packId)
            throws SQLException {
        int i = bindColumns(ps, f);
        ps.setTimestamp(i, now);
        ps.setLong(i + 1, runId);
        ps.setString(i + 2, Sql.clip(packId, 100));
        ps.setString(i + 3, f.key().text());
    }

    static void bindFilter(PreparedStatement ps, org.emisworkbench.model.FindingFilter q) throws SQLException {
        // The year is bound as a number also when it is absent: PostgreSQL compares a text with no number.
        Sql.setInteger(ps, 1, q.year());
        Sql.setInteger(ps, 2, q.year());
        String[] pairs = {q.district(), q.school(), q.ruleId(),
            q.severity() == null ? null : q.severity().name(), q.status() == null ? null : q.status().name()};
        int i = 3;
        for (String o : pairs) {
            ps.setString(i++, o);
            ps.setString(i++, o);
        }
    }

    static StoredFinding read(ResultSet rs) throws SQLException {
        // Rule, year, grade, sex and age are the key's; their columns are there for filters and analysts.
        String file = rs.getString(16);
        SourceRef source = file == null && rs.getString(17) == null ? null
                : new SourceRef(file, rs.getString(17), rs.getString(18));
        Finding f = new Finding(FindingKey.parse(rs.getString(2)), rs.getString(4), Severity.valueOf(rs.getString(5)),
                rs.getString(6), rs.getString(7), rs.getString(12), getDouble(rs, 13), getDouble(rs, 14),
                FindingMessages.texts(rs.getString(15)), source, rs.getString(19),
                rs.getString(20) == null && rs.getString(21) == null ? null
                        : new SourceRef(rs.getString(20), rs.getString(21), rs.getString(22)),
                FindingKey.parse(rs.getString(30)), null, null);
        boolean open = rs.getBoolean(23);
        String mark = rs.getString(26);
        FindingStatus status = !open ? FindingStatus.RESOLVED : mark == null ? FindingStatus.OPEN
                : FindingStatus.valueOf(mark);
        Timestamp markedAt = rs.getTimestamp(28);
        return new StoredFinding(rs.getLong(1), f, status, rs.getString(27),
                markedAt == null ? null : markedAt.toInstant(), rs.getTimestamp(24).toInstant(),
                rs.getTimestamp(25).toInstant(), rs.getString(29), getLong(rs, 31), rs.getString(32));
    }

    private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null || v.isNaN() || v.isInfinite()) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, v);
        }
    }

    private static Long getLong(ResultSet rs, int i) throws SQLException {
        long n = rs.getLong(i);
        return rs.wasNull() ? null : n;
    }

    private static Double getDouble(ResultSet rs, int i) throws SQLException {
        double d = rs.getDouble(i);
        return rs.wasNull() ? null : d;
    }
}
