package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.DistrictPackage;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.SchoolRecord;
import org.emisworkbench.store.PackageRecords.FileHeader;

/**
 * A district's census year as the parts of a district package (rows of plain values, docs/exchange.md),
 * and a package's parts back into a workspace: each file of the district becomes an import batch of its
 * own, written by {@link BatchWriter} (the staged import, decision 0005) so every figure keeps its file,
 * sheet and cell, and all of them become visible together in one transaction with the findings, their
 * follow-up and the package's history, or none of them (decision 0015).
 */
public final class DistrictPackages {
    /** The parts, in the order they are written and read. */
    public static final List<String> PARTS = List.of("areas", "files", "schools", "returns", "facts", "population",
            "problems", "findings");

    /** Receives the rows of each part, part after part in {@link #PARTS} order. */
    @FunctionalInterface
    public interface Out {
        void row(String part, Map<String, Object> row);
    }

    /** The rows of one part, in order; {@code null} at the end. */
    public interface Rows extends AutoCloseable {
        Map<String, Object> next();

        /** The 1-based line of the row last returned. */
        long line();

        @Override
        void close();
    }

    /** Opens a part for reading (several may be open at once). */
    @FunctionalInterface
    public interface In {
        Rows open(String part);
    }

    /** What a written package holds besides its rows: for the manifest. */
    public record Contents(String district, String districtName, int year, List<String> templates,
                           List<RulePack> rulePacks, int schools) {
    }

    /** A rule pack whose findings a package carries, the one of the latest run last. */
    public record RulePack(String id, String version) {
    }

    /** A package as its manifest identifies it. */
    public record Identity(String fileName, String sha256, String district, int year, Instant madeAt, String madeBy,
                           String madeIn, List<RulePack> rulePacks) {
    }

    /** What an import did. {@code replaced}: the earlier package of the district and year it made history. */
    public record Imported(long packageId, String district, int year, int files, int schools, long figures,
                           int findings, int marks, Long replaced) {
    }

    private final Workspace workspace;

    public DistrictPackages(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Hands {@code out} every part of {@code district}'s {@code year}: its current returns with their
     * files, schools, master list, population, import problems and findings with their follow-up.
     */
    public Contents write(int year, String district, GradeSystem grades, Out out, Cancellation cancel) {
        try (Connection c = workspace.connect()) {
            return new DistrictPartWriter(workspace, c, out).write(year, district, grades, cancel);
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotRead", e.getMessage());
        }
    }

    // ---------------------------------------------------------------- importing a package

    /**
     * Stores a package read through {@code in}: every file as an import batch, the findings with their
     * follow-up, and the package in the history; a current package of the same district and year becomes
     * history. All in one transaction: on any failure nothing of the package remains.
     *
     * @return null when a package of the same SHA-256 was imported already (nothing changed)
     */
    public Imported read(Identity id, In in, Progress progress, Cancellation cancel) {
        try (Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            if (!Sql.strings(c, "SELECT package_hash FROM district_package WHERE package_hash = ?", id.sha256()).isEmpty()) {
                return null;
            }
            Long earlier = currentPackage(c, id.district(), id.year(), id.madeAt());
            List<BatchWriter> writers = new ArrayList<>();
            try {
                Imported done = store(c, id, earlier, in, writers, progress, cancel);
                c.commit();
                writers.forEach(BatchWriter::committed);
                return done;
            } catch (SQLException | RuntimeException | Error e) {
                c.rollback();
                for (int i = writers.size() - 1; i >= 0; i--) {
                    writers.get(i).close(); // removes what the file's writer committed while loading
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new WorkspaceException(e, "package.cannotStore", e.getMessage());
        }
    }

    /** The current package of the district and year, refused when it is newer than this one. */
    private static Long currentPackage(Connection c, String district, int year, Instant madeAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, made_at, file_name FROM district_package"
                + " WHERE UPPER(district_code) = UPPER(?) AND census_year = ? AND is_current = TRUE")) {
            Sql.bind(ps, district, year);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Instant current = rs.getTimestamp(2).toInstant();
                if (!madeAt.isAfter(current)) {
                    throw new WorkspaceException(null, "package.notNewer", district, year, rs.getString(3),
                            current.toString());
                }
                return rs.getLong(1);
            }
        }
    }

