package org.emisworkbench.report;

import java.util.List;

/**
 * Enrolment of a district's level by age (rows) and grade (columns), both sexes, from the returns that
 * give ages; with the over-age share of each grade as the calculator computes it.
 *
 * @param ages          age group labels in age order ("5", "6", …, "16+", "?" last)
 * @param counts        counts[age][grade]
 * @param officialAges  official age of each grade
 * @param overAgePct    per grade, % of pupils of known age 2+ years above the official age; null when not available
 */
public record AgeGradeTable(List<String> grades, List<String> ages, long[][] counts, List<Integer> officialAges,
                            List<Double> overAgePct) {
    public AgeGradeTable {
        grades = List.copyOf(grades);
        ages = List.copyOf(ages);
        officialAges = List.copyOf(officialAges);
        overAgePct = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(overAgePct));
    }

    public boolean isEmpty() {
        return ages.isEmpty();
    }

    /** Pupils of a grade over every age row. */
    public long gradeTotal(int grade) {
        long sum = 0;
        for (long[] row : counts) {
            sum += row[grade];
        }
        return sum;
    }
}
