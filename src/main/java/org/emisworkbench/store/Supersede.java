package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.model.Topic;

/**
 * A corrected return replaces what an earlier one said for the same school and year, topic by topic,
 * so that a return split over two files keeps both halves. Earlier rows stay as history.
 */
final class Supersede {
    private Supersede() {
    }

    static void earlierReturns(Connection c, long batchId, Integer year, Map<String, EnumSet<Topic>> topics,
                               Set<String> replacedSchools) throws SQLException {
        if (year == null || replacedSchools.isEmpty()) {
            return;
        }
        try (PreparedStatement olds = c.prepareStatement("SELECT id FROM school_return WHERE school_code = ?"
                + " AND census_year = ? AND batch_id <> ?");
             PreparedStatement ret = c.prepareStatement("UPDATE school_return SET is_current = FALSE"
                + " WHERE school_code = ? AND census_year = ? AND batch_id <> ? AND is_current = TRUE");
             PreparedStatement fact = c.prepareStatement("UPDATE fact_row SET is_current = FALSE"
                     + " WHERE id BETWEEN ? AND ? AND topic = ? AND is_current = TRUE");
             PreparedStatement prob = c.prepareStatement("UPDATE import_problem SET is_current = FALSE"
                     + " WHERE school_code = ? AND census_year = ? AND batch_id <> ? AND is_current = TRUE"
                     + " AND (field_name IS NULL OR field_name LIKE ? OR field_name LIKE ?)")) {
            for (String school : replacedSchools) {
                olds.setString(1, school);
                olds.setInt(2, year);
                olds.setLong(3, batchId);
                List<Long> earlier = new ArrayList<>();
                try (ResultSet rs = olds.executeQuery()) {
                    while (rs.next()) {
                        earlier.add(rs.getLong(1));
                    }
                }
                // Topic by topic: a file that brings only teachers leaves the earlier pupils current.
                for (Topic t : topics.getOrDefault(school, EnumSet.noneOf(Topic.class))) {
                    for (long id : earlier) {
                        fact.setLong(1, FactKeys.first(id));
                        fact.setLong(2, FactKeys.last(id));
                        fact.setString(3, t.code());
                        fact.addBatch();
                    }
                    prob.setString(1, school);
                    prob.setInt(2, year);
                    prob.setLong(3, batchId);
                    prob.setString(4, t.code());
                    prob.setString(5, t.code() + "%");
                    prob.addBatch();
                }
                ret.setString(1, school);
                ret.setInt(2, year);
                ret.setLong(3, batchId);
                ret.addBatch();
                prob.setString(1, school);
                prob.setInt(2, year);
                prob.setLong(3, batchId);
                prob.setString(4, "school.%");
                prob.setString(5, "school.%");
                prob.addBatch();
            }
            fact.executeBatch();
            prob.executeBatch();
            ret.executeBatch();
        }
        // Problems of earlier files that no longer hold any current return (e.g. a blank key) go too.
        try (PreparedStatement ps = c.prepareStatement("UPDATE import_problem SET is_current = FALSE"
                + " WHERE is_current = TRUE AND school_code IS NULL AND census_year = ? AND batch_id <> ?"
                + " AND NOT EXISTS (SELECT 1 FROM school_return r WHERE r.batch_id = import_problem.batch_id"
                + " AND r.is_current = TRUE)")) {
            ps.setInt(1, year);
            ps.setLong(2, batchId);
            ps.executeUpdate();
        }
    }

    static void population(Connection c, long batchId, Set<String> areaYears) throws SQLException {
        if (areaYears.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE population SET is_current = FALSE"
                + " WHERE area_code = ? AND census_year = ? AND batch_id <> ? AND is_current = TRUE")) {
            for (String key : areaYears) {
                int bar = key.lastIndexOf('|');
                ps.setString(1, key.substring(0, bar));
                ps.setInt(2, Integer.parseInt(key.substring(bar + 1)));
                ps.setLong(3, batchId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * How many of these schools have a current return of the year, from another file, that holds figures: what a
     * file reading none would replace.
     */
    static int withFigures(Connection c, long batchId, int year, Set<String> schools) throws SQLException {
        int count = 0;
        try (PreparedStatement olds = c.prepareStatement("SELECT id FROM school_return WHERE school_code = ?"
                + " AND census_year = ? AND batch_id <> ? AND is_current = TRUE");
             PreparedStatement facts = c.prepareStatement("SELECT 1 FROM fact_row WHERE id BETWEEN ? AND ?"
                     + " AND is_current = TRUE LIMIT 1")) {
            for (String school : schools) {
                olds.setString(1, school);
                olds.setInt(2, year);
                olds.setLong(3, batchId);
                boolean figures = false;
                try (ResultSet rs = olds.executeQuery()) {
                    while (rs.next() && !figures) {
                        facts.setLong(1, FactKeys.first(rs.getLong(1)));
                        facts.setLong(2, FactKeys.last(rs.getLong(1)));
                        try (ResultSet f = facts.executeQuery()) {
                            figures = f.next();
                        }
                    }
                }
                count += figures ? 1 : 0;
            }
        }
        return count;
    }
}
