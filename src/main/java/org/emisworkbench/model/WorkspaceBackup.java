package org.emisworkbench.model;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * A backup file beside a workspace.
 *
 * @param madeAt the time in its name
 * @param number its number among copies made in the same second (1 for the first)
 * @param bytes  its size
 */
public record WorkspaceBackup(Path file, Kind kind, LocalDateTime madeAt, int number, long bytes) {
    /** Why it was made. */
    public enum Kind {
        /** Automatically, before an import; only the newest few are kept. */
        BEFORE_IMPORT,
        /** Automatically, before the schema was upgraded; never removed. */
        BEFORE_UPGRADE,
        /** By a person (any {@code NAME.backup-YYYYMMDD-HHMMSS.mv.db}); never removed. */
        OTHER;

        /** How the kind reads in a list, in any language. */
        public Message label() {
            return Message.of("backup.kind." + name());
        }
    }
}
