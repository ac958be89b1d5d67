package org.emisworkbench.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes workspace files that hold code, one kind per file, from a real workspace: a copy of it with
 * one object added through plain H2. Each payload leaves a marker file when it runs. Runs in a child
 * JVM ({@code main}): adding some objects runs them once (H2 starts a trigger when it is created), so
 * the markers are deleted after building; then each file is opened once with plain H2, without the
 * workbench's check, and the kinds whose marker appeared are printed as {@code LIVE kind}: the code
 * that opening alone runs.
 */
public final class HostileWorkspaces {
    /** System property naming the folder where the marker classes below write. */
    public static final String MARKERS = "emis.hostile.markers";

    private HostileWorkspaces() {
    }

    /** The statements each hostile file adds to the clean workspace; {@code @M} is the marker folder. */
    public static Map<String, List<String>> kinds() {
        String write = "java.nio.file.Files.writeString(java.nio.file.Path.of(\"@M\", \"marker-%s\"), \"ran\");";
        Map<String, List<String>> k = new LinkedHashMap<>();
        k.put("trigger-source", List.of("CREATE TRIGGER TRG_X BEFORE INSERT ON SCHOOL FOR EACH ROW AS $$"
                + "org.h2.api.Trigger create() throws Exception { " + write.formatted("trigger-source")
                + " return new org.h2.api.Trigger() { public void fire(java.sql.Connection c, Object[] o, Object[] n) {} }; }$$"));
        k.put("trigger-class", List.of("CREATE TRIGGER TRG_C AFTER INSERT ON IMPORT_BATCH FOR EACH ROW CALL '"
                + MarkerTrigger.class.getName() + "'"));
        k.put("alias-source", List.of("CREATE ALIAS PWN AS $$String pwn() throws Exception { "
                + write.formatted("alias-source") + " return \"x\"; }$$"));
        k.put("alias-class", List.of("CREATE ALIAS SETPROP FOR 'java.lang.System.setProperty'"));
        k.put("alias-runtime", List.of("CREATE ALIAS RUNTIME FOR 'java.lang.Runtime.getRuntime'"));
        k.put("aggregate", List.of("CREATE AGGREGATE AGG FOR '" + MarkerAggregate.class.getName() + "'"));
        k.put("linked-table", List.of("CREATE LINKED TABLE LT('org.h2.Driver', 'jdbc:h2:file:@M/linked-target', "
                + "'emis', '', 'T')"));
        k.put("view-calling-alias", List.of("CREATE ALIAS SETPROP FOR 'java.lang.System.setProperty'",
                "CREATE VIEW SCHOOL_VIEW AS SELECT SETPROP('emis.hostile.view', 'ran') AS X"));
        k.put("view-alone", List.of("CREATE VIEW SCHOOL_VIEW AS SELECT CODE FROM SCHOOL"));
        k.put("default-calling-function", List.of(
                "ALTER TABLE SCHOOL ALTER COLUMN NAME SET DEFAULT FILE_WRITE('ran', '@M/marker-default')"));
        k.put("check-calling-alias", List.of("CREATE ALIAS SETPROP FOR 'java.lang.System.setProperty'",
                "ALTER TABLE SCHOOL ADD CONSTRAINT CK_X CHECK (COALESCE(SETPROP('emis.hostile.check', 'ran'), 'x') IS NOT NULL)"));
        k.put("check-alone", List.of("ALTER TABLE SCHOOL ADD CONSTRAINT CK_Y CHECK (LENGTH(CODE) < 1000)"));
        k.put("generated-column", List.of("ALTER TABLE SCHOOL ADD COLUMN G VARCHAR(10) GENERATED ALWAYS AS "
                + "(CAST(FILE_WRITE('ran', '@M/marker-generated') AS VARCHAR(10)))"));
        k.put("domain", List.of("CREATE DOMAIN CODE_TEXT AS VARCHAR(40) CHECK (VALUE <> '')"));
        k.put("sequence", List.of("CREATE SEQUENCE EXTRA_SEQ"));
        k.put("constant", List.of("CREATE CONSTANT EXTRA_CONST VALUE 1"));
        k.put("schema", List.of("CREATE SCHEMA EXTRA"));
        k.put("table", List.of("CREATE TABLE NOTES(TXT VARCHAR(10))"));
        k.put("user", List.of("CREATE USER INTRUDER PASSWORD 'x' ADMIN"));
        k.put("role-and-right", List.of("CREATE ROLE READERS", "GRANT SELECT ON SCHOOL TO READERS"));
        k.put("storage-type", List.of()); // written below, straight into the file's registry of types
        k.put("history-checksum", List.of("UPDATE \"flyway_schema_history\" SET \"checksum\" = 12345"
                + " WHERE \"installed_rank\" = 1"));
        k.put("history-extra-step", List.of("INSERT INTO \"flyway_schema_history\" SELECT \"installed_rank\" + 100,"
                + " '99', 'later', \"type\", 'V99__later.sql', 1, \"installed_by\", \"installed_on\","
                + " \"execution_time\", \"success\" FROM \"flyway_schema_history\" WHERE \"installed_rank\" = 1"));
        return k;
    }

