package org.emisworkbench.gui;

import java.nio.file.Path;
import java.util.List;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.emisworkbench.service.ImportReport;
import org.emisworkbench.service.ImportRequest;
import org.emisworkbench.service.ImportService;
import org.emisworkbench.service.TemplateCatalog;
import org.emisworkbench.service.TemplateWorkshop;
import org.emisworkbench.service.Workbench;

/** The real import: {@link ImportService} with the built-in templates, the officer's folder and the workspace's. */
public final class ServiceImporter implements Importer {
    @Override
    public ImportReport importFiles(Workbench workbench, Path templatesFolder, ImportRequest request,
                                    Progress progress, Cancellation cancel,
                                    java.util.function.Consumer<org.emisworkbench.service.FileResult> finished) {
        return new ImportService(workbench, catalog(templatesFolder, workbench.databaseFile())).importFiles(request,
                progress, cancel, finished);
    }

    @Override
    public List<TemplateCatalog.FileMatch> match(Path templatesFolder, Path workspace, List<Path> paths,
                                                 Cancellation cancel) {
        return catalog(templatesFolder, workspace).match(paths, Progress.NONE, cancel);
    }

    @Override
    public List<String> templateIds(Path templatesFolder, Path workspace) {
        return catalog(templatesFolder, workspace).list().stream().map(TemplateCatalog.TemplateInfo::id).toList();
    }

    @Override
    public TemplateWorkshop templateWorkshop() {
        return new TemplateWorkshop(TemplateCatalog.load(null));
    }

    private static TemplateCatalog catalog(Path folder, Path workspace) {
        return TemplateCatalog.forWorkspace(workspace, folder);
    }
}
