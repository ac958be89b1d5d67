package org.emisworkbench.service.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.Finding;
import org.emisworkbench.model.FindingKey;
import org.emisworkbench.rules.pack.Rule;
import org.emisworkbench.rules.pack.RulePack;

/**
 * One cause, one finding. A rule of the pack may declare which rules it {@code explains}: where it has a
 * finding on a school in a year, the findings of those rules on the same school and year follow from it
 * (a school that reports teachers but no pupils is, by that one mistake, an enrolment outlier with a
 * pupil-teacher ratio of 0). They are kept, folded under that finding with its key, and not counted.
 */
public final class Consequences {
    private Consequences() {
    }

    /**
     * The records, each finding of an explained rule folded under the first finding (in the pack's order)
     * of a rule that explains it on the same school and year; the others unchanged.
     */
    public static List<Finding> fold(RulePack pack, List<Finding> records) {
        Map<String, List<String>> explainedBy = new HashMap<>(); // rule → the rules that explain it, pack order
        for (Rule r : pack.rules()) {
            for (String other : r.explains()) {
                explainedBy.computeIfAbsent(other, k -> new ArrayList<>()).add(r.id());
            }
        }
        if (explainedBy.isEmpty()) {
            return records;
        }
        Map<String, FindingKey> causes = new HashMap<>(); // rule | school | year → key of its first finding
        for (Finding f : records) {
            if (f.schoolCode() != null) {
                causes.putIfAbsent(where(f.ruleId(), f.schoolCode(), f.year()), f.key());
            }
        }
        List<Finding> out = new ArrayList<>(records.size());
        for (Finding f : records) {
            FindingKey cause = null;
            if (f.schoolCode() != null) {
                for (String rule : explainedBy.getOrDefault(f.ruleId(), List.of())) {
                    cause = causes.get(where(rule, f.schoolCode(), f.year()));
                    if (cause != null) {
                        break;
                    }
                }
            }
            out.add(cause == null ? f : f.withCause(cause));
        }
        return out;
    }

    private static String where(String rule, String school, int year) {
        return rule + "|" + school.toUpperCase(java.util.Locale.ROOT) + "|" + year;
    }
}
