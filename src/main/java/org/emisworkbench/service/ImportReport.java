package org.emisworkbench.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The summary of an import run: each file, the totals, and the backup of the workspace kept before the
 * run's first write ({@code backup}, null when none was made: nothing was written, or the workspace held
 * nothing yet).
 */
public record ImportReport(List<FileResult> files, Path backup) {
    public ImportReport {
        files = List.copyOf(files);
    }

    public ImportReport(List<FileResult> files) {
        this(files, null);
    }

    public long count(FileOutcome outcome) {
        return files.stream().filter(f -> f.outcome() == outcome).count();
    }

    public boolean anyFailed() {
        return files.stream().anyMatch(f -> f.outcome() == FileOutcome.FAILED);
    }

    public int schoolsAdded() {
        return files.stream().mapToInt(FileResult::schoolsAdded).sum();
    }

    public int schoolsReplaced() {
        return files.stream().mapToInt(FileResult::schoolsReplaced).sum();
    }

    public long valuesStored() {
        return files.stream().mapToLong(FileResult::valuesStored).sum();
    }

    public int rowsSkipped() {
        return files.stream().mapToInt(FileResult::rowsSkipped).sum();
    }

    /** Problems of all files by kind. */
    public Map<String, Integer> problemsByKind() {
        Map<String, Integer> out = new TreeMap<>();
        for (FileResult f : files) {
            for (FileResult.ProblemSummary p : f.problems()) {
                out.merge(p.kind(), p.count(), Integer::sum);
            }
        }
        return out;
    }
}
