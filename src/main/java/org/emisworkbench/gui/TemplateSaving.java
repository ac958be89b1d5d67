package org.emisworkbench.gui;

import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.emisworkbench.service.TemplateCatalog;
import org.emisworkbench.service.TemplateWorkshop;
import org.emisworkbench.template.WorkbookMapping;

/**
 * The mapping screen's save: the template as mapped written into the templates folder beside the workspace (version
 * 1, or the next version of the same id), in the background, then the file imported with it.
 */
final class TemplateSaving {
    private final Session session;
    private final TemplateWorkshop workshop;
    private final BiConsumer<Path, String> importWith;

    /**
     * @param importWith imports a file with a template id once the template is saved
     */
    TemplateSaving(Session session, TemplateWorkshop workshop, BiConsumer<Path, String> importWith) {
        this.session = session;
        this.workshop = workshop;
        this.importWith = importWith;
    }

    /** Saves {@code mapping} of {@code wb} as template {@code id}; a bad id is refused, saying so. */
    void save(TemplateWorkshop.DraftWorkbook wb, String idText, String title, Supplier<WorkbookMapping> mapping) {
        if (wb == null || session.needsWorkspace()) {
            return;
        }
        String id = idText == null ? "" : idText.strip();
        if (!id.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            session.notifier().info(session.t("mapping.badId"));
            return;
        }
        Path folder = TemplateCatalog.workspaceFolder(session.workbench().databaseFile());
        WorkbookMapping chosen = mapping.get();
        session.runner().fetch((p, c) -> workshop.save(wb, id, title, chosen, folder), saved -> {
            session.notifier().info(session.t("mapping.saved", saved.file().toString(), saved.template().version()));
            importWith.accept(wb.file(), saved.template().id());
        }, e -> session.fail(session.t("mapping.saveFailed"), e));
    }
}
