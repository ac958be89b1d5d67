package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.emisworkbench.model.Finding;
import org.emisworkbench.model.Severity;

/**
 * One validation run being stored. A finding raised again is updated, a new one added; every finding
 * the run raises carries its run id, so those of its scope not raised are found by the store at the
 * end, without the run keeping the keys it raised.
 */
public final class FindingRun implements AutoCloseable {
    /**
     * What a run changed. {@code raised} and {@code added} count findings in their own right; the
     * consequences folded under a cause are {@code folded}, counted apart so no figure mixes the two.
     */
    public record Totals(long runId, int raised, int folded, int added, int resolved, int errors) {
    }

    private static final int KEY_CHUNK = 500;
    private final Connection c;
    private final String packId;
    private final int year;
    private final String district;
    private final Set<String> ruleIds;
    private final Timestamp now = Timestamp.from(Instant.now());
    private final long runId;
    private int found;
    private int errorsFound;
    private int added;
    private boolean finished;

    FindingRun(Connection c, String packId, String packVersion, int year, String district, Set<String> ruleIds)
            throws SQLException {
        this.c = c;
        this.packId = packId;
        this.year = year;
        this.district = district;
        this.ruleIds = Set.copyOf(ruleIds);
        try {
            c.setAutoCommit(false);
            this.runId = insertRun(c, packId, packVersion, year, district, now);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** Stores a batch of the run's findings; a key already stored by this run is updated, not counted again. */
    public void add(List<Finding> findings) {
        try {
            Set<String> existing = existingKeys(findings);
            Set<String> raised = new HashSet<>();
            try (PreparedStatement ins = c.prepareStatement(FindingSql.INSERT);
                 PreparedStatement upd = c.prepareStatement(FindingSql.UPDATE)) {
                for (Finding f : findings) {
                    found++;
                    if (f.severity() == Severity.ERROR && !f.folded()) {
                        errorsFound++;
                    }
                    if (!raised.add(f.key().text())) {
                        continue; // the same finding twice in one run counts once
                    }
                    if (existing.contains(f.key().text())) {
                        FindingSql.bindUpdate(upd, f, now, runId, packId);
                        upd.addBatch();
                    } else {
                        FindingSql.bindInsert(ins, f, now, runId, packId);
                        ins.addBatch();
                        if (!f.folded()) {
                            added++;
                        }
                    }
                }
                ins.executeBatch();
                upd.executeBatch();
            }
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotStoreFindings", e.getMessage());
        }
    }

    /** Keys of the batch already stored (by an earlier run or an earlier batch of this one). */
    private Set<String> existingKeys(List<Finding> findings) throws SQLException {
        List<String> keys = findings.stream().map(f -> f.key().text()).distinct().toList();
        Set<String> out = new HashSet<>();
        for (int i = 0; i < keys.size(); i += KEY_CHUNK) {
            List<String> chunk = keys.subList(i, Math.min(keys.size(), i + KEY_CHUNK));
            try (PreparedStatement ps = c.prepareStatement("SELECT finding_key FROM finding WHERE finding_key IN ("
                    + Sql.placeholders(chunk.size()) + ")")) {
                for (int k = 0; k < chunk.size(); k++) {
                    ps.setString(k + 1, chunk.get(k));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Resolves the open findings of the run's rules and scope it did not raise, writes the run's counts
     * and commits.
     */
    public Totals finish() {
        try {
            int resolved = resolveMissing();
            // Distinct keys, as stored: a consequence folded under its cause is counted apart.
            int raised = count("SELECT COUNT(*) FROM finding WHERE run_id = ? AND caused_by_key IS NULL");
            int folded = count("SELECT COUNT(*) FROM finding WHERE run_id = ? AND caused_by_key IS NOT NULL");
            int errors = count("SELECT COUNT(*) FROM finding WHERE run_id = ? AND severity = 'ERROR'"
                    + " AND caused_by_key IS NULL");
            try (PreparedStatement ps = c.prepareStatement("UPDATE validation_run SET finished_at = ?,"
                    + " finding_count = ?, error_count = ? WHERE id = ?")) {
                ps.setTimestamp(1, Timestamp.from(Instant.now()));
                ps.setInt(2, found);
                ps.setInt(3, errorsFound);
                ps.setLong(4, runId);
                ps.executeUpdate();
            }
            c.commit();
            finished = true;
            return new Totals(runId, raised, folded, added, resolved, errors);
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotStoreFindings", e.getMessage());
        }
    }

    private int count(String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Open findings of this pack's rules in the run's scope that the run did not raise again. */
    private int resolveMissing() throws SQLException {
        if (ruleIds.isEmpty()) {
            return 0;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE finding SET is_open = FALSE, resolved_at = ?"
                + " WHERE census_year = ? AND is_open = TRUE AND (? IS NULL OR UPPER(district_code) = UPPER(?))"
                + " AND (pack_id IS NULL OR pack_id = ?) AND (run_id IS NULL OR run_id <> ?) AND rule_id IN ("
                + Sql.placeholders(ruleIds.size()) + ")")) {
            ps.setTimestamp(1, now);
            ps.setInt(2, year);
            ps.setString(3, district);
            ps.setString(4, district);
            ps.setString(5, packId);
            ps.setLong(6, runId);
            int i = 7;
            for (String rule : ruleIds) {
                ps.setString(i++, rule);
            }
            return ps.executeUpdate();
        }
    }

    @Override
    public void close() {
        try (c) {
            if (!finished) {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotStoreFindings", e.getMessage());
        }
    }

    /** A run's row, its counts set when its findings are stored (also by a district package's import). */
    static long insertRun(Connection c, String packId, String version, int year, String district, Timestamp now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO validation_run (pack_id, pack_version, census_year,"
                + " district, started_at, finished_at, finding_count, error_count, run_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, 0, 0, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, packId);
            ps.setString(2, version);
            ps.setInt(3, year);
            ps.setString(4, district);
            ps.setTimestamp(5, now);
            ps.setTimestamp(6, now);
            ps.setString(7, Sql.actor(c));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
