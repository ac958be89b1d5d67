package org.emisworkbench.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.emisworkbench.store.Backups;

/**
 * What to import.
 *
 * @param paths    files and folders (searched recursively for .xlsx, .xlsm and .xls)
 * @param template a template id or a template JSON file; null to match each file automatically
 * @param year     the census year; null to read it from the workbook or its file name
 * @param perFile  template ids the officer chose for single files, over {@code template} and matching
 * @param backupsKept how many of the backups made before imports are kept beside the workspace (1 to
 *                 {@value Backups#MAX_KEPT}; a backup is made before the first file that writes)
 */
public record ImportRequest(List<Path> paths, String template, Integer year, Map<Path, String> perFile,
                            int backupsKept) {
    /** How many backups made before imports are kept when the officer did not say. */
    public static final int DEFAULT_BACKUPS_KEPT = Backups.DEFAULT_KEPT;
    /** The most that may be kept: each is a whole copy of the workspace. */
    public static final int MOST_BACKUPS_KEPT = Backups.MAX_KEPT;

    public ImportRequest {
        paths = List.copyOf(paths);
        perFile = perFile == null ? Map.of() : Map.copyOf(perFile);
        if (backupsKept < 1 || backupsKept > Backups.MAX_KEPT) {
            throw new IllegalArgumentException("backups kept must be 1 to " + Backups.MAX_KEPT + ": " + backupsKept);
        }
    }

    public ImportRequest(List<Path> paths, String template, Integer year, Map<Path, String> perFile) {
        this(paths, template, year, perFile, Backups.DEFAULT_KEPT);
    }

    public ImportRequest(List<Path> paths, String template, Integer year) {
        this(paths, template, year, Map.of());
    }

    /** The same request, keeping {@code n} backups made before imports. */
    public ImportRequest keepingBackups(int n) {
        return new ImportRequest(paths, template, year, perFile, n);
    }

    /** The template chosen for {@code file}, or null. */
    String chosenFor(Path file) {
        if (perFile.isEmpty()) {
            return null;
        }
        String id = perFile.get(file);
        return id != null ? id : perFile.get(file.toAbsolutePath().normalize());
    }
}
