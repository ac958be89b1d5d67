package org.emisworkbench.service;

import java.util.Map;
import java.util.Optional;
import org.emisworkbench.store.SharedDatabase;
import org.emisworkbench.store.WorkspaceException;

/**
 * A shared workspace on a PostgreSQL server as a form names it (decision 0018): host, port, database, role and
 * schema ({@code emis} unless the administrator made another), never a password. Its {@link #address()} is what {@link Workbench#open(String, Map, java.util.function.Function)}
 * opens, the command line's {@code --db postgresql://…} included, so that the window and the command line open
 * a shared workspace one way; it is also what the window remembers of a server.
 */
public record SharedAddress(String host, int port, String database, String user, String schema) {
    /** PostgreSQL's own port, which the form offers. */
    public static final int DEFAULT_PORT = 5432;
    /** The schema a shared workspace lives in unless its administrator chose another. */
    public static final String DEFAULT_SCHEMA = SharedDatabase.DEFAULT_SCHEMA;

    /** The address, {@code postgresql://user@host:5432/database[?schema=…]}, with no password in it. */
    public String address() {
        return SharedDatabase.address(host, port, database, user, schema);
    }

    /**
     * The fields of a remembered address; empty when {@code address} is not one (a workspace file) or cannot
     * be read.
     */
    public static Optional<SharedAddress> of(String address) {
        if (!SharedDatabase.isAddress(address)) {
            return Optional.empty();
        }
        try {
            SharedDatabase db = SharedDatabase.parse(address, Map.of(), null);
            return Optional.of(new SharedAddress(db.host(), db.port(), db.database(), db.user(), db.schema()));
        } catch (WorkspaceException e) {
            return Optional.empty();
        }
    }

    /**
     * The role a form offers first: {@code PGUSER} in {@code env}, else the operating-system user, as the command
     * line takes it when the address names none.
     */
    public static String defaultUser(Map<String, String> env) {
        return env.getOrDefault("PGUSER", System.getProperty("user.name"));
    }

    /**
     * The password the role's {@code ~/.pgpass} holds for this server, database and role (the driver's own
     * reading of it); null when none matches. The caller clears the array once it has used it.
     */
    public char[] savedPassword() {
        try {
            return SharedDatabase.parse(address(), Map.of(), null).savedPassword();
        } catch (WorkspaceException e) {
            return null;
        }
    }
}
