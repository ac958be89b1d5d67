package org.emisworkbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Message;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One census database: an embedded H2 file, opened in this process only (no TCP server, no
 * auto-server), readable by the user alone. Opening it creates it or upgrades its schema, after a
 * backup copy when an older database is upgraded.
 *
 * <p>Or a shared workspace: a schema of its own on a ministry's PostgreSQL server, which several officers
 * use at once (decision 0018). The rest of the store reads and writes both through {@link #connect()}; what
 * differs (how it is opened and checked, its backups) is decided here.
 */
public final class Workspace implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);
    static final String SUFFIX = ".mv.db";
    static final String USER = "emis";
    /**
     * H2 may load no Java class named inside a database (trigger, function, aggregate, serializer,
     * driver of a linked table): a name that is no class. Set before H2 first reads its settings.
     */
    static final String NO_USER_CLASSES = "org.emisworkbench.store.NoClassFromTheDatabase";

    static {
        System.setProperty("h2.allowedClasses", NO_USER_CLASSES);
        if (!NO_USER_CLASSES.equals(org.h2.engine.SysProperties.ALLOWED_CLASSES)) {
            // H2 read its settings before this class was loaded; the check before opening still holds.
            LOG.warn("H2 was started before the workspace: h2.allowedClasses is {}",
                    org.h2.engine.SysProperties.ALLOWED_CLASSES);
        }
    }

    /** How often, and how far apart, a workspace the engine closed is reopened before giving up. */
    private static final int REOPEN_ATTEMPTS = 20;
    /** How long a shared workspace's server may take to let a connection in (seconds; the driver's default waits for ever). */
    static final int LOGIN_TIMEOUT_SECONDS = 20;
    private static final long REOPEN_PAUSE_MILLIS = 250;
    /** How long the committed work is given to reach the file before a failed engine is stopped. */
    private static final long CHECKPOINT_MILLIS = 5_000;

    private final Path dbFile;
    private final SharedDatabase shared;
    private final DataSource dataSource;
    private final Path backupMade;
    private Connection keepAlive;
    /** Set once the engine was stopped because the file is damaged: the refusal every later use gets. */
    private volatile WorkspaceException stoppedAsDamaged;

    private Workspace(Path dbFile, SharedDatabase shared, DataSource dataSource, Path backupMade) {
        this.dbFile = dbFile;
        this.shared = shared;
        this.dataSource = dataSource;
        this.backupMade = backupMade;
        // H2 closes an embedded database with its last connection; a server keeps it open by itself.
        this.keepAlive = shared == null ? connect() : null;
    }

    /**
     * Opens (or creates) the workspace at {@code path}; {@code census}, {@code census.mv.db} name the
     * same file. Pending schema migrations are applied, after copying an existing database aside.
     */
    public static Workspace open(Path path) {
        Path file = databaseFile(path);
        String url = url(file);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new WorkspaceException(e, "workspace.cannotCreateFolder", file, e.getMessage());
        }
        boolean existed = Files.exists(file);
        if (existed && !looksLikeH2(file)) {
            throw new WorkspaceException(null, "workspace.notADatabase", file.getFileName());
        }
        // Before H2 opens it: opening would run any code the file holds, and repair or empty a
        // damaged file (decision 0009).
        boolean upToDate = existed && WorkspaceCheck.verify(file);
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser(USER);
        ds.setPassword("");
        if (existed) {
            openReadOnlyFirst(url, file);
        }
        // One connection is held through the opening: H2 closes the database, writing to it, whenever its last
        // connection closes. Held, nothing is written while only reading, so a file found damaged on the way
        // (by a part no check before could read) is left as it was.
        Connection hold = existed ? holdOpen(ds, file) : null;
        try {
            Path backup;
            try {
                // Only when a script of ours is left to run: Flyway locks its history row even when nothing is
                // pending, and in H2 that lock is a write.
                backup = upToDate ? null : Migrations.migrate(ds, file, existed);
            } catch (WorkspaceException e) {
                throw existed && stopIfDamaged(ds, e) ? WorkspaceDamage.damaged(file,
                        Message.of("workspace.damage.unreadable"), e) : e;
            }
            try (Connection c = ds.getConnection()) {
                BatchCleanup.recover(c);
            } catch (SQLException e) {
                if (existed && stopIfDamaged(ds, e)) {
                    throw WorkspaceDamage.damaged(file, Message.of("workspace.damage.unreadable"), e);
                }
                if (!BatchCleanup.roomRanOut(e)) {
                    throw new WorkspaceException(e, "workspace.cannotOpen", file.getFileName(), e.getMessage());
                }
                // The disk filled (or memory ran out) while removing an unfinished file's rows, and H2 said so only
                // when the connection closed. Those rows stay unseen (their batch is LOADING) and go at a later
                // opening; the connection below opens the file again from what reached the disk.
                LOG.info("Unfinished import batches left for a later opening (no room on the disk or in memory)");
                LOG.debug("Removing unfinished import batches", e);
                closeQuietly(hold);
                hold = null;
            }
            FilePermissions.restrictToOwner(file);
            return new Workspace(file, null, ds, backup);
        } finally {
            closeQuietly(hold);
        }
    }

    /**
     * Opens the file once with H2 writing nothing (ACCESS_MODE_DATA=r) before it is opened to be written: H2
     * reads every object's first page when it opens, and an opening that fails on a damaged page closes the
     * store, which in read-write mode writes to the file. A damaged file is refused here, left as it was.
     * Any other failure (a crash's unfinished work, which a read-only opening cannot undo) is left to the
     * opening that follows.
     */
    private static void openReadOnlyFirst(String url, Path file) {
        JdbcDataSource readOnly = new JdbcDataSource();
        readOnly.setURL(url + ";ACCESS_MODE_DATA=r");
        readOnly.setUser(USER);
        readOnly.setPassword("");
        try (Connection c = readOnly.getConnection(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM import_batch")) {
            rs.next();
        } catch (SQLException | RuntimeException e) {
            if (EngineErrors.phrase(e).map(m -> m.key().equals("engine.damaged")).orElse(false)) {
                throw WorkspaceDamage.damaged(file, Message.of("workspace.damage.unreadable"), e);
            }
            LOG.debug("Opening {} read-only first: {}", file.getFileName(), e.toString());
        }
    }

    private static Connection holdOpen(DataSource ds, Path file) {
        try {
            return ds.getConnection();
        } catch (SQLException e) {
            if (stopIfDamaged(ds, e)) {
                throw WorkspaceDamage.damaged(file, Message.of("workspace.damage.unreadable"), e);
            }
            throw new WorkspaceException(e, "workspace.cannotOpen", file.getFileName(), e.getMessage());
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            LOG.debug("Closing the connection held while opening", e);
        }
    }

    /**
     * Opens (or creates) the shared workspace {@code db} on its PostgreSQL server: its schema is checked
     * ({@link SharedWorkspaceCheck}), pending scripts run, and the schema is checked again.
     */
    public static Workspace open(SharedDatabase db) {
        org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
        ds.setURL(db.jdbcUrl());
        ds.setUser(db.user());
        char[] password = db.password();
        if (password != null) {
            ds.setPassword(new String(password));
            java.util.Arrays.fill(password, '\0');
        }
        ds.setCurrentSchema(db.schema());
        ds.setApplicationName("EMIS Workbench");
        // A server that takes the connection but never answers would hold the opening (and the window's job,
        // which a cancel cannot interrupt) for ever: the driver gives up after this many seconds instead.
        ds.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
        try (Connection c = ds.getConnection()) {
            SharedWorkspaceCheck.verify(c, db.schema(), db.display());
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotOpen", db.display(), e.getMessage());
        }
        Migrations.migrateShared(ds, db);
        try (Connection c = ds.getConnection()) {
            SharedWorkspaceCheck.verify(c, db.schema(), db.display());
            BatchCleanup.recoverUnheld(c);
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotOpen", db.display(), e.getMessage());
        }
        LOG.info("Opened the shared workspace {} as {}", db.display(), db.user());
        return new Workspace(null, db, ds, null);
    }

    /** Every schema script of one engine, in order, for review ({@code emis admin migrations --print}). */
    public static String schemaScripts(boolean postgres) {
        return Migrations.print(postgres);
    }

    /** The shared workspace this is, or null for a workspace file. */
    public SharedDatabase shared() {
        return shared;
    }

    /** How the workspace is named to people: its file's name, or its server address (no secret in it). */
    public String name() {
        return shared != null ? shared.display() : dbFile.getFileName().toString();
    }

    /** The .mv.db file a user-given path stands for. */
    public static Path databaseFile(Path path) {
        String name = path.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(SUFFIX)) {
            return path.toAbsolutePath().normalize();
        }
        return path.toAbsolutePath().normalize().resolveSibling(name + SUFFIX);
    }

    static String url(Path file) {
        String base = file.toString();
        if (base.indexOf(';') >= 0) {
            // H2 reads ";NAME=value" in a URL as a setting (INIT=RUNSCRIPT…): a path never brings one.
            throw new WorkspaceException(null, "workspace.semicolonInPath", file.getFileName());
        }
        base = base.substring(0, base.length() - SUFFIX.length());
        // Embedded only: no AUTO_SERVER, no TCP; no trace file that could leak data next to the db.
        // MAX_COMPACT_TIME=0: no compaction when the database closes. In H2 2.3.232 that compaction can lose
        // rows written just before the close (h2database issue 4247, fixed in 2.4.240) and trips H2's own
        // assertions (issue 4086); the file is still tidied while open, it only shrinks less on close.
        return "jdbc:h2:file:" + base + ";TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE;LAZY_QUERY_EXECUTION=TRUE"
                + ";MAX_COMPACT_TIME=0";
    }

    static boolean looksLikeH2(Path file) {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(64);
            return head.length == 0 || new String(head, java.nio.charset.StandardCharsets.ISO_8859_1)
                    .startsWith("H:2");
        } catch (IOException e) {
            return false;
        }
    }

    /** A new connection, auto-commit on. Callers close it. */
    public Connection connect() {
        WorkspaceException stopped = stoppedAsDamaged;
        if (stopped != null) {
            throw stopped; // a new connection would start the engine again on the damaged file
        }
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotOpen", name(), e.getMessage());
        }
    }

    /** The workspace file, or null for a shared workspace (it is no file of this computer). */
    public Path file() {
        return dbFile;
    }

    /**
     * After memory ran out or the engine failed: true when the workspace answers, reopening it if the
     * engine closed it. H2 closes a database whose store failed (an {@link OutOfMemoryError} inside the
     * engine does that) and keeps its file locked until that close is finished, so the reopening is tried
     * a few times, freeing memory in between. Reopening removes the rows of an import the failure cut short,
     * as opening after a crash does.
     *
     * @return false when it still cannot be reopened: nothing more can be written until the program restarts
     */
    public synchronized boolean answersAfterFailure() {
        if (answers()) {
            return true;
        }
        LOG.warn("The workspace {} was closed by the database engine; reopening it", name());
        return reopen();
    }

    /**
     * After memory ran out in an import: the engine is stopped without writing anything more and the workspace
     * reopened from its file, as after a crash. Memory running out inside H2 can leave its store answering reads
     * yet failing every write, or closing itself a moment later, or holding a lock for good; a fresh engine has
     * none of that, and the opening removes the rows of the import cut short. A shared workspace's server is
     * not ours to stop: it is only checked, as {@link #answersAfterFailure} does.
     *
     * @return false when it cannot be reopened: nothing more can be written until the program restarts
     */
    public synchronized boolean restartAfterMemoryFailure() {
        if (shared != null) {
            return answersAfterFailure();
        }
        LOG.warn("Memory ran out while {} was open; restarting its database engine", name());
        // What was committed must reach the file first: stopping without writing loses the transactions of the
        // engine's last write delay (the file imported just before would be gone). A store whose lock the
        // failure left taken never finishes that write: given a few seconds, then stopped all the same.
        Thread checkpoint = new Thread(() -> {
            try (Connection c = dataSource.getConnection(); java.sql.Statement st = c.createStatement()) {
                st.execute("CHECKPOINT");
            } catch (SQLException | RuntimeException e) {
                LOG.debug("Writing {} before restarting its engine: {}", name(), e.toString());
            }
        }, "emis-checkpoint");
        checkpoint.setDaemon(true);
        checkpoint.start();
        try {
            checkpoint.join(CHECKPOINT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Connection c = dataSource.getConnection(); java.sql.Statement st = c.createStatement()) {
            st.execute("SHUTDOWN IMMEDIATELY");
        } catch (SQLException | RuntimeException e) {
            // Already closed by the engine itself: reopened below all the same.
            LOG.debug("Stopping the engine of {}: {}", name(), e.toString());
        }
        return reopen();
    }

    /**
     * After the engine met a part of the file it cannot read (a block zeroed, a bit flipped: found only when
     * that part is read, the check before opening reads no data): the engine is stopped without writing
     * anything more, as a normal close would write to the damaged file, and the refusal naming the newest
     * backup is returned. Empty when {@code failure} is not that, or for a shared workspace. The workspace
     * cannot be used afterwards.
     */
    public synchronized java.util.Optional<WorkspaceException> stopIfDamaged(Throwable failure) {
        if (shared != null || keepAlive == null || !stopIfDamaged(dataSource, failure)) {
            return java.util.Optional.empty();
        }
        Connection held = keepAlive;
        keepAlive = null;
        try {
            held.close();
        } catch (SQLException e) {
            LOG.debug("Closing the stopped workspace {}", name(), e);
        }
        stoppedAsDamaged = WorkspaceDamage.damagedInUse(dbFile, Message.of("workspace.damage.unreadable"), failure);
        return java.util.Optional.of(stoppedAsDamaged);
    }

    /** True when {@code failure} says the file is damaged; the engine behind {@code ds} is then stopped unwritten. */
    private static boolean stopIfDamaged(javax.sql.DataSource ds, Throwable failure) {
        if (!EngineErrors.phrase(failure).map(m -> m.key().equals("engine.damaged")).orElse(false)) {
            return false;
        }
        try (Connection c = ds.getConnection(); java.sql.Statement st = c.createStatement()) {
            st.execute("SHUTDOWN IMMEDIATELY");
        } catch (SQLException | RuntimeException e) {
            // The engine closed itself already: it wrote nothing more then either.
            LOG.debug("Stopping the engine after damage was found: {}", e.toString());
        }
        return true;
    }

    private boolean reopen() {
        if (stoppedAsDamaged != null) {
            return false; // stopped unwritten because its file is damaged: never started again on it
        }
        // The engine failed: its own exit hook may never end (StuckEngineGuard).
        StuckEngineGuard.arm();
        closeKeepAlive();
        for (int attempt = 0; attempt < REOPEN_ATTEMPTS; attempt++) {
            System.gc();
            try (Connection c = dataSource.getConnection()) {
                if (shared == null) {
                    BatchCleanup.recover(c);
                } else {
                    // On a shared workspace another officer's import may be running: only unheld batches go.
                    BatchCleanup.recoverUnheld(c);
                }
                keepAlive = shared == null ? dataSource.getConnection() : null;
                LOG.info("Reopened the workspace {}", name());
                return true;
            } catch (SQLException | RuntimeException e) {
                LOG.debug("Reopening {} (attempt {}): {}", name(), attempt + 1, e.toString());
            }
            try {
                Thread.sleep(REOPEN_PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private boolean answers() {
        try (Connection c = dataSource.getConnection(); java.sql.Statement st = c.createStatement()) {
            st.execute("SELECT 1");
            return true;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** The copy made before this open upgraded the schema, or null when none was needed. */
    public Path backupMade() {
        return backupMade;
    }

    /**
     * Copies the whole database to {@code target} (a .mv.db file, replaced if there) while the workspace
     * stays open; the copy opens at the workspace's state ({@link OnlineBackup}).
     */
    public synchronized void backupTo(Path target) {
        if (shared != null) {
            throw new WorkspaceException(null, "workspace.sharedBackup", name());
        }
        Path copy = databaseFile(target);
        if (copy.equals(dbFile)) {
            throw new WorkspaceException(null, "workspace.backupOverItself", dbFile.getFileName());
        }
        OnlineBackup.write(this, copy, true, Cancellation.none());
    }

    /**
     * Before an import: a copy beside the workspace, {@code NAME.backup-before-import-YYYYMMDD-HHMMSS.mv.db},
     * then only the newest {@code kept} such copies are left (the copies made before upgrades or by a
     * person are never removed).
     *
     * @return the copy, or null when the workspace holds no import yet (there is nothing to lose)
     * @throws WorkspaceException workspace.backupFailed when no whole copy could be written; nothing was
     *                            changed and the import must not go on
     */
    public synchronized Path backupBeforeImport(int kept, Cancellation cancel) {
        return backupBeforeImport(kept, cancel, () -> { });
    }

    /** As above; {@code starting} runs once a copy is to be made (not for a workspace holding nothing yet). */
    public synchronized Path backupBeforeImport(int kept, Cancellation cancel, Runnable starting) {
        Path target = backupBeforeImport(cancel, starting);
        if (target != null) {
            Backups.prune(dbFile, kept);
        }
        return target;
    }

    /**
     * As above, without removing the older copies: the run that asked for it removes them once it has written
     * something ({@link #pruneBeforeImportBackups}), or removes this copy when it wrote nothing
     * ({@link #discardBeforeImportBackup}), so that a run that stores nothing leaves the backups as they were.
     */
    public synchronized Path backupBeforeImport(Cancellation cancel, Runnable starting) {
        if (shared != null) {
            // The server's own backups (its administrator's) keep a shared workspace; none is made here.
            return null;
        }
        try (Connection c = connect()) {
            if (Sql.count(c, "SELECT COUNT(*) FROM import_batch") == 0) {
                return null;
            }
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.backupFailed", dbFile.getFileName(), e.getMessage());
        }
        starting.run();
        Path target = Backups.nextBeforeImport(dbFile, java.time.LocalDateTime.now());
        OnlineBackup.write(this, target, false, cancel);
        LOG.info("Backed up {} to {} before importing", dbFile, target);
        return target;
    }

    /** Leaves only the newest {@code kept} copies made before imports. */
    public synchronized void pruneBeforeImportBackups(int kept) {
        Backups.prune(dbFile, kept);
    }

    /**
     * Removes a copy made before an import that then wrote nothing (every file refused): it is the workspace as it
     * still is, and would only push an older copy out. Only a copy of this workspace made before an import.
     */
    public synchronized void discardBeforeImportBackup(Path backup) {
        if (backup == null || !Backups.beside(dbFile).stream().anyMatch(b -> b.file().equals(backup)
                && b.kind() == org.emisworkbench.model.WorkspaceBackup.Kind.BEFORE_IMPORT)) {
            return;
        }
        try {
            java.nio.file.Files.deleteIfExists(backup);
            LOG.info("Removed the backup {}: the import wrote nothing", backup);
        } catch (java.io.IOException e) {
            LOG.warn("Could not remove the backup {}: {}", backup, e.getMessage());
        }
    }

    /**
     * Replaces the database at {@code dbPath} with the backup {@code backup}. The workspace must not be
     * open (in this program or another). The backup is checked as any workspace is before it is opened;
     * the replaced database is kept aside as {@code NAME.before-restore.mv.db}; the backup is copied
     * beside the workspace first and moved into place, so the workspace is never half replaced.
     *
     * @return where the replaced database was kept, or null when there was none
     */
    public static Path restore(Path backup, Path dbPath) {
        Path file = databaseFile(dbPath);
        Path source = databaseFile(backup);
        if (!Files.isRegularFile(source) || !looksLikeH2(source)) {
            throw new WorkspaceException(null, "workspace.notABackup", source.getFileName());
        }
        if (source.equals(file)) {
            throw new WorkspaceException(null, "workspace.restoreOverItself", file.getFileName());
        }
        WorkspaceCheck.verify(source);
        Path part = null;
        Path aside = null;
        try {
            part = Files.createTempFile(file.getParent(), "." + WorkspaceDamage.stem(file) + ".restore-", SUFFIX);
            Files.copy(source, part, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(part,
                    java.nio.file.StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            FilePermissions.restrictToOwner(part);
            if (Files.exists(file)) {
                refuseWhileOpen(file);
                aside = WorkspaceFiles.asideName(file, "before-restore");
                Files.copy(file, aside, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                FilePermissions.restrictToOwner(aside);
            }
            Files.move(part, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            part = null;
            return aside;
        } catch (IOException e) {
            throw new WorkspaceException(e, "workspace.cannotRestore", source.getFileName(),
                    e.getMessage());
        } finally {
            if (part != null) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException e) {
                    LOG.warn("Could not remove {}: {}", part, e.getMessage());
                }
            }
        }
    }

    /** Refuses to replace a workspace that H2 holds open here or in another program (H2 locks the file). */
    private static void refuseWhileOpen(Path file) throws IOException {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.READ, java.nio.file.StandardOpenOption.WRITE);
             java.nio.channels.FileLock lock = ch.tryLock()) {
            if (lock == null) {
                throw new WorkspaceException(null, "workspace.restoreWhileOpen", file.getFileName());
            }
        } catch (java.nio.channels.OverlappingFileLockException e) {
            throw new WorkspaceException(e, "workspace.restoreWhileOpen", file.getFileName());
        }
    }

    private void closeKeepAlive() {
        try {
            if (keepAlive != null) {
                keepAlive.close();
            }
        } catch (SQLException e) {
            // No engine text on the officer's terminal ("Out of memory. [90108-232]" after a memory-starved
            // check, issue 12, 4b): a plain line; the engine's own words only in the debug log.
            LOG.warn("The workspace was not closed cleanly ({}); it is checked again when it is next opened.",
                    EngineErrors.phrase(e).map(org.emisworkbench.model.Message::english).orElse("the engine gave no reason"));
            LOG.debug("Closing the workspace", e);
        }
        keepAlive = null;
    }

    @Override
    public synchronized void close() {
        closeKeepAlive();
    }
}
