package org.emisworkbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.emisworkbench.model.Message;
import org.h2.engine.DbObject;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The check every existing workspace file passes before H2 opens it (decision 0009): it must be whole
 * (not cut, so that H2 neither empties it nor falls back to an earlier state), and nothing in it may
 * make H2 run code. Every object the file declares must be one our schema scripts create, in the
 * form they create it, and its schema history must be ours, step by step. The file is read with
 * {@link StoredCatalogue}, never opened as a database, so a refused file is left exactly as it was.
 *
 * <p>What "ours" means is not written down twice: the scripts are run once per program start into a
 * scratch database, and its objects, read the same way, are the reference.
 */
final class WorkspaceCheck {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WorkspaceCheck.class);
    private static final Map<String, Reference> REFERENCES = new ConcurrentHashMap<>();
    private static final String LATEST = "latest";

    private WorkspaceCheck() {
    }

    /** Objects and history of a database built by our scripts alone. */
    private record Reference(Set<String> objects, List<StoredCatalogue.HistoryStep> history) {
    }

    /**
     * Refuses {@code file} with a plain message unless every object and history step in it is ours.
     *
     * @return true when its schema history is complete (no script of ours is left to run on it)
     * @throws WorkspaceException workspace.unsafe.*, workspace.notOurs, workspace.newer or a damage message
     */
    static boolean verify(Path file) {
        WorkspaceDamage.Header header = WorkspaceDamage.checkIntact(file);
        StoredCatalogue found;
        try {
            found = readWaitingForClose(file);
        } catch (StoredCatalogue.ForeignType e) {
            WorkspaceDamage.checkChunks(file, header);
            throw WorkspaceDamage.unsafe(file, Message.of("workspace.unsafe.object", file.getFileName(),
                    Message.of("workspace.object.storageType", printable(e.className()))));
        } catch (StoredCatalogue.Unreadable e) {
            WorkspaceDamage.checkChunks(file, header);
            throw WorkspaceDamage.damaged(file, Message.of("workspace.damage.unreadable"), e);
        } catch (StoredCatalogue.Locked e) {
            throw new WorkspaceException(e, "workspace.inUse", file.getFileName(), "the file is locked");
        }
        // Whole, and opening at its newest state: a cut file is refused as damaged before what it holds is judged.
        WorkspaceDamage.checkChunks(file, header);
        if (found.structureChangePending()) {
            throw WorkspaceDamage.damaged(file, Message.of("workspace.damage.unfinishedChange"), null);
        }
        List<StoredCatalogue.HistoryStep> history = found.history();
        if (history.isEmpty()) {
            throw new WorkspaceException(null, "workspace.notOurs", file.getFileName());
        }
        List<StoredCatalogue.HistoryStep> ours = reference(LATEST).history();
        for (int i = 0; i < history.size(); i++) {
            StoredCatalogue.HistoryStep step = history.get(i);
            if (i >= ours.size()) {
                throw new WorkspaceException(null, "workspace.newer", file.getFileName(), printable(step.version()));
            }
            if (!step.equals(ours.get(i))) {
                throw WorkspaceDamage.unsafe(file, Message.of("workspace.unsafe.history", file.getFileName(),
                        printable(step.version()), printable(step.description())));
            }
        }
        String version = history.get(history.size() - 1).version();
        Reference reference = version.equals(ours.get(ours.size() - 1).version()) ? reference(LATEST)
                : reference(version);
        for (StoredCatalogue.StoredObject o : found.objects()) {
            if (o.type() == DbObject.USER && !opensWithOurPassword(o.sql())) {
                // Another password (a program or a person changed it): H2 would open the file, refuse the
                // login and still rewrite the file on closing. Refused here, the file is left byte for byte.
                throw new WorkspaceException(null, "workspace.notOurs", file.getFileName());
            }
        }
        Set<String> seen = new HashSet<>();
        for (StoredCatalogue.StoredObject o : found.objects()) {
            String key = normalized(o.sql());
            if (!reference.objects().contains(key)) {
                throw WorkspaceDamage.unsafe(file, Message.of("workspace.unsafe.object", file.getFileName(),
                        describe(o, reference.objects())));
            }
            seen.add(key);
        }
        if (!seen.containsAll(reference.objects())) {
            throw new WorkspaceException(null, "workspace.notOurs", file.getFileName());
        }
        return history.size() == ours.size();
    }

    /**
     * Reads the file, waiting up to two seconds while it is locked: a workspace just closed in this
     * program (reopened, restored) may still be closing its last connection.
     */
    private static StoredCatalogue readWaitingForClose(Path file)
            throws StoredCatalogue.Unreadable, StoredCatalogue.ForeignType, StoredCatalogue.Locked {
        for (int attempt = 0; ; attempt++) {
            try {
                return StoredCatalogue.read(file);
            } catch (StoredCatalogue.Locked e) {
                if (attempt >= 20) {
                    throw e;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static final Pattern USER_HASH = Pattern.compile("SALT '([0-9a-f]*)' HASH '([0-9a-f]*)'");

    /**
     * True when the stored user is the workbench's and its password is the workbench's (empty): the salted
     * hash H2 keeps, recomputed as H2 computes it at login. A user stored without a hash is refused.
     */
    static boolean opensWithOurPassword(String createUser) {
        String name = firstName(createUser);
        if (name == null || !name.equals(Workspace.USER.toUpperCase(Locale.ROOT))) {
            return true; // another user is refused by the object check below, with its name
        }
        Matcher m = USER_HASH.matcher(createUser);
        if (!m.find()) {
            return false;
        }
        byte[] salt = org.h2.util.StringUtils.convertHexToBytes(m.group(1));
        byte[] hash = org.h2.util.StringUtils.convertHexToBytes(m.group(2));
        byte[] login = org.h2.security.SHA256.getKeyPasswordHash(name, new char[0]);
        return java.security.MessageDigest.isEqual(hash, org.h2.security.SHA256.getHashWithSalt(login, salt));
    }

    private static Reference reference(String version) {
        return REFERENCES.computeIfAbsent(version, WorkspaceCheck::build);
    }

    /** Runs our schema scripts up to {@code version} into a scratch database and reads it back. */
    private static Reference build(String version) {
        long start = System.nanoTime();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("emis-schema-");
            Path file = dir.resolve("reference" + Workspace.SUFFIX);
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL(Workspace.url(file));
            ds.setUser(Workspace.USER);
            ds.setPassword("");
            Migrations.migrate(ds, file, false, version);
            StoredCatalogue catalogue = StoredCatalogue.read(file);
            Set<String> objects = new HashSet<>();
            catalogue.objects().forEach(o -> objects.add(normalized(o.sql())));
            LOG.info("Built the reference schema ({}) in {} ms", version, (System.nanoTime() - start) / 1_000_000);
            return new Reference(Set.copyOf(objects), catalogue.history());
        } catch (IOException | StoredCatalogue.Unreadable | StoredCatalogue.ForeignType | StoredCatalogue.Locked e) {
            throw new IllegalStateException("Cannot build the reference schema: " + e.getMessage(), e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A scratch folder in the temporary directory; the system clears it.
        }
    }

    private static final Pattern SEQUENCE = Pattern.compile("SYSTEM_SEQUENCE_[0-9A-F_]{36}");
    private static final Pattern RESTART = Pattern.compile(" RESTART WITH -?\\d+");
    private static final Pattern SELECTIVITY = Pattern.compile(" SELECTIVITY \\d+");
    private static final Pattern GENERATED_NAME =
            Pattern.compile("\"(PRIMARY_KEY|CONSTRAINT_INDEX|CONSTRAINT|FK_INDEX|INDEX)_[0-9A-F]+\"");
    private static final Pattern USER_SECRET = Pattern.compile("SALT '[0-9a-f]*' HASH '[0-9a-f]*'");
    private static final Pattern BUILD = Pattern.compile("^SET CREATE_BUILD \\d+$");

    /**
     * A statement without what differs between two databases built by the same scripts: names H2
     * generates from object numbers or random ids, where identity counters stand, the column
     * selectivity H2's statistics record, the password salt.
     */
    static String normalized(String sql) {
        String s = SEQUENCE.matcher(sql).replaceAll("SYSTEM_SEQUENCE_#");
        s = RESTART.matcher(s).replaceAll("");
        s = SELECTIVITY.matcher(s).replaceAll("");
        s = GENERATED_NAME.matcher(s).replaceAll("\"$1_#\"");
        s = USER_SECRET.matcher(s).replaceAll("SALT '#' HASH '#'");
        return BUILD.matcher(s).replaceAll("SET CREATE_BUILD #");
    }

    private static final Pattern NAME = Pattern.compile("\"((?:[^\"]|\"\")*)\"(?:\\.\"((?:[^\"]|\"\")*)\")?");
    private static final Pattern ON_TABLE = Pattern.compile(" ON \"(?:[^\"]|\"\")*\"\\.\"((?:[^\"]|\"\")*)\"");

    /** "trigger TRG_X on table SCHOOL", "function EXEC", "table SCHOOL in a form we did not give it"… */
    static Message describe(StoredCatalogue.StoredObject o, Set<String> ours) {
        String sql = o.sql();
        String upper = sql.toUpperCase(Locale.ROOT);
        String name = firstName(sql);
        String kind = switch (o.type()) {
            case DbObject.TABLE_OR_VIEW -> upper.contains(" VIEW ") ? "view"
                    : upper.contains(" LINKED TABLE ") ? "linkedTable"
                    : isOurTableName(name, ours) ? "changedTable" : "table";
            case DbObject.INDEX -> "index";
            case DbObject.USER -> "user";
            case DbObject.SEQUENCE -> "sequence";
            case DbObject.TRIGGER -> "trigger";
            case DbObject.CONSTRAINT -> "constraint";
            case DbObject.SETTING -> "setting";
            case DbObject.ROLE -> "role";
            case DbObject.RIGHT -> "right";
            case DbObject.FUNCTION_ALIAS -> "function";
            case DbObject.SCHEMA -> "schema";
            case DbObject.CONSTANT -> "constant";
            case DbObject.DOMAIN -> "domain";
            case DbObject.AGGREGATE -> "aggregate";
            case DbObject.SYNONYM -> "synonym";
            case DbObject.COMMENT -> "comment";
            default -> "other";
        };
        if (o.type() == DbObject.SETTING) {
            String[] words = sql.split("\\s+");
            name = words.length > 1 ? words[1] : sql;
        }
        if (o.type() == DbObject.TRIGGER || o.type() == DbObject.CONSTRAINT && upper.startsWith("ALTER TABLE")) {
            Matcher on = ON_TABLE.matcher(sql);
            String table = o.type() == DbObject.TRIGGER ? (on.find() ? on.group(1) : "?") : name;
            String own = o.type() == DbObject.TRIGGER ? name : secondName(sql);
            return Message.of("workspace.object." + kind, printable(own), printable(table));
        }
        return Message.of("workspace.object." + kind, printable(name));
    }

    private static boolean isOurTableName(String name, Set<String> ours) {
        String marker = ".\"" + name.replace("\"", "\"\"") + "\"(";
        return ours.stream().anyMatch(s -> s.startsWith("CREATE") && s.contains(marker));
    }

    private static String firstName(String sql) {
        Matcher m = NAME.matcher(sql);
        if (!m.find()) {
            return sql;
        }
        String n = m.group(2) != null ? m.group(2) : m.group(1);
        return n.replace("\"\"", "\"");
    }

    private static String secondName(String sql) {
        Matcher m = NAME.matcher(sql);
        if (!m.find() || !m.find()) {
            return sql;
        }
        String n = m.group(2) != null ? m.group(2) : m.group(1);
        return n.replace("\"\"", "\"");
    }

    /** A name from the file as plain, short, one-line text. */
    static String printable(String s) {
        if (s == null) {
            return "?";
        }
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(80).forEach(c -> b.appendCodePoint(Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT ? '?' : c));
        return s.codePointCount(0, s.length()) > 80 ? b + "…" : b.toString();
    }
}
