package org.emisworkbench.store;

import static org.emisworkbench.store.PackageRow.CODE;
import static org.emisworkbench.store.PackageRow.TEXT;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.model.Finding;
import org.emisworkbench.model.FindingKey;
import org.emisworkbench.model.FindingStatus;
import org.emisworkbench.model.Severity;
import org.emisworkbench.store.DistrictPackages.Identity;
import org.emisworkbench.store.DistrictPackages.In;
import org.emisworkbench.store.DistrictPackages.RulePack;

/** The findings a district package carries, stored with their follow-up in the importing workspace. */
final class CarriedFindings {
    private CarriedFindings() {
    }

    /**
     * The package's findings as the district keeps them, with their follow-up: confirmed stays confirmed.
     * Findings of the district and year the package does not carry (an earlier package's) are resolved.
     *
     * @return findings and marks carried
     */
    static int[] carry(Connection c, Identity id, In in, Set<String> fileNames) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        Map<String, Long> runs = new HashMap<>();
        for (RulePack p : id.rulePacks()) {
            runs.put(p.id(), FindingRun.insertRun(c, p.id(), p.version(), id.year(), id.district(), now));
        }
        Set<String> carried = new HashSet<>();
        int[] counts = new int[2];
        Map<String, int[]> perRun = new HashMap<>();
        try (PreparedStatement del = c.prepareStatement("DELETE FROM finding WHERE finding_key = ?");
             PreparedStatement ins = c.prepareStatement(FindingSql.INSERT_CARRIED);
             PreparedStatement unmark = c.prepareStatement("DELETE FROM finding_mark WHERE finding_key = ?");
             PreparedStatement mark = c.prepareStatement("INSERT INTO finding_mark (finding_key, status, mark_comment,"
                     + " marked_at) VALUES (?, ?, ?, ?)")) {
            PackageCursor.each(in, "findings", r -> {
                try {
                    carryOne(r, id, fileNames, runs, carried, counts, perRun, del, ins, unmark, mark, now);
                } catch (SQLException e) {
                    throw new WorkspaceException(e, "package.cannotStore", e.getMessage());
                }
            });
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE validation_run SET finding_count = ?, error_count = ?"
                + " WHERE id = ?")) {
            for (Map.Entry<String, Long> run : runs.entrySet()) {
                int[] n = perRun.getOrDefault(run.getKey(), new int[2]);
                Sql.bind(ps, n[0], n[1], run.getValue());
                ps.executeUpdate();
            }
        }
        Set<String> before = Sql.strings(c, "SELECT finding_key FROM finding WHERE census_year = ? AND is_open = TRUE"
                + " AND UPPER(district_code) = UPPER(?)", id.year(), id.district());
        for (String file : fileNames) {
            before.addAll(Sql.strings(c, "SELECT finding_key FROM finding WHERE census_year = ? AND is_open = TRUE"
                    + " AND district_code IS NULL AND source_file = ?", id.year(), file));
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE finding SET is_open = FALSE, resolved_at = ?"
                + " WHERE finding_key = ?")) {
            for (String key : before) {
                if (!carried.contains(key)) {
                    ps.setTimestamp(1, now);
                    ps.setString(2, key);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        return counts;
    }

    private static void carryOne(PackageRow r, Identity id, Set<String> fileNames, Map<String, Long> runs, Set<String> carried, int[] counts,
                                 Map<String, int[]> perRun, PreparedStatement del, PreparedStatement ins,
                                 PreparedStatement unmark, PreparedStatement mark, Timestamp now) throws SQLException {
        String keyText = r.required("key", 400);
        FindingKey key = findingKey(r, "key", keyText);
        if (key.year() != id.year()) {
            throw r.bad("key", "notOf", id.year());
        }
        String district = r.text("district", CODE);
        if (district == null ? !fileNames.contains(r.text("source_file", 500)) : !district.equalsIgnoreCase(id.district())) {
            throw r.bad("district", "notOf", id.district());
        }
        String pack = r.text("pack", 100);
        Long run = runs.get(pack);
        if (pack != null && run == null) {
            throw r.bad("pack", "packUnknown", pack);
        }
        if (!carried.add(keyText)) {
            throw r.bad("key", "twice", keyText);
        }
        Severity severity;
        FindingStatus status;
        try {
            severity = Severity.valueOf(r.required("severity", 10));
            status = FindingStatus.valueOf(r.required("status", 12));
        } catch (IllegalArgumentException e) {
            throw r.bad("severity", "notCode");
        }
        String causedBy = r.text("caused_by", 400);
        Finding f = new Finding(key, r.text("title", 300), severity, r.text("school_code", CODE), district,
                r.text("field", 200), r.number("left"), r.number("right"), FindingColumns.messages(r), FindingColumns.source(r, "source"), r.text("cell_value", 200), FindingColumns.source(r, "previous"),
                causedBy == null ? null : findingKey(r, "caused_by", causedBy), null, null);
        Instant first = r.instant("first_seen");
        Instant last = r.instant("last_seen");
        del.setString(1, keyText);
        del.executeUpdate();
        FindingSql.bindCarried(ins, f, status != FindingStatus.RESOLVED,
                Timestamp.from(first == null ? now.toInstant() : first),
                Timestamp.from(last == null ? now.toInstant() : last), run == null ? runs.values().stream()
                        .findFirst().orElseThrow(() -> r.bad("pack", "packUnknown", "—")) : run, pack);
        ins.executeUpdate();
        unmark.setString(1, keyText);
        unmark.executeUpdate();
        if (status == FindingStatus.CONFIRMED || status == FindingStatus.QUERIED) {
            Instant at = r.instant("marked_at");
            mark.setString(1, keyText);
            mark.setString(2, status.name());
            mark.setString(3, r.text("comment", TEXT));
            mark.setTimestamp(4, Timestamp.from(at == null ? now.toInstant() : at));
            mark.executeUpdate();
            counts[1]++;
        }
        counts[0]++;
        int[] n = perRun.computeIfAbsent(pack, k -> new int[2]);
        n[0]++;
        if (severity == Severity.ERROR && causedBy == null) {
            n[1]++;
        }
    }

    private static FindingKey findingKey(PackageRow r, String field, String text) {
        try {
            return FindingKey.parse(text);
        } catch (IllegalArgumentException e) {
            throw r.bad(field, "notCode");
        }
    }
}
