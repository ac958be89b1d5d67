package org.emisworkbench.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A shared workspace on a PostgreSQL server (decision 0018): where it is ({@code postgresql://host:5432/census},
 * or the same as a JDBC URL), the schema it lives in ({@code emis} unless {@code ?schema=} says otherwise) and
 * the role it connects as. The password is never part of the address: it comes from the environment
 * ({@code PGPASSWORD}), a prompt or the role's {@code ~/.pgpass}, and it is never shown ({@link #toString()}
 * and {@link #display()} leave it out).
 */
public final class SharedDatabase {
    /** The schema a workspace lives in unless its address names another. */
    public static final String DEFAULT_SCHEMA = "emis";
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    /**
     * The driver settings an address may carry. Others are refused rather than passed on: some of the
     * driver's settings name Java classes to load (socketFactory, sslfactory…), and a password never belongs
     * in an address.
     */
    private static final Set<String> DRIVER_SETTINGS = Set.of("sslmode", "sslrootcert", "sslcert", "sslkey",
            "connectTimeout", "ApplicationName", "targetServerType");

    private final String host;
    private final int port;
    private final String database;
    private final String schema;
    private final String user;
    private final char[] password;
    private final Map<String, String> settings;

    private SharedDatabase(String host, int port, String database, String schema, String user, char[] password,
                           Map<String, String> settings) {
        this.host = host;
        this.port = port;
        this.database = database;
        this.schema = schema;
        this.user = user;
        this.password = password;
        this.settings = Map.copyOf(settings);
    }

    /** True when {@code location} is a PostgreSQL address rather than a workspace file. */
    public static boolean isAddress(String location) {
        String l = location == null ? "" : location.trim().toLowerCase(Locale.ROOT);
        return l.startsWith("postgresql://") || l.startsWith("postgres://") || l.startsWith("jdbc:postgresql:");
    }

    /**
     * The shared workspace at {@code address}, connecting as {@code user} (null: the one in the address,
     * else {@code PGUSER} in {@code env}, else the operating-system user) with {@code password} (null: none
     * given here; the driver then reads the role's {@code ~/.pgpass}).
     *
     * @throws WorkspaceException workspace.badAddress when the address cannot be read or holds a password
     */
    public static SharedDatabase parse(String address, Map<String, String> env, char[] password) {
        String text = address.trim();
        String plain = text.regionMatches(true, 0, "jdbc:", 0, 5) ? text.substring(5) : text;
        URI uri;
        try {
            uri = new URI(plain);
        } catch (URISyntaxException e) {
            throw new WorkspaceException(null, "workspace.badAddress", safe(text), e.getReason());
        }
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2
                || uri.getPath().indexOf('/', 1) >= 0) {
            throw new WorkspaceException(null, "workspace.badAddress", safe(text),
                    "postgresql://host:5432/database");
        }
        String userInfo = uri.getRawUserInfo();
        String user = null;
        if (userInfo != null) {
            if (userInfo.contains(":")) {
                throw new WorkspaceException(null, "workspace.passwordInAddress", safe(text));
            }
            user = decode(userInfo);
        }
        Map<String, String> settings = new LinkedHashMap<>();
        String schema = DEFAULT_SCHEMA;
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (name.equalsIgnoreCase("password")) {
                    throw new WorkspaceException(null, "workspace.passwordInAddress", safe(text));
                } else if (name.equals("user")) {
                    user = value;
                } else if (name.equals("schema") || name.equals("currentSchema")) {
                    schema = value;
                } else if (DRIVER_SETTINGS.contains(name)) {
                    settings.put(name, value);
                } else {
                    throw new WorkspaceException(null, "workspace.badAddress", safe(text),
                            "?" + name + "=…");
                }
            }
        }
        if (!IDENTIFIER.matcher(schema).matches()) {
            throw new WorkspaceException(null, "workspace.badAddress", safe(text), "schema=" + schema);
        }
        if (user == null || user.isBlank()) {
            user = env.getOrDefault("PGUSER", System.getProperty("user.name"));
        }
        return new SharedDatabase(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(),
                decode(uri.getPath().substring(1)), schema, user, password == null ? null : password.clone(),
                settings);
    }

    /**
     * The address of the workspace on {@code host}:{@code port}, database {@code database}, as role {@code user}
     * (none when blank), in {@code schema} (null or blank: the default): what a form of separate fields (the
     * window's Connect dialog) gives {@link #parse}, written here so that names with reserved characters are
     * encoded once.
     */
    public static String address(String host, int port, String database, String user, String schema) {
        String h = host.strip();
        StringBuilder b = new StringBuilder("postgresql://");
        if (user != null && !user.isBlank()) {
            b.append(encode(user.strip())).append('@');
        }
        b.append(h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h).append(':').append(port).append('/')
                .append(encode(database.strip()));
        if (schema != null && !schema.isBlank() && !schema.strip().equals(DEFAULT_SCHEMA)) {
            b.append("?schema=").append(encode(schema.strip()));
        }
        return b.toString();
    }

    /**
     * The password the role's password file ({@code ~/.pgpass}, or {@code PGPASSFILE}) holds for this server,
     * database and role, read by the driver's own parser (the one it uses when no password is given), so that
     * a form can show that one is known; null when none matches.
     */
    public char[] savedPassword() {
        String p = org.postgresql.jdbcurlresolver.PgPassParser.getPassword(host, Integer.toString(port), database,
                user);
        return p == null ? null : p.toCharArray();
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String database() {
        return database;
    }

    /** The same workspace reached with another password (a prompt's answer). */
    public SharedDatabase withPassword(char[] given) {
        return new SharedDatabase(host, port, database, schema, user, given == null ? null : given.clone(), settings);
    }

    /** The JDBC URL, without user or password. */
    String jdbcUrl() {
        StringBuilder b = new StringBuilder("jdbc:postgresql://").append(host.contains(":") ? "[" + host + "]" : host)
                .append(':').append(port).append('/').append(java.net.URLEncoder.encode(database, StandardCharsets.UTF_8));
        char sep = '?';
        for (var e : settings.entrySet()) {
            b.append(sep).append(e.getKey()).append('=')
                    .append(java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return b.toString();
    }

    public String schema() {
        return schema;
    }

    public String user() {
        return user;
    }

    /** Whether a password was given (by the environment or a prompt). */
    public boolean hasPassword() {
        return password != null;
    }

    char[] password() {
        return password == null ? null : password.clone();
    }

    /** How the workspace is named to people: {@code postgresql://host:5432/census (schema emis)}; no secret. */
    public String display() {
        return "postgresql://" + host + ":" + port + "/" + database
                + (schema.equals(DEFAULT_SCHEMA) ? "" : "?schema=" + schema);
    }

    @Override
    public String toString() {
        return display();
    }

    /**
     * The credentials of the environment: {@code PGPASSWORD} when set. Read here so that a face never passes
     * a password along the command line.
     */
    public static Optional<char[]> passwordFromEnvironment(Map<String, String> env) {
        String p = env.get("PGPASSWORD");
        return p == null ? Optional.empty() : Optional.of(p.toCharArray());
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** An address as it may be shown: anything between "//" and "@" (a user, maybe a password) left out. */
    private static String safe(String address) {
        return address.replaceAll("//[^/@]*@", "//…@").replaceAll("(?i)password=[^&]*", "password=…");
    }
}
