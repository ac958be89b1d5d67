package org.emisworkbench.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What to import.
 *
 * @param paths    files and folders (searched recursively for .xlsx, .xlsm and .xls)
 * @param template a template id or a template JSON file; null to match each file automatically
 * @param year     the census year; null to read it from the workbook or its file name
 * @param perFile  template ids the officer chose for single files, over {@code template} and matching
 */
public record ImportRequest(List<Path> paths, String template, Integer year, Map<Path, String> perFile) {
    public ImportRequest {
        paths = List.copyOf(paths);
        perFile = perFile == null ? Map.of() : Map.copyOf(perFile);
    }

    public ImportRequest(List<Path> paths, String template, Integer year) {
        this(paths, template, year, Map.of());
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
