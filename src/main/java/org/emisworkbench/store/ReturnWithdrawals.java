package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ReturnWithdrawal;
import org.emisworkbench.model.TextDistance;

/**
 * Withdrawing one school's return of one census year, and undoing it (review 21, decision 0069). The return stops
 * counting everywhere through the flags a corrected return sets on re-import ({@link Supersede}): its return, fact
 * and import-problem rows stop being current, and the school's open findings of the year are closed. Nothing is
 * deleted: the withdrawal records every row it set aside, with who, when and why, so that undoing it puts back
 * exactly those rows, unless a newer return of the school and year came in since.
 */
public final class ReturnWithdrawals {
    private static final String RETURN = "school_return";
    private static final String FACT = "fact_row";
    private static final String PROBLEM = "import_problem";
    private static final String FINDING = "finding";
    /** The returns whose figures stopped counting (current, or holding current fact rows): their files. */
    private static final String COUNTED = "counted_return";

    private final Workspace workspace;

    public ReturnWithdrawals(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Withdraws the school's current return of the year; refused in plain words when there is none. */
    public ReturnWithdrawal withdraw(String school, int year, String reason) {
        try (Connection c = workspace.connect()) {
            return Sql.inTransaction(c, tx -> {
                String code = knownCode(tx, school);
                Supersede.CurrentRows rows = Supersede.currentRows(tx, code, year);
                if (rows.isEmpty()) {
                    Optional<ReturnWithdrawal> standing = latest(tx, code, year).filter(ReturnWithdrawal::standing);
                    if (standing.isPresent()) {
                        throw refusal("withdraw.already", code, String.valueOf(year), when(standing.get().at()),
                                String.valueOf(standing.get().by()));
                    }
                    throw refusal("withdraw.noReturn", code, String.valueOf(year));
                }
                requireDistrict(tx, code);
                List<String> files = files(tx, rows.returns());
                long figures = Sql.count(tx, "SELECT COUNT(*) FROM current_fact WHERE school_code = ?"
                        + " AND census_year = ? AND val IS NOT NULL", code, year);
                List<Long> findings = new ArrayList<>(Sql.longs(tx, "SELECT id FROM finding WHERE school_code = ?"
                        + " AND census_year = ? AND is_open = TRUE", code, year));
                Instant now = Instant.now();
                String by = Sql.actor(tx);
                long id;
                try (PreparedStatement ps = tx.prepareStatement("INSERT INTO return_withdrawal (school_code,"
                        + " census_year, withdrawn_at, withdrawn_by, reason, figures) VALUES (?, ?, ?, ?, ?, ?)",
                        new String[] {"id"})) {
                    ps.setString(1, code);
                    ps.setInt(2, year);
                    ps.setTimestamp(3, Timestamp.from(now));
                    ps.setString(4, by);
                    if (reason == null || reason.isBlank()) {
                        ps.setNull(5, Types.VARCHAR);
                    } else {
                        ps.setString(5, Sql.clip(reason.strip(), 2000));
                    }
                    ps.setLong(6, figures);
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                record(tx, id, RETURN, rows.flagged());
                record(tx, id, COUNTED, rows.returns());
                record(tx, id, FACT, rows.facts());
                record(tx, id, PROBLEM, rows.problems());
                record(tx, id, FINDING, findings);
                Supersede.setCurrent(tx, RETURN, rows.flagged(), false);
                Supersede.setCurrent(tx, FACT, rows.facts(), false);
                Supersede.setCurrent(tx, PROBLEM, rows.problems(), false);
                try (PreparedStatement ps = tx.prepareStatement("UPDATE finding SET is_open = FALSE, resolved_at = ?"
                        + " WHERE id = ?")) {
                    for (long f : findings) {
                        ps.setTimestamp(1, Timestamp.from(now));
                        ps.setLong(2, f);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                return new ReturnWithdrawal(id, code, name(tx, code), year, files, figures, findings.size(), now, by,
                        reason == null || reason.isBlank() ? null : reason.strip(), null, null);
            });
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotStore", "return_withdrawal", e.getMessage());
        }
    }

    /**
     * Undoes the school's standing withdrawal of the year: exactly the rows it set aside count again and its
     * findings are open again. Refused when there is none, or when a newer return of the school and year counts now.
     */
    public ReturnWithdrawal undo(String school, int year) {
        try (Connection c = workspace.connect()) {
            return Sql.inTransaction(c, tx -> {
                String code = knownCode(tx, school);
                ReturnWithdrawal w = latest(tx, code, year).filter(ReturnWithdrawal::standing)
                        .orElseThrow(() -> refusal("withdraw.nothingToUndo", code, String.valueOf(year)));
                Supersede.CurrentRows now = Supersede.currentRows(tx, code, year);
                if (!now.isEmpty()) {
                    throw refusal("withdraw.newerReturn", code, String.valueOf(year),
                            String.join(", ", files(tx, now.returns())), when(w.at()));
                }
                requireDistrict(tx, code);
                Supersede.setCurrent(tx, RETURN, rowsOf(tx, w.id(), RETURN), true);
                Supersede.setCurrent(tx, FACT, rowsOf(tx, w.id(), FACT), true);
                Supersede.setCurrent(tx, PROBLEM, rowsOf(tx, w.id(), PROBLEM), true);
                try (PreparedStatement ps = tx.prepareStatement("UPDATE finding SET is_open = TRUE, resolved_at = NULL"
                        + " WHERE id = ?")) {
                    for (long f : rowsOf(tx, w.id(), FINDING)) {
                        ps.setLong(1, f);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                Instant at = Instant.now();
                String by = Sql.actor(tx);
                try (PreparedStatement ps = tx.prepareStatement("UPDATE return_withdrawal SET undone_at = ?,"
                        + " undone_by = ? WHERE id = ?")) {
                    ps.setTimestamp(1, Timestamp.from(at));
                    ps.setString(2, by);
                    ps.setLong(3, w.id());
                    ps.executeUpdate();
                }
                return new ReturnWithdrawal(w.id(), w.schoolCode(), w.schoolName(), w.year(), w.files(), w.figures(),
                        w.findingsClosed(), w.at(), w.by(), w.reason(), at, by);
            });
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotStore", "return_withdrawal", e.getMessage());
        }
    }

    /** Every withdrawal, standing or undone, oldest first. */
    public List<ReturnWithdrawal> list() {
        try (Connection c = workspace.connect()) {
            List<ReturnWithdrawal> out = new ArrayList<>();
            for (long id : Sql.longs(c, "SELECT id FROM return_withdrawal")) {
                out.add(load(c, id));
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotRead", e.getMessage());
        }
    }

    private static Optional<ReturnWithdrawal> latest(Connection c, String code, int year) throws SQLException {
        Set<Long> ids = Sql.longs(c, "SELECT id FROM return_withdrawal WHERE school_code = ? AND census_year = ?",
                code, year);
        return ids.isEmpty() ? Optional.empty() : Optional.of(load(c, ((java.util.TreeSet<Long>) ids).last()));
    }

    private static ReturnWithdrawal load(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT school_code, census_year, withdrawn_at, withdrawn_by,"
                + " reason, figures, undone_at, undone_by FROM return_withdrawal WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                String code = rs.getString(1);
                Timestamp undone = rs.getTimestamp(7);
                return new ReturnWithdrawal(id, code, name(c, code), rs.getInt(2), files(c, rowsOf(c, id, COUNTED)),
                        rs.getLong(6), rowsOf(c, id, FINDING).size(), rs.getTimestamp(3).toInstant(), rs.getString(4),
                        rs.getString(5), undone == null ? null : undone.toInstant(), rs.getString(8));
            }
        }
    }

    private static void record(Connection c, long withdrawal, String table, List<Long> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO withdrawn_row (withdrawal_id, table_name, row_id)"
                + " VALUES (?, ?, ?)")) {
            for (long id : ids) {
                ps.setLong(1, withdrawal);
                ps.setString(2, table);
                ps.setLong(3, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static List<Long> rowsOf(Connection c, long withdrawal, String table) throws SQLException {
        return new ArrayList<>(Sql.longs(c, "SELECT row_id FROM withdrawn_row WHERE withdrawal_id = ?"
                + " AND table_name = ?", withdrawal, table));
    }

    private static List<String> files(Connection c, List<Long> returns) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT b.file_name FROM school_return r"
                + " JOIN import_batch b ON b.id = r.batch_id WHERE r.id = ?")) {
            for (long id : returns) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && !out.contains(rs.getString(1))) {
                        out.add(rs.getString(1));
                    }
                }
            }
        }
        return out;
    }

    private static String name(Connection c, String code) throws SQLException {
        Set<String> names = Sql.strings(c, "SELECT name FROM school WHERE code = ?", code);
        return names.isEmpty() ? null : names.iterator().next();
    }

    /**
     * The code as the workspace holds it (a code typed in another case is the same school's, as on import); an
     * unknown code is refused, naming the nearest known code when one differs by a character or two.
     */
    private static String knownCode(Connection c, String typed) throws SQLException {
        String wanted = typed == null ? "" : typed.strip();
        List<String> codes = new ArrayList<>(Sql.strings(c, "SELECT code FROM school UNION SELECT school_code"
                + " FROM school_return", new Object[0]));
        codes.sort(null);
        for (String code : codes) {
            if (code.equals(wanted)) {
                return code;
            }
        }
        for (String code : codes) {
            if (code.equalsIgnoreCase(wanted)) {
                return code;
            }
        }
        // A code alike but for look-alike characters or leading zeros (TG-01O2 for TG-0102) first, as IMP-35 compares.
        List<String> alike = SchoolCodeChecks.lookAlikes(wanted, codes);
        String near = alike.isEmpty() ? null : alike.get(0);
        int best = alike.isEmpty() ? Integer.MAX_VALUE : 0;
        for (String code : alike.isEmpty() ? codes : List.<String>of()) {
            int d = TextDistance.edits(code.toUpperCase(java.util.Locale.ROOT), wanted.toUpperCase(java.util.Locale.ROOT));
            if (d < best) {
                best = d;
                near = code;
            }
        }
        if (near != null && best <= 2) {
            throw refusal("withdraw.unknownSchoolNear", wanted, near + nameSuffix(c, near));
        }
        throw refusal("withdraw.unknownSchool", wanted);
    }

    private static String nameSuffix(Connection c, String code) throws SQLException {
        String name = name(c, code);
        return name == null || name.isBlank() ? "" : " (" + name + ")";
    }

    /** In a shared workspace, a district officer's role withdraws only the returns of its districts. */
    private static void requireDistrict(Connection c, String code) throws SQLException {
        Optional<Set<String>> limits = DistrictRoles.limits(c);
        if (limits.isEmpty()) {
            return;
        }
        Set<String> district = Sql.strings(c, "SELECT COALESCE(district_code, '') FROM school WHERE code = ?", code);
        String d = district.isEmpty() ? "" : district.iterator().next();
        if (!DistrictRoles.allows(limits, d)) {
            throw refusal("withdraw.notYourDistrict", code, d.isEmpty() ? "—" : d, Sql.actor(c),
                    String.join(", ", limits.get()));
        }
    }

    /** A moment as the officer reads it: local date and time to the minute. */
    static String when(Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(java.time.ZoneId.systemDefault()).format(at);
    }

    private static WorkspaceException refusal(String key, Object... args) {
        return new WorkspaceException(null, "withdraw.refused", Message.of(key, args));
    }
}
