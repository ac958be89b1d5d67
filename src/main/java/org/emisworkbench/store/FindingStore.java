package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.model.Finding;
import org.emisworkbench.model.FindingFilter;
import org.emisworkbench.model.FindingStatus;

/**
 * Stores validation results. A finding keeps one row per identity; a run updates the ones raised
 * again, adds new ones and marks those no longer raised as resolved. Follow-up marks live apart,
 * keyed the same way, so they survive re-validation and re-import.
 */
public final class FindingStore {
    /** The order findings are listed in: by rule, then where. */
    private static final String ORDER = " ORDER BY f.rule_id, f.district_code, f.school_code, f.grade, f.sex, f.id";

    private final Workspace workspace;

    public FindingStore(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Records a validation run over {@code year} (and {@code district}, null for all) of the rules
     * {@code ruleIds}: only findings of those rules in that scope can be resolved by it.
     */
    public FindingRun.Totals saveRun(String packId, String packVersion, int year, String district, Set<String> ruleIds,
                             List<Finding> findings) {
        try (FindingRun run = openRun(packId, packVersion, year, district, ruleIds)) {
            run.add(findings);
            return run.finish();
        }
    }

    /**
     * Starts a run whose findings are handed over in batches (a district at a time), so a national run
     * never holds all its findings at once. All batches are one transaction: nothing is kept unless
     * {@link FindingRun#finish} is reached; closing an unfinished run rolls it back.
     */
    public FindingRun openRun(String packId, String packVersion, int year, String district, Set<String> ruleIds) {
        try {
            return new FindingRun(workspace.connect(), packId, packVersion, year, district, ruleIds);
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotStoreFindings", e.getMessage());
        }
    }

    /**
     * Findings matching the filter; any filter argument may be null. A null pack lists, for each year,
     * the findings of the pack of the latest run over that year.
     */
    public List<org.emisworkbench.model.StoredFinding> list(FindingFilter filter) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(FindingSql.SELECT
                + FindingSql.WHERE + ORDER)) {
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
                        + " AND f.school_code IN (" + Sql.placeholders(chunk.size())
                        + ")" + ORDER)) {
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
