package org.emisworkbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Versioned schema scripts (Flyway, decision 0002), with a backup copy before any upgrade. */
final class Migrations {
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {
    }

    /** Applies pending scripts; returns the backup copy made first, or null. */
    static Path migrate(DataSource ds, Path file, boolean existed) {
        return migrate(ds, file, existed, "latest");
    }

    /** As {@link #migrate(DataSource, Path, boolean)}, up to a given version (tests build old databases). */
    static Path migrate(DataSource ds, Path file, boolean existed, String target) {
        Flyway flyway = Flyway.configure().dataSource(ds).locations("classpath:" + MigrationScripts.COMMON)
                .failOnMissingLocations(true).cleanDisabled(true).target(target).load();
        return run(flyway, file == null ? "memory" : file.getFileName(),
                version -> existed ? backup(file, version) : null);
    }

    /**
     * Applies pending scripts to a shared workspace on PostgreSQL, in its own schema (created when the role
     * may, else made beforehand by the database administrator). No copy is made first: the server's backups
     * are its administrator's (docs/shared-workspace.md). Flyway holds PostgreSQL's advisory lock while it
     * works, so two officers opening at once do not both upgrade.
     */
    static void migrateShared(DataSource ds, SharedDatabase db) {
        Flyway flyway = Flyway.configure().dataSource(ds).resourceProvider(new MigrationScripts(true))
                .schemas(db.schema()).defaultSchema(db.schema()).createSchemas(true).cleanDisabled(true).load();
        run(flyway, db.display(), version -> null);
    }

    private static Path run(Flyway flyway, Object name, java.util.function.Function<String, Path> backupBeforeUpgrade) {
        try {
            MigrationInfoService info = flyway.info();
            for (MigrationInfo m : info.applied()) {
                if (m.getState().name().startsWith("FUTURE")) {
                    throw new WorkspaceException(null, "workspace.newer", name,
                            String.valueOf(info.current().getVersion()));
                }
            }
            Path backup = null;
            if (info.applied().length > 0 && info.pending().length > 0) {
                backup = backupBeforeUpgrade.apply(info.current().getVersion().getVersion());
            }
            flyway.migrate();
            return backup;
        } catch (FlywayException e) {
            throw new WorkspaceException(e, "workspace.cannotOpen", name, firstLine(e.getMessage()));
        }
    }

    /** Every schema script of one engine, in order, for a database administrator to review before they run. */
    static String print(boolean postgres) {
        return new MigrationScripts(postgres).print();
    }

    private static Path backup(Path file, String version) {
        String name = file.getFileName().toString();
        String stem = name.substring(0, name.length() - Workspace.SUFFIX.length());
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path target = file.resolveSibling(stem + ".backup-v" + version + "-" + stamp + Workspace.SUFFIX);
        try {
            // Flyway's info connection is closed and H2 closes the file with its last connection,
            // so the copy is of a closed, consistent database.
            Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
            FilePermissions.restrictToOwner(target);
            LOG.info("Backed up {} to {} before upgrading its schema", file, target);
            return target;
        } catch (IOException e) {
            throw new WorkspaceException(e, "workspace.cannotBackUpBeforeUpgrade", file.getFileName(),
                    e.getMessage());
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
