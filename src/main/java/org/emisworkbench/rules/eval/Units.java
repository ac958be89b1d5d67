package org.emisworkbench.rules.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Grade;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.rules.expr.Bindings;
import org.emisworkbench.rules.expr.CompiledExpr;
import org.emisworkbench.rules.expr.Scope;
import org.emisworkbench.rules.expr.ValueSource;

/**
 * The units of one rule's scope, handed over one at a time: a grade-sex rule over a national census
 * has over a million units, checked as they come rather than listed. In school-year-grade-sex, when
 * an expression selects {@code age=a}, each grade and sex is checked once per age group the return
 * holds for the graded topics it reads.
 */
final class Units {
    private final Scope scope;
    private final List<Grade> grades;
    private final boolean byAge;
    private final Set<Topic> topics = new LinkedHashSet<>();
    /** The grade-sex bindings, built once and shared by every school. */
    private final Bindings[] bound;

    Units(Scope scope, GradeSystem grades, List<CompiledExpr> exprs) {
        this.scope = scope;
        this.grades = grades.grades();
        this.byAge = exprs.stream().anyMatch(e -> e.variables().contains('a'));
        for (CompiledExpr e : exprs) {
            for (Topic t : Topic.values()) {
                if (t.graded() && e.fields().contains(t.code())) {
                    topics.add(t);
                }
            }
        }
        Sex[] sexes = Sex.values();
        bound = new Bindings[this.grades.size() * sexes.length];
        for (Grade g : this.grades) {
            for (Sex sex : sexes) {
                bound[g.slot() * sexes.length + sex.ordinal()] = new Bindings(g.code(), sex, null, g.slot());
            }
        }
    }

    /** True for the scopes whose units belong to one school each (not district-year). */
    static boolean perSchool(Scope scope) {
        return scope != Scope.DISTRICT_YEAR;
    }

    void forEach(CensusView view, Consumer<Unit> action) {
        if (!perSchool(scope)) {
            for (String d : view.districts()) {
                action.accept(new Unit(null, d, view.district(d), Bindings.NONE));
            }
            return;
        }
        List<SchoolInfo> schools = view.schools();
        List<ValueSource> sources = view.schoolSources();
        for (int i = 0; i < schools.size(); i++) {
            forSchool(schools.get(i), sources.get(i), action);
        }
    }

    /** The units of one school (school-year or school-year-grade-sex scopes only). */
    void forSchool(SchoolInfo s, ValueSource src, Consumer<Unit> action) {
        if (scope == Scope.SCHOOL_YEAR) {
            action.accept(new Unit(s, s.district(), src, Bindings.NONE));
            return;
        }
        Sex[] sexes = Sex.values();
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
