package org.emisworkbench.gui;

import java.nio.file.Path;
import java.util.List;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.emisworkbench.service.ImportReport;
import org.emisworkbench.service.ImportRequest;
import org.emisworkbench.service.ImportService;
import org.emisworkbench.service.TemplateCatalog;
import org.emisworkbench.service.Workbench;

/** The real import: {@link ImportService} with the built-in templates and the officer's folder. */
public final class ServiceImporter implements Importer {
    @Override
    public ImportReport importFiles(Workbench workbench, Path templatesFolder, ImportRequest request,
                                    Progress progress, Cancellation cancel) {
        return new ImportService(workbench, catalog(templatesFolder)).importFiles(request, progress, cancel);
    }

    @Override
    public List<TemplateCatalog.FileMatch> match(Path templatesFolder, List<Path> paths, Cancellation cancel) {
        return catalog(templatesFolder).match(paths, Progress.NONE, cancel);
    }

    @Override
    public List<String> templateIds(Path templatesFolder) {
        return catalog(templatesFolder).list().stream().map(TemplateCatalog.TemplateInfo::id).toList();
    }

    private static TemplateCatalog catalog(Path folder) {
        return TemplateCatalog.load(folder != null ? folder : TemplateCatalog.defaultUserFolder());
    }
}
