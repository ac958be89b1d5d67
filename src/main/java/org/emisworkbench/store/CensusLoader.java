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
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.FactValues;
import org.emisworkbench.model.Grade;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolFacts;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;

/** Loads a census year's current returns into memory for rules and indicators. */
public final class CensusLoader {
    private static final int CHUNK = 1000;
    private final Workspace workspace;

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
            throw new WorkspaceException("Cannot read the grade system: " + e.getMessage(), e);
        }
    }

    /** Census years that have current returns, in order. */
    public List<Integer> years() {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT DISTINCT census_year FROM school_return WHERE is_current = TRUE AND batch_id IN "
                        + Sql.COMPLETE_BATCHES + " ORDER BY census_year");
             ResultSet rs = ps.executeQuery()) {
            List<Integer> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read the workspace: " + e.getMessage(), e);
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
            throw new WorkspaceException("Cannot read the workspace: " + e.getMessage(), e);
        }
    }

    private static void loadFacts(Connection c, int year, Map<String, SchoolFacts> schools) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT school_code, topic, sex, age_group, vals"
                + " FROM fact_row WHERE census_year = ? AND is_current = TRUE AND batch_id IN "
                + Sql.COMPLETE_BATCHES)) {
            ps.setInt(1, year);
            ps.setFetchSize(5000);
            Map<String, AgeGroup> ages = new java.util.HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    SchoolFacts school = schools.get(rs.getString(1));
                    if (school != null) { // else another district
                        addRows(school, rs, ages);
                    }
                }
            }
        }
    }

    private static void readSchools(Connection c, int year, String district, Map<String, SchoolFacts> schools)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT r.school_code, COALESCE(r.school_name, s.name),"
                + " COALESCE(r.district_code, s.district_code), COALESCE(r.ownership, s.ownership),"
                + " COALESCE(r.locality, s.locality), COALESCE(r.school_level, s.school_level)"
                + " FROM school_return r LEFT JOIN school s ON s.code = r.school_code"
                + " WHERE r.census_year = ? AND r.is_current = TRUE AND r.batch_id IN " + Sql.COMPLETE_BATCHES
                + " AND (? IS NULL OR UPPER(COALESCE(r.district_code, s.district_code)) = UPPER(?))"
                + " ORDER BY r.school_code")) {
            ps.setInt(1, year);
            ps.setString(2, district);
            ps.setString(3, district);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<SchoolAttribute, String> attrs = new EnumMap<>(SchoolAttribute.class);
                    put(attrs, SchoolAttribute.CODE, rs.getString(1));
                    put(attrs, SchoolAttribute.NAME, rs.getString(2));
                    put(attrs, SchoolAttribute.DISTRICT, rs.getString(3));
                    put(attrs, SchoolAttribute.OWNERSHIP, rs.getString(4));
                    put(attrs, SchoolAttribute.LOCALITY, rs.getString(5));
                    put(attrs, SchoolAttribute.LEVEL, rs.getString(6));
                    schools.put(rs.getString(1), new SchoolFacts(rs.getString(1), attrs));
                }
            }
        }
    }

    /**
     * Hands the current returns of {@code year} to {@code each}, one school at a time with all its rows,
     * without keeping them: a national census with age grids does not fit in a small heap as a whole
     * {@link CensusYearData}, but callers that summarise school by school (indicators) need only one
     * school's rows at a time. Schools come in code order.
     */
    public void forEachSchool(int year, Consumer<SchoolFacts> each) {
        Map<String, SchoolFacts> schools = new LinkedHashMap<>();
        try (Connection c = workspace.connect()) {
            readSchools(c, year, null, schools);
            List<String> codes = new ArrayList<>(schools.keySet());
            Map<String, AgeGroup> ages = new java.util.HashMap<>();
            // A chunk of schools at a time, each with all its rows (also rows kept from an earlier return
            // of the year that a later file did not replace), found through the fact keys of its returns.
            for (int i = 0; i < codes.size(); i += CHUNK) {
                List<String> chunk = codes.subList(i, Math.min(codes.size(), i + CHUNK));
                try (PreparedStatement ps = c.prepareStatement("SELECT r.school_code, f.topic, f.sex, f.age_group,"
                        + " f.vals FROM school_return r JOIN fact_row f ON " + FactKeys.JOIN
                        + " WHERE r.census_year = ? AND f.is_current = TRUE AND f.batch_id IN " + Sql.COMPLETE_BATCHES
                        + " AND r.school_code IN ("
                        + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")")) {
                    ps.setInt(1, year);
                    for (int k = 0; k < chunk.size(); k++) {
                        ps.setString(k + 2, chunk.get(k));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            addRows(schools.get(rs.getString(1)), rs, ages);
                        }
                    }
                }
                for (String code : chunk) {
                    // Removing the entry lets the school be collected once handed over.
                    each.accept(schools.remove(code));
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read the workspace: " + e.getMessage(), e);
        }
    }

    /** Adds a stored row to a school: one row of counts, or two when it holds girls and boys. */
    private static void addRows(SchoolFacts school, ResultSet rs, Map<String, AgeGroup> ages) throws SQLException {
        Topic topic = Topic.fromCode(rs.getString(2));
        String sex = rs.getString(3);
        AgeGroup age = ages.computeIfAbsent(rs.getString(4), AgeGroup::new);
        java.sql.Array array = rs.getArray(5);
        if (FactKeys.BOTH.equals(sex)) {
            Object[] items = array == null ? new Object[0] : (Object[]) array.getArray();
            int n = items.length / 2;
            school.add(new FactValues(topic, Sex.F, age, values(java.util.Arrays.copyOfRange(items, 0, n))));
            school.add(new FactValues(topic, Sex.M, age, values(java.util.Arrays.copyOfRange(items, n, 2 * n))));
        } else {
            Object[] items = array == null ? new Object[0] : (Object[]) array.getArray();
            school.add(new FactValues(topic, sex == null ? null : Sex.valueOf(sex), age, values(items)));
        }
    }

    /** The slot values of a {@code vals} array, MISSING for NULL, padded to {@link Topic#MAX_SLOTS}. */
    static int[] values(Object[] items) {
        int[] values = new int[Topic.MAX_SLOTS];
        java.util.Arrays.fill(values, FactRecord.MISSING);
        for (int i = 0; i < items.length && i < values.length; i++) {
            if (items[i] != null) {
                values[i] = ((Number) items[i]).intValue();
            }
        }
        return values;
    }

    private static void put(Map<SchoolAttribute, String> attrs, SchoolAttribute a, String v) {
        if (v != null) {
            attrs.put(a, v);
        }
    }
}
