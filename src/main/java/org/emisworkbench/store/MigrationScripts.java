package org.emisworkbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * The schema scripts as each engine runs them (decision 0018). There is one set, {@code db/migration}, that H2
 * runs exactly as before (its workspaces hold these scripts' checksums). PostgreSQL runs the same set, except
 * where {@code db/migration-postgresql} holds a script of the same name: that one is the PostgreSQL form of
 * the step (a dialect difference only, kept beside the H2 form so that the two are read together).
 */
final class MigrationScripts implements ResourceProvider {
    static final String COMMON = "db/migration";
    static final String POSTGRESQL = "db/migration-postgresql";

    /** One script: its file name and where it is read from. */
    record Script(String name, String resource) {
        String text() {
            try (InputStream in = MigrationScripts.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Missing schema script " + resource);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final boolean postgres;

    MigrationScripts(boolean postgres) {
        this.postgres = postgres;
    }

    /** Every script the engine runs, in name order (Flyway orders them by version itself). */
    List<Script> scripts() {
        List<Script> out = new ArrayList<>();
        TreeSet<String> overrides = new TreeSet<>(postgres ? names(POSTGRESQL) : List.of());
        for (String name : names(COMMON)) {
            out.add(new Script(name, (overrides.contains(name) ? POSTGRESQL : COMMON) + "/" + name));
        }
        return out;
    }

    /** The scripts of the engine one after another, each under a header, for a reviewer to read. */
    String print() {
        StringBuilder b = new StringBuilder();
        List<Script> all = new ArrayList<>(scripts());
        all.sort((a, c) -> Integer.compare(version(a.name()), version(c.name())));
        for (Script s : all) {
            b.append("-- ").append("=".repeat(70)).append('\n').append("-- ").append(s.resource()).append('\n')
                    .append("-- ").append("=".repeat(70)).append('\n').append(s.text());
            if (b.charAt(b.length() - 1) != '\n') {
                b.append('\n');
            }
        }
        return b.toString();
    }

    private static int version(String name) {
        int end = name.indexOf("__");
        try {
            return Integer.parseInt(name.substring(1, end < 0 ? name.length() : end));
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }

    @Override
    public LoadableResource getResource(String name) {
        return scripts().stream().filter(s -> s.name().equals(name)).findFirst().map(Resource::new).orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> out = new ArrayList<>();
        for (Script s : scripts()) {
            if (s.name().startsWith(prefix) && Arrays.stream(suffixes).anyMatch(s.name()::endsWith)) {
                out.add(new Resource(s));
            }
        }
        return out;
    }

    /** The file names in a folder of the class path, whether it is a folder on disk or inside a jar. */
    static List<String> names(String folder) {
        URL url = MigrationScripts.class.getClassLoader().getResource(folder);
        if (url == null) {
            return List.of();
        }
        TreeSet<String> names = new TreeSet<>();
        try {
            if (url.getProtocol().equals("file")) {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    files.filter(Files::isRegularFile).forEach(p -> names.add(p.getFileName().toString()));
                }
            } else if (url.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    String prefix = folder + "/";
                    for (JarEntry e : java.util.Collections.list(jar.entries())) {
                        String n = e.getName();
                        if (!e.isDirectory() && n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0) {
                            names.add(n.substring(prefix.length()));
                        }
                    }
                }
            } else {
                throw new IllegalStateException("Cannot list the schema scripts in " + url);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        names.removeIf(n -> !n.endsWith(".sql"));
        return List.copyOf(names);
    }

    /** A script as Flyway reads it: its name is the common script's, wherever its text comes from. */
    private static final class Resource extends LoadableResource {
        private final Script script;

        Resource(Script script) {
            this.script = script;
        }

        @Override
        public Reader read() {
            InputStream in = MigrationScripts.class.getClassLoader().getResourceAsStream(script.resource());
            if (in == null) {
                throw new IllegalStateException("Missing schema script " + script.resource());
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return script.resource();
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return script.resource();
        }

        @Override
        public String getFilename() {
            return script.name();
        }

        @Override
        public String getRelativePath() {
            return script.name();
        }
    }
}
