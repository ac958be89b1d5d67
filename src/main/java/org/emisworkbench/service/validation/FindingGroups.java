package org.emisworkbench.service.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.Severity;
import org.emisworkbench.model.StoredFinding;

/** Findings grouped by rule, as officers read them first: how many, and where they start and end. */
public final class FindingGroups {
    private FindingGroups() {
    }

    /**
     * One rule's findings.
     *
     * @param firstCell the source of the first finding in reading order ("file Sheet!A1"), or null
     * @param lastCell  the source of the last one
     * @param count     the rule's findings that count: a consequence folded under its cause does not
     * @param open      of those, the ones still open
     * @param findings  all the rule's findings, consequences included
     */
    public record Group(String ruleId, String title, Severity severity, int count, int open, String firstCell,
                        String lastCell, List<StoredFinding> findings) {
        /** The rule's findings folded under the finding they follow from (not in {@link #count}). */
        public int folded() {
            return (int) findings.stream().filter(StoredFinding::folded).count();
        }
    }

    /** The findings that follow from {@code cause}, folded under it, in the order given. */
    public static List<StoredFinding> consequences(StoredFinding cause, List<StoredFinding> all) {
        return all.stream().filter(f -> f.causedBy() != null && f.causedBy() == cause.id()).toList();
    }

    public static List<Group> of(List<StoredFinding> findings) {
        Map<String, List<StoredFinding>> byRule = new LinkedHashMap<>();
        for (StoredFinding f : findings) {
            byRule.computeIfAbsent(f.finding().ruleId(), r -> new ArrayList<>()).add(f);
        }
        List<Group> out = new ArrayList<>();
        byRule.forEach((rule, list) -> {
            List<StoredFinding> sorted = list.stream().sorted(READING_ORDER).toList();
            String first = sorted.stream().map(FindingGroups::cell).filter(java.util.Objects::nonNull).findFirst()
                    .orElse(null);
            String last = null;
            for (StoredFinding f : sorted) {
                if (cell(f) != null) {
                    last = cell(f);
                }
            }
            int open = (int) list.stream().filter(f -> !f.folded())
                    .filter(f -> f.status() == org.emisworkbench.model.FindingStatus.OPEN).count();
            int counted = (int) list.stream().filter(f -> !f.folded()).count();
            StoredFinding any = list.get(0);
            out.add(new Group(rule, any.finding().ruleTitle(), any.finding().severity(), counted, open, first, last,
                    sorted));
        });
        out.sort(java.util.Comparator.comparing(Group::severity).thenComparing(Group::ruleId));
        return out;
    }

    /**
     * Findings in the order their cells are read: by file, sheet, then row and column as numbers (a finding at
     * {@code C6} before one at {@code C10}), then by school; findings without a cell after, by school.
     */
    private static final java.util.Comparator<StoredFinding> READING_ORDER = java.util.Comparator
            .comparing((StoredFinding f) -> f.finding().source(),
                    java.util.Comparator.nullsLast(org.emisworkbench.model.SourceRef.READING_ORDER))
            .thenComparing(f -> f.finding().schoolCode() == null ? "" : f.finding().schoolCode());

    private static String cell(StoredFinding f) {
        return f.finding().source() == null ? null : f.finding().source().toString();
    }
}
