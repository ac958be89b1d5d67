package org.emisworkbench.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A PostgreSQL server for the tests that run against both engines (decision 0018), found once per test JVM:
 * <ul>
 * <li>{@code EMIS_TEST_PG_URL} (e.g. {@code postgresql://127.0.0.1:5432/emis_test}), with the role in
 * {@code EMIS_TEST_PG_USER} (else PGUSER) and its password in PGPASSWORD, when set: a server run by someone
 * else (CI, a developer's own);</li>
 * <li>else a throw-away cluster: {@code initdb} into a temporary folder, started with {@code pg_ctl} on a free
 * local port, stopped and removed when the JVM ends. initdb refuses to run as root, so when the tests run as
 * root the cluster belongs to {@code nobody} ({@code runuser}). The binaries are looked for in
 * {@code EMIS_TEST_PG_BIN}, /usr/local/bin, /usr/lib/postgresql/NN/bin and the PATH.</li>
 * </ul>
 * {@code EMIS_TEST_PG=off} leaves PostgreSQL out (a quicker run). Without a server, {@link #available()} is false and {@link #reason()} says why in plain words, for a JUnit
 * assumption: the PostgreSQL half of a suite is then reported skipped, the H2 half still runs.
 *
 * <p>Each test gets a schema of its own ({@link #newWorkspace()}), so tests never see each other's data.
 */
public final class PostgresCluster {
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static Server server;
    private static String reason;

    /** Where a server listens and as whom the tests connect. */
    private record Server(String baseAddress, Map<String, String> env) {
    }

    private PostgresCluster() {
    }

    /** Whether the PostgreSQL half of the suites can run. */
    public static synchronized boolean available() {
        find();
        return server != null;
    }

    /** Why the PostgreSQL half is skipped (empty text when it runs). */
    public static synchronized String reason() {
        find();
        return server != null ? "" : "PostgreSQL half skipped: " + reason;
    }

    /**
     * The address of a new, empty shared workspace ({@code postgresql://…?schema=emis_test_N}); its schema is
     * created by the workbench when it first opens it.
     */
    public static synchronized String newWorkspace() {
        find();
        if (server == null) {
            throw new IllegalStateException(reason());
        }
        String sep = server.baseAddress().contains("?") ? "&" : "?";
        return server.baseAddress() + sep + "schema=emis_test_" + ProcessHandle.current().pid() + "_"
                + SCHEMAS.incrementAndGet();
    }

    /** The environment the workbench reads the role (PGUSER) and password (PGPASSWORD) from. */
    public static synchronized Map<String, String> environment() {
        find();
        return server == null ? Map.of() : server.env();
    }

    /** The database role the tests connect as (the address's, else PGUSER of {@link #environment()}). */
    public static synchronized String role() {
        find();
        if (server == null) {
            throw new IllegalStateException(reason());
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(?:jdbc:)?postgres(?:ql)?://([^@/]+)@")
                .matcher(server.baseAddress());
        return m.find() ? m.group(1) : server.env().getOrDefault("PGUSER", System.getProperty("user.name"));
    }

    private static void find() {
        if (server != null || reason != null) {
            return;
        }
        if ("off".equalsIgnoreCase(System.getenv("EMIS_TEST_PG"))) {
            reason = "EMIS_TEST_PG=off";
            return;
        }
        String url = System.getenv("EMIS_TEST_PG_URL");
        if (url != null && !url.isBlank()) {
            Map<String, String> env = new HashMap<>();
            String user = System.getenv().getOrDefault("EMIS_TEST_PG_USER", System.getenv("PGUSER"));
            if (user != null) {
                env.put("PGUSER", user);
            }
            if (System.getenv("PGPASSWORD") != null) {
                env.put("PGPASSWORD", System.getenv("PGPASSWORD"));
            }
            server = new Server(url.trim(), Map.copyOf(env));
            return;
        }
        Path bin = binaries();
        if (bin == null) {
            reason = "no PostgreSQL server binaries (initdb, pg_ctl) found and EMIS_TEST_PG_URL is not set";
            return;
        }
        try {
            server = start(bin);
        } catch (IOException | InterruptedException | RuntimeException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            reason = "a throw-away PostgreSQL cluster could not be started from " + bin + ": " + e.getMessage();
        }
    }

    private static Path binaries() {
        List<Path> candidates = new ArrayList<>();
        String given = System.getenv("EMIS_TEST_PG_BIN");
        if (given != null && !given.isBlank()) {
            candidates.add(Path.of(given));
        }
        candidates.add(Path.of("/usr/local/bin"));
        Path lib = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(lib)) {
            try (Stream<Path> versions = Files.list(lib)) {
                versions.sorted(Comparator.reverseOrder()).forEach(v -> candidates.add(v.resolve("bin")));
            } catch (IOException e) {
                // not readable: the other places are still tried
            }
        }
        for (String p : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!p.isBlank()) {
                candidates.add(Path.of(p));
            }
        }
        for (Path c : candidates) {
            if (Files.isExecutable(c.resolve("initdb")) && Files.isExecutable(c.resolve("pg_ctl"))
                    && Files.isExecutable(c.resolve("postgres"))) {
                return c;
            }
        }
        return null;
    }

    private static Server start(Path bin) throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("emis-pg-");
        Path data = dir.resolve("data");
        List<String> as = new ArrayList<>();
        if (root) {
            // initdb and postgres refuse root: the cluster is nobody's, in a folder nobody owns.
            run(List.of("chown", "nobody", dir.toString()), dir);
            as.addAll(List.of(Files.isExecutable(Path.of("/usr/sbin/runuser")) ? "/usr/sbin/runuser" : "runuser",
                    "-u", "nobody", "--"));
        }
        String role = "emis_test";
        List<String> initdb = new ArrayList<>(as);
        initdb.addAll(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", role,
                "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync"));
        run(initdb, dir);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> start = new ArrayList<>(as);
        start.addAll(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                        + " -c synchronous_commit=off -c full_page_writes=off", "start"));
        run(start, dir);
        List<String> stop = new ArrayList<>(as);
        stop.addAll(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                run(stop, dir);
            } catch (IOException | InterruptedException e) {
                // the folder is temporary; a server left running dies with the machine's next start
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder left behind is harmless
            }
        }, "stop-test-postgresql"));
        // The role is in the address too, so that a command run in this JVM (which reads PGUSER from the real
        // environment) reaches the cluster as well.
        return new Server("postgresql://" + role + "@127.0.0.1:" + port + "/postgres", Map.of("PGUSER", role));
    }

    private static void run(List<String> command, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(command.get(command.size() - 1) + " did not finish in 2 minutes");
        }
        if (p.exitValue() != 0) {
            String text = new String(out, StandardCharsets.UTF_8).strip();
            int cut = Math.max(0, text.length() - 400);
            throw new IOException(Path.of(command.get(root(command))).getFileName() + " failed (" + p.exitValue()
                    + "): " + text.substring(cut));
        }
    }

    /** The index of the program in a command that may start with runuser's words. */
    private static int root(List<String> command) {
        int i = command.indexOf("--");
        return i < 0 ? 0 : i + 1;
    }
}
