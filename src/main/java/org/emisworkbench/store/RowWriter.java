package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.PopulationRecord;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolRecord;

/**
 * The writer thread of a {@link BatchWriter}: takes records from a bounded queue and stores them with
 * batched prepared statements, so the reader never waits on the database unless the queue is full.
 */
final class RowWriter {
    private static final Object END = new Object();
    private static final int BATCH = 2000;

    record ReturnRow(long id, SchoolRecord school, boolean known) {
    }

    record FactRow(long id, FactRecord facts) {
    }

    record MasterRow(SchoolRecord school, boolean known) {
    }

    private final Connection connection;
    private final long batchId;
    private final Integer year;
    private final boolean masterList;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8192);
    private final List<Pending> statements = new ArrayList<>();
    private final Pending returns;
    private final Pending schoolInsert;
    private final Pending schoolFill;
    private final Pending schoolOverwrite;
    private final Pending master;
    private final Pending facts;
    private final Pending population;
    private final Pending problems;
    private final Thread thread;
    private volatile Throwable failure;
    private boolean masterCleared;
    private final java.util.Set<String> areasSeen = new java.util.HashSet<>();

    RowWriter(Connection connection, long batchId, Integer year, boolean masterList) throws SQLException {
        this.connection = connection;
        this.batchId = batchId;
        this.year = year;
        this.masterList = masterList;
        returns = prepare("INSERT INTO school_return (batch_id, school_code, census_year, is_current, school_name,"
                + " district_code, ownership, locality, school_level, sheet_name, row_no, key_cell, id)"
                + " VALUES (?, ?, ?, TRUE, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        schoolInsert = prepare("INSERT INTO school (code, name, district_code, ownership, locality, school_level,"
                + " latitude, longitude, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        schoolFill = prepare("UPDATE school SET name = COALESCE(name, ?), district_code = COALESCE(district_code, ?),"
                + " ownership = COALESCE(ownership, ?), locality = COALESCE(locality, ?),"
                + " school_level = COALESCE(school_level, ?), latitude = COALESCE(latitude, ?),"
                + " longitude = COALESCE(longitude, ?), status = COALESCE(status, ?) WHERE code = ?");
        schoolOverwrite = prepare("UPDATE school SET name = COALESCE(?, name), district_code = COALESCE(?, district_code),"
                + " ownership = COALESCE(?, ownership), locality = COALESCE(?, locality),"
                + " school_level = COALESCE(?, school_level), latitude = COALESCE(?, latitude),"
                + " longitude = COALESCE(?, longitude), status = COALESCE(?, status) WHERE code = ?");
        master = prepare("INSERT INTO master_school (school_code, batch_id, sheet_name, row_no, key_cell)"
                + " VALUES (?, ?, ?, ?, ?)");
        facts = prepare("INSERT INTO fact_row (id, batch_id, school_code, census_year, topic, sex, age_group,"
                + " is_current, sheet_name, row_no, sources, vals) VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?, ?)");
        population = prepare("INSERT INTO population (batch_id, area_code, census_year, age, sex, persons,"
                + " is_current, sheet_name, cell_ref) VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, ?)");
        problems = prepare("INSERT INTO import_problem (batch_id, census_year, kind, school_code, sheet_name,"
                + " cell_ref, field_name, raw_text, detail, is_current) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE)");
        thread = new Thread(this::drain, "emis-batch-writer-" + batchId);
        thread.setDaemon(true);
        thread.start();
    }

    private Pending prepare(String sql) throws SQLException {
        Pending p = new Pending(connection.prepareStatement(sql));
        statements.add(p);
        return p;
    }

    void submit(Object row) {
        rethrow();
        try {
            queue.put(row);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new org.emisworkbench.model.CancelledException();
        }
    }

    /** Waits until every submitted row is written; throws if writing failed. */
    void finish() {
        submit(END);
        join();
        rethrow();
        for (Pending p : statements) {
            p.close();
        }
    }

    void abort() {
        if (thread.isAlive()) {
            failure = failure == null ? new IllegalStateException("aborted") : failure;
            queue.clear();
            queue.offer(END);
            join();
        }
        for (Pending p : statements) {
            p.close();
        }
    }

    private void join() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrow() {
        Throwable f = failure;
        if (f instanceof SQLException e) {
            throw new WorkspaceException("Cannot store the file: " + e.getMessage(), e);
        }
        if (f instanceof RuntimeException e && !(f.getMessage() != null && f.getMessage().equals("aborted"))) {
            throw e;
        }
    }

    private void drain() {
        try {
            for (Object row = queue.take(); row != END; row = queue.take()) {
                if (failure == null) {
                    write(row);
                }
            }
            if (failure == null) {
                for (Pending p : statements) {
                    p.flush();
                }
            }
        } catch (InterruptedException e) {
            failure = e;
        } catch (SQLException | RuntimeException e) {
            failure = e;
            drainQuietly();
        }
    }

    private void drainQuietly() {
        try {
            for (Object row = queue.take(); row != END; row = queue.take()) {
                // the producer learns of the failure at its next submit
            }
        } catch (InterruptedException ignored) {
            Thread.currentThread().interrupt();
        }
    }

    private void write(Object row) throws SQLException {
        if (row instanceof FactRow f) {
            writeFacts(f.id(), f.facts());
        } else if (row instanceof ReturnRow r) {
            writeReturn(r.id(), r.school());
            writeSchool(r.school(), r.known() ? schoolFill : schoolInsert, r.known());
        } else if (row instanceof MasterRow m) {
            writeMaster(m);
        } else if (row instanceof PopulationRecord p) {
            writePopulation(p);
        } else if (row instanceof ImportProblem p) {
            writeProblem(p);
        }
    }

    private void writeFacts(long id, FactRecord f) throws SQLException {
        PreparedStatement ps = facts.statement;
        ps.setLong(1, id);
        ps.setLong(2, batchId);
        ps.setString(3, f.schoolCode());
        ps.setInt(4, year);
        ps.setString(5, f.topic().code());
        ps.setString(6, f.sex() == null ? null : f.sex().code());
        ps.setString(7, f.age().code());
        ps.setString(8, f.sheet());
        ps.setInt(9, f.row() < 0 ? -1 : f.row() + 1);
        ps.setString(10, Sql.clip(Sources.join(f.sources()), 2000));
        int[] v = f.values();
        Integer[] boxed = new Integer[v.length];
        for (int i = 0; i < v.length; i++) {
            boxed[i] = v[i] == FactRecord.MISSING ? null : v[i];
        }
        ps.setArray(11, connection.createArrayOf("INTEGER", boxed));
        facts.added();
    }

    private void writeReturn(long id, SchoolRecord s) throws SQLException {
        PreparedStatement ps = returns.statement;
        ps.setLong(1, batchId);
        ps.setString(2, s.code());
        ps.setInt(3, year);
        ps.setString(4, Sql.clip(s.get(SchoolAttribute.NAME), 300));
        ps.setString(5, Sql.clip(s.get(SchoolAttribute.DISTRICT), 40));
        ps.setString(6, Sql.clip(s.get(SchoolAttribute.OWNERSHIP), 40));
        ps.setString(7, Sql.clip(s.get(SchoolAttribute.LOCALITY), 20));
        ps.setString(8, Sql.clip(s.get(SchoolAttribute.LEVEL), 40));
        ps.setString(9, s.sheet());
        ps.setInt(10, s.row() + 1);
        ps.setString(11, s.keyCell());
        ps.setLong(12, id);
        returns.added();
    }

    private void writeSchool(SchoolRecord s, Pending target, boolean update) throws SQLException {
        PreparedStatement ps = target.statement;
        int i = update ? 1 : 2;
        if (!update) {
            ps.setString(1, s.code());
        }
        ps.setString(i, Sql.clip(s.get(SchoolAttribute.NAME), 300));
        ps.setString(i + 1, Sql.clip(s.get(SchoolAttribute.DISTRICT), 40));
        ps.setString(i + 2, Sql.clip(s.get(SchoolAttribute.OWNERSHIP), 40));
        ps.setString(i + 3, Sql.clip(s.get(SchoolAttribute.LOCALITY), 20));
        ps.setString(i + 4, Sql.clip(s.get(SchoolAttribute.LEVEL), 40));
        setDouble(ps, i + 5, s.get(SchoolAttribute.LATITUDE));
        setDouble(ps, i + 6, s.get(SchoolAttribute.LONGITUDE));
        ps.setString(i + 7, Sql.clip(s.get(SchoolAttribute.STATUS), 20));
        if (update) {
            ps.setString(9, s.code());
        }
        target.added();
    }

    private void writeMaster(MasterRow m) throws SQLException {
        if (!masterCleared) {
            // A master list replaces the previous one whole: schools dropped from it are no longer expected.
            try (var st = connection.createStatement()) {
                st.executeUpdate("DELETE FROM master_school");
            }
            masterCleared = true;
        }
        writeSchool(m.school(), m.known() ? schoolOverwrite : schoolInsert, m.known());
        writeAreas(m.school());
        PreparedStatement ps = master.statement;
        ps.setString(1, m.school().code());
        ps.setLong(2, batchId);
        ps.setString(3, m.school().sheet());
        ps.setInt(4, m.school().row() + 1);
        ps.setString(5, m.school().keyCell());
        master.added();
    }

    /** The master list names regions and districts: they become admin areas (code, name, parent). */
    private void writeAreas(SchoolRecord s) throws SQLException {
        String region = s.get(SchoolAttribute.REGION);
        String district = s.get(SchoolAttribute.DISTRICT);
        if (region != null && areasSeen.add(region)) {
            upsertArea(region, null, "region", null);
        }
        if (district != null && areasSeen.add(district)) {
            String name = s.get(SchoolAttribute.DISTRICT_NAME);
            upsertArea(district, name, "district", region);
            if (name != null) {
                // Returns imported before the master list named the district: give them its code now.
                try (PreparedStatement ps = connection.prepareStatement("UPDATE school_return SET district_code = ?"
                        + " WHERE UPPER(district_code) = UPPER(?)")) {
                    ps.setString(1, Sql.clip(district, 40));
                    ps.setString(2, Sql.clip(name, 40));
                    ps.executeUpdate();
                }
            }
        }
    }

    private void upsertArea(String code, String name, String level, String parent) throws SQLException {
        try (PreparedStatement up = connection.prepareStatement("UPDATE admin_area SET name = COALESCE(?, name),"
                + " parent_code = COALESCE(?, parent_code), area_level = ? WHERE code = ?")) {
            up.setString(1, Sql.clip(name, 200));
            up.setString(2, Sql.clip(parent, 40));
            up.setString(3, level);
            up.setString(4, Sql.clip(code, 40));
            if (up.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement ins = connection.prepareStatement("INSERT INTO admin_area (code, name, area_level,"
                + " parent_code) VALUES (?, ?, ?, ?)")) {
            ins.setString(1, Sql.clip(code, 40));
            ins.setString(2, Sql.clip(name, 200));
            ins.setString(3, level);
            ins.setString(4, Sql.clip(parent, 40));
            ins.executeUpdate();
        }
    }

    private void writePopulation(PopulationRecord p) throws SQLException {
        PreparedStatement ps = population.statement;
        ps.setLong(1, batchId);
        ps.setString(2, p.areaCode());
        ps.setInt(3, p.censusYear());
        ps.setInt(4, p.age());
        ps.setString(5, p.sex().code());
        ps.setLong(6, p.count());
        ps.setString(7, p.sheet());
        ps.setString(8, p.cell());
        population.added();
    }

    private void writeProblem(ImportProblem p) throws SQLException {
        PreparedStatement ps = problems.statement;
        ps.setLong(1, batchId);
        Sql.setInteger(ps, 2, year);
        ps.setString(3, p.kind().name());
        ps.setString(4, p.schoolCode());
        ps.setString(5, Sql.clip(p.sheet(), 100));
        ps.setString(6, Sql.clip(p.cell(), 40));
        ps.setString(7, Sql.clip(p.field(), 100));
        ps.setString(8, Sql.clip(p.rawText(), 1000));
        ps.setString(9, Sql.clip(p.detail(), 1000));
        problems.added();
    }

    private static void setDouble(PreparedStatement ps, int index, String text) throws SQLException {
        Double d = null;
        if (text != null) {
            try {
                d = Double.valueOf(text.trim());
            } catch (NumberFormatException e) {
                d = null; // the interpreter reported the unreadable coordinate
            }
        }
        if (d == null) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, d);
        }
    }

    /** A prepared statement with its count of rows not yet sent. */
    private static final class Pending {
        final PreparedStatement statement;
        int pending;

        Pending(PreparedStatement statement) {
            this.statement = statement;
        }

        void added() throws SQLException {
            statement.addBatch();
            if (++pending >= BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }

        void close() {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // closing after a failure: the transaction is rolled back anyway
            }
        }
    }
}
