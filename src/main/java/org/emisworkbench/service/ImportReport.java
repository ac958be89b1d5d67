package org.emisworkbench.service;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The summary of an import run: each file, and the totals. */
public record ImportReport(List<FileResult> files) {
    public ImportReport {
        files = List.copyOf(files);
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
