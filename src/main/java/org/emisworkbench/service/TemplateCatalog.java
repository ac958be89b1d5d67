package org.emisworkbench.service;

import java.nio.file.Path;
import java.util.List;
import org.emisworkbench.template.Template;
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

    TemplateRegistry registry() {
        return registry;
    }

    Template byId(String id) {
        return registry.byId(id).orElse(null);
    }
}
