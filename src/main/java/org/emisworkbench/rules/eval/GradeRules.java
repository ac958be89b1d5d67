package org.emisworkbench.rules.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.CellKey;
import org.emisworkbench.model.Finding;
import org.emisworkbench.model.Grade;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.rules.expr.ValueSource;
import org.emisworkbench.rules.pack.Rule;
import org.emisworkbench.rules.pack.RuleSpec;

/** Rules that walk the grade system: cohort plausibility across years, and age for grade. */
final class GradeRules {
    private GradeRules() {
    }

    /**
     * E(g+1, t) ≤ E(g, t−1) + R(g+1, t) + tolerance: pupils in a grade this year came from the grade
     * below last year or are repeating. Checked only where both enrolments are held (a grade the school
     * did not offer, or no return last year, says nothing). Repeaters not reported count as none, which
     * is what a blank repeaters cell means on the census forms.
     */
    static List<Finding> cohort(Rule rule, RuleSpec.CohortSpec spec, CensusView view) {
        List<Finding> out = new ArrayList<>();
        List<Grade> grades = view.grades().grades();
        List<SchoolInfo> schools = view.schools();
        List<ValueSource> sources = view.schoolSources();
        for (int si = 0; si < schools.size(); si++) {
            SchoolInfo s = schools.get(si);
            ValueSource now = sources.get(si);
            ValueSource before = now.previousYear();
            for (int i = 0; i + 1 < grades.size(); i++) {
                String g = grades.get(i).code();
                String next = grades.get(i + 1).code();
                for (Sex sex : Sex.values()) {
                    CellKey eNext = CellKey.of(spec.topic(), next, sex);
                    CellKey eBefore = CellKey.of(spec.topic(), g, sex);
                    CellKey rNext = CellKey.of(Topic.REPEATERS, next, sex);
                    OptionalDouble a = now.number(eNext);
                    OptionalDouble b = before.number(eBefore);
                    if (a.isEmpty() || b.isEmpty()) {
                        continue;
                    }
                    double r = now.number(rNext).orElse(0);
                    double bound = b.getAsDouble() + r;
                    double left = a.getAsDouble();
                    if (left > bound + spec.tolerance().allowance(left, bound)) {
                        out.add(new FindingBuilder(rule, view.year()).school(s).grade(next).sex(sex)
                                .left(left).right(bound).put("previous", FindingBuilder.format(b.getAsDouble()))
                                .put("value", FindingBuilder.format(r))
                                .put("detail", cohortDetail(spec, g, next, view.year() - 1, b.getAsDouble(), r))
                                .cell(eNext, spec.topic().code()).cell(rNext, Topic.REPEATERS.code())
                                .previousCell(eBefore).build());
                    }
                }
            }
        }
        return out;
    }

    private static org.emisworkbench.model.Message cohortDetail(RuleSpec.CohortSpec spec, String g, String next,
                                                               int lastYear, double before, double repeaters) {
        return org.emisworkbench.model.Message.of("finding.detail.cohort", spec.topic().code(), g,
                Integer.toString(lastYear), FindingBuilder.format(before), next, FindingBuilder.format(repeaters));
    }

    /**
     * Pupils in an age group lying wholly outside [official age + min offset, official age + max
     * offset] of their grade. "Age unknown" is not an age and is left to other rules.
     */
    static List<Finding> ageGrade(Rule rule, RuleSpec.AgeGradeSpec spec, CensusView view) {
        List<Finding> out = new ArrayList<>();
        List<SchoolInfo> schools = view.schools();
        List<ValueSource> sources = view.schoolSources();
        int entrance = view.grades().gradesOf(org.emisworkbench.model.SchoolStructure.PRIMARY).stream().mapToInt(Grade::officialAge).min().orElse(-1);
        for (int si = 0; si < schools.size(); si++) {
            SchoolInfo s = schools.get(si);
            ValueSource src = sources.get(si);
            for (Grade g : view.grades().grades()) {
                int lo = g.officialAge() + spec.minOffset();
                if (spec.prePrimaryMinOffset() != null && entrance >= 0
                        && org.emisworkbench.model.SchoolStructure.PRE_PRIMARY.equals(g.level())) {
                    lo = Math.min(lo, entrance + spec.prePrimaryMinOffset());
                }
                int hi = g.officialAge() + spec.maxOffset();
                for (Sex sex : Sex.values()) {
                    for (AgeGroup a : src.ages(spec.topic(), g.code(), sex)) {
                        if (a.isAll() || a.isUnknown()) {
                            continue;
                        }
                        int youngest = Math.max(a.lowest(), 0);
                        int oldest = a.highest();
                        CellKey key = new CellKey(spec.topic().code(), g.code(), sex, a);
                        double n = src.number(key).orElse(0);
                        if (n > 0 && (oldest < lo || youngest > hi)) {
                            out.add(new FindingBuilder(rule, view.year()).school(s).grade(g.code()).sex(sex).age(a)
                                    .left(n).put("value", FindingBuilder.format(n))
                                    .put("official_age", Integer.toString(g.officialAge()))
                                    .put("min", lo).put("max", hi).cell(key, spec.topic().code()).build());
                        }
                    }
                }
            }
        }
        return out;
    }
}
