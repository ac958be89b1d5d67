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
        try (Run run = openRun(packId, packVersion, year, district, ruleIds)) {
            run.add(findings);
            return run.finish();
        }
    }

    /**
     * Starts a run whose findings are handed over in batches (a district at a time), so a national run
     * never holds all its findings at once. All batches are one transaction: nothing is kept unless
     * {@link Run#finish} is reached; closing an unfinished run rolls it back.
     */
    public Run openRun(String packId, String packVersion, int year, String district, Set<String> ruleIds) {
        try {
            return new Run(workspace.connect(), packId, packVersion, year, district, ruleIds);
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotStoreFindings", e.getMessage());
        }
    }

    /**
     * One validation run being stored. A finding raised again is updated, a new one added; every finding
     * the run raises carries its run id, so those of its scope not raised are found by the store at the
     * end, without the run keeping the keys it raised.
     */
    public static final class Run implements AutoCloseable {
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

        private Run(Connection c, String packId, String packVersion, int year, String district, Set<String> ruleIds)
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
                            added++;
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
                        + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")")) {
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
        public RunTotals finish() {
            try {
                int resolved = resolveMissing();
                int raised = count("SELECT COUNT(*) FROM finding WHERE run_id = ?");
                // Distinct keys, as stored: a consequence folded under its cause is not counted.
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
                return new RunTotals(runId, raised, added, resolved, errors);
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
                    + String.join(", ", java.util.Collections.nCopies(ruleIds.size(), "?")) + ")")) {
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
                    keepOfPack(FindingSql.read(rs), filter, current, out);
                }
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotReadFindings", e.getMessage());
        }
    }

    /**
     * Adds the finding when it belongs to the pack asked for: the filter's, else the pack of the latest run
     * over its year ({@code current}); {@link FindingFilter#ANY_PACK} keeps every pack's.
     */
    private static void keepOfPack(org.emisworkbench.model.StoredFinding f, FindingFilter filter,
                                   Map<Integer, String> current, List<org.emisworkbench.model.StoredFinding> out) {
        String pack = filter.packId() == null ? current.get(f.finding().year()) : filter.packId();
        if (pack == null || FindingFilter.ANY_PACK.equals(pack) || f.packId() == null || pack.equals(f.packId())) {
            out.add(f);
        }
    }

    /**
     * Findings matching the filter on the schools {@code schools} only (the filter's own school is
     * ignored), in the order of {@link #list}: what a run of one district needs of another year's findings.
     */
    public List<org.emisworkbench.model.StoredFinding> list(FindingFilter filter, java.util.Collection<String> schools) {
        List<String> codes = schools.stream().distinct().toList();
        List<org.emisworkbench.model.StoredFinding> out = new ArrayList<>();
        FindingFilter any = new FindingFilter(filter.year(), filter.district(), null, filter.ruleId(),
                filter.severity(), filter.status()).withPack(filter.packId());
        try (Connection c = workspace.connect()) {
            Map<Integer, String> current = filter.packId() == null ? currentPacks(c) : Map.of();
            for (int i = 0; i < codes.size(); i += 500) {
                List<String> chunk = codes.subList(i, Math.min(codes.size(), i + 500));
                try (PreparedStatement ps = c.prepareStatement(FindingSql.SELECT + FindingSql.WHERE
                        + " AND f.school_code IN (" + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"))
                        + ") ORDER BY f.rule_id, f.district_code, f.school_code, f.grade, f.sex, f.id")) {
                    FindingSql.bindFilter(ps, any);
                    int at = 13;
                    for (String code : chunk) {
                        ps.setString(at++, code);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            keepOfPack(FindingSql.read(rs), filter, current, out);
                        }
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
        return mark(findingId, status, comment, null).found();
    }

    /** A finding's mark as kept: its status, comment, when and by whom (the OS user or database role). */
    public record Mark(FindingStatus status, String comment, Instant at, String by) {
    }

    /**
     * What marking did: {@code found} false when there is no such finding; {@code since} the mark another
     * officer made after the one this officer saw, in which case nothing was changed.
     */
    public record Marking(boolean found, Mark since) {
    }

    /**
     * Marks a finding, unless it was marked since the officer saw it ({@code seenMarkedAt}: the time of the
     * mark then, empty when it had none): two officers marking one finding on a shared workspace must not
     * overwrite each other silently, so the second is told and shown the first one's mark. A null
     * {@code seenMarkedAt} marks whatever is there (the command line, which reads and marks in one go).
     */
    public Marking mark(long findingId, FindingStatus status, String comment, java.util.Optional<Instant> seenMarkedAt) {
        if (status == FindingStatus.RESOLVED) {
            throw new IllegalArgumentException("RESOLVED is not a mark: it follows from a corrected return");
        }
        try (Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            Set<String> keys = Sql.strings(c, "SELECT finding_key FROM finding WHERE id = ?", findingId);
            if (keys.isEmpty()) {
                return new Marking(false, null);
            }
            String key = keys.iterator().next();
            DistrictRoles.requireFinding(c, findingId);
            if (seenMarkedAt != null) {
                Mark now = currentMark(c, key);
                Instant nowAt = now == null ? null : now.at();
                if (!java.util.Objects.equals(nowAt, seenMarkedAt.orElse(null))) {
                    c.rollback();
                    return new Marking(true, now != null ? now
                            : new Mark(FindingStatus.OPEN, null, null, null));
                }
            }
            try (PreparedStatement del = c.prepareStatement("DELETE FROM finding_mark WHERE finding_key = ?")) {
                del.setString(1, key);
                del.executeUpdate();
            }
            if (status != FindingStatus.OPEN) {
                try (PreparedStatement ins = c.prepareStatement("INSERT INTO finding_mark (finding_key, status,"
                        + " mark_comment, marked_at, marked_by) VALUES (?, ?, ?, ?, ?)")) {
                    ins.setString(1, key);
                    ins.setString(2, status.name());
                    if (comment == null) {
                        ins.setNull(3, Types.VARCHAR);
                    } else {
                        ins.setString(3, Sql.clip(comment, 2000));
                    }
                    ins.setTimestamp(4, Timestamp.from(Instant.now()));
                    ins.setString(5, Sql.actor(c));
                    ins.executeUpdate();
                }
            }
            c.commit();
            return new Marking(true, null);
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotMark", e.getMessage());
        }
    }

    /** The finding's mark now, locked until the transaction ends; null when it has none. */
    private static Mark currentMark(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT status, mark_comment, marked_at, marked_by"
                + " FROM finding_mark WHERE finding_key = ? FOR UPDATE")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Timestamp at = rs.getTimestamp(3);
                return new Mark(FindingStatus.valueOf(rs.getString(1)), rs.getString(2),
                        at == null ? null : at.toInstant(), rs.getString(4));
            }
        }
    }

}
