package org.emisworkbench.explore;

import java.util.Comparator;
import java.util.List;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.explore.Dimension;

/**
 * The natural order of a table's rows and columns: years and ages as numbers, grades as the grade system
 * orders them, girls before boys, the rest alphabetically, and "not reported" always last.
 */
final class PivotOrder {
    private final GradeSystem grades;

    PivotOrder(GradeSystem grades) {
        this.grades = grades;
    }

    /** Keys of {@code dims} in their natural order. */
    Comparator<List<String>> of(List<Dimension> dims) {
        return (a, b) -> {
            for (int i = 0; i < dims.size(); i++) {
                int c = compare(dims.get(i), a.get(i), b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }

    private int compare(Dimension d, String a, String b) {
        boolean na = Dimension.NOT_REPORTED.equals(a);
        boolean nb = Dimension.NOT_REPORTED.equals(b);
        if (na || nb) {
            return Boolean.compare(na, nb); // "not reported" last
        }
        return switch (d) {
            case YEAR -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
            case GRADE -> Integer.compare(grades.byCode(a).map(g -> g.slot()).orElse(Integer.MAX_VALUE),
                    grades.byCode(b).map(g -> g.slot()).orElse(Integer.MAX_VALUE));
            case AGE -> Integer.compare(ageOrder(a), ageOrder(b));
            case SEX -> a.compareTo(b); // girls (F) before boys (M), as the returns print them
            default -> a.compareTo(b);
        };
    }

    private static int ageOrder(String code) {
        AgeGroup g = new AgeGroup(code);
        return g.code().startsWith("-") ? -100 + g.highest() : g.lowest();
    }
}
