package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.emisworkbench.model.CancelledException;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.PopulationRecord;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolRecord;

/**
 * The writer thread of a {@link BatchWriter}: takes rows from a bounded queue, in chunks so the two
 * threads rarely meet, and stores them with batched prepared statements, committing every
 * {@link #COMMIT_EVERY} rows. The rows stay invisible until the batch is marked complete
 * (decision 0005), so these commits never expose half a file.
 */
final class RowWriter {
    private static final List<Object> END = List.of();
    private static final int BATCH = 2000;
    private static final int CHUNK = 512;
    /*
     * Small transactions: H2 rewrites every changed row again at commit, and that work grows faster
     * than the transaction. Measured on the national bench (50,000 schools): committing every 20,000
     * rows 4.0 s, every 5,000 3.3 s, every 2,000 or fewer 2.7 s.
     */
    static final int COMMIT_EVERY = 2_000;

    record ReturnRow(long id, SchoolRecord school) {
    }

    /** One stored row: one record, or girls' and boys' records of the same topic, age and row. */
    record FactRow(long id, FactRecord facts, FactRecord boys) {
    }

    /**
     * A figure taken back ({@link org.emisworkbench.model.CensusSink#withdraw}): slot {@code slot} of the stored row of
     * the return {@code returnId} with this topic, sex, age, sheet and row becomes missing (null), its source kept.
     */
    record Withdrawal(long returnId, String topic, String sex, String age, String sheet, int row, int slot) {
    }

    /** A school the workspace did not know yet. */
    record NewSchool(SchoolRecord school) {
    }

    private final Connection connection;
    private final String fileName;
    private final long batchId;
    private final Integer year;
    private final BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(64);
    private final List<Pending> statements = new ArrayList<>();
    private final Pending returns;
    private final Pending facts;
    private final Pending population;
    private final Pending problems;
    private final Pending schools;
    private final SourcePatterns patterns;
    private final Thread thread;
    private List<Object> buffer = new ArrayList<>(CHUNK);
    /** Collections that had left the heap full when this file began (HeapHeadroom). */
    private final long heapMark = HeapHeadroom.mark();
    private volatile Throwable failure;
    private int sinceCommit;

