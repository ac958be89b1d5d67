package org.emisworkbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed mid-import can leave H2 holding an uncommitted stored row whose undo entry was lost: a figure's
 * row outlives the return it belongs to (a full test run's crash test found one such fact_row and nothing else).
 * Opening the workspace removes it with the unfinished batch, and a row of no return at all, whose keys the next
 * import's first return would take; the complete import's rows stay.
 */
class RowsOfNoReturnTest {
    @TempDir
    Path dir;

    @Test
    void rowsThatOutlivedTheirReturnGoWhenTheWorkspaceOpens() throws Exception {
        Path file = dir.resolve("w.mv.db");
        try (Workspace ws = Workspace.open(file);
             Connection c = ws.connect()) {
            c.setAutoCommit(true);
            long complete = batch(c, "COMPLETE", "a");
            returnRow(c, 1, complete, "S1");
            fact(c, FactKeys.first(1), complete, "S1");
            fact(c, FactKeys.first(1) + 1, complete, "S1");
            long cut = batch(c, "LOADING", "b");
            returnRow(c, 2, cut, "S2");
            fact(c, FactKeys.first(2), cut, "S2");
            // The cut file's third school: its rows stayed, its return did not (nor did the second's).
            fact(c, FactKeys.first(4), cut, "S4");
            fact(c, FactKeys.first(4) + 3, cut, "S4");
            // A row of a batch no longer recorded, past every return.
            fact(c, FactKeys.first(9), 999, "S9");
        }
        try (Workspace ws = Workspace.open(file);
             Connection c = ws.connect()) {
            assertEquals(List.of(FactKeys.first(1), FactKeys.first(1) + 1),
                    List.copyOf(Sql.longs(c, "SELECT id FROM fact_row")), "the complete import's rows only");
            assertEquals(List.of(1L), List.copyOf(Sql.longs(c, "SELECT id FROM school_return")));
            assertEquals(1L, Sql.count(c, "SELECT COUNT(*) FROM import_batch"));
        }
    }

    @Test
    void aBatchWhoseReturnsWereAllLostTakesItsRowsWithIt() throws Exception {
        Path file = dir.resolve("w2.mv.db");
        try (Workspace ws = Workspace.open(file);
             Connection c = ws.connect()) {
            c.setAutoCommit(true);
            long complete = batch(c, "COMPLETE", "a");
            returnRow(c, 1, complete, "S1");
            fact(c, FactKeys.first(1), complete, "S1");
            long cut = batch(c, "LOADING", "b");
            fact(c, FactKeys.first(2), cut, "S2");
            // A later complete import (the cut one could not be removed earlier: the disk was full).
            long later = batch(c, "COMPLETE", "c");
            returnRow(c, 3, later, "S3");
            fact(c, FactKeys.first(3), later, "S3");
        }
        try (Workspace ws = Workspace.open(file);
             Connection c = ws.connect()) {
            assertEquals(List.of(FactKeys.first(1), FactKeys.first(3)),
                    List.copyOf(Sql.longs(c, "SELECT id FROM fact_row")), "both complete imports' rows, none of the cut one");
            assertEquals(2L, Sql.count(c, "SELECT COUNT(*) FROM import_batch"));
        }
    }

    private static long batch(Connection c, String status, String hash) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_batch (status, file_name, file_hash,"
                + " file_size, template_id, template_version, layout, file_role, census_year, imported_at,"
                + " schools_added, schools_replaced, values_stored, rows_skipped, problem_count)"
                + " VALUES (?, 'D01-2025.xlsx', ?, 10, 'wide', 1, 'WIDE', 'RETURN', 2025, ?, 0, 0, 0, 0, 0)",
                new String[] {"ID"})) {
            ps.setString(1, status);
            ps.setString(2, hash.repeat(64));
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
            ps.executeUpdate();
            try (var keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void returnRow(Connection c, long id, long batch, String school) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO school_return (id, batch_id, school_code,"
                + " census_year, is_current) VALUES (?, ?, ?, 2025, TRUE)")) {
            ps.setLong(1, id);
            ps.setLong(2, batch);
            ps.setString(3, school);
            ps.executeUpdate();
        }
    }

    private static void fact(Connection c, long id, long batch, String school) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO fact_row (id, batch_id, school_code, census_year,"
                + " topic, sex, age_group, is_current, vals) VALUES (?, ?, ?, 2025, 'ENR', 'F', 'ALL', TRUE, ?)")) {
            ps.setLong(1, id);
            ps.setLong(2, batch);
            ps.setString(3, school);
            ps.setArray(4, c.createArrayOf("INTEGER", new Integer[] {5}));
            ps.executeUpdate();
        }
    }
}