    /** args: clean workspace file, folder for the hostile files (and their markers). */
    public static void main(String[] args) throws Exception {
        Path clean = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        System.setProperty(MARKERS, out.toString());
        for (Map.Entry<String, List<String>> e : kinds().entrySet()) {
            Path file = out.resolve(e.getKey() + ".mv.db");
            Files.copy(clean, file, StandardCopyOption.REPLACE_EXISTING);
            if (e.getKey().equals("linked-table")) {
                try (Connection c = connect(out.resolve("linked-target.mv.db"))) {
                    c.createStatement().execute("CREATE TABLE T(X INT)");
                }
            }
            try (Connection c = connect(file); Statement s = c.createStatement()) {
                for (String sql : e.getValue()) {
                    s.execute(sql.replace("@M", out.toString()));
                }
            }
            if (e.getKey().equals("storage-type")) {
                addStorageType(file);
            }
            clearMarkers(out);
            try (Connection c = connect(file)) {
                c.isValid(1); // opening alone
            } catch (SQLException ex) {
                System.out.println("OPEN-FAILED " + e.getKey() + " " + ex.getMessage().lines().findFirst().orElse(""));
            }
            if (!markers(out).isEmpty()) {
                System.out.println("LIVE " + e.getKey() + " " + markers(out));
            }
            clearMarkers(out);
            System.out.println("BUILT " + e.getKey());
        }
    }

    /**
     * Adds to the file's registry of storage types an entry naming {@link MarkerType}: H2 loads every
     * class named there (Class.forName) when it opens the file.
     */
    private static void addStorageType(Path file) {
        try (org.h2.mvstore.MVStore mv = new org.h2.mvstore.MVStore.Builder().fileName(file.toString()).open()) {
            org.h2.mvstore.MVMap<String, String> registry = mv.openMap("_", new org.h2.mvstore.MVMap.Builder<String,
                    String>().keyType(org.h2.mvstore.type.StringDataType.INSTANCE).valueType(new ClassNameType()));
            registry.put("0badc0de", MarkerType.class.getName());
            mv.commit();
        }
    }

    /** Writes a registry entry as H2's MetaType does for a type without state: the class name alone. */
    private static final class ClassNameType extends org.h2.mvstore.type.BasicDataType<String> {
        @Override
        public void write(org.h2.mvstore.WriteBuffer buff, String name) {
            buff.putVarInt(name.length()).putStringData(name, name.length());
        }

        @Override
        public String read(java.nio.ByteBuffer buff) {
            return org.h2.mvstore.DataUtils.readString(buff, org.h2.mvstore.DataUtils.readVarInt(buff));
        }

        @Override
        public int getMemory(String obj) {
            return 64;
        }

        @Override
        public String[] createStorage(int size) {
            return new String[size];
        }
    }

    /** A "storage type" whose loading leaves a marker. */
    public static final class MarkerType {
        static {
            mark("storage-type");
        }

        public static final Object INSTANCE = new Object();
    }

    private static Connection connect(Path file) throws SQLException {
        String base = file.toString().substring(0, file.toString().length() - ".mv.db".length());
        return DriverManager.getConnection("jdbc:h2:file:" + base, "emis", "");
    }

    /** The markers present in {@code dir}: files named marker-* and the linked table's target database. */
    public static List<Path> markers(Path dir) {
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("marker-")
                    || p.getFileName().toString().startsWith("linked-target")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void clearMarkers(Path dir) throws IOException {
        for (Path p : markers(dir)) {
            Files.delete(p);
        }
    }

    private static void mark(String kind) {
        String dir = System.getProperty(MARKERS, System.getProperty("java.io.tmpdir"));
        try {
            Files.writeString(Path.of(dir, "marker-" + kind), "ran");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A trigger by class name: loading it, creating it or firing it leaves a marker. */
    public static final class MarkerTrigger implements org.h2.api.Trigger {
        static {
            mark("trigger-class-loaded");
        }

        public MarkerTrigger() {
            mark("trigger-class");
        }

        @Override
        public void fire(Connection conn, Object[] oldRow, Object[] newRow) {
            mark("trigger-class-fired");
        }
    }

    /** An aggregate by class name: loading it leaves a marker. */
    public static final class MarkerAggregate implements org.h2.api.AggregateFunction {
        static {
            mark("aggregate-loaded");
        }

        public MarkerAggregate() {
            mark("aggregate");
        }

        @Override
        public int getType(int[] inputTypes) {
            return java.sql.Types.INTEGER;
        }

        @Override
        public void add(Object value) {
            mark("aggregate-called");
        }

        @Override
        public Object getResult() {
            return 0;
        }
    }
}
