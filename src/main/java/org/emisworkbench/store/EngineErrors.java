package org.emisworkbench.store;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.emisworkbench.model.Causes;
import org.emisworkbench.model.DiskFull;
import org.emisworkbench.model.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database engine's and the file system's failures in the officer's words. H2's texts ("Database may
 * be already in use … use the server mode [90020-232]", "Wrong user name or password [28000-232]",
 * "MVStoreException: Writing to sun.nio.ch.FileChannelImpl@… failed") mean nothing to a district
 * officer; each becomes a phrase that says what happened and what to do. The engine's text is logged
 * (at debug level) for whoever investigates.
 */
public final class EngineErrors {
    private static final Logger LOG = LoggerFactory.getLogger(EngineErrors.class);

    /** H2's error codes (org.h2.api.ErrorCode), named here so that the mapping reads plainly. */
    static final int DATABASE_ALREADY_OPEN = 90020;
    static final int WRONG_USER_OR_PASSWORD = 28000;
    static final int FILE_ENCRYPTION_ERROR = 90049;
    static final int WRONG_PASSWORD_FORMAT = 90050;
    static final int FILE_CORRUPTED = 90030;
    static final int DATABASE_CLOSED = 90098;

    private EngineErrors() {
    }

    /**
     * A plain phrase for a failure of the database or of the disk under it, or empty when {@code t} is
     * neither (its own message is then already meant for people, e.g. a path).
     */
    public static Optional<Message> phrase(Throwable t) {
        if (t == null) {
            return Optional.empty();
        }
        SQLException sql = null;
        for (Throwable c : Causes.of(t)) {
            if (diskFull(c)) {
                LOG.debug("Disk full or write refused", t);
                return Optional.of(Message.of("engine.diskFull"));
            }
            if (outOfMemory(c)) {
                // H2 wraps an OutOfMemoryError of its store in its own exceptions, sometimes only by its text.
                LOG.debug("Out of memory in the database engine", t);
                return Optional.of(Message.of("engine.outOfMemory"));
            }
            if (c instanceof SQLException s && sql == null) {
                sql = s;
            }
        }
        if (sql == null && !mentionsEngine(t)) {
            return Optional.empty();
        }
        LOG.debug("Database engine failure", t);
        if (sql != null && sql.getClass().getName().startsWith("org.postgresql.")) {
            return Optional.of(server(sql));
        }
        int code = sql == null ? 0 : sql.getErrorCode();
        String text = String.valueOf(t.getMessage());
        if (code == DATABASE_ALREADY_OPEN || text.contains("Database may be already in use")
                || text.contains("Locked by another")) {
            return Optional.of(Message.of("engine.openElsewhere"));
        }
        if (code == WRONG_USER_OR_PASSWORD || code == FILE_ENCRYPTION_ERROR || code == WRONG_PASSWORD_FORMAT) {
            return Optional.of(Message.of("engine.foreign"));
        }
        if (code == DATABASE_CLOSED) {
            return Optional.of(Message.of("engine.closed"));
        }
        if (code == FILE_CORRUPTED || anyMessageContains(t, "File corrupted")) {
            // H2 says a page it reads is corrupted as a general error (50000) with these words, e.g. after its
            // own writing thread ran out of memory (h2database issue 1455).
            return Optional.of(Message.of("engine.damaged"));
        }
        return Optional.of(code == 0 ? Message.of("engine.otherNoCode") : Message.of("engine.other", Integer.toString(code)));
    }

    /**
     * A shared workspace's server (decision 0018) said no: by its SQLSTATE, which names the class of failure
     * (28: the role or password, 08: the connection, 3D000: no such database, 42501: a right the role lacks).
     * The server's text, which may name the role, is logged, not shown; it never holds the password.
     */
    private static Message server(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("28")) {
            return Message.of("engine.sharedLogin");
        }
        if (state.startsWith("08") || state.equals("3D000")) {
            return Message.of("engine.serverUnreachable");
        }
        if (state.equals("42501")) {
            return Message.of("engine.sharedNotAllowed");
        }
        return state.isEmpty() ? Message.of("engine.otherNoCode") : Message.of("engine.other", state);
    }

    private static boolean diskFull(Throwable c) {
        String m = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
        return DiskFull.says(c)
                // MVStore's own words when a page could not be written, the disk having refused it.
                || (m.contains("writing to") && m.contains("failed") && m.contains("filechannel"));
    }

    private static boolean outOfMemory(Throwable c) {
        return c instanceof OutOfMemoryError || String.valueOf(c.getMessage()).contains("OutOfMemoryError")
                // H2's own code for it ("Out of memory. [90108-232]"), the Java error itself not kept as the cause.
                || c instanceof SQLException s && s.getErrorCode() == org.h2.api.ErrorCode.OUT_OF_MEMORY
                && !s.getClass().getName().startsWith("org.postgresql.");
    }

    private static boolean anyMessageContains(Throwable t, String words) {
        for (Throwable c : Causes.of(t)) {
            if (String.valueOf(c.getMessage()).contains(words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsEngine(Throwable t) {
        for (Throwable c : Causes.of(t)) {
            String name = c.getClass().getName();
            if (name.startsWith("org.h2.") || name.startsWith("org.flywaydb.") || name.startsWith("org.postgresql.")) {
                return true;
            }
        }
        return false;
    }
}
