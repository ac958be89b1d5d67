package org.emisworkbench.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Progress;

/**
 * Copies every row of one workspace into a new one, on either engine (an H2 file to a shared workspace on
 * PostgreSQL and back, decision 0018): the census with its history (earlier returns, packages kept), the
 * findings with their marks and comments, the settings, boundaries and who did what. Both workspaces have
 * the same schema (both were opened, so both are at this program's latest migration); the tables are
 * read from the target's own catalogue, so a table added by a later migration is copied without a change
 * here.
 *
 * <p>The source is read in one snapshot (repeatable read: officers may go on working on a shared one); the
 * target is written in one transaction and must be new: rows only in the tables the schema scripts fill,
 * and there exactly the source's ({@link #FILLED_BY_THE_SCHEMA}), else nothing is written. Afterwards the
 * row counts of every table are compared.
 */
public final class WorkspaceCopy {
    /** The migrations' own bookkeeping: each workspace keeps its own (the engines' scripts differ). */
    private static final String SCHEMA_HISTORY = "flyway_schema_history";
    private static final int BATCH = 1000;
    /**
     * The tables the schema scripts fill in every new workspace (V1's grades): the only ones a new target may
     * hold rows in, and then exactly the source's. {@code WorkspaceCopyTest} checks a new workspace holds rows
     * in these alone, so a migration that fills another table must name it here.
     */
    public static final java.util.Set<String> FILLED_BY_THE_SCHEMA = java.util.Set.of("grade");

    private WorkspaceCopy() {
    }

    /** One table's rows copied (0 for a table left as the schema scripts filled it). */
    public record TableCopied(String table, long rows, boolean alreadyThere) {
    }

    /** What was copied, table by table, parents before the tables that refer to them. */
    public record Copied(String from, String to, List<TableCopied> tables) {
        public Copied {
            tables = List.copyOf(tables);
        }

        public long rows() {
            return tables.stream().filter(t -> !t.alreadyThere()).mapToLong(TableCopied::rows).sum();
        }
    }

    /**
     * Copies {@code from} into {@code to}.
     *
     * @throws WorkspaceException when the target holds data of its own, the two schemas differ, or the
     *                            engine fails; the target's transaction is then rolled back
     */
    public static Copied copy(Workspace from, Workspace to, Progress progress, Cancellation cancel) {
        try (Connection src = from.connect(); Connection dst = to.connect()) {
            src.setAutoCommit(false);
            src.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            src.setReadOnly(true);
            dst.setAutoCommit(false);
            try {
                Copied copied = copy(src, dst, from.name(), to.name(), progress, cancel);
                dst.commit();
                verify(dst, copied, to.name());
                return copied;
            } catch (SQLException | RuntimeException e) {
                dst.rollback();
                throw e;
            } finally {
                src.rollback();
            }
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.copyFailed", from.name(), to.name(), e.getMessage());
        }
    }

    private static Copied copy(Connection src, Connection dst, String fromName, String toName, Progress progress,
            Cancellation cancel) throws SQLException {
        List<CopiedTable> tables = CopiedTable.inOrder(dst);
        List<String> sourceTables = CopiedTable.names(src);
        long total = 0;
        List<Long> counts = new ArrayList<>();
        for (CopiedTable t : tables) {
            if (!sourceTables.contains(t.name())) {
                throw new WorkspaceException(null, "workspace.copySchemasDiffer", fromName, toName, t.name());
            }
            long n = count(src, t.name());
            counts.add(n);
            total += n;
        }
        List<TableCopied> out = new ArrayList<>();
        long done = 0;
        for (int i = 0; i < tables.size(); i++) {
            cancel.check();
            CopiedTable t = tables.get(i);
            long there = count(dst, t.name());
            if (there > 0) {
                if (!FILLED_BY_THE_SCHEMA.contains(t.name()) || !t.sameRows(src, dst)) {
                    throw new WorkspaceException(null, "workspace.copyTargetNotEmpty", toName, t.name(), there);
                }
                out.add(new TableCopied(t.name(), there, true));
            } else {
                progress.step(done, total, Message.of("progress.copyingTable", t.name(), counts.get(i)));
                long rows = rows(src, dst, t, done, total, progress, cancel);
                out.add(new TableCopied(t.name(), rows, false));
            }
            done += counts.get(i);
        }
        // The next import's batch, run and finding numbers follow the copied ones. (On H2 this DDL ends the
        // transaction early; the target is a new file, which the caller removes when the copy fails.)
        for (CopiedTable t : tables) {
            t.restartIdentities(dst);
        }
        progress.step(total, total, Message.of("progress.copyingTable", "-", total));
        return new Copied(fromName, toName, out);
    }

    /** Streams a table's rows across in batches: memory holds one batch, whatever the table's size. */
    private static long rows(Connection src, Connection dst, CopiedTable t, long before, long total,
            Progress progress, Cancellation cancel) throws SQLException {
        long n = 0;
        try (Statement read = src.createStatement(); PreparedStatement write = dst.prepareStatement(t.insertSql())) {
            read.setFetchSize(BATCH);
            try (ResultSet rs = read.executeQuery(t.selectSql())) {
                int columns = t.columns().size();
                while (rs.next()) {
                    for (int c = 1; c <= columns; c++) {
                        put(dst, write, c, rs, t.columns().get(c - 1));
                    }
                    write.addBatch();
                    if (++n % BATCH == 0) {
                        write.executeBatch();
                        cancel.check();
                        progress.update(before + n, total, null);
                    }
                }
            }
            write.executeBatch();
        }
        return n;
    }

    private static void put(Connection dst, PreparedStatement write, int c, ResultSet rs, CopiedTable.Column column)
            throws SQLException {
        if (column.type() == Types.ARRAY) {
            Array a = rs.getArray(c);
            if (a == null) {
                write.setNull(c, Types.ARRAY);
            } else {
                Object[] values = (Object[]) a.getArray();
                // The one array the schema has is INTEGER ARRAY (fact_row.vals, decision 0003); both engines
                // know the type by that name.
                String base = a.getBaseType() == Types.INTEGER ? "INTEGER" : a.getBaseTypeName();
                write.setArray(c, dst.createArrayOf(base, values));
            }
            return;
        }
        Object value = rs.getObject(c);
        if (value == null) {
            write.setNull(c, column.type());
        } else {
            write.setObject(c, value, column.type());
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** After the commit: every table holds as many rows as were read from the source's snapshot. */
    private static void verify(Connection dst, Copied copied, String toName) throws SQLException {
        for (TableCopied t : copied.tables()) {
            long there = count(dst, t.table());
            if (there != t.rows()) {
                throw new WorkspaceException(null, "workspace.copyCountsDiffer", toName, t.table(), t.rows(), there);
            }
        }
    }

    static boolean isSchemaHistory(String table) {
        return SCHEMA_HISTORY.equalsIgnoreCase(table);
    }
}