    private Imported store(Connection c, Identity id, Long earlier, In in, List<BatchWriter> writers, Progress progress,
                           Cancellation cancel) throws SQLException {
        List<FileHeader> files = PackageRecords.readFiles(in, id.year());
        Map<Long, List<SchoolRecord>> listed = new HashMap<>();
        int[] schoolCount = {0};
        PackageCursor.each(in, "schools", r -> {
            schoolCount[0]++;
            String code = r.required("school_code", PackageRow.CODE);
            String district = r.text("district", PackageRow.CODE);
            if (district == null || !district.equalsIgnoreCase(id.district())) {
                throw r.bad("district", "notOf", id.district());
            }
            if (r.flag("listed")) {
                SchoolRecord school = PackageRecords.listedSchool(r, code, district);
                listed.computeIfAbsent(r.requiredWhole("file_id"), k -> new ArrayList<>()).add(school);
            }
        });
        Set<Long> known = new HashSet<>();
        files.forEach(f -> known.add(f.id()));
        for (Long file : listed.keySet()) {
            if (!known.contains(file)) {
                throw new WorkspaceException(null, "package.badRow", "schools", 0, "file_id",
                        Message.of("package.why.unknownFile", file));
            }
        }
        // Returns first, then the master list and population: a school the master list brings is written
        // when its batch completes, at the end, so a return must not find it missing and add it a second time.
        long figures = 0;
        int done = 0;
        GradeSystem grades = new CensusLoader(workspace).grades();
        for (boolean censusPass : new boolean[] {true, false}) {
            try (PackageCursor returns = new PackageCursor(in, "returns"); PackageCursor facts = new PackageCursor(in, "facts");
                 PackageCursor population = new PackageCursor(in, "population");
                 PackageCursor problems = new PackageCursor(in, "problems")) {
                List<PackageCursor> all = List.of(returns, facts, population, problems);
                for (FileHeader f : files) {
                    if ("CENSUS".equals(f.header().role()) != censusPass) {
                        all.forEach(cursor -> cursor.skip(f.id())); // its rows are read in the other pass
                        continue;
                    }
                    cancel.check();
                    progress.update(done++, files.size(), f.header().fileName());
                    BatchWriter w = BatchWriter.start(c, f.header());
                    writers.add(w);
                    if ("MASTER_LIST".equals(f.header().role())) {
                        w.masterListOf(id.district());
                    }
                    for (SchoolRecord s : listed.getOrDefault(f.id(), List.of())) {
                        w.school(s);
                    }
                    while (returns.of(f.id())) {
                        w.school(PackageRecords.returnRecord(returns.take(), id.district()));
                    }
                    figures += PackageRecords.writeFacts(facts, f.id(), id, grades, w);
                    while (population.of(f.id())) {
                        w.population(PackageRecords.populationRecord(population.take(), id));
                    }
                    while (problems.of(f.id())) {
                        w.problem(PackageRecords.problem(problems.take()));
                    }
                    w.written();
                }
                all.forEach(PackageCursor::mustBeDone);
            }
        }
        progress.update(files.size(), files.size(), null);
        if (earlier != null) {
            retire(c, earlier);
        }
        PackageCursor.each(in, "areas", r -> {
            try {
                SchoolWrites.upsertArea(c, r.required("code", PackageRow.CODE), r.text("name", 200),
                        PackageRecords.level(r), r.text("parent", PackageRow.CODE));
            } catch (SQLException e) {
                throw new WorkspaceException(e, "package.cannotStore", e.getMessage());
            }
        });
        List<Long> batchIds = new ArrayList<>();
        for (BatchWriter w : writers) {
            w.complete(0);
            batchIds.add(w.batchId());
        }
        Set<String> fileNames = new HashSet<>();
        files.forEach(f -> fileNames.add(f.header().fileName()));
        int[] marks = CarriedFindings.carry(c, id, in, fileNames);
        long packageId = recordPackage(c, id, batchIds, schoolCount[0], figures, marks[0], marks[1]);
        if (earlier != null) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE district_package SET is_current = FALSE,"
                    + " replaced_by = ? WHERE id = ?")) {
                Sql.bind(ps, packageId, earlier);
                ps.executeUpdate();
            }
        }
        return new Imported(packageId, id.district(), id.year(), files.size(), schoolCount[0], figures, marks[0],
                marks[1], earlier);
    }

    /** The rows an earlier package of the district and year brought are history from now on. */
    private static void retire(Connection c, long earlier) throws SQLException {
        Set<Long> batches = Sql.longs(c, "SELECT batch_id FROM district_package_batch WHERE package_id = ?", earlier);
        if (batches.isEmpty()) {
            return;
        }
        StringBuilder in = new StringBuilder();
        for (long b : batches) {
            in.append(in.length() == 0 ? "" : ", ").append(b); // numbers read from the workspace, never text
        }
        for (String sql : List.of("UPDATE school_return SET is_current = FALSE WHERE batch_id IN (%s)",
                "UPDATE fact_row SET is_current = FALSE WHERE is_current = TRUE AND batch_id IN (%s)",
                "UPDATE import_problem SET is_current = FALSE WHERE batch_id IN (%s)",
                "UPDATE population SET is_current = FALSE WHERE batch_id IN (%s)",
                "DELETE FROM master_school WHERE batch_id IN (%s)")) {
            try (PreparedStatement ps = c.prepareStatement(String.format(sql, in))) {
                ps.executeUpdate();
            }
        }
    }


    private static long recordPackage(Connection c, Identity id, List<Long> batches, int schools, long figures,
                                      int findings, int marks) throws SQLException {
        long packageId;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO district_package (district_code, census_year,"
                + " file_name, package_hash, made_at, made_by, made_in, imported_at, is_current, schools, figures,"
                + " findings, marks) VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?, ?)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, id.district());
            ps.setInt(2, id.year());
            ps.setString(3, Sql.clip(id.fileName(), 500));
            ps.setString(4, id.sha256());
            ps.setTimestamp(5, Timestamp.from(id.madeAt()));
            ps.setString(6, Sql.clip(id.madeBy(), 200));
            ps.setString(7, Sql.clip(id.madeIn(), 500));
            ps.setTimestamp(8, Timestamp.from(Instant.now()));
            ps.setInt(9, schools);
            ps.setLong(10, figures);
            ps.setInt(11, findings);
            ps.setInt(12, marks);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                packageId = keys.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO district_package_batch (package_id, batch_id)"
                + " VALUES (?, ?)")) {
            for (long b : batches) {
                Sql.bind(ps, packageId, b);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return packageId;
    }

    /** The packages imported into this workspace, newest first. */
    public List<DistrictPackage> history() {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement("SELECT id, district_code,"
                + " census_year, file_name, package_hash, made_at, made_by, made_in, imported_at, is_current,"
                + " replaced_by, schools, figures, findings, marks FROM district_package ORDER BY id DESC");
             ResultSet rs = ps.executeQuery()) {
            List<DistrictPackage> out = new ArrayList<>();
            while (rs.next()) {
                Object replacedBy = rs.getObject(11);
                out.add(new DistrictPackage(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant(),
                        rs.getBoolean(10), replacedBy == null ? null : ((Number) replacedBy).longValue(), rs.getInt(12),
                        rs.getLong(13), rs.getInt(14), rs.getInt(15)));
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotRead", e.getMessage());
        }
    }
}
