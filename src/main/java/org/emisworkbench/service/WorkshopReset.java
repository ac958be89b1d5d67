package org.emisworkbench.service;

import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a workshop reset did.
 *
 * @param database       the workspace file, now holding the sample country only
 * @param setAside       where the workspace that was there before went, or null when there was none
 * @param samples        the sample workbooks imported
 * @param imports        the import of those workbooks, file by file
 * @param schoolsByYear  schools with a return, per census year, read back from the new workspace
 * @param plantedErrors  entries of the samples' answer-key.json, or -1 when it is missing
 * @param millis         how long the reset took
 */
public record WorkshopReset(Path database, Path setAside, Path samples, ImportReport imports,
                            SortedMap<Integer, Integer> schoolsByYear, int plantedErrors, long millis) {
    public WorkshopReset {
        schoolsByYear = new TreeMap<>(Map.copyOf(schoolsByYear));
    }

    /** True when every workbook was imported (none failed, none left out by a cancel). */
    public boolean complete() {
        return imports.count(FileOutcome.FAILED) == 0 && imports.count(FileOutcome.CANCELLED) == 0;
    }
}
