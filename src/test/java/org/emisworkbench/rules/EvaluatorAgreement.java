package org.emisworkbench.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Grade;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.rules.eval.CensusView;
import org.emisworkbench.rules.eval.SchoolInfo;
import org.emisworkbench.rules.expr.Bindings;
import org.emisworkbench.rules.expr.CompiledExpr;
import org.emisworkbench.rules.expr.Evaluator;
import org.emisworkbench.rules.expr.Lookup;
import org.emisworkbench.rules.expr.PreparedExpr;
import org.emisworkbench.rules.expr.Presence;
import org.emisworkbench.rules.expr.Scope;
import org.emisworkbench.rules.expr.Value;
import org.emisworkbench.rules.expr.ValueSource;
import org.emisworkbench.rules.pack.Rule;
import org.emisworkbench.rules.pack.RulePack;
import org.emisworkbench.rules.pack.RuleSpec;

/**
 * Holds the prepared evaluator to the tracing one: for every expression of a pack and every unit of
 * its scope over a census view (and last year's figures through previous()), both must give the same
 * value and count the same field references, present and missing.
 */
public final class EvaluatorAgreement {
    private final Evaluator evaluator;
    private final List<String> mismatches = new ArrayList<>();
    private long units;

    public EvaluatorAgreement(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** Checks every expression of the pack's rules; returns the number of evaluations compared. */
    public long checkPack(RulePack pack, CensusView view) {
        for (Rule rule : pack.rules()) {
            for (CompiledExpr e : expressions(rule.spec())) {
                check(rule.id(), e, rule.scope(), view);
            }
        }
        return units;
    }

    public void check(String label, CompiledExpr e, Scope scope, CensusView view) {
        PreparedExpr prepared = evaluator.prepare(e);
        switch (scope) {
            case DISTRICT_YEAR -> {
                for (String d : view.districts()) {
                    compare(label, e, prepared, view.district(d), Bindings.NONE);
                }
            }
            case SCHOOL_YEAR -> {
                for (SchoolInfo s : view.schools()) {
                    compare(label, e, prepared, view.school(s.code()), Bindings.NONE);
                    compare(label, e, prepared, view.school(s.code()).previousYear(), Bindings.NONE);
                }
            }
            default -> {
                for (SchoolInfo s : view.schools()) {
                    ValueSource src = view.school(s.code());
                    for (Grade g : view.grades().grades()) {
                        for (Sex sex : Sex.values()) {
                            Set<AgeGroup> ages = new LinkedHashSet<>();
                            ages.add(null);
                            for (Topic t : Topic.values()) {
                                if (t.graded() && e.variables().contains('a')) {
                                    ages.addAll(src.ages(t, g.code(), sex));
                                }
                            }
                            for (AgeGroup a : ages) {
                                if (a == null && e.variables().contains('a')) {
                                    continue;
                                }
                                compare(label, e, prepared, src, new Bindings(g.code(), sex, a, g.slot()));
                                compare(label, e, prepared, src, new Bindings(g.code(), sex, a));
                            }
                        }
                    }
                }
            }
        }
    }

    private void compare(String label, CompiledExpr e, PreparedExpr prepared, ValueSource src, Bindings b) {
        units++;
        List<Lookup> trace = new ArrayList<>();
        Value traced = evaluator.evaluate(e, src, b, trace);
        Presence counts = new Presence();
        Value fast = prepared.evaluate(src, b, counts);
        Presence expected = Presence.of(trace);
        if (!traced.equals(fast) || expected.reads() != counts.reads() || expected.present() != counts.present()) {
            if (mismatches.size() < 20) {
                mismatches.add(label + " " + e.text() + " " + b + ": traced " + traced + " (" + expected.present() + "/"
                        + expected.reads() + "), prepared " + fast + " (" + counts.present() + "/" + counts.reads() + ")");
            }
        }
    }

    public List<String> mismatches() {
        return mismatches;
    }

    private static List<CompiledExpr> expressions(RuleSpec spec) {
        if (spec instanceof RuleSpec.ExpressionSpec s) {
            return List.of(s.left(), s.right());
        } else if (spec instanceof RuleSpec.RangeSpec s) {
            return List.of(s.value());
        } else if (spec instanceof RuleSpec.ChangeSpec s) {
            return List.of(s.value());
        } else if (spec instanceof RuleSpec.OutlierSpec s) {
            return List.of(s.value());
        }
        return List.of();
    }
}
