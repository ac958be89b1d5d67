package org.emisworkbench.gui;

import java.nio.file.Path;
import java.util.List;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.emisworkbench.service.ImportReport;
import org.emisworkbench.service.ImportRequest;
import org.emisworkbench.service.TemplateCatalog;
import org.emisworkbench.service.TemplateWorkshop;
import org.emisworkbench.service.Workbench;

/** The import use case as the Import screen needs it; tests put a slow or failing one in its place. */
public interface Importer {
    /**
     * @param templatesFolder the user's templates folder, or null for the default one; the templates folder
     *                        beside the workspace is read too
     * @param finished        hears each file's result as soon as it is done, on the importing thread
     */
    ImportReport importFiles(Workbench workbench, Path templatesFolder, ImportRequest request, Progress progress,
                             Cancellation cancel, java.util.function.Consumer<org.emisworkbench.service.FileResult>
                                     finished);

    /**
     * Ranks the templates against each workbook of {@code paths} (folders searched), before import.
     *
     * @param workspace the workspace file (its templates folder is read too), or null
     */
    List<TemplateCatalog.FileMatch> match(Path templatesFolder, Path workspace, List<Path> paths, Cancellation cancel);

    /** Template ids the officer can choose from ({@code workspace}: the workspace file, or null). */
    List<String> templateIds(Path templatesFolder, Path workspace);

    /** The mapping screen's template work over the built-in and the officer's templates, read afresh. */
    TemplateWorkshop templateWorkshop();
}
