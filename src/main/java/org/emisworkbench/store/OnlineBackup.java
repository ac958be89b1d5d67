package org.emisworkbench.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import java.nio.channels.Channels;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.CancelledException;
import org.emisworkbench.model.Message;

/**
 * A copy of an open workspace that opens at exactly the state the workspace had, made while it stays
 * open. Two ways were tried before and dropped (docs/robustness.md §5): closing the database for a
 * plain file copy raced with a reconnection and lost rows, and copying the file's bytes without first
 * writing what H2 still held in memory gave copies at an earlier state. Here H2 first writes its pending
 * changes to the file, then copies the file itself with space reuse switched off, so no part the copy
 * needs is overwritten while it is read; an unfinished transaction is rolled back when the copy opens.
 * This is what H2's {@code BACKUP TO} does, called directly: that statement also copies every file whose
 * name starts with the workspace's ({@code census.backup-….mv.db} included) and fails on the second
 * ("duplicate entry"), and it compresses, which a copy that is unpacked at once does not need. The copy
 * is then checked as any workspace is before it is opened, and opened read-only to compare the row
 * count of every table with the workspace's: a copy that does not match is not kept.
 */
final class OnlineBackup {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OnlineBackup.class);

    private OnlineBackup() {
    }

    /**
     * Writes a copy of {@code workspace} to {@code target} (a {@code .mv.db} file), through a hidden
     * temporary file in the same folder moved into place at the end: {@code target} is either the
     * whole, checked copy or left as it was. Nothing else may write to the workspace meanwhile (the
     * caller holds the import lock; the window runs one job at a time).
     *
     * @throws WorkspaceException workspace.backupFailed, naming the workspace and why, in plain words
     * @throws CancelledException when cancelled; no file is left behind
     */
    static void write(Workspace workspace, Path target, boolean replace, Cancellation cancel) {
        Path file = workspace.file();
        Path folder = target.toAbsolutePath().getParent();
        Path part = null;
        try {
            // Created owner-only (POSIX temporary files are rw-------).
            part = Files.createTempFile(folder, "." + WorkspaceDamage.stem(file) + ".backup-", Workspace.SUFFIX);
            // A copy that opens at an earlier state than the workspace's is taken again, twice at most (the
            // store may have been finishing a write), before the backup is given up.
            for (int attempt = 1; ; attempt++) {
                Map<String, Long> counts;
                try (Connection c = workspace.connect()) {
                    copyStore(c, part, cancel);
                    counts = rowCounts(c);
                }
                WorkspaceCheck.verify(part);
                try {
                    compare(part, counts);
                    break;
                } catch (WorkspaceException e) {
                    if (attempt >= 3 || !e.message().key().equals("workspace.backupDiffers")) {
                        throw e;
                    }
                    LOG.warn("The backup copy differed from the workspace ({}); taking it again", e.getMessage());
                    sleepBeforeRetry(attempt);
                }
            }
            FilePermissions.restrictToOwner(part);
            if (replace) {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            }
            part = null;
        } catch (WorkspaceException e) {
            // The copy is refused as a workspace would be, or opens at another state than the workspace's.
            Message why = e.message().key().equals("workspace.backupDiffers") ? e.message()
                    : Message.of("workspace.backup.badCopy");
            throw new WorkspaceException(e, "workspace.backupFailed", file.getFileName(), why);
        } catch (SQLException | IOException | RuntimeException e) {
            if (cancel.isCancelled()) {
                throw new CancelledException();
            }
            throw new WorkspaceException(e, "workspace.backupFailed", file.getFileName(), reason(e, folder));
        } finally {
            deleteQuietly(part);
        }
    }

    /**
     * Writes the store's pending changes, then copies its file into {@code part} and forces it to disk.
     * The store hands its file to a zip stream; this one writes the bytes as they are.
     */
    private static void copyStore(Connection c, Path part, Cancellation cancel) throws SQLException, IOException {
        org.h2.engine.Database db = ((org.h2.engine.SessionLocal) c.unwrap(org.h2.jdbc.JdbcConnection.class)
                .getSession()).getDatabase();
        org.h2.mvstore.db.Store store = db.getStore();
        store.flush();
        // A commit is skipped while the store's own writer thread is storing (seen on a loaded machine: the
        // copy then lacked the last import). Wait, briefly, until nothing committed is left unsaved.
        org.h2.mvstore.MVStore mv = store.getMvStore();
        for (int i = 0; i < 200 && mv.hasUnsavedChanges(); i++) {
            mv.commit();
            if (mv.hasUnsavedChanges()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
        }
        try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
             RawEntry out = new RawEntry(Channels.newOutputStream(ch), cancel)) {
            db.flush();
            // As H2's BACKUP: no temporary large-object file is created or removed meanwhile.
            synchronized (db.getLobSyncObject()) {
                store.getMvStore().getFileStore().backup(out);
            }
            if (out.entries != 1) {
                throw new IOException("the store gave " + out.entries + " files instead of one");
            }
            out.flush();
            ch.force(true);
        }
    }

    /** The one entry H2's store writes, to a plain file: not compressed, and cancellable between blocks. */
    private static final class RawEntry extends ZipOutputStream {
        private final OutputStream target;
        private final Cancellation cancel;
        private int entries;

        RawEntry(OutputStream target, Cancellation cancel) {
            super(OutputStream.nullOutputStream());
            this.target = target;
            this.cancel = cancel;
        }

        @Override
        public void putNextEntry(ZipEntry e) {
            entries++;
        }

        @Override
        public void closeEntry() {
            // nothing to close: the bytes went to the file as they came
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (cancel.isCancelled()) {
                throw new IOException("cancelled");
            }
            target.write(b, off, len);
        }

        @Override
        public void write(int b) throws IOException {
            target.write(b);
        }

        @Override
        public void flush() throws IOException {
            target.flush();
        }

        @Override
        public void close() throws IOException {
            def.end(); // the unused compressor's memory
            target.close();
        }
    }

    private static void sleepBeforeRetry(int attempt) throws IOException {
        try {
            Thread.sleep(200L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Row counts of every table of ours, by name. */
    static Map<String, Long> rowCounts(Connection c) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        try (Statement s = c.createStatement()) {
            for (String t : tables) {
                // Names read from the catalogue of a file that passed WorkspaceCheck: our tables only.
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + t.replace("\"", "\"\"") + "\"")) {
                    rs.next();
                    counts.put(t, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    /**
     * Opens the checked copy read-only and compares its row counts with the workspace's: the copy must
     * open at the workspace's state, not an earlier one.
     */
    private static void compare(Path copy, Map<String, Long> expected) throws SQLException {
        Map<String, Long> found;
        try (Connection c = DriverManager.getConnection(Workspace.url(copy) + ";ACCESS_MODE_DATA=r", Workspace.USER,
                "")) {
            found = rowCounts(c);
        }
        if (!found.equals(expected)) {
            String table = expected.keySet().stream().filter(t -> !expected.get(t).equals(found.get(t))).findFirst()
                    .orElse(found.keySet().stream().findFirst().orElse("?"));
            throw new WorkspaceException(null, "workspace.backupDiffers", table.toLowerCase(java.util.Locale.ROOT),
                    String.valueOf(found.get(table)), String.valueOf(expected.get(table)));
        }
    }

    private static Object reason(Exception e, Path folder) {
        if (e instanceof AccessDeniedException || e.getCause() instanceof AccessDeniedException) {
            return Message.of("workspace.backup.folderLocked", folder);
        }
        return EngineErrors.phrase(e).orElse(Message.verbatim(String.valueOf(e.getMessage())));
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                LOG.warn("Could not remove {}: {}", p, e.getMessage());
            }
        }
    }
}
