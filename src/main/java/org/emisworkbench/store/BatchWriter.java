package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.PopulationRecord;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolRecord;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;

/**
 * Stores one file's records inside the caller's transaction. Rows are handed to a writer thread so
 * that reading the workbook and writing the database overlap (decision 0003); {@link #finish} waits
 * for it, replaces earlier returns of the same schools and year, and records the batch's totals. The
 * caller commits, or rolls back and nothing of the file remains.
 */
public final class BatchWriter implements CensusSink, AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BatchWriter.class);
    private final Connection connection;
    private final BatchHeader header;
    private final long batchId;
    private final RowWriter rows;
    private final Set<String> schoolsInBatch = new HashSet<>();
    private final Set<String> existingSchools;
    private final Set<String> currentReturns;
    private final SchoolCodeChecks codes;
    private final Set<String> replacedSchools = new HashSet<>();
    private final Map<String, EnumSet<Topic>> topicsBySchool = new HashMap<>();
    private final Map<ProblemKind, BatchTotals.ProblemTally> problems = new EnumMap<>(ProblemKind.class);
    private final Set<String> populationAreas = new HashSet<>();
    private final Map<String, String> districtCodes;
    private final Map<String, long[]> returnIds = new HashMap<>();
    private long nextReturnId;
    private final SchoolWrites schoolWrites;
    /** The districts a district officer's role may change (decision 0027); empty for everyone else. */
    private final java.util.Optional<Set<String>> districtLimits;
    private final String role;
    /** For a district officer: the schools the workspace knows in other districts, with their district. */
    private final Map<String, String> othersSchools;
    private boolean finished;
    /** The shared workspace's import lock ({@link ImportLock}), taken at start, was let go of. */
    private boolean lockReleased;
    private boolean rowsWritten;
    /** Longest school code the schema keeps (school.code VARCHAR(40)). */
    static final int MAX_CODE = 40;
    /** Longest school name the schema keeps (school.name VARCHAR(300)). */
    static final int MAX_NAME = 300;
    private FactRecord pendingGirls;
    private final java.util.List<String> newSchools = new java.util.ArrayList<>();
    /** Where the first schools new to the workspace stand: {@code Form!A6 <6}, for a file refused as reading none. */
    private final java.util.List<String> newSchoolsAt = new java.util.ArrayList<>();
    private int added;
    private int replaced;
    private long values;
    private int populationRows;
    private int masterListed;
    /** Schools of returns with attributes left blank, checked against what the workspace knows at the end. */
    private final java.util.List<SchoolRecord> blanks = new java.util.ArrayList<>();
    private final java.util.List<ImportProblem> unreadFigures = new java.util.ArrayList<>();
    /** Rows whose figures a problem left unstored ({@link ImportProblem#dropsFigures}), as {@code sheet|row}. */
    private final java.util.Set<String> rowsLost = new java.util.HashSet<>();
    private final java.util.Set<String> rowsLostKinds = new java.util.TreeSet<>();
    private String firstRowLost;
    private String lastRowLost;
    private final java.util.List<ImportProblem> schoolNames = new java.util.ArrayList<>();
    /** Cells whose footnote or not-available mark was set aside, for the file's warning (the first few hundred). */
    private final java.util.List<ImportProblem> marks = new java.util.ArrayList<>();
    private BatchWriter(Connection connection, BatchHeader header, long batchId) throws SQLException {
        this.connection = connection;
        this.header = header;
        this.batchId = batchId;
        this.existingSchools = Sql.strings(connection, "SELECT code FROM school");
        this.codes = new SchoolCodeChecks(existingSchools, schoolsInBatch, this::schoolNames,
                header.fileName(), "GRID".equals(header.layout()), this::problem);
        this.currentReturns = header.censusYear() == null ? Set.of() : currentReturns(connection, header.censusYear());
        this.districtCodes = AdminAreas.districtCodes(connection);
        this.nextReturnId = Sql.count(connection, "SELECT COALESCE(MAX(id), 0) FROM school_return") + 1;
        this.schoolWrites = new SchoolWrites(batchId);
        this.districtLimits = DistrictRoles.limits(connection);
        this.role = Sql.actor(connection);
        this.othersSchools = DistrictRoles.othersSchools(connection, districtLimits);
        this.rows = new RowWriter(connection, batchId, header.censusYear(), header.fileName());
    }

    /** Records the batch and returns a writer for its rows. The connection must not auto-commit. */
    public static BatchWriter start(Connection connection, BatchHeader header) {
        try {
            if (connection.getAutoCommit()) {
                throw new IllegalStateException("BatchWriter needs a transaction (auto-commit off)");
            }
            // In a shared workspace, no other program's import runs meanwhile (ids are handed out below).
            ImportLock.take(connection);
            try {
                long id = insertBatch(connection, header);
                // The batch is known (LOADING) before any row: a crash from here on is cleaned up at next open.
                connection.commit();
                return new BatchWriter(connection, header, id);
            } catch (SQLException | RuntimeException e) {
                ImportLock.release(connection);
                throw e;
            }
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotRecord", header.fileName(), e.getMessage());
        }
    }

    private static long insertBatch(Connection c, BatchHeader h) throws SQLException {
        String sql = "INSERT INTO import_batch (file_name, file_path, file_hash, file_size, template_id,"
                + " template_version, layout, file_role, census_year, imported_at, schools_added,"
                + " schools_replaced, values_stored, rows_skipped, problem_count, status, imported_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 'LOADING', ?)";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, Sql.clip(h.fileName(), 500));
            ps.setString(2, Sql.clip(h.filePath(), 2000));
            ps.setString(3, h.fileHash());
            ps.setLong(4, h.fileSize());
            ps.setString(5, h.templateId());
            ps.setInt(6, h.templateVersion());
            ps.setString(7, h.layout());
            ps.setString(8, h.role());
            Sql.setInteger(ps, 9, h.censusYear());
            ps.setTimestamp(10, Timestamp.from(Instant.now()));
            ps.setString(11, Sql.actor(c));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public long batchId() {
        return batchId;
    }

    /** True when the file gave schools but not one figure (nor population row) so far. */
    public boolean noFigureRead() {
        return values == 0 && populationRows == 0 && added + replaced > 0;
    }

    /**
     * Count cells the template found for a figure, read or not (a formula without its result is stored as missing,
     * from its cell): none means the template reads no figure cell of the file at all.
     */
    private long figureCells;

    /** How many of the schools new to the workspace a refusal names. */
    private static final int NEW_SCHOOLS_NAMED = 6;

    /**
     * When the census file has not one figure cell the template reads (not even a formula without its result) yet
     * gives schools the workspace does not hold: how many, and where
     * the first stand ({@code Form!A6 <6}); else 0 and none. Such schools are a template's misreading (headings or
     * age labels taken for codes), never a return: decision 0051.
     */
    public int newSchoolsWithoutFigures() {
        return isMasterList() || values > 0 || figureCells > 0 || populationRows > 0 ? 0 : newSchools.size();
    }

    /** The first schools new to the workspace, each with its sheet and cell. */
    public java.util.List<String> newSchoolsAt() {
        return java.util.List.copyOf(newSchoolsAt);
    }

    /**
     * The schools whose earlier return of the year holds figures, when this file read not one figure yet would
     * replace their returns (a template that fits the file badly: the correction would be lost, the figures
     * left as they were, and nothing said); 0 otherwise. Waits for the rows handed over to be written.
     */
    public int returnsWithFiguresReplacedByNone() {
        if (isMasterList() || values > 0 || populationRows > 0 || replacedSchools.isEmpty()
                || header.censusYear() == null) {
            return 0;
        }
        written();
        try {
            return Supersede.withFigures(connection, batchId, header.censusYear(), replacedSchools);
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotStore", header.fileName(), e.getMessage());
        }
    }

    private boolean isMasterList() {
        return "MASTER_LIST".equals(header.role());
    }

    @Override
    public void school(SchoolRecord given) {
        if (given.code().length() > MAX_CODE) {
            throw new WorkspaceException(null, "workspace.codeTooLong", given.sheet() + "!" + given.keyCell(),
                    given.code().substring(0, 20), MAX_CODE);
        }
        String name = given.get(SchoolAttribute.NAME);
        if (name != null && name.length() > MAX_NAME) {
            // Never cut a value silently: the officer must shorten it in the workbook.
            throw new WorkspaceException(null, "workspace.nameTooLong", given.code(), given.sheet(), given.row() + 1,
                    MAX_NAME);
        }
        SchoolRecord school = AdminAreas.withDistrictCode(given, districtCodes);
        codes.keyCell(school);
        if (!schoolsInBatch.add(school.code())) {
            return; // a second record of a school in one file: the interpreter reported it already
        }
        // A district officer's file holding another district's school is refused whole, saying which.
        DistrictRoles.requireAllowed(districtLimits, role, isMasterList() ? null : school.code(),
                school.get(SchoolAttribute.DISTRICT));
        DistrictRoles.requireOwnSchool(othersSchools, districtLimits, role, school.code());
        boolean known = existingSchools.contains(school.code());
        codes.school(school);
        if (isMasterList()) {
            masterListed++;
            AdminAreas.learn(school, districtCodes);
            schoolWrites.fromMasterList(school, known);
            existingSchools.add(school.code());
            codes.added(school);
            return;
        }
        requireYear();
        if (currentReturns.contains(school.code())) {
            replaced++;
            replacedSchools.add(school.code());
        } else {
            added++;
        }
        long id = nextReturnId++;
        returnIds.put(school.code(), new long[] {id, 0});
        rows.submit(new RowWriter.ReturnRow(id, school));
        if (known) {
            schoolWrites.fromReturn(school, true);
            if (!school.blankCells().isEmpty()) {
                blanks.add(school);
            }
        } else {
            // New schools are written with the rows (and removed again if the file fails).
            rows.submit(new RowWriter.NewSchool(school));
            newSchools.add(school.code());
            if (newSchoolsAt.size() < NEW_SCHOOLS_NAMED) {
                newSchoolsAt.add(school.sheet() + "!" + school.keyCell() + " " + school.shown());
            }
        }
        existingSchools.add(school.code());
        codes.added(school);
    }

    /** The schools with a current return of {@code year} from a complete import (this one is not complete yet). */
    private static Set<String> currentReturns(Connection c, int year) throws SQLException {
        return new HashSet<>(Sql.strings(c, "SELECT r.school_code FROM school_return r WHERE r.census_year = ? AND "
                + CurrentReturns.CURRENT, year));
    }

    /** The workspace's schools' names by code, for a new code one character from a school of the same name. */
    private Map<String, String> schoolNames() {
        Map<String, String> names = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT code, name FROM school WHERE name IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotRecord", header.fileName(), e.getMessage());
        }
        return names;
    }

    @Override
    public void facts(FactRecord facts) {
        requireYear();
        if (!schoolsInBatch.contains(facts.schoolCode())) {
            school(new SchoolRecord(facts.schoolCode(), Map.of(), facts.sheet(), Math.max(facts.row(), 0), null));
        }
        topicsBySchool.computeIfAbsent(facts.schoolCode(), k -> EnumSet.noneOf(Topic.class)).add(facts.topic());
        codes.sheet(facts.schoolCode(), facts.sheet());
        for (int v : facts.values()) {
            if (v != FactRecord.MISSING) {
                values++;
            }
        }
        figureCells += facts.cellsFound();
        // Girls and boys of the same topic, age and row travel as one stored row (decision 0003).
        if (pendingGirls != null && facts.sex() == Sex.M && pairs(pendingGirls, facts)) {
            rows.submit(new RowWriter.FactRow(nextFactId(facts.schoolCode()), pendingGirls, facts));
            pendingGirls = null;
            return;
        }
        flushGirls();
        if (facts.sex() == Sex.F) {
            pendingGirls = facts;
        } else {
            rows.submit(new RowWriter.FactRow(nextFactId(facts.schoolCode()), facts, null));
        }
    }

    @Override
    public void withdraw(String schoolCode, Topic topic, Sex sex, org.emisworkbench.model.AgeGroup age, String sheet,
                         int row, int slot) {
        long[] ret = returnIds.get(schoolCode);
        if (ret == null) {
            return; // no return of the school in this file: nothing of it was stored
        }
        // The row may still wait for its boys' record: sent now, so the writer finds it before the withdrawal.
        flushGirls();
        values--;
        rows.submit(new RowWriter.Withdrawal(ret[0], topic.code(), sex == null ? null : sex.code(), age.code(), sheet,
                row, slot));
    }

    private static boolean pairs(FactRecord f, FactRecord m) {
        return f.schoolCode().equals(m.schoolCode()) && f.topic() == m.topic() && f.age().equals(m.age())
                && f.row() == m.row() && java.util.Objects.equals(f.sheet(), m.sheet())
                && f.values().length == m.values().length;
    }

    private void flushGirls() {
        if (pendingGirls != null) {
            rows.submit(new RowWriter.FactRow(nextFactId(pendingGirls.schoolCode()), pendingGirls, null));
            pendingGirls = null;
        }
    }

    private long nextFactId(String school) {
        long[] ret = returnIds.get(school);
        if (ret[1] >= FactKeys.ROWS_PER_RETURN) {
            throw new WorkspaceException(null, "workspace.tooManyRows", school, FactKeys.ROWS_PER_RETURN,
                    header.fileName());
        }
        return FactKeys.first(ret[0]) + ret[1]++;
    }

    @Override
    public void population(PopulationRecord population) {
        DistrictRoles.requireAllowed(districtLimits, role, null, null);
        populationRows++;
        values++;
        populationAreas.add(population.areaCode() + "|" + population.censusYear());
        rows.submit(population);
    }

    @Override
    public void problem(ImportProblem problem) {
        if (problem.kind() == ProblemKind.UNREAD_FIGURES) {
            unreadFigures.add(problem);
        } else if (problem.kind() == ProblemKind.SCHOOL_BY_NAME || problem.kind() == ProblemKind.SCHOOL_NAME_UNMATCHED
                || problem.kind() == ProblemKind.TOTAL_ROW_WITH_CODE || problem.kind() == ProblemKind.CODE_LEADING_ZEROS
                || problem.kind() == ProblemKind.GRID_NOT_FOUND || problem.kind() == ProblemKind.SCHOOL_ON_ONE_SHEET
                || problem.kind() == ProblemKind.CODE_LIKELY_TYPO
                || problem.kind() == ProblemKind.COLUMN_NOT_FOUND || problem.gradeNotKept()) {
            schoolNames.add(problem);
        } else if (problem.kind() == ProblemKind.MARK_SET_ASIDE && marks.size() < BatchTotals.MARKS_LISTED) {
            marks.add(problem);
        }
        if (problem.dropsFigures() && rowsLost.add(problem.sheet() + "|" + rowNumber(problem.cell()))) {
            firstRowLost = firstRowLost == null ? problem.sheetCell() : firstRowLost;
            rowsLostKinds.add(problem.kind().name());
            lastRowLost = problem.sheetCell();
        }
        problems.merge(problem.kind(), new BatchTotals.ProblemTally(1, problem.sheetCell(), problem.sheetCell()),
                (a, b) -> new BatchTotals.ProblemTally(a.count() + 1, a.firstCell(), b.lastCell()));
        rows.submit(problem);
    }

    /** The row number of an A1 cell ({@code C12} gives {@code 12}), or the text itself when it holds none. */
    private static String rowNumber(String cell) {
        return cell == null ? "" : cell.replaceAll("^[A-Za-z$]+", "");
    }

    /** A problem found after the rows were written: counted like the others, stored directly. */
    private void recordProblem(ImportProblem problem) {
        problems.merge(problem.kind(), new BatchTotals.ProblemTally(1, problem.sheetCell(), problem.sheetCell()),
                (a, b) -> new BatchTotals.ProblemTally(a.count() + 1, a.firstCell(), b.lastCell()));
    }

    private void requireYear() {
        if (header.censusYear() == null) {
            throw new IllegalStateException("Census rows need a census year");
        }
    }

    /**
     * Waits for the rows, then in one transaction replaces earlier returns of the batch's schools, writes
     * what the file says about schools, and marks the batch complete: only now does the file become
     * visible, whole. Commits.
     */
    public BatchTotals finish(int rowsSkipped) {
        long t0 = System.nanoTime();
        written();
        long t1 = System.nanoTime();
        BatchTotals totals = complete(rowsSkipped);
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotStore", header.fileName(), e.getMessage());
        }
        finished = true;
        releaseLock();
        LOG.debug("{}: writer backlog {} ms, completing {} ms", header.fileName(), (t1 - t0) / 1_000_000,
                (System.nanoTime() - t1) / 1_000_000);
        return totals;
    }

    /**
     * Waits until every row handed over is written (committed, still invisible). A district package
     * calls it before starting its next file, so that one writer thread at a time uses the connection.
     */
    public void written() {
        if (!rowsWritten) {
            codes.end();
            flushGirls();
            rows.finish();
            rowsWritten = true;
        }
    }

    /**
     * As {@link #finish}, but inside the caller's transaction, which the caller commits (then calls
     * {@link #committed}) or rolls back by closing this writer: a district package makes all its files
     * visible together or none of them.
     */
    public BatchTotals complete(int rowsSkipped) {
        written();
        try {
            CarryOver.report(connection, batchId, header.censusYear(), blanks, this::recordProblem);
            schoolWrites.write(connection);
            // Counted beside the returns replaced: a corrected copy leaving a school out keeps its earlier return,
            // and says so (review 17), a phantom school of a corrected code typo above all (review 22).
            java.util.List<org.emisworkbench.model.KeptReturn> kept = isMasterList() || header.censusYear() == null
                    ? java.util.List.of() : LeftOutReturns.of(connection, batchId, header.censusYear(), header.fileName());
            if (!isMasterList() && header.censusYear() != null && !schoolsInBatch.isEmpty()) {
                // A return another file completed since this one began replaces too: a district package completes
                // its files in order, one transaction, so the second half of a split return finds the first here.
                Set<String> now = currentReturns(connection, header.censusYear());
                now.retainAll(schoolsInBatch);
                replacedSchools.addAll(now);
            }
            Supersede.earlierReturns(connection, batchId, header.censusYear(), topicsBySchool, replacedSchools);
            Supersede.population(connection, batchId, populationAreas);
            BatchTotals totals = new BatchTotals(batchId, added, replaced, values, populationRows, masterListed,
                    problems, unreadFigures, schoolNames, marks, kept, rowsLost.isEmpty() ? null
                    : new BatchTotals.RowsLost(String.join(", ", rowsLostKinds), rowsLost.size(), firstRowLost, lastRowLost),
                    isMasterList() ? 0 : newSchools.size());
            try (PreparedStatement ps = connection.prepareStatement("UPDATE import_batch SET schools_added = ?,"
                    + " schools_replaced = ?, values_stored = ?, rows_skipped = ?, problem_count = ?,"
                    + " status = 'COMPLETE' WHERE id = ?")) {
                ps.setInt(1, added);
                ps.setInt(2, replaced);
                ps.setLong(3, values);
                ps.setInt(4, rowsSkipped);
                ps.setInt(5, totals.problemCount());
                ps.setLong(6, batchId);
                ps.executeUpdate();
            }
            return totals;
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotStore", header.fileName(), e.getMessage());
        }
    }

    /** The caller committed the transaction {@link #complete} worked in: closing no longer undoes the batch. */
    public void committed() {
        finished = true;
        releaseLock();
    }

    /**
     * This batch's master list is one district's part of the country's (a district package): it replaces
     * the master-list entries of that district's schools only, never the other districts'.
     */
    public void masterListOf(String district) {
        schoolWrites.masterListOf(district);
    }

    /**
     * When {@link #finish} was not reached (the file failed or was cancelled): stops the writer and removes
     * everything written for the batch, so the workspace is as it was before the file.
     */
    @Override
    public void close() {
        if (finished) {
            return;
        }
        rows.abort();
        try {
            connection.rollback();
            BatchCleanup.discard(connection, batchId, newSchools);
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotUndo", header.fileName(), e.getMessage());
        } finally {
            releaseLock();
        }
    }

    private void releaseLock() {
        if (lockReleased) {
            return;
        }
        lockReleased = true;
        try {
            ImportLock.release(connection);
        } catch (SQLException e) {
            // The server frees it when this connection closes, at the latest.
            org.slf4j.LoggerFactory.getLogger(BatchWriter.class).warn("Could not free the import lock: {}", e.getMessage());
        }
    }
}
