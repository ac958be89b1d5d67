package org.emisworkbench.service;

import java.util.List;
import java.util.Map;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.SkipReason;

/**
 * The summary of one file's import.
 *
 * @param outcomeMessage  for FAILED, ALREADY_IMPORTED and CANCELLED: what happened, in plain words
 * @param templateId      the template used (or null)
 * @param templateMessage why that template was chosen (best fit score, or chosen by the officer)
 * @param skipped         rows skipped, by reason
 * @param problems        cell problems by kind, each with a count and its first and last cells
 */
public record FileResult(String file, FileOutcome outcome, Message outcomeMessage, String templateId,
                         Message templateMessage, Integer year, int schoolsAdded, int schoolsReplaced,
                         long valuesStored, int populationRows, int masterListed, Map<SkipReason, Integer> skipped,
                         List<ProblemSummary> problems, long millis) {
    public FileResult {
        skipped = Map.copyOf(skipped);
        problems = List.copyOf(problems);
    }

    static FileResult failed(String file, FileOutcome outcome, Message message, String templateId, long millis) {
        return new FileResult(file, outcome, message, templateId, null, null, 0, 0, 0, 0, 0, Map.of(), List.of(),
                millis);
    }

    /** {@link #outcomeMessage} in English, or null. */
    public String message() {
        return outcomeMessage == null ? null : outcomeMessage.english();
    }

    /** {@link #templateMessage} in English, or null. */
    public String templateNote() {
        return templateMessage == null ? null : templateMessage.english();
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
