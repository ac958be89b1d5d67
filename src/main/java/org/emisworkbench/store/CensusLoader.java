package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.CensusYearData;
import org.emisworkbench.model.FactValues;
import org.emisworkbench.model.Grade;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolFacts;
import org.emisworkbench.model.Topic;

/** Loads a census year's current returns into memory for rules and indicators. */
public final class CensusLoader {
    private static final int CHUNK = 1000;
    private final Workspace workspace;
    private java.util.function.LongFunction<java.util.Set<String>> collectedByBatch;

    public CensusLoader(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The workspace's grade system, from its {@code grade} table. */
    public GradeSystem grades() {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT code, slot, level_code, official_age FROM grade ORDER BY slot"); ResultSet rs = ps.executeQuery()) {
            List<Grade> list = new ArrayList<>();
            while (rs.next()) {
                list.add(new Grade(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4)));
            }
            return new GradeSystem(list);
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotReadGrades", e.getMessage());
        }
    }

    /** Census years that have current returns, in order. */
    public List<Integer> years() {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT DISTINCT r.census_year FROM school_return r WHERE " + CurrentReturns.CURRENT
                        + " ORDER BY r.census_year");
             ResultSet rs = ps.executeQuery()) {
            List<Integer> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotRead", e.getMessage());
        }
    }

    /**
     * The current returns of {@code year}; {@code district} null for the whole country. A school's
     * attributes are those of its current return, with master-list values filling gaps.
     */
    public CensusYearData load(int year, String district) {
        Map<String, SchoolFacts> schools = new LinkedHashMap<>();
        try (Connection c = workspace.connect()) {
            readSchools(c, year, district, schools);
            loadFacts(c, year, schools);
            return new CensusYearData(year, grades(), schools);
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotRead", e.getMessage());
        }
    }

    /**
     * The year's stored rows, read in key ranges on as many connections as there are cores: reading a
     * national census is most of a validation run's start, and the store answers ranges of its primary
     * key side by side. Rows are added to their schools in key order, as a single scan would.
     */
    private void loadFacts(Connection c, int year, Map<String, SchoolFacts> schools) throws SQLException {
        long lo;
        long hi;
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(id), MAX(id) FROM fact_row");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            lo = rs.getLong(1);
            hi = rs.getLong(2);
        }
        int parts = (int) Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), (hi - lo) / 100_000));
        long step = (hi - lo) / parts + 1;
        List<java.util.concurrent.CompletableFuture<List<Pending>>> reads = new ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(parts, r -> {
            Thread t = new Thread(r, "census-loader");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < parts; i++) {
                long from = lo + i * step;
                long to = Math.min(hi, from + step - 1);
                reads.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> readRange(year, from, to, schools),
                        pool));
            }
            for (var read : reads) {
                for (Pending p : read.join()) {
                    p.school().add(p.row());
                }
            }
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof WorkspaceException w) {
                throw w;
            }
            throw e;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A row read for a school, added once every range is in. */
    private record Pending(SchoolFacts school, FactValues row) {
    }

    private List<Pending> readRange(int year, long from, long to, Map<String, SchoolFacts> schools) {
        List<Pending> out = new ArrayList<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT f.school_code, f.topic, f.sex, f.age_group, f.vals, f.sources, f.sources_ref FROM fact_row f"
                        + " WHERE f.id BETWEEN ? AND ? AND f.census_year = ? AND " + FactCodec.VISIBLE
                        + " ORDER BY f.id")) {
            ps.setLong(1, from);
            ps.setLong(2, to);
            ps.setInt(3, year);
            ps.setFetchSize(5000);
            Map<String, AgeGroup> ages = new java.util.HashMap<>();
            SourceTexts texts = new SourceTexts(c);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    SchoolFacts school = schools.get(rs.getString(1));
                    if (school != null) { // else another district
                        for (FactValues row : rows(rs, ages, texts)) {
                            out.add(new Pending(school, row));
                        }
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotRead", e.getMessage());
        }
    }

    /**
     * A school's attributes: those of its current return, with master-list values filling gaps. Its figures are
     * read apart, by their own rows ({@link CurrentReturns}): some may be of an earlier return of the school.
     */
    private static final String SCHOOLS = "SELECT r.school_code, COALESCE(r.school_name, s.name),"
            + " COALESCE(r.district_code, s.district_code), COALESCE(r.ownership, s.ownership),"
            + " COALESCE(r.locality, s.locality), COALESCE(r.school_level, s.school_level), r.batch_id,"
            + " COALESCE(r.gender, s.gender)"
            + " FROM school_return r LEFT JOIN school s ON s.code = r.school_code"
            + " WHERE r.census_year = ? AND " + CurrentReturns.CURRENT;

    private SchoolFacts school(ResultSet rs) throws SQLException {
        Map<SchoolAttribute, String> attrs = new EnumMap<>(SchoolAttribute.class);
        put(attrs, SchoolAttribute.CODE, rs.getString(1));
        put(attrs, SchoolAttribute.NAME, rs.getString(2));
        put(attrs, SchoolAttribute.DISTRICT, rs.getString(3));
        put(attrs, SchoolAttribute.OWNERSHIP, rs.getString(4));
        put(attrs, SchoolAttribute.LOCALITY, rs.getString(5));
        put(attrs, SchoolAttribute.LEVEL, rs.getString(6));
        put(attrs, SchoolAttribute.GENDER, rs.getString(8));
        SchoolFacts facts = new SchoolFacts(rs.getString(1), attrs);
        if (collectedByBatch != null) {
            facts.collected(collectedByBatch.apply(rs.getLong(7)));
        }
        return facts;
    }

    /**
     * Has each return loaded from now on say which fields its template collects: {@code byBatch} gives them for an
     * import batch (null: every field, as when the template is not known). Null: not said (every field).
     */
    public CensusLoader collectedBy(java.util.function.LongFunction<java.util.Set<String>> byBatch) {
        this.collectedByBatch = byBatch;
        return this;
    }

    private void readSchools(Connection c, int year, String district, Map<String, SchoolFacts> schools)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SCHOOLS
                + " AND (? IS NULL OR UPPER(COALESCE(r.district_code, s.district_code)) = UPPER(?))")) {
            ps.setInt(1, year);
            ps.setString(2, district);
            ps.setString(3, district);
            // Sorted here, not by the store: a national census is more rows than it sorts in memory.
            List<SchoolFacts> read = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    read.add(school(rs));
                }
            }
            read.sort(java.util.Comparator.comparing(SchoolFacts::code));
            for (SchoolFacts f : read) {
                schools.put(f.code(), f);
            }
        }
    }

    /**
     * Stored figure rows per stored return, over every year and batch (kept or not): a measure of how
     * much a return weighs in memory, from two row counts H2 keeps without reading the tables.
     */
    public double factRowsPerReturn() {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT (SELECT COUNT(*) FROM fact_row), (SELECT COUNT(*) FROM school_return)");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            long returns = rs.getLong(2);
            return returns == 0 ? 0 : (double) rs.getLong(1) / returns;
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotRead", e.getMessage());
        }
    }

    /**
     * The codes of the schools with a current return in {@code year}, by district exactly as stored
     * (a school with no district under ""), each list in code order: what a run that works one district
     * at a time needs to know of the whole country, without its figures.
     */
    public Map<String, List<String>> codesByDistrict(int year) {
        Map<String, List<String>> out = new java.util.TreeMap<>();
        Map<String, String> districts = new java.util.HashMap<>(); // one String per district, not per school
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement("SELECT r.school_code,"
                + " COALESCE(r.district_code, s.district_code) FROM school_return r LEFT JOIN school s"
                + " ON s.code = r.school_code WHERE r.census_year = ? AND " + CurrentReturns.CURRENT)) {
            ps.setInt(1, year);
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String d = rs.getString(2);
                    d = districts.computeIfAbsent(d == null ? "" : d, k -> k);
                    out.computeIfAbsent(d, k -> new ArrayList<>()).add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotRead", e.getMessage());
        }
        for (List<String> codes : out.values()) {
            codes.sort(null);
        }
        return out;
    }

    /**
     * The current returns of {@code year} of the schools {@code codes} (codes without a return are left
     * out), as {@link #load(int, String)} gives them: the same attributes, rows in stored order, schools
     * in code order. Read through the key ranges of their returns, so a district costs its own rows, not
     * a scan of the year.
     */
    public CensusYearData loadSchools(int year, java.util.Collection<String> codes) {
        return loadSchools(year, codes, null);
    }

    /**
     * As {@link #loadSchools(int, java.util.Collection)}, with only the rows of {@code topics} (null: all):
     * a pass that reads one topic of every school need not decode the others.
     */
    public CensusYearData loadSchools(int year, java.util.Collection<String> codes, java.util.Set<Topic> topics) {
        String onlyTopics = topics == null ? "" : topics.isEmpty() ? " AND 1 = 0" : " AND f.topic IN ("
                + String.join(", ", topics.stream().map(t -> "'" + t.code() + "'").sorted().toList()) + ")";
        List<String> sorted = new ArrayList<>(new java.util.TreeSet<>(codes));
        Map<String, SchoolFacts> schools = new LinkedHashMap<>();
        Map<String, AgeGroup> ages = new java.util.HashMap<>();
        try (Connection c = workspace.connect()) {
            boolean postgres = Sql.postgres(c);
            SourceTexts texts = new SourceTexts(c);
            for (int i = 0; i < sorted.size(); i += CHUNK) {
                List<String> chunk = sorted.subList(i, Math.min(sorted.size(), i + CHUNK));
                String in = Sql.placeholders(chunk.size());
                List<SchoolFacts> read = new ArrayList<>();
                // Found through the school index: H2 would otherwise pick the batch index and read every return
                // of the year for each chunk, a cost that grows with the square of the country. The hint is
                // H2's own; PostgreSQL's planner takes no hints and needs none here.
                String query = postgres ? SCHOOLS : SCHOOLS.replace("FROM school_return r ",
                        "FROM school_return r USE INDEX (ix_return_school) ");
                try (PreparedStatement ps = c.prepareStatement(query + " AND r.school_code IN (" + in + ")")) {
                    ps.setInt(1, year);
                    for (int k = 0; k < chunk.size(); k++) {
                        ps.setString(k + 2, chunk.get(k));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            read.add(school(rs));
                        }
                    }
                }
                read.sort(java.util.Comparator.comparing(SchoolFacts::code));
                read.forEach(f -> schools.put(f.code(), f));
                try (PreparedStatement ps = c.prepareStatement("SELECT r.school_code, f.topic, f.sex, f.age_group,"
                        + " f.vals, f.sources, f.sources_ref FROM school_return r JOIN fact_row f ON " + FactKeys.JOIN
                        + " WHERE r.census_year = ? AND " + FactCodec.VISIBLE + " AND r.school_code IN (" + in + ")"
                        + onlyTopics + " ORDER BY f.id")) {
                    ps.setInt(1, year);
                    for (int k = 0; k < chunk.size(); k++) {
                        ps.setString(k + 2, chunk.get(k));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            SchoolFacts school = schools.get(rs.getString(1));
                            if (school != null) {
                                rows(rs, ages, texts).forEach(school::add);
                            }
                        }
                    }
                }
            }
            return new CensusYearData(year, grades(), schools);
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotRead", e.getMessage());
        }
    }

    /**
     * Hands the current returns of {@code year} to {@code each}, one school at a time with all its rows,
     * without keeping them: a national census with age grids does not fit in a small heap as a whole
     * {@link CensusYearData}, but callers that summarise school by school (indicators) need only one
     * school's rows at a time. Schools come in code order.
     */
    public void forEachSchool(int year, Consumer<SchoolFacts> each) {
        forEachSchool(year, null, each);
    }

    /** The same for the schools of one district ({@code district} null: every school), any case. */
    public void forEachSchool(int year, String district, Consumer<SchoolFacts> each) {
        Map<String, SchoolFacts> schools = new LinkedHashMap<>();
        try (Connection c = workspace.connect()) {
            readSchools(c, year, district, schools);
            List<String> codes = new ArrayList<>(schools.keySet());
            Map<String, AgeGroup> ages = new java.util.HashMap<>();
            SourceTexts texts = new SourceTexts(c);
            // A chunk of schools at a time, each with all its rows (also rows kept from an earlier return
            // of the year that a later file did not replace), found through the fact keys of its returns.
            for (int i = 0; i < codes.size(); i += CHUNK) {
                List<String> chunk = codes.subList(i, Math.min(codes.size(), i + CHUNK));
                try (PreparedStatement ps = c.prepareStatement("SELECT r.school_code, f.topic, f.sex, f.age_group,"
                        + " f.vals, f.sources, f.sources_ref FROM school_return r JOIN fact_row f ON " + FactKeys.JOIN
                        + " WHERE r.census_year = ? AND " + FactCodec.VISIBLE + " AND r.school_code IN ("
                        + Sql.placeholders(chunk.size()) + ")")) {
                    ps.setInt(1, year);
                    for (int k = 0; k < chunk.size(); k++) {
                        ps.setString(k + 2, chunk.get(k));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows(rs, ages, texts).forEach(schools.get(rs.getString(1))::add);
                        }
                    }
                }
                for (String code : chunk) {
                    // Removing the entry lets the school be collected once handed over.
                    each.accept(schools.remove(code));
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotRead", e.getMessage());
        }
    }

    /** A stored row as counts: one row, or two when it holds girls and boys. */
    private static List<FactValues> rows(ResultSet rs, Map<String, AgeGroup> ages, SourceTexts texts)
            throws SQLException {
        // The sources only tell which empty slots had a cell that could not be read (FactValues.unreadable).
        String sources = texts.of(rs.getString(6), rs.getInt(7), rs.wasNull());
        return FactCodec.Stored.of(rs.getString(3), rs.getArray(5), sources).values(Topic.fromCode(rs.getString(2)),
                ages.computeIfAbsent(rs.getString(4), AgeGroup::new));
    }

    private static void put(Map<SchoolAttribute, String> attrs, SchoolAttribute a, String v) {
        if (v != null) {
            attrs.put(a, v);
        }
    }
}
