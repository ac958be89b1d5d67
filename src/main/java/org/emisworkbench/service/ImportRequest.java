package org.emisworkbench.service;

import java.nio.file.Path;
import java.util.List;

/**
 * What to import.
 *
 * @param paths    files and folders (searched recursively for .xlsx, .xlsm and .xls)
 * @param template a template id or a template JSON file; null to match each file automatically
 * @param year     the census year; null to read it from the workbook or its file name
 */
public record ImportRequest(List<Path> paths, String template, Integer year) {
    public ImportRequest {
        paths = List.copyOf(paths);
    }
}
