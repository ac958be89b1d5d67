package org.emisworkbench.service;

import java.nio.file.Path;
import java.util.List;
import org.emisworkbench.model.Cancellation;

/**
 * Imports one national-wide workbook (census year 2024) into a workspace, printing STARTED when the
 * file's import begins and DONE with its outcome at the end. CrashSafetyTest kills it in between.
 *
 * <p>Arguments: the workbook, the workspace.
 */
public final class CrashImportMain {
    private CrashImportMain() {
    }

    public static void main(String[] args) {
        Path workbook = Path.of(args[0]);
        try (Workbench wb = Workbench.open(Path.of(args[1]))) {
            ImportReport report = new ImportService(wb, TemplateCatalog.load(null)).importFiles(
                    new ImportRequest(List.of(workbook), "national-wide", 2024), (done, total, what) -> {
                        if (done == 0 && what != null) {
                            System.out.println("STARTED " + what);
                            System.out.flush();
                        }
                    }, Cancellation.none());
            FileResult r = report.files().get(0);
            System.out.println("DONE " + r.outcome() + " " + r.schoolsAdded() + " " + r.millis() + " ms");
        }
    }
}
