package org.emisworkbench.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;

/**
 * Imports the given national-wide workbooks (year from each file's name) in one run into a workspace,
 * in a JVM whose heap is too small for the middle one, and prints one line per file:
 * {@code FILE name outcome schoolsAdded message}, then {@code END}.
 *
 * <p>Arguments: the workspace, then the workbooks.
 */
public final class StarvedImportMain {
    private StarvedImportMain() {
    }

    public static void main(String[] args) {
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            files.add(Path.of(args[i]));
        }
        try (Workbench wb = Workbench.open(Path.of(args[0]))) {
            ImportReport report = new ImportService(wb, TemplateCatalog.load(null)).importFiles(
                    new ImportRequest(files, "national-wide", null), Progress.NONE, Cancellation.none());
            for (FileResult r : report.files()) {
                System.out.println("FILE " + Path.of(r.file()).getFileName() + " " + r.outcome() + " "
                        + r.schoolsAdded() + " " + String.valueOf(r.message()).replace('\n', ' '));
            }
        }
        System.out.println("END");
    }
}
