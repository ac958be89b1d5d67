package org.emisworkbench.service;

import java.nio.file.Path;
import java.util.List;
import org.emisworkbench.imports.excel.WorkbookException;
import org.emisworkbench.imports.excel.WorkbookReader;
import org.emisworkbench.imports.excel.Workbooks;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Progress;
import org.emisworkbench.template.Template;
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

    /** The default folder of user templates: {@code ~/EMIS Workbench/templates}. */
    public static Path defaultUserFolder() {
        return Path.of(System.getProperty("user.home"), "EMIS Workbench", "templates");
    }

    /** A template as listed to the user. */
    public record TemplateInfo(String id, int version, String title, String layout, String role, String origin) {
    }

    public List<TemplateInfo> list() {
        return registry.list().stream().map(t -> new TemplateInfo(t.id(), t.version(), t.title(),
                t.layout().name().toLowerCase(java.util.Locale.ROOT), t.role().name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', '-'), registry.origin(t.id()))).toList();
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

    TemplateRegistry registry() {
        return registry;
    }

    Template byId(String id) {
        return registry.byId(id).orElse(null);
    }
}
