package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.model.Finding;
import org.emisworkbench.model.FindingFilter;
import org.emisworkbench.model.FindingStatus;
import org.emisworkbench.model.Severity;

/**
 * Stores validation results. A finding keeps one row per identity; a run updates the ones raised
 * again, adds new ones and marks those no longer raised as resolved. Follow-up marks live apart,
 * keyed the same way, so they survive re-validation and re-import.
 */
public final class FindingStore {
    private final Workspace workspace;

    public FindingStore(Workspace workspace) {
        this.workspace = workspace;
    }

    /** What a run changed. */
    public record RunTotals(long runId, int raised, int added, int resolved, int errors) {
    }

    /**
     * Records a validation run over {@code year} (and {@code district}, null for all) of the rules
     * {@code ruleIds}: only findings of those rules in that scope can be resolved by it.
     */
    public RunTotals saveRun(String packId, String packVersion, int year, String district, Set<String> ruleIds,
                             List<Finding> findings) {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            try {
                long runId = insertRun(c, packId, packVersion, year, district, now, findings);
                Set<String> existing = existingKeys(c, year, district);
                Set<String> raised = new HashSet<>();
                int added = 0;
                try (PreparedStatement ins = c.prepareStatement(FindingSql.INSERT);
                     PreparedStatement upd = c.prepareStatement(FindingSql.UPDATE)) {
                    for (Finding f : findings) {
                        if (!raised.add(f.key().text())) {
                            continue; // the same finding twice in one run counts once
                        }
                        if (existing.contains(f.key().text())) {
                            FindingSql.bindUpdate(upd, f, now, runId, packId);
                            upd.addBatch();
                        } else {
                            FindingSql.bindInsert(ins, f, now, runId, packId);
                            ins.addBatch();
                            added++;
                        }
                    }
                    ins.executeBatch();
                    upd.executeBatch();
                }
                int resolved = resolveMissing(c, packId, year, district, ruleIds, raised, now);
                c.commit();
                int errors = (int) findings.stream().filter(f -> f.severity() == Severity.ERROR && !f.folded())
                        .map(Finding::key).distinct().count();
                return new RunTotals(runId, raised.size(), added, resolved, errors);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotStoreFindings", e.getMessage());
        }
    }

    static long insertRun(Connection c, String packId, String version, int year, String district, Timestamp now,
                                  List<Finding> findings) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO validation_run (pack_id, pack_version, census_year,"
                + " district, started_at, finished_at, finding_count, error_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, packId);
            ps.setString(2, version);
            ps.setInt(3, year);
            ps.setString(4, district);
            ps.setTimestamp(5, now);
            ps.setTimestamp(6, Timestamp.from(Instant.now()));
            ps.setInt(7, findings.size());
            ps.setInt(8, (int) findings.stream().filter(f -> f.severity() == Severity.ERROR && !f.folded()).count());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static Set<String> existingKeys(Connection c, int year, String district) throws SQLException {
        return Sql.strings(c, "SELECT finding_key FROM finding WHERE census_year = ?"
                + " AND (? IS NULL OR UPPER(district_code) = UPPER(?))", year, district, district);
    }

    /** Open findings of this pack's rules in the run's scope that the run did not raise again. */
    private static int resolveMissing(Connection c, String packId, int year, String district, Set<String> ruleIds,
                                      Set<String> raised, Timestamp now) throws SQLException {
        List<String> gone = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT finding_key, rule_id FROM finding WHERE census_year = ?"
                + " AND is_open = TRUE AND (? IS NULL OR UPPER(district_code) = UPPER(?))"
                + " AND (pack_id IS NULL OR pack_id = ?)")) {
            ps.setInt(1, year);
            ps.setString(2, district);
            ps.setString(3, district);
            ps.setString(4, packId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (ruleIds.contains(rs.getString(2)) && !raised.contains(rs.getString(1))) {
                        gone.add(rs.getString(1));
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE finding SET is_open = FALSE, resolved_at = ?"
                + " WHERE finding_key = ?")) {
            for (String key : gone) {
                ps.setTimestamp(1, now);
                ps.setString(2, key);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return gone.size();
    }

    /**
     * Findings matching the filter; any filter argument may be null. A null pack lists, for each year,
     * the findings of the pack of the latest run over that year.
     */
    public List<org.emisworkbench.model.StoredFinding> list(FindingFilter filter) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(FindingSql.SELECT
                + FindingSql.WHERE + " ORDER BY f.rule_id, f.district_code, f.school_code, f.grade, f.sex, f.id")) {
            FindingSql.bindFilter(ps, filter);
            Map<Integer, String> current = filter.packId() == null ? currentPacks(c) : Map.of();
            List<org.emisworkbench.model.StoredFinding> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    org.emisworkbench.model.StoredFinding f = FindingSql.read(rs);
                    String pack = filter.packId() == null ? current.get(f.finding().year()) : filter.packId();
                    if (pack == null || FindingFilter.ANY_PACK.equals(pack) || f.packId() == null
                            || pack.equals(f.packId())) {
                        out.add(f);
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotReadFindings", e.getMessage());
        }
    }

    /** For each census year, the pack of the latest run over it. */
    public Map<Integer, String> currentPacks() {
        try (Connection c = workspace.connect()) {
            return currentPacks(c);
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotReadFindings", e.getMessage());
        }
    }

    private static Map<Integer, String> currentPacks(Connection c) throws SQLException {
        Map<Integer, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT census_year, pack_id FROM validation_run ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getInt(1), rs.getString(2));
            }
        }
        return out;
    }

    /**
     * Marks a finding confirmed correct or queried, or clears the mark ({@code OPEN}). Returns false when
     * no finding has that id.
     */
    public boolean mark(long findingId, FindingStatus status, String comment) {
        if (status == FindingStatus.RESOLVED) {
            throw new IllegalArgumentException("RESOLVED is not a mark: it follows from a corrected return");
        }
        try (Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            Set<String> keys = Sql.strings(c, "SELECT finding_key FROM finding WHERE id = ?", findingId);
            if (keys.isEmpty()) {
                return false;
            }
            String key = keys.iterator().next();
            try (PreparedStatement del = c.prepareStatement("DELETE FROM finding_mark WHERE finding_key = ?")) {
                del.setString(1, key);
                del.executeUpdate();
            }
            if (status != FindingStatus.OPEN) {
                try (PreparedStatement ins = c.prepareStatement("INSERT INTO finding_mark (finding_key, status,"
                        + " mark_comment, marked_at) VALUES (?, ?, ?, ?)")) {
                    ins.setString(1, key);
                    ins.setString(2, status.name());
                    if (comment == null) {
                        ins.setNull(3, Types.VARCHAR);
                    } else {
                        ins.setString(3, Sql.clip(comment, 2000));
                    }
                    ins.setTimestamp(4, Timestamp.from(Instant.now()));
                    ins.executeUpdate();
                }
            }
            c.commit();
            return true;
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotMark", e.getMessage());
        }
    }

}
