package org.emisworkbench.rules.eval;

import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.rules.expr.Evaluator;
import org.emisworkbench.rules.expr.Lookup;
import org.emisworkbench.rules.expr.Value;
import org.emisworkbench.rules.pack.MissingStrategy;
import org.emisworkbench.rules.pack.Rule;
import org.emisworkbench.rules.pack.RuleSpec;

/** Expression, range and change rules: evaluated unit by unit over their scope. */
final class ExpressionRules {
    private final Evaluator evaluator;

    ExpressionRules(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    List<Finding> expression(Rule rule, RuleSpec.ExpressionSpec spec, CensusView view) {
        List<Finding> out = new ArrayList<>();
        for (Unit u : Units.of(rule.scope(), view, List.of(spec.left(), spec.right()))) {
            List<Lookup> trace = new ArrayList<>();
            Value l = evaluator.evaluate(spec.left(), u.source(), u.bindings(), trace);
            Value r = evaluator.evaluate(spec.right(), u.source(), u.bindings(), trace);
            if (spec.violatedBy(l, r, trace)) {
                FindingBuilder f = start(rule, view, u).left(l).right(r).lookups(trace)
                        .put("operator", spec.operator().symbol());
                if (spec.tolerance().absolute() > 0 || spec.tolerance().relative() > 0) {
                    f.put("tolerance", allowanceText(spec, l, r));
                }
                out.add(f.build());
            }
        }
        return out;
    }

    List<Finding> range(Rule rule, RuleSpec.RangeSpec spec, CensusView view) {
        List<Finding> out = new ArrayList<>();
        for (Unit u : Units.of(rule.scope(), view, List.of(spec.value()))) {
            List<Lookup> trace = new ArrayList<>();
            Value v = evaluator.evaluate(spec.value(), u.source(), u.bindings(), trace);
            if (spec.missing().skips(trace) || (v.isMissing() && spec.missing() != MissingStrategy.NEVER_SKIP)) {
                continue;
            }
            double d = v instanceof Value.Num n ? n.value() : Double.NaN;
            boolean low = spec.min().isPresent() && d < spec.min().getAsDouble();
            boolean high = spec.max().isPresent() && d > spec.max().getAsDouble();
            if (v.isMissing() || low || high) {
                FindingBuilder f = start(rule, view, u).left(v).value("value", v).lookups(trace);
                spec.min().ifPresent(m -> f.put("min", m));
                spec.max().ifPresent(m -> f.put("max", m));
                if (low) {
                    f.right(spec.min().getAsDouble());
                } else if (high) {
                    f.right(spec.max().getAsDouble());
                }
                out.add(f.build());
            }
        }
        return out;
    }

    List<Finding> change(Rule rule, RuleSpec.ChangeSpec spec, CensusView view) {
        List<Finding> out = new ArrayList<>();
        for (Unit u : Units.of(rule.scope(), view, List.of(spec.value()))) {
            List<Lookup> trace = new ArrayList<>();
            Value now = evaluator.evaluate(spec.value(), u.source(), u.bindings(), trace);
            Value before = evaluator.evaluate(spec.value(), u.source().previousYear(), u.bindings(), new ArrayList<>());
            if (!(now instanceof Value.Num n) || !(before instanceof Value.Num b) || b.value() <= 0
                    || b.value() < spec.minBase()) {
                continue;
            }
            double change = (n.value() - b.value()) / b.value() * 100;
            if (Math.abs(change) > spec.maxChangePercent()) {
                out.add(start(rule, view, u).left(now).right(before).value("value", now).value("previous", before)
                        .put("change", (change > 0 ? "+" : "") + FindingBuilder.format(change) + " %")
                        .put("max", spec.maxChangePercent()).lookups(trace).build());
            }
        }
        return out;
    }

    static FindingBuilder start(Rule rule, CensusView view, Unit u) {
        FindingBuilder f = new FindingBuilder(rule, view.year());
        if (u.school() != null) {
            f.school(u.school());
        } else {
            f.district(u.district());
        }
        return f.grade(u.bindings().grade()).sex(u.bindings().sex()).age(u.bindings().age());
    }

    private static String allowanceText(RuleSpec.ExpressionSpec spec, Value l, Value r) {
        if (l instanceof Value.Num a && r instanceof Value.Num b) {
            return FindingBuilder.format(spec.tolerance().allowance(a.value(), b.value()));
        }
        return FindingBuilder.format(spec.tolerance().absolute());
    }
}