    RowWriter(Connection connection, long batchId, Integer year, String fileName) throws SQLException {
        this.fileName = fileName;
        this.connection = connection;
        this.batchId = batchId;
        this.year = year;
        // Returns are current from the start; queries keep to complete batches, so none is seen early.
        returns = prepare("INSERT INTO school_return (id, batch_id, school_code, census_year, is_current, school_name,"
                + " district_code, ownership, locality, school_level, sheet_name, row_no, key_cell, gender)"
                + " VALUES (?, ?, ?, ?, TRUE, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        facts = prepare("INSERT INTO fact_row (id, batch_id, school_code, census_year, topic, sex, age_group,"
                + " is_current, sheet_name, row_no, sources, sources_ref, vals)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?, ?, ?)");
        patterns = new SourcePatterns(connection, batchId, prepare(SourcePatterns.INSERT));
        population = prepare("INSERT INTO population (batch_id, area_code, census_year, age, sex, persons,"
                + " is_current, sheet_name, cell_ref) VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, ?)");
        problems = prepare("INSERT INTO import_problem (batch_id, census_year, kind, school_code, sheet_name,"
                + " cell_ref, field_name, raw_text, detail, is_current) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE)");
        schools = prepare(SchoolWrites.INSERT);
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
        buffer.add(row);
        if (buffer.size() >= CHUNK) {
            hand(buffer);
            buffer = new ArrayList<>(CHUNK);
        }
    }

    /**
     * Hands a chunk to the writer. Never waits on a writer that has stopped: the queue is offered to
     * with a short time-out and the writer's state checked in between, so a failure of the writer (even
     * an Error that ended its thread) reaches the reading thread at once instead of blocking it forever.
     * Memory about to run out ({@link HeapHeadroom}) fails the file here too.
     */
    private void hand(List<Object> chunk) {
        rethrow();
        if (HeapHeadroom.nearlyFullSince(heapMark)) {
            // Fail now rather than after minutes of the collector freeing a little each time.
            throw new HeapHeadroom.NearlyFull(fileName);
        }
        try {
            while (!queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                rethrow();
                if (!thread.isAlive()) {
                    throw new WorkspaceException(null, "workspace.writerFailed", fileName);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }

    /** Waits until every submitted row is written and committed; throws if writing failed. */
    void finish() {
        if (!buffer.isEmpty()) {
            hand(buffer);
            buffer = new ArrayList<>();
        }
        hand(END);
        join();
        rethrow();
        closeStatements();
    }

    /** Stops the thread without writing what is still queued. */
    void abort() {
        if (thread.isAlive()) {
            failure = failure == null ? new Aborted() : failure;
            queue.clear();
            queue.offer(END);
            join();
        }
        closeStatements();
    }

    private void closeStatements() {
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
            throw new WorkspaceException(e, "workspace.cannotStoreFile", e.getMessage());
        }
        if (f instanceof RuntimeException e && !(e instanceof Aborted)) {
            throw e;
        }
        if (f instanceof OutOfMemoryError e) {
            throw new WorkspaceException(e, "workspace.outOfMemory", fileName);
        }
        if (f != null && !(f instanceof Aborted)) {
            // Any other Error, or the writer interrupted: never let finish() mark a batch complete without its rows.
            throw new WorkspaceException(f, "workspace.writerFailed", fileName);
        }
    }

    private void drain() {
        boolean ended = false;
        try {
            for (List<Object> chunk = queue.take(); chunk != END; chunk = queue.take()) {
                if (failure == null) {
                    for (Object row : chunk) {
                        write(row);
                    }
                    if (sinceCommit >= COMMIT_EVERY) {
                        flushAndCommit();
                    }
                }
            }
            ended = true;
            if (failure == null) {
                flushAndCommit();
            }
        } catch (InterruptedException e) {
            failure = e;
        } catch (SQLException | RuntimeException | Error e) {
            // Errors too (out of memory): a writer that dies silently would leave the reader waiting forever
            // and the batch marked complete without its rows.
            failure = e;
            if (!ended) {
                // Keep taking chunks so the producer is never blocked; it sees the failure at its next hand-over.
                drainQuietly();
            }
        }
    }

    private void flushAndCommit() throws SQLException {
        for (Pending p : statements) {
            p.flush();
        }
        connection.commit();
        sinceCommit = 0;
    }

    private void drainQuietly() {
        try {
            for (List<Object> chunk = queue.take(); chunk != END; chunk = queue.take()) {
                // the producer learns of the failure at its next hand-over
            }
        } catch (InterruptedException ignored) {
            Thread.currentThread().interrupt();
        }
    }

    private void write(Object row) throws SQLException {
        sinceCommit++;
        if (row instanceof FactRow f) {
            writeFacts(f.id(), f.facts(), f.boys());
        } else if (row instanceof ReturnRow r) {
            writeReturn(r.id(), r.school());
        } else if (row instanceof NewSchool n) {
            SchoolWrites.bindSchool(schools.statement, n.school(), false);
            schools.statement.setLong(SchoolWrites.ADDED_BY_BATCH, batchId);
            schools.added();
        } else if (row instanceof PopulationRecord p) {
            writePopulation(p);
        } else if (row instanceof ImportProblem p) {
            writeProblem(p);
        } else if (row instanceof Withdrawal w) {
            withdraw(w);
        }
    }

    /**
     * Sets one figure of a stored row to missing. Rare (a cell merged across figures), so one query each: the row is
     * found through the primary key's range of its return, after the rows still batched are sent.
     */
    private void withdraw(Withdrawal w) throws SQLException {
        facts.flush();
        String sql = "SELECT id, sex, vals FROM fact_row WHERE id BETWEEN ? AND ? AND topic = ? AND age_group = ?"
                + " AND sheet_name = ? AND row_no = ? AND " + (w.sex() == null ? "sex IS NULL" : "(sex = ? OR sex = ?)");
        try (PreparedStatement find = connection.prepareStatement(sql)) {
            find.setLong(1, FactKeys.first(w.returnId()));
            find.setLong(2, FactKeys.last(w.returnId()));
            find.setString(3, w.topic());
            find.setString(4, w.age());
            find.setString(5, w.sheet());
            find.setInt(6, w.row() + 1);
            if (w.sex() != null) {
                find.setString(7, w.sex());
                find.setString(8, FactCodec.BOTH);
            }
            try (java.sql.ResultSet rs = find.executeQuery()) {
                while (rs.next()) {
                    Object[] stored = (Object[]) rs.getArray(3).getArray();
                    boolean both = FactCodec.BOTH.equals(rs.getString(2));
                    // A girls' and boys' row holds the girls' slots first (writeFacts).
                    int at = both && !"F".equals(w.sex()) ? stored.length / 2 + w.slot() : w.slot();
                    if (at >= stored.length || stored[at] == null) {
                        continue;
                    }
                    Integer[] vals = new Integer[stored.length];
                    for (int i = 0; i < stored.length; i++) {
                        vals[i] = stored[i] == null ? null : ((Number) stored[i]).intValue();
                    }
                    vals[at] = null;
                    try (PreparedStatement update = connection.prepareStatement("UPDATE fact_row SET vals = ? WHERE id = ?")) {
                        update.setArray(1, connection.createArrayOf("INTEGER", vals));
                        update.setLong(2, rs.getLong(1));
                        update.executeUpdate();
                    }
                    return;
                }
            }
        }
    }

    private void writeFacts(long id, FactRecord f, FactRecord boys) throws SQLException {
        PreparedStatement ps = facts.statement;
        ps.setLong(1, id);
        ps.setLong(2, batchId);
        ps.setString(3, f.schoolCode());
        ps.setInt(4, year);
        ps.setString(5, f.topic().code());
        ps.setString(6, boys != null ? FactCodec.BOTH : f.sex() == null ? null : f.sex().code());
        ps.setString(7, f.age().code());
        ps.setString(8, f.sheet());
        ps.setInt(9, f.row() < 0 ? -1 : f.row() + 1);
        int n = f.values().length;
        String[] sources = f.sources();
        Integer[] boxed = new Integer[boys == null ? n : 2 * n];
        box(f.values(), boxed, 0);
        if (boys != null) {
            box(boys.values(), boxed, n);
            sources = java.util.Arrays.copyOf(f.sources(), 2 * n);
            System.arraycopy(boys.sources(), 0, sources, n, n);
        }
        String joined = Sql.clip(FactCodec.join(sources), 2000);
        int ref = patterns.ref(joined);
        ps.setString(10, ref > 0 ? null : joined);
        if (ref > 0) {
            ps.setInt(11, ref);
        } else {
            ps.setNull(11, java.sql.Types.INTEGER);
        }
        ps.setArray(12, connection.createArrayOf("INTEGER", boxed));
        facts.added();
    }

    private static void box(int[] v, Integer[] into, int offset) {
        for (int i = 0; i < v.length; i++) {
            into[offset + i] = v[i] == FactRecord.MISSING ? null : v[i];
        }
    }

    private void writeReturn(long id, SchoolRecord s) throws SQLException {
        PreparedStatement ps = returns.statement;
        ps.setLong(1, id);
        ps.setLong(2, batchId);
        ps.setString(3, s.code());
        ps.setInt(4, year);
        ps.setString(5, Sql.clip(s.get(SchoolAttribute.NAME), 300));
        ps.setString(6, Sql.clip(s.get(SchoolAttribute.DISTRICT), 40));
        ps.setString(7, Sql.clip(s.get(SchoolAttribute.OWNERSHIP), 40));
        ps.setString(8, Sql.clip(s.get(SchoolAttribute.LOCALITY), 20));
        ps.setString(9, Sql.clip(s.get(SchoolAttribute.LEVEL), 40));
        ps.setString(10, s.sheet());
        ps.setInt(11, s.row() + 1);
        ps.setString(12, s.keyCell());
        ps.setString(13, Sql.clip(s.get(SchoolAttribute.GENDER), 10));
        returns.added();
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
        ps.setString(9, p.storedDetail(1000));
        problems.added();
    }

    /** The writer was stopped on purpose: not an error to report. */
    private static final class Aborted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Aborted() {
            super("aborted", null, false, false);
        }
    }

    /** A prepared statement with its count of rows not yet sent. */
    static final class Pending {
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
                // closing after a failure: the batch is discarded anyway
            }
        }
    }
}
