package org.emisworkbench.template;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emisworkbench.workbook.WorkbookException;
import org.emisworkbench.workbook.WorkbookReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The templates a workspace can use: the built-in ones (classpath {@code templates/}, listed in
 * {@code templates/index.txt} because a folder inside a jar cannot be listed), every {@code *.json}
 * of the user's templates folder, and every {@code *.json} of the {@code templates} folder beside the
 * workspace. A broken template is reported in {@link #problems()} and the others stay usable. On the
 * same id the workspace's folder wins over the user's, which wins over the built-in templates; each
 * replacement is kept in {@link #replaced(String)} so that listings say so.
 */
public final class TemplateRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(TemplateRegistry.class);
    static final String INDEX = "templates/index.txt";

    private static final String BUILT_IN = "built-in";

    private final Map<String, Template> byId;
    private final Map<String, String> origins;
    private final Map<String, String> replaced;
    private final List<TemplateException> problems;

    private TemplateRegistry(Map<String, Template> byId, Map<String, String> origins, Map<String, String> replaced,
                             List<TemplateException> problems) {
        this.byId = Collections.unmodifiableMap(byId);
        this.origins = Map.copyOf(origins);
        this.replaced = Map.copyOf(replaced);
        this.problems = List.copyOf(problems);
    }

    /** Built-in templates plus those of {@code userFolder} (may be null or absent). */
    public static TemplateRegistry load(Path userFolder) {
        return load(userFolder, null);
    }

    /**
     * Built-in templates, then those of {@code userFolder}, then those of {@code workspaceFolder} (each may
     * be null or absent): a later one with the same id replaces an earlier one.
     */
    public static TemplateRegistry load(Path userFolder, Path workspaceFolder) {
        Map<String, Template> byId = new LinkedHashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        Map<String, String> replaced = new LinkedHashMap<>();
        List<TemplateException> problems = new ArrayList<>();
        for (Template t : BuiltIns.TEMPLATES) {
            byId.put(t.id(), t);
            origins.put(t.id(), BUILT_IN);
        }
        problems.addAll(BuiltIns.PROBLEMS);
        if (userFolder != null && Files.isDirectory(userFolder)) {
            loadUser(userFolder, byId, origins, replaced, problems);
        }
        if (workspaceFolder != null && Files.isDirectory(workspaceFolder)
                && (userFolder == null || !sameFolder(userFolder, workspaceFolder))) {
            loadUser(workspaceFolder, byId, origins, replaced, problems);
        }
        problems.forEach(p -> LOG.warn("Template not usable: {}", p.getMessage()));
        return new TemplateRegistry(byId, origins, replaced, problems);
    }

    /**
     * The templates shipped in the jar, read and checked once per process: they cannot change while it runs, and
     * reading them (their header patterns expanded to check them) took about a tenth of a national file's import
     * each time a catalog was loaded (profiled 7 December 2026). Templates are immutable records, so one copy serves
     * every registry.
     */
    private static final class BuiltIns {
        static final List<Template> TEMPLATES;
        static final List<TemplateException> PROBLEMS;

        static {
            List<Template> templates = new ArrayList<>();
            List<TemplateException> problems = new ArrayList<>();
            for (String name : builtInNames()) {
                try (InputStream in = resource("templates/" + name)) {
                    if (in == null) {
                        problems.add(new TemplateException(name, List.of("$: listed in " + INDEX + " but not found")));
                        continue;
                    }
                    templates.add(TemplateLoader.load(in, name));
                } catch (TemplateException e) {
                    problems.add(e);
                } catch (IOException e) {
                    problems.add(new TemplateException(name, List.of("$: " + e.getMessage())));
                }
            }
            TEMPLATES = List.copyOf(templates);
            PROBLEMS = List.copyOf(problems);
        }

        private BuiltIns() {
        }
    }

    private static boolean sameFolder(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static void loadUser(Path folder, Map<String, Template> byId, Map<String, String> origins,
                                 Map<String, String> replaced, List<TemplateException> problems) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, "*.json")) {
            dir.forEach(files::add);
        } catch (IOException e) {
            problems.add(new TemplateException(folder.toString(), List.of("$: cannot list the folder: " + e.getMessage())));
            return;
        }
        Collections.sort(files);
        List<String> userIds = new ArrayList<>();
        Map<String, TemplateException> failed = new java.util.LinkedHashMap<>();
        java.util.Set<String> codeListFiles = new java.util.HashSet<>();
        for (Path f : files) {
            String refused = notAPlainFile(f);
            if (refused != null) {
                problems.add(new TemplateException(f.getFileName().toString(), List.of("$: " + refused)));
                continue;
            }
            try {
                Template t = TemplateLoader.load(f);
                if (userIds.contains(t.id())) {
                    problems.add(new TemplateException(f.getFileName().toString(),
                            List.of("$.id: \"" + t.id() + "\" is already used by another template of the folder")));
                    continue;
                }
                if (byId.containsKey(t.id())) {
                    LOG.info("Template {} of {} replaces the one of {}", t.id(), f, origins.get(t.id()));
                    replaced.put(t.id(), origins.get(t.id()));
                }
                userIds.add(t.id());
                byId.put(t.id(), t);
                origins.put(t.id(), f.toString());
                codeListFiles.addAll(t.codeListFiles());
            } catch (TemplateException e) {
                failed.put(f.getFileName().toString(), e);
            } catch (OutOfMemoryError | StackOverflowError e) {
                // A template that slipped past the limits must still cost only itself, never the others.
                problems.add(new TemplateException(f.getFileName().toString(), List.of("$: too large to load ("
                        + (e instanceof OutOfMemoryError ? "not enough memory" : "nested too deeply") + ")")));
            }
        }
        // A code-list file a template of the folder names (codeListFiles) is no template: not a problem to list.
        failed.forEach((name, e) -> {
            if (!codeListFiles.contains(name)) {
                problems.add(e);
            }
        });
    }

    /**
     * Why a file of the templates folder is not read, or null. A link is never followed: it could make
     * the workbench read (and quote in an error) any file of the computer; only the link is named. A
     * named pipe or device would block or feed endless data.
     */
    static String notAPlainFile(Path f) {
        if (Files.isSymbolicLink(f)) {
            return "is a link to another file; templates are read only from plain files of the folder, so it was"
                    + " not followed (copy the template itself into the folder)";
        }
        if (Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
            return "is a folder, not a template file";
        }
        if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
            return "is not a plain file (a named pipe or a device?), so it was not read";
        }
        return null;
    }

    private static List<String> builtInNames() {
        List<String> names = new ArrayList<>();
        try (InputStream in = resource(INDEX)) {
            if (in == null) {
                LOG.warn("No {} on the classpath: no built-in templates", INDEX);
                return names;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String n = line.strip();
                // Index entries are plain file names of the templates folder, nothing else.
                if (!n.isEmpty() && !n.startsWith("#") && n.matches("[A-Za-z0-9._-]+\\.json") && !n.contains("..")) {
                    names.add(n);
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot read {}: {}", INDEX, e.getMessage());
        }
        return names;
    }

    private static InputStream resource(String name) {
        return TemplateRegistry.class.getClassLoader().getResourceAsStream(name);
    }

    /** Usable templates, built-in first, in load order. */
    public List<Template> list() {
        return List.copyOf(byId.values());
    }

    public Optional<Template> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** "built-in", or the file a user template was loaded from. */
    public String origin(String id) {
        return origins.getOrDefault(id, BUILT_IN);
    }

    /** What a template replaced (same id): "built-in" or the file of the template it replaced; else null. */
    public String replaced(String id) {
        return replaced.get(id);
    }

    /** Templates that could not be loaded, each with all its problems. */
    public List<TemplateException> problems() {
        return problems;
    }

    /**
     * Ranks every template against a workbook by its sheet names and the headers, labels and titles of the
     * sheets' first rows. See {@link TemplateMatch} for the scoring.
     */
    public TemplateMatch bestMatch(WorkbookReader workbook) throws WorkbookException {
        return TemplateMatch.rank(workbook, list());
    }
}
