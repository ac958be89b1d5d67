package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.DistrictPackage;
import org.emisworkbench.model.FactLine;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.Finding;
import org.emisworkbench.model.FindingFilter;
import org.emisworkbench.model.FindingKey;
import org.emisworkbench.model.FindingStatus;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.PopulationRecord;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolRecord;
import org.emisworkbench.model.Severity;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.SourceRef;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.model.Topic;

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

    private static final int CODE = 40;
    private static final int NAME = 300;
    private static final int TEXT = 2000;

    private final Workspace workspace;

    public DistrictPackages(Workspace workspace) {
        this.workspace = workspace;
    }

    // ---------------------------------------------------------------- writing a package

    /**
     * Hands {@code out} every part of {@code district}'s {@code year}: its current returns with their
     * files, schools, master list, population, import problems and findings with their follow-up.
     */
    public Contents write(int year, String district, GradeSystem grades, Out out, Cancellation cancel) {
        try (Connection c = workspace.connect()) {
            String code = districtCode(c, district, year);
            Set<String> returning = Sql.strings(c, "SELECT r.school_code FROM school_return r"
                    + " LEFT JOIN school s ON s.code = r.school_code WHERE r.census_year = ? AND r.is_current = TRUE"
                    + " AND r.batch_id IN " + Sql.COMPLETE_BATCHES + " AND " + IN_DISTRICT, year, code);
            if (returning.isEmpty()) {
                throw new WorkspaceException(null, "package.noReturns", year, district);
            }
            Set<String> schools = new TreeSet<>(returning);
            schools.addAll(Sql.strings(c, "SELECT m.school_code FROM master_school m JOIN school s ON s.code = m.school_code"
                    + " WHERE UPPER(s.district_code) = UPPER(?)", code));
            Set<Long> returnBatches = longs(c, "SELECT DISTINCT r.batch_id FROM school_return r"
                    + " LEFT JOIN school s ON s.code = r.school_code WHERE r.census_year = ? AND r.is_current = TRUE"
                    + " AND r.batch_id IN " + Sql.COMPLETE_BATCHES + " AND " + IN_DISTRICT, year, code);
            Set<Long> batches = new TreeSet<>(returnBatches);
            batches.addAll(longs(c, "SELECT DISTINCT m.batch_id FROM master_school m JOIN school s ON s.code = m.school_code"
                    + " WHERE UPPER(s.district_code) = UPPER(?)", code));
            batches.addAll(longs(c, "SELECT DISTINCT batch_id FROM population WHERE is_current = TRUE AND census_year = ?"
                    + " AND UPPER(area_code) = UPPER(?) AND batch_id IN " + Sql.COMPLETE_BATCHES, year, code));
            String districtName = writeAreas(c, code, out);
            List<String> templates = writeFiles(c, batches, out);
            writeSchools(c, schools, out);
            writeReturns(c, year, code, out);
            cancel.check();
            writeFacts(year, code, grades, out, cancel);
            writePopulation(c, year, code, out);
            writeProblems(c, year, schools, batches, returnBatches, out);
            Set<String> returnFiles = new HashSet<>();
            for (long b : returnBatches) {
                returnFiles.addAll(Sql.strings(c, "SELECT file_name FROM import_batch WHERE id = ?", b));
            }
            List<RulePack> packs = writeFindings(c, year, code, returnFiles, out);
            return new Contents(code, districtName, year, templates, packs, returning.size());
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotRead", e.getMessage());
        }
    }

    /** A return's or school's district, as the long CSV reads it. */
    private static final String IN_DISTRICT = "UPPER(COALESCE(r.district_code, s.district_code)) = UPPER(?)";

    private static String districtCode(Connection c, String district, int year) throws SQLException {
        Set<String> codes = Sql.strings(c, "SELECT code FROM admin_area WHERE area_level = 'district'"
                + " AND (UPPER(code) = UPPER(?) OR UPPER(name) = UPPER(?))", district, district);
        if (codes.size() == 1) {
            return codes.iterator().next();
        }
        Set<String> used = Sql.strings(c, "SELECT DISTINCT COALESCE(r.district_code, s.district_code)"
                + " FROM school_return r LEFT JOIN school s ON s.code = r.school_code WHERE r.census_year = ?"
                + " AND " + IN_DISTRICT, year, district);
        if (used.isEmpty()) {
            throw new WorkspaceException(null, "package.noReturns", year, district);
        }
        return used.iterator().next();
    }

    private static Set<Long> longs(Connection c, String sql, Object... params) throws SQLException {
        Set<Long> out = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    /** The district and the areas above it. Returns the district's name. */
    private static String writeAreas(Connection c, String code, Out out) throws SQLException {
        String name = null;
        Set<String> seen = new HashSet<>();
        for (String area = code; area != null && seen.add(area.toUpperCase(java.util.Locale.ROOT)); ) {
            String next = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT code, name, area_level, parent_code FROM admin_area"
                    + " WHERE UPPER(code) = UPPER(?)")) {
                ps.setString(1, area);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("code", rs.getString(1));
                        row.put("name", rs.getString(2));
                        row.put("level", rs.getString(3));
                        row.put("parent", rs.getString(4));
                        out.row("areas", row);
                        if (name == null && area.equals(code)) {
                            name = rs.getString(2);
                        }
                        next = rs.getString(4);
                    }
                }
            }
            area = next;
        }
        return name;
    }

    private static List<String> writeFiles(Connection c, Set<Long> batches, Out out) throws SQLException {
        Set<String> templates = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, file_name, file_hash, file_size, template_id,"
                + " template_version, layout, file_role, census_year, imported_at FROM import_batch WHERE id = ?")) {
            for (long id : batches) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("file_id", rs.getLong(1));
                        row.put("file_name", rs.getString(2));
                        row.put("sha256", rs.getString(3));
                        row.put("size", rs.getLong(4));
                        row.put("template_id", rs.getString(5));
                        row.put("template_version", rs.getInt(6));
                        row.put("layout", rs.getString(7));
                        row.put("role", rs.getString(8));
                        row.put("census_year", (Integer) rs.getObject(9));
                        row.put("imported_at", rs.getTimestamp(10).toInstant().toString());
                        out.row("files", row);
                        templates.add(rs.getString(5) + "@" + rs.getInt(6));
                    }
                }
            }
        }
        return List.copyOf(templates);
    }

    private static void writeSchools(Connection c, Set<String> schools, Out out) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT s.code, s.name, s.district_code, s.ownership,"
                + " s.locality, s.school_level, s.latitude, s.longitude, s.status, m.batch_id, m.sheet_name, m.row_no,"
                + " m.key_cell FROM school s LEFT JOIN master_school m ON m.school_code = s.code WHERE s.code = ?")) {
            for (String code : schools) {
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("school_code", rs.getString(1));
                        row.put("name", rs.getString(2));
                        row.put("district", rs.getString(3));
                        row.put("ownership", rs.getString(4));
                        row.put("locality", rs.getString(5));
                        row.put("level", rs.getString(6));
                        row.put("latitude", (Double) rs.getObject(7));
                        row.put("longitude", (Double) rs.getObject(8));
                        row.put("status", rs.getString(9));
                        Object batch = rs.getObject(10);
                        row.put("listed", batch != null);
                        row.put("file_id", batch == null ? null : ((Number) batch).longValue());
                        row.put("sheet", rs.getString(11));
                        row.put("row", (Integer) rs.getObject(12));
                        row.put("key_cell", rs.getString(13));
                        out.row("schools", row);
                    }
                }
            }
        }
    }

    private static void writeReturns(Connection c, int year, String code, Out out) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT r.batch_id, r.school_code, r.school_name, r.district_code,"
                + " r.ownership, r.locality, r.school_level, r.sheet_name, r.row_no, r.key_cell FROM school_return r"
                + " LEFT JOIN school s ON s.code = r.school_code WHERE r.census_year = ? AND r.is_current = TRUE"
                + " AND r.batch_id IN " + Sql.COMPLETE_BATCHES + " AND " + IN_DISTRICT + " ORDER BY r.id")) {
            Sql.bind(ps, year, code);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("file_id", rs.getLong(1));
                    row.put("school_code", rs.getString(2));
                    row.put("name", rs.getString(3));
                    row.put("district", rs.getString(4));
                    row.put("ownership", rs.getString(5));
                    row.put("locality", rs.getString(6));
                    row.put("level", rs.getString(7));
                    row.put("sheet", rs.getString(8));
                    row.put("row", (Integer) rs.getObject(9));
                    row.put("key_cell", rs.getString(10));
                    out.row("returns", row);
                }
            }
        }
    }

    private void writeFacts(int year, String code, GradeSystem grades, Out out, Cancellation cancel) {
        long[] record = {0, -1};
        String[] lastSex = {null};
        long[] count = {0};
        new FactLines(workspace).forEachStored(year, code, grades, s -> {
            FactLine l = s.line();
            String sex = l.sex() == null ? null : l.sex().code();
            if (s.row() != record[1] || !java.util.Objects.equals(sex, lastSex[0])) {
                record[0]++;
                record[1] = s.row();
                lastSex[0] = sex;
            }
            if (++count[0] % 10_000 == 0) {
                cancel.check();
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("record", record[0]);
            row.put("file_id", s.batchId());
            row.put("school_code", l.school());
            row.put("district", l.district());
            row.put("census_year", l.year());
            row.put("topic", l.topic().code());
            row.put("item", l.item());
            row.put("slot", s.slot());
            row.put("age", l.age());
            row.put("sex", sex);
            row.put("value", l.value());
            SourceRef src = l.source();
            row.put("file", src == null ? null : src.file());
            row.put("sheet", src == null ? null : src.sheet());
            row.put("cell", src == null ? null : src.cell());
            row.put("stored_sheet", s.sheet());
            row.put("stored_row", s.rowNo());
            row.put("stored_source", s.source());
            out.row("facts", row);
        });
    }

    private static void writePopulation(Connection c, int year, String code, Out out) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT batch_id, area_code, census_year, age, sex, persons,"
                + " sheet_name, cell_ref FROM population WHERE is_current = TRUE AND census_year = ?"
                + " AND UPPER(area_code) = UPPER(?) AND batch_id IN " + Sql.COMPLETE_BATCHES
                + " ORDER BY batch_id, sex, age")) {
            Sql.bind(ps, year, code);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("file_id", rs.getLong(1));
                    row.put("area_code", rs.getString(2));
                    row.put("census_year", rs.getInt(3));
                    row.put("age", rs.getInt(4));
                    row.put("sex", rs.getString(5));
                    row.put("persons", rs.getLong(6));
                    row.put("sheet", rs.getString(7));
                    row.put("cell", rs.getString(8));
                    out.row("population", row);
                }
            }
        }
    }

    /** Current problems of the package's files about the district's schools (or, in its returns, no school). */
    private static void writeProblems(Connection c, int year, Set<String> schools, Set<Long> batches,
                                      Set<Long> returnBatches, Out out) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT batch_id, census_year, kind, school_code, sheet_name,"
                + " cell_ref, field_name, raw_text, detail FROM import_problem WHERE is_current = TRUE"
                + " AND (census_year = ? OR census_year IS NULL) ORDER BY batch_id, id")) {
            ps.setInt(1, year);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long batch = rs.getLong(1);
                    String school = rs.getString(4);
                    if (!batches.contains(batch) || (school == null ? !returnBatches.contains(batch)
                            : !schools.contains(school))) {
                        continue;
                    }
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("file_id", batch);
                    row.put("kind", rs.getString(3));
                    row.put("school_code", school);
                    row.put("sheet", rs.getString(5));
                    row.put("cell", rs.getString(6));
                    row.put("field", rs.getString(7));
                    row.put("raw_text", rs.getString(8));
                    row.put("detail", rs.getString(9));
                    out.row("problems", row);
                }
            }
        }
    }

    /**
     * The district's findings, and those of its files that name no district (a row without a school code):
     * the national workspace must list what the district does.
     */
    private List<RulePack> writeFindings(Connection c, int year, String code, Set<String> returnFiles, Out out)
            throws SQLException {
        List<StoredFinding> findings = new FindingStore(workspace).list(
                new FindingFilter(year, null, null, null, null, null).withPack(FindingFilter.ANY_PACK)).stream()
                .filter(s -> s.finding().district() != null ? s.finding().district().equalsIgnoreCase(code)
                        : s.finding().source() != null && returnFiles.contains(s.finding().source().file()))
                .toList();
        // Each pack with the version of its latest run over the year, the latest run's pack last.
        Map<String, String> packs = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT pack_id, pack_version FROM validation_run"
                + " WHERE census_year = ? AND (district IS NULL OR UPPER(district) = UPPER(?)) ORDER BY id")) {
            Sql.bind(ps, year, code);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    packs.remove(rs.getString(1));
                    packs.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        for (StoredFinding s : findings) {
            Finding f = s.finding();
            if (s.packId() != null && !packs.containsKey(s.packId())) {
                // A pack whose run is not over this year's district (a run over one other district): still named.
                Map<String, String> first = new LinkedHashMap<>();
                first.put(s.packId(), "?");
                first.putAll(packs);
                packs.clear();
                packs.putAll(first);
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", f.key().text());
            row.put("pack", s.packId());
            row.put("rule", f.ruleId());
            row.put("title", f.ruleTitle());
            row.put("severity", f.severity().name());
            row.put("school_code", f.schoolCode());
            row.put("district", f.district());
            row.put("census_year", f.year());
            row.put("grade", f.grade());
            row.put("sex", f.sex() == null ? null : f.sex().code());
            row.put("age", f.age());
            row.put("field", f.field());
            row.put("left", f.left());
            row.put("right", f.right());
            row.put("message_en", f.messageEn());
            row.put("message_fr", f.messageFr());
            row.put("source_file", f.source() == null ? null : f.source().file());
            row.put("source_sheet", f.source() == null ? null : f.source().sheet());
            row.put("source_cell", f.source() == null ? null : f.source().cell());
            row.put("cell_value", f.cellValue());
            row.put("previous_file", f.previousSource() == null ? null : f.previousSource().file());
            row.put("previous_sheet", f.previousSource() == null ? null : f.previousSource().sheet());
            row.put("previous_cell", f.previousSource() == null ? null : f.previousSource().cell());
            row.put("caused_by", f.causedBy() == null ? null : f.causedBy().text());
            row.put("status", s.status().name());
            row.put("comment", s.comment());
            row.put("marked_at", s.markedAt() == null ? null : s.markedAt().toString());
            row.put("first_seen", s.firstSeen().toString());
            row.put("last_seen", s.lastSeen().toString());
            out.row("findings", row);
        }
        List<RulePack> out2 = new ArrayList<>();
        packs.forEach((id, version) -> out2.add(new RulePack(id, version)));
        return out2;
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

    private record FileHeader(long id, BatchHeader header) {
    }

    private Imported store(Connection c, Identity id, Long earlier, In in, List<BatchWriter> writers, Progress progress,
                           Cancellation cancel) throws SQLException {
        List<FileHeader> files = readFiles(in, id.year());
        Map<Long, List<SchoolRecord>> listed = new HashMap<>();
        int[] schoolCount = {0};
        each(in, "schools", r -> {
            schoolCount[0]++;
            String code = r.required("school_code", CODE);
            String district = r.text("district", CODE);
            if (district == null || !district.equalsIgnoreCase(id.district())) {
                throw r.bad("district", "notOf", id.district());
            }
            if (r.flag("listed")) {
                Map<SchoolAttribute, String> a = new EnumMap<>(SchoolAttribute.class);
                put(a, SchoolAttribute.NAME, r.text("name", NAME));
                put(a, SchoolAttribute.DISTRICT, district);
                put(a, SchoolAttribute.OWNERSHIP, r.text("ownership", CODE));
                put(a, SchoolAttribute.LOCALITY, r.text("locality", 20));
                put(a, SchoolAttribute.LEVEL, r.text("level", CODE));
                Double lat = r.number("latitude");
                Double lon = r.number("longitude");
                put(a, SchoolAttribute.LATITUDE, lat == null ? null : lat.toString());
                put(a, SchoolAttribute.LONGITUDE, lon == null ? null : lon.toString());
                put(a, SchoolAttribute.STATUS, r.text("status", 20));
                Integer row = r.optionalInt("row", 0, Integer.MAX_VALUE);
                listed.computeIfAbsent(r.requiredWhole("file_id"), k -> new ArrayList<>()).add(new SchoolRecord(code, a,
                        r.text("sheet", 100), row == null ? -1 : row - 1, r.text("key_cell", 20)));
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
            try (Cursor returns = new Cursor(in, "returns"); Cursor facts = new Cursor(in, "facts");
                 Cursor population = new Cursor(in, "population"); Cursor problems = new Cursor(in, "problems")) {
                List<Cursor> all = List.of(returns, facts, population, problems);
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
                        w.school(returnRecord(returns.take(), id.district()));
                    }
                    figures += writeFacts(facts, f.id(), id, grades, w);
                    while (population.of(f.id())) {
                        w.population(populationRecord(population.take(), id));
                    }
                    while (problems.of(f.id())) {
                        w.problem(problem(problems.take()));
                    }
                    w.written();
                }
                all.forEach(Cursor::mustBeDone);
            }
        }
        progress.update(files.size(), files.size(), null);
        if (earlier != null) {
            retire(c, earlier);
        }
        each(in, "areas", r -> {
            try {
                SchoolWrites.upsertArea(c, r.required("code", CODE), r.text("name", 200),
                        level(r), r.text("parent", CODE));
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
        int[] marks = carryFindings(c, id, in, fileNames);
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

    private static String level(PackageRow r) {
        String level = r.required("level", 20);
        if (!level.matches("[a-z_]{1,20}")) {
            throw r.bad("level", "notCode");
        }
        return level;
    }

    private static void put(Map<SchoolAttribute, String> a, SchoolAttribute key, String value) {
        if (value != null) {
            a.put(key, value);
        }
    }

    private static List<FileHeader> readFiles(In in, int year) {
        List<FileHeader> files = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        each(in, "files", r -> {
            long fileId = r.requiredWhole("file_id");
            if (!ids.add(fileId)) {
                throw r.bad("file_id", "twice", fileId);
            }
            String hash = r.required("sha256", 64);
            if (!hash.matches("[0-9a-f]{64}")) {
                throw r.bad("sha256", "sha");
            }
            String role = r.required("role", 20);
            if (!List.of("CENSUS", "MASTER_LIST", "POPULATION").contains(role)) {
                throw r.bad("role", "notCode");
            }
            Integer fileYear = r.optionalInt("census_year", 1900, 2200);
            if ("CENSUS".equals(role) && (fileYear == null || fileYear != year)) {
                throw r.bad("census_year", "notOf", year);
            }
            String layout = r.required("layout", 20);
            if (!layout.matches("[A-Z_]{1,20}")) {
                throw r.bad("layout", "notCode");
            }
            files.add(new FileHeader(fileId, new BatchHeader(r.required("file_name", 500), null, hash,
                    r.requiredWhole("size"), r.required("template_id", 100),
                    r.requiredInt("template_version", 0, Integer.MAX_VALUE), layout, role, fileYear)));
        });
        return files;
    }

    private static SchoolRecord returnRecord(PackageRow r, String district) {
        String d = r.text("district", CODE);
        if (d != null && !d.equalsIgnoreCase(district)) {
            throw r.bad("district", "notOf", district);
        }
        Map<SchoolAttribute, String> a = new EnumMap<>(SchoolAttribute.class);
        put(a, SchoolAttribute.NAME, r.text("name", NAME));
        put(a, SchoolAttribute.DISTRICT, d);
        put(a, SchoolAttribute.OWNERSHIP, r.text("ownership", CODE));
        put(a, SchoolAttribute.LOCALITY, r.text("locality", 20));
        put(a, SchoolAttribute.LEVEL, r.text("level", CODE));
        Integer row = r.optionalInt("row", 0, Integer.MAX_VALUE);
        return new SchoolRecord(r.required("school_code", CODE), a, r.text("sheet", 100), row == null ? -1 : row - 1,
                r.text("key_cell", 20));
    }

    /** The figures of one file: rows of the same record make one stored row (girls' and boys' apart). */
    private static long writeFacts(Cursor facts, long fileId, Identity id, GradeSystem grades, BatchWriter w) {
        long n = 0;
        while (facts.of(fileId)) {
            PackageRow first = facts.take();
            long record = first.requiredWhole("record");
            List<PackageRow> rows = new ArrayList<>(List.of(first));
            while (facts.of(fileId) && facts.peekRecord() == record) {
                rows.add(facts.take());
            }
            w.facts(factRecord(rows, id, grades));
            n += rows.size();
        }
        return n;
    }

    private static FactRecord factRecord(List<PackageRow> rows, Identity id, GradeSystem grades) {
        PackageRow first = rows.get(0);
        String school = first.required("school_code", CODE);
        Topic topic;
        try {
            topic = Topic.fromCode(first.required("topic", 20));
        } catch (IllegalArgumentException e) {
            throw first.bad("topic", "notCode");
        }
        String sexText = first.text("sex", 1);
        Sex sex = sexText == null ? null : sex(first, sexText);
        String ageText = first.required("age", 10);
        AgeGroup age = "all".equals(ageText) ? AgeGroup.ALL : "unknown".equals(ageText) ? AgeGroup.UNKNOWN : ageGroup(first, ageText);
        int width = topic.graded() ? grades.size() : topic.fixedSlots().size();
        for (PackageRow r : rows) {
            width = Math.max(width, r.requiredInt("slot", 0, Topic.MAX_SLOTS - 1) + 1);
        }
        int[] values = new int[width];
        java.util.Arrays.fill(values, FactRecord.MISSING);
        String[] sources = new String[width];
        String sheet = first.text("stored_sheet", 100);
        Integer storedRow = first.optionalInt("stored_row", -1, Integer.MAX_VALUE);
        for (PackageRow r : rows) {
            if (!school.equals(r.required("school_code", CODE)) || !topic.code().equals(r.required("topic", 20))
                    || !java.util.Objects.equals(sexText, r.text("sex", 1)) || !ageText.equals(r.required("age", 10))
                    || !java.util.Objects.equals(sheet, r.text("stored_sheet", 100))) {
                throw r.bad("record", "record");
            }
            if (r.requiredInt("census_year", 1900, 2200) != id.year()) {
                throw r.bad("census_year", "notOf", id.year());
            }
            int slot = r.requiredInt("slot", 0, Topic.MAX_SLOTS - 1);
            if (values[slot] != FactRecord.MISSING || sources[slot] != null) {
                throw r.bad("slot", "twice", slot);
            }
            Integer v = r.optionalInt("value", Integer.MIN_VALUE + 1L, Integer.MAX_VALUE);
            values[slot] = v == null ? FactRecord.MISSING : v;
            sources[slot] = r.text("stored_source", 500);
        }
        try {
            return new FactRecord(school, topic, sex, age, values, sources, sheet,
                    storedRow == null || storedRow < 1 ? -1 : storedRow - 1);
        } catch (IllegalArgumentException e) {
            throw first.bad("sex", "notCode");
        }
    }

    private static Sex sex(PackageRow r, String text) {
        for (Sex s : Sex.values()) {
            if (s.code().equals(text)) {
                return s;
            }
        }
        throw r.bad("sex", "notCode");
    }

    private static AgeGroup ageGroup(PackageRow r, String text) {
        try {
            return new AgeGroup(text);
        } catch (IllegalArgumentException e) {
            throw r.bad("age", "notCode");
        }
    }

    private static PopulationRecord populationRecord(PackageRow r, Identity id) {
        String area = r.required("area_code", CODE);
        if (!area.equalsIgnoreCase(id.district())) {
            throw r.bad("area_code", "notOf", id.district());
        }
        String sexText = r.required("sex", 1);
        return new PopulationRecord(area, r.requiredInt("census_year", 1900, 2200), r.requiredInt("age", 0, 150),
                sex(r, sexText), r.requiredWhole("persons"), r.text("sheet", 100), r.text("cell", 20));
    }

    private static ImportProblem problem(PackageRow r) {
        ProblemKind kind;
        try {
            kind = ProblemKind.valueOf(r.required("kind", 30));
        } catch (IllegalArgumentException e) {
            throw r.bad("kind", "notCode");
        }
        return new ImportProblem(kind, r.text("sheet", 100), r.text("cell", 40), r.text("school_code", CODE),
                r.text("field", 100), r.text("raw_text", 1000), r.text("detail", 1000));
    }

    /** The rows an earlier package of the district and year brought are history from now on. */
    private static void retire(Connection c, long earlier) throws SQLException {
        Set<Long> batches = longs(c, "SELECT batch_id FROM district_package_batch WHERE package_id = ?", earlier);
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

    /**
     * The package's findings as the district keeps them, with their follow-up: confirmed stays confirmed.
     * Findings of the district and year the package does not carry (an earlier package's) are resolved.
     *
     * @return findings and marks carried
     */
    private static int[] carryFindings(Connection c, Identity id, In in, Set<String> fileNames) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        Map<String, Long> runs = new HashMap<>();
        for (RulePack p : id.rulePacks()) {
            runs.put(p.id(), FindingStore.insertRun(c, p.id(), p.version(), id.year(), id.district(), now, List.of()));
        }
        Set<String> carried = new HashSet<>();
        int[] counts = new int[2];
        Map<String, int[]> perRun = new HashMap<>();
        try (PreparedStatement del = c.prepareStatement("DELETE FROM finding WHERE finding_key = ?");
             PreparedStatement ins = c.prepareStatement(FindingSql.INSERT_CARRIED);
             PreparedStatement unmark = c.prepareStatement("DELETE FROM finding_mark WHERE finding_key = ?");
             PreparedStatement mark = c.prepareStatement("INSERT INTO finding_mark (finding_key, status, mark_comment,"
                     + " marked_at) VALUES (?, ?, ?, ?)")) {
            each(in, "findings", r -> {
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
                r.text("field", 200), r.number("left"), r.number("right"), r.text("message_en", TEXT),
                r.text("message_fr", TEXT), source(r, "source"), r.text("cell_value", 200), source(r, "previous"),
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

    private static SourceRef source(PackageRow r, String prefix) {
        String file = r.text(prefix + "_file", 500);
        String sheet = r.text(prefix + "_sheet", 100);
        String cell = r.text(prefix + "_cell", 40);
        return file == null && sheet == null && cell == null ? null : new SourceRef(file, sheet, cell);
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

    private static void each(In in, String part, Consumer<PackageRow> each) {
        try (Rows rows = in.open(part)) {
            for (Map<String, Object> m = rows.next(); m != null; m = rows.next()) {
                each.accept(new PackageRow(part, rows.line(), m));
            }
        }
    }

    /** A part read alongside the files: its rows must come file by file, in the files' order. */
    private static final class Cursor implements AutoCloseable {
        private final String part;
        private final Rows rows;
        private PackageRow next;

        Cursor(In in, String part) {
            this.part = part;
            this.rows = in.open(part);
            advance();
        }

        private void advance() {
            Map<String, Object> m = rows.next();
            next = m == null ? null : new PackageRow(part, rows.line(), m);
        }

        /** Whether the next row belongs to the file {@code fileId}. */
        boolean of(long fileId) {
            return next != null && next.requiredWhole("file_id") == fileId;
        }

        long peekRecord() {
            return next.requiredWhole("record");
        }

        /** Passes over the rows of {@code fileId}. */
        void skip(long fileId) {
            while (of(fileId)) {
                advance();
            }
        }

        PackageRow take() {
            PackageRow r = next;
            advance();
            return r;
        }

        void mustBeDone() {
            if (next != null) {
                throw next.bad("file_id", "order");
            }
        }

        @Override
        public void close() {
            rows.close();
        }
    }
}
