package org.emisworkbench.service.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.model.Finding;
import org.emisworkbench.model.FindingKey;
import org.emisworkbench.rules.pack.Rule;
import org.emisworkbench.rules.pack.RulePack;
import org.emisworkbench.rules.pack.RuleSpec;

/**
 * One cause, one finding. A rule of the pack may declare which rules it {@code explains}: where it has a
 * finding on a school in a year, the findings of those rules on the same school and year follow from it
 * (a school that reports teachers but no pupils is, by that one mistake, an enrolment outlier with a
 * pupil-teacher ratio of 0). They are kept, folded under that finding with its key, and not counted.
 *
 * <p>An import problem is about one cell of one field, not the whole return: a rule of kind
 * {@code import_problem} explains a finding of the same school and year only where that finding is about the
 * field of the problem's cell (an ownership {@code Mission} not in the list, IMP-05 at its cell, is why the
 * ownership is missing, REQ-03; an unknown locality is not).
 */
public final class Consequences {
    private Consequences() {
    }

    /**
     * The records, each finding of an explained rule folded under the first finding (in the pack's order)
     * of a rule that explains it on the same school and year (and, for an import problem, the same field);
     * the others unchanged.
     */
    public static List<Finding> fold(RulePack pack, List<Finding> records) {
        Map<String, List<String>> explainedBy = new HashMap<>(); // rule → the rules that explain it, pack order
        Set<String> byField = new HashSet<>(); // rules whose findings are about one cell's field
        for (Rule r : pack.rules()) {
            for (String other : r.explains()) {
                explainedBy.computeIfAbsent(other, k -> new ArrayList<>()).add(r.id());
            }
            if (r.spec() instanceof RuleSpec.ImportProblemSpec && !r.explains().isEmpty()) {
                byField.add(r.id());
            }
        }
        if (explainedBy.isEmpty()) {
            return records;
        }
        // rule | school | year (| field, for an import problem) → key of its first finding
        Map<String, FindingKey> causes = new HashMap<>();
        for (Finding f : records) {
            if (f.schoolCode() == null) {
                continue;
            }
            if (byField.contains(f.ruleId())) {
                for (String field : fields(f)) {
                    causes.putIfAbsent(where(f.ruleId(), f.schoolCode(), f.year()) + "|" + field, f.key());
                }
            } else {
                causes.putIfAbsent(where(f.ruleId(), f.schoolCode(), f.year()), f.key());
            }
        }
        List<Finding> out = new ArrayList<>(records.size());
        for (Finding f : records) {
            out.add(f.schoolCode() == null ? f : fold(f, explainedBy, byField, causes));
        }
        return out;
    }

    private static Finding fold(Finding f, Map<String, List<String>> explainedBy, Set<String> byField,
                                Map<String, FindingKey> causes) {
        for (String rule : explainedBy.getOrDefault(f.ruleId(), List.of())) {
            String at = where(rule, f.schoolCode(), f.year());
            if (byField.contains(rule)) {
                for (String field : fields(f)) {
                    FindingKey cause = causes.get(at + "|" + field);
                    if (cause != null) {
                        return f.withCause(cause);
                    }
                }
            } else if (causes.containsKey(at)) {
                return f.withCause(causes.get(at));
            }
        }
        return f;
    }

    /** The fields a finding is about ({@code school.ownership}; a rule reading several lists them with commas). */
    private static List<String> fields(Finding f) {
        if (f.field() == null || f.field().isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : f.field().split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static String where(String rule, String school, int year) {
        return rule + "|" + school.toUpperCase(Locale.ROOT) + "|" + year;
    }
}
