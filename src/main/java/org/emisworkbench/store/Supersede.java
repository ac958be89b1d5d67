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
        // Only returns of complete imports are earlier ones: a district package writes its files in one transaction
        // and completes them in order, so the second half of a split return, not yet complete, must not be set aside
        // by the first half.
        try (PreparedStatement olds = c.prepareStatement("SELECT id FROM school_return WHERE school_code = ?"
                + " AND census_year = ? AND batch_id <> ? AND batch_id IN " + Sql.COMPLETE_BATCHES);
             PreparedStatement ret = c.prepareStatement("UPDATE school_return SET is_current = FALSE"
                + " WHERE school_code = ? AND census_year = ? AND batch_id <> ? AND is_current = TRUE"
                + " AND batch_id IN " + Sql.COMPLETE_BATCHES);
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
    /**
     * The rows of a school's year that count now, for a withdrawal (decision 0069): the rows a corrected return of
     * every topic would set aside on re-import ({@link #earlierReturns}), found the same way: the returns of the
     * school and year of complete imports, their fact rows by key range, and the year's import problems of the
     * school. A return counts while it is current or still holds current fact rows (another file replaced some of
     * its topics only); {@code returns} are those, {@code flagged} those of them marked current.
     */
    record CurrentRows(List<Long> returns, List<Long> flagged, List<Long> facts, List<Long> problems) {
        boolean isEmpty() {
            return returns.isEmpty() && facts.isEmpty();
        }
    }

    static CurrentRows currentRows(Connection c, String school, int year) throws SQLException {
        List<Long> returns = new ArrayList<>();
        List<Long> flagged = new ArrayList<>();
        List<Long> facts = new ArrayList<>();
        try (PreparedStatement olds = c.prepareStatement("SELECT r.id, r.is_current FROM school_return r"
                + " WHERE r.school_code = ? AND r.census_year = ? AND r.batch_id IN " + Sql.COMPLETE_BATCHES
                + " ORDER BY r.id");
             PreparedStatement fact = c.prepareStatement("SELECT id FROM fact_row WHERE id BETWEEN ? AND ?"
                     + " AND is_current = TRUE ORDER BY id")) {
            olds.setString(1, school);
            olds.setInt(2, year);
            try (ResultSet rs = olds.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    List<Long> own = new ArrayList<>();
                    fact.setLong(1, FactKeys.first(id));
                    fact.setLong(2, FactKeys.last(id));
                    try (ResultSet f = fact.executeQuery()) {
                        while (f.next()) {
                            own.add(f.getLong(1));
                        }
                    }
                    if (rs.getBoolean(2)) {
                        flagged.add(id);
                    }
                    if (rs.getBoolean(2) || !own.isEmpty()) {
                        returns.add(id);
                        facts.addAll(own);
                    }
                }
            }
        }
        List<Long> problems = new ArrayList<>(Sql.longs(c, "SELECT id FROM import_problem WHERE school_code = ?"
                + " AND census_year = ? AND is_current = TRUE", school, year));
        return new CurrentRows(returns, flagged, facts, problems);
    }

    /** Sets {@code is_current} of these rows of {@code table} (school_return, fact_row or import_problem). */
    static void setCurrent(Connection c, String table, List<Long> ids, boolean current) throws SQLException {
        if (!java.util.Set.of("school_return", "fact_row", "import_problem").contains(table)) {
            throw new IllegalArgumentException(table);
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET is_current = ? WHERE id = ?")) {
            for (long id : ids) {
                ps.setBoolean(1, current);
                ps.setLong(2, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
