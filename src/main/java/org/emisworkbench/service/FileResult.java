package org.emisworkbench.service;

import java.util.List;
import java.util.Map;

/**
 * The summary of one file's import.
 *
 * @param message      for FAILED and ALREADY_IMPORTED: what happened, in plain words
 * @param templateId   the template used (or null)
 * @param templateNote why that template was chosen (best fit score, or "chosen with --template")
 * @param skipped      rows skipped, by reason
 * @param problems     cell problems by kind, each with a count and its first and last cells
 */
public record FileResult(String file, FileOutcome outcome, String message, String templateId, String templateNote,
                         Integer year, int schoolsAdded, int schoolsReplaced, long valuesStored,
                         int populationRows, int masterListed, Map<String, Integer> skipped,
                         List<ProblemSummary> problems, long millis) {
    public FileResult {
        skipped = Map.copyOf(skipped);
        problems = List.copyOf(problems);
    }

    static FileResult failed(String file, FileOutcome outcome, String message, String templateId, long millis) {
        return new FileResult(file, outcome, message, templateId, null, null, 0, 0, 0, 0, 0, Map.of(), List.of(),
                millis);
    }

    public int rowsSkipped() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int problemCount() {
        return problems.stream().mapToInt(ProblemSummary::count).sum();
    }

    /** Problems of one kind: how many, and the first and last cell ("Pupils!F17"). */
    public record ProblemSummary(String kind, int count, String firstCell, String lastCell) {
    }
}
