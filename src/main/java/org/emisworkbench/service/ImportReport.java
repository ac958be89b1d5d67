package org.emisworkbench.service;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.emisworkbench.model.SkipReason;

/**
 * The summary of an import run: each file, the totals, and the backup of the workspace kept before the
 * run's first write ({@code backup}, null when none was made: nothing was written, or the workspace held
 * nothing yet), and what became of a template given as a file ({@code templateKept}: kept beside the workspace, or
 * why not; null when there was nothing to say).
 */
public record ImportReport(List<FileResult> files, Path backup, org.emisworkbench.model.Message templateKept) {
    public ImportReport {
        files = List.copyOf(files);
    }

    public ImportReport(List<FileResult> files, Path backup) {
        this(files, backup, null);
    }

    public ImportReport(List<FileResult> files) {
        this(files, null, null);
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

    /** Of the schools given a return, those new to the workspace. */
    public int schoolsNew() {
        return files.stream().mapToInt(FileResult::schoolsNew).sum();
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

    /** Rows skipped in all files, by reason, in the reasons' order. */
    public Map<SkipReason, Integer> skippedByReason() {
        Map<SkipReason, Integer> out = new EnumMap<>(SkipReason.class);
        for (FileResult f : files) {
            f.skipped().forEach((why, n) -> out.merge(why, n, Integer::sum));
        }
        return out;
    }

    /**
     * Problems of one kind over the whole run: how many, and the first and the last cell with their
     * files (in the order the files were imported).
     */
    public record ProblemTotal(String kind, int count, String firstFile, String firstCell, String lastFile,
                               String lastCell) {
    }

    /** Problems of all files by kind (kinds sorted), each with its first and last cell. */
    public List<ProblemTotal> problemTotals() {
        Map<String, ProblemTotal> out = new TreeMap<>();
        for (FileResult f : files) {
            for (FileResult.ProblemSummary p : f.problems()) {
                String last = p.lastCell() == null ? p.firstCell() : p.lastCell();
                out.merge(p.kind(), new ProblemTotal(p.kind(), p.count(), f.file(), p.firstCell(), f.file(), last),
                        (a, b) -> new ProblemTotal(a.kind(), a.count() + b.count(), a.firstFile(), a.firstCell(),
                                b.lastFile(), b.lastCell()));
            }
        }
        return List.copyOf(out.values());
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
