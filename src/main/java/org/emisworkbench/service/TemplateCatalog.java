package org.emisworkbench.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.emisworkbench.workbook.WorkbookException;
import org.emisworkbench.workbook.WorkbookReader;
import org.emisworkbench.workbook.Workbooks;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.BulletList;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Progress;
import org.emisworkbench.template.Template;
import org.emisworkbench.template.TemplateException;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.template.TemplateMatch;
import org.emisworkbench.template.TemplateRegistry;

/** The templates the workbench knows: built-in ones and those in the user's templates folder. */
public final class TemplateCatalog {
    private final TemplateRegistry registry;

    private TemplateCatalog(TemplateRegistry registry) {
        this.registry = registry;
    }

    /** Built-in templates plus every *.json in {@code userFolder} (null or absent: built-in only). */
    public static TemplateCatalog load(Path userFolder) {
        return new TemplateCatalog(TemplateRegistry.load(userFolder));
    }

    /**
     * The templates of a workspace: built-in, then the user's folder, then the {@code templates} folder beside
     * the workspace file; on the same id the later wins (docs/templates.md, section 1).
     *
     * @param workspace  the workspace database file, or null
     * @param userFolder the user's folder, or null for {@link #defaultUserFolder()}
     */
    public static TemplateCatalog forWorkspace(Path workspace, Path userFolder) {
        return new TemplateCatalog(TemplateRegistry.load(userFolder != null ? userFolder : defaultUserFolder(),
                workspace == null ? null : workspaceFolder(workspace)));
    }

    /** The {@code templates} folder beside a workspace file. */
    public static Path workspaceFolder(Path workspace) {
        Path parent = workspace.toAbsolutePath().getParent();
        return parent == null ? Path.of("templates") : parent.resolve("templates");
    }

    /** The default folder of user templates: {@code ~/EMIS Workbench/templates}. */
    public static Path defaultUserFolder() {
        return Path.of(System.getProperty("user.home"), "EMIS Workbench", "templates");
    }

    /**
     * A template as listed to the user.
     *
     * @param title    the template's title, or null when it has none
     * @param origin   "built-in" or the file it was loaded from
     * @param replaces what it replaced by having the same id ("built-in" or a file), or null
     */
    public record TemplateInfo(String id, int version, String title, String layout, String role, String origin,
                               String replaces) {
        /** The title, or else the id: a template without a title is still named. */
        public String displayTitle() {
            return title == null || title.isBlank() ? id : title;
        }
    }

    public List<TemplateInfo> list() {
        return registry.list().stream().map(t -> new TemplateInfo(t.id(), t.version(), t.title(),
                t.layout().name().toLowerCase(java.util.Locale.ROOT), t.role().name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', '-'), registry.origin(t.id()), registry.replaced(t.id()))).toList();
    }

    /** The templates as loaded, for drafting and checking. */
    public List<Template> templates() {
        return registry.list();
    }

    /** Problems of user templates that could not be loaded, one line each. */
    public List<String> problems() {
        return registry.problems().stream().map(e -> e.getMessage()).toList();
    }

    /**
     * A file's templates ranked before it is imported, for the officer to confirm or change.
     *
     * @param choices every template with its score, best first (empty when the file cannot be read)
     * @param best    the template import would use, or null when none fits
     * @param problem why the file cannot be read, or null
     */
    public record FileMatch(Path file, List<Choice> choices, String best, Message problem) {
        public FileMatch {
            choices = List.copyOf(choices);
        }

        /** One template's fit: 0 … 1, and what was found and missing. */
        public record Choice(String templateId, double score, Message why) {
        }
    }

    /** Ranks the templates against each workbook of {@code paths} (folders searched as for an import). */
    public List<FileMatch> match(List<Path> paths, Progress progress, Cancellation cancel) {
        WorkbookFiles.Listing listing = WorkbookFiles.expand(paths);
        List<Path> files = listing.files();
        List<FileMatch> out = new java.util.ArrayList<>();
        listing.problems().forEach(p -> out.add(new FileMatch(p.path(), List.of(), null, p.message())));
        for (int i = 0; i < files.size(); i++) {
            cancel.check();
            progress.update(i, files.size(), files.get(i).getFileName().toString());
            out.add(match(files.get(i)));
        }
        return out;
    }

    private FileMatch match(Path file) {
        try (WorkbookReader workbook = Workbooks.open(file)) {
            TemplateMatch m = registry.bestMatch(workbook);
            return new FileMatch(file, m.candidates().stream().map(c -> new FileMatch.Choice(c.template().id(),
                    c.score(), c.why())).toList(), m.best().map(c -> c.template().id()).orElse(null), null);
        } catch (WorkbookException e) {
            return new FileMatch(file, List.of(), null, e.message());
        }
    }

    /** A template by id, or else loaded from a JSON file; a plain message when neither works. */
    public Template resolve(String idOrFile) {
        return resolve(registry, idOrFile);
    }

    static Template resolve(TemplateRegistry templates, String idOrFile) {
        var byId = templates.byId(idOrFile);
        if (byId.isPresent()) {
            return byId.get();
        }
        Path p = Path.of(idOrFile);
        if (Files.isRegularFile(p)) {
            try {
                return TemplateLoader.load(p);
            } catch (TemplateException e) {
                throw new ServiceException(Message.of("import.badTemplate", p.getFileName(),
                        new BulletList(e.problems())), e);
            }
        }
        if (looksLikePath(idOrFile)) {
            // A path mistyped is not an unknown id: name the file as given, and where it was looked for.
            Path absolute = p.toAbsolutePath().normalize();
            throw new ServiceException(Files.isDirectory(p) ? Message.of("import.templateIsFolder", idOrFile)
                    : Message.of("import.templateFileNotFound", idOrFile, absolute));
        }
        throw new ServiceException(Message.of("import.unknownTemplate", idOrFile, String.join(", ",
                templates.list().stream().map(Template::id).toList())));
    }

    /** Whether a --template argument names a file rather than a template id: a slash in it, or a .json name. */
    static boolean looksLikePath(String idOrFile) {
        String v = idOrFile.trim();
        return v.indexOf('/') >= 0 || v.indexOf('\\') >= 0
                || v.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }

    TemplateRegistry registry() {
        return registry;
    }

    Template byId(String id) {
        return registry.byId(id).orElse(null);
    }
}
