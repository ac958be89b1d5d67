package org.emisworkbench.rules.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Grade;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.rules.expr.Bindings;
import org.emisworkbench.rules.expr.CompiledExpr;
import org.emisworkbench.rules.expr.Scope;
import org.emisworkbench.rules.expr.ValueSource;

/**
 * Enumerates the units of a scope over a census view, one at a time: a grade-sex rule over a
 * national census has over a million units, which are checked as they come rather than listed.
 */
final class Units {
    private Units() {
    }

    /**
     * Each unit of {@code scope}. In school-year-grade-sex, when an expression selects {@code age=a},
     * each grade and sex is checked once per age group the return holds for the graded topics it reads.
     */
    static void forEach(Scope scope, CensusView view, List<CompiledExpr> exprs, Consumer<Unit> action) {
        switch (scope) {
            case DISTRICT_YEAR -> {
                for (String d : view.districts()) {
                    action.accept(new Unit(null, d, view.district(d), Bindings.NONE));
                }
            }
            case SCHOOL_YEAR -> {
                List<SchoolInfo> schools = view.schools();
                List<ValueSource> sources = view.schoolSources();
                for (int i = 0; i < schools.size(); i++) {
                    SchoolInfo s = schools.get(i);
                    action.accept(new Unit(s, s.district(), sources.get(i), Bindings.NONE));
                }
            }
            default -> gradeSex(view, exprs, action);
        }
    }

    private static void gradeSex(CensusView view, List<CompiledExpr> exprs, Consumer<Unit> action) {
        boolean byAge = exprs.stream().anyMatch(e -> e.variables().contains('a'));
        Set<Topic> topics = new LinkedHashSet<>();
        for (CompiledExpr e : exprs) {
            for (Topic t : Topic.values()) {
                if (t.graded() && e.fields().contains(t.code())) {
                    topics.add(t);
                }
            }
        }
        List<Grade> grades = view.grades().grades();
        Sex[] sexes = Sex.values();
        // The same grade-sex bindings serve every school.
        Bindings[] bound = new Bindings[grades.size() * sexes.length];
        for (Grade g : grades) {
            for (Sex sex : sexes) {
                bound[g.slot() * sexes.length + sex.ordinal()] = new Bindings(g.code(), sex, null, g.slot());
            }
        }
        List<SchoolInfo> schools = view.schools();
        List<ValueSource> sources = view.schoolSources();
        for (int i = 0; i < schools.size(); i++) {
            SchoolInfo s = schools.get(i);
            ValueSource src = sources.get(i);
            for (Grade g : grades) {
                for (Sex sex : sexes) {
                    if (!byAge) {
                        action.accept(new Unit(s, s.district(), src, bound[g.slot() * sexes.length + sex.ordinal()]));
                        continue;
                    }
                    Set<AgeGroup> ages = new LinkedHashSet<>();
                    for (Topic t : topics) {
                        ages.addAll(src.ages(t, g.code(), sex));
                    }
                    for (AgeGroup a : ages) {
                        action.accept(new Unit(s, s.district(), src, new Bindings(g.code(), sex, a, g.slot())));
                    }
                }
            }
        }
    }
}
