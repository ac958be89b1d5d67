package org.emisworkbench.rules.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Grade;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.rules.expr.Bindings;
import org.emisworkbench.rules.expr.CompiledExpr;
import org.emisworkbench.rules.expr.Scope;
import org.emisworkbench.rules.expr.ValueSource;

/** Enumerates the units of a scope over a census view. */
final class Units {
    private Units() {
    }

    /**
     * Units of {@code scope}. In school-year-grade-sex, when an expression selects {@code age=a}, each
     * grade and sex is checked once per age group the return holds for the graded topics it reads.
     */
    static List<Unit> of(Scope scope, CensusView view, List<CompiledExpr> exprs) {
        List<Unit> out = new ArrayList<>();
        switch (scope) {
            case DISTRICT_YEAR -> {
                for (String d : view.districts()) {
                    out.add(new Unit(null, d, view.district(d), Bindings.NONE));
                }
            }
            case SCHOOL_YEAR -> {
                for (SchoolInfo s : view.schools()) {
                    out.add(new Unit(s, s.district(), view.school(s.code()), Bindings.NONE));
                }
            }
            default -> gradeSex(view, exprs, out);
        }
        return out;
    }

    private static void gradeSex(CensusView view, List<CompiledExpr> exprs, List<Unit> out) {
        boolean byAge = exprs.stream().anyMatch(e -> e.variables().contains('a'));
        Set<Topic> topics = new LinkedHashSet<>();
        for (CompiledExpr e : exprs) {
            for (Topic t : Topic.values()) {
                if (t.graded() && e.fields().contains(t.code())) {
                    topics.add(t);
                }
            }
        }
        for (SchoolInfo s : view.schools()) {
            ValueSource src = view.school(s.code());
            for (Grade g : view.grades().grades()) {
                for (Sex sex : Sex.values()) {
                    if (!byAge) {
                        out.add(new Unit(s, s.district(), src, new Bindings(g.code(), sex, null)));
                        continue;
                    }
                    Set<AgeGroup> ages = new LinkedHashSet<>();
                    for (Topic t : topics) {
                        ages.addAll(src.ages(t, g.code(), sex));
                    }
                    for (AgeGroup a : ages) {
                        out.add(new Unit(s, s.district(), src, new Bindings(g.code(), sex, a)));
                    }
                }
            }
        }
    }
}
