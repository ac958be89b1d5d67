package org.emisworkbench.rules.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The rules not run for a school because they speak of a figure its return's template does not collect
 * (docs/rules.md, "Figures a return does not collect"): per field, the rules and the schools. Such a rule raises
 * no finding for the school, and the run says so once, field by field. Thread-safe: the engine's slices add to
 * one tally.
 */
public final class NotCollected {
    private final Map<String, Set<String>> rulesByField = new TreeMap<>();
    /** Per field, per school code: its district ("" for none). */
    private final Map<String, Map<String, String>> schoolsByField = new TreeMap<>();

    /** Notes that {@code rule} was not run for {@code school} because its return does not collect {@code fields}. */
    synchronized void add(String rule, String school, String district, Set<String> fields) {
        for (String f : fields) {
            rulesByField.computeIfAbsent(f, k -> new TreeSet<>()).add(rule);
            schoolsByField.computeIfAbsent(f, k -> new TreeMap<>()).put(school == null ? "" : school,
                    district == null ? "" : district);
        }
    }

    /** One line of the notice: a field no return of these schools collects, the rules not run, how many schools. */
    public record Field(String field, List<String> rules, int schools) {
    }

    /**
     * {@code classrooms.good, classrooms.total (TCH-03: 4); school.ownership (REQ-03: 4)}: the fields not collected,
     * those of the same rules and number of schools together, each group with its rules and how many schools.
     */
    public static String describe(List<Field> fields) {
        Map<String, List<String>> groups = new java.util.LinkedHashMap<>();
        for (Field f : fields) {
            groups.computeIfAbsent(String.join(", ", f.rules()) + ": " + f.schools(), k -> new ArrayList<>())
                    .add(f.field());
        }
        List<String> parts = new ArrayList<>();
        groups.forEach((rules, names) -> parts.add(String.join(", ", names) + " (" + rules + ")"));
        return String.join("; ", parts);
    }

    /** Field by field, in name order; empty when every rule ran. */
    public synchronized List<Field> fields() {
        return fields(null);
    }

    /** As {@link #fields()}, counting only the schools of {@code district} (ignoring case; null: all). */
    public synchronized List<Field> fields(String district) {
        List<Field> out = new ArrayList<>();
        rulesByField.forEach((f, rules) -> {
            long n = schoolsByField.get(f).values().stream()
                    .filter(d -> district == null || d.equalsIgnoreCase(district)).count();
            if (n > 0) {
                out.add(new Field(f, List.copyOf(rules), (int) n));
            }
        });
        return out;
    }
}
