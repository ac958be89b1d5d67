package org.emisworkbench.rules.eval;

import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.model.Finding;
import org.emisworkbench.rules.expr.CompiledExpr;
import org.emisworkbench.rules.expr.FieldCatalog;
import org.emisworkbench.rules.expr.Lookup;
import org.emisworkbench.rules.expr.PreparedExpr;
import org.emisworkbench.rules.expr.Presence;
import org.emisworkbench.rules.expr.Value;
import org.emisworkbench.rules.pack.MissingStrategy;
import org.emisworkbench.rules.pack.Rule;
import org.emisworkbench.rules.pack.RuleSpec;

/**
 * Expression, range and change rules: checked unit by unit over their scope.
 *
 * <p>Each rule checks a unit with its prepared expressions, which count the fields read but keep no
 * trace; a unit that raises a finding is evaluated again with a trace, for the cells and values the
 * finding names.
 */
final class ExpressionRules {
    private final FieldCatalog catalog;
    private final NotCollected notCollected;

    ExpressionRules(FieldCatalog catalog, NotCollected notCollected) {
        this.catalog = catalog;
        this.notCollected = notCollected;
    }

    /**
     * True when a unit that would raise a finding does so only because it reads figures its return's template
     * does not collect: the finding is not raised, and the run notes the rule and fields.
     */
    private boolean notCollected(Rule rule, Unit u, PreparedExpr... exprs) {
        java.util.Set<String> fields = new java.util.TreeSet<>();
        boolean any = false;
        for (PreparedExpr e : exprs) {
            any |= e.uncollected(u.source(), u.bindings(), fields);
        }
        if (any) {
            notCollected.add(rule.id(), u.school() == null ? null : u.school().code(), u.district(), fields);
        }
        return any;
    }

    /** Checks one unit of a rule, adding any finding. Holds prepared expressions: one per thread. */
    interface UnitCheck {
        void check(Unit u, List<Finding> out);
    }

    static boolean handles(Rule rule) {
        RuleSpec spec = rule.spec();
        return spec instanceof RuleSpec.ExpressionSpec || spec instanceof RuleSpec.RangeSpec
                || spec instanceof RuleSpec.ChangeSpec;
    }

    static List<CompiledExpr> expressions(Rule rule) {
        return rule.spec().expressions();
    }

    /** Every finding of a rule this class {@link #handles}, unit after unit. */
    List<Finding> run(Rule rule, CensusView view) {
        List<Finding> out = new ArrayList<>();
        UnitCheck check = prepare(rule, view);
        new Units(rule.scope(), view.grades(), expressions(rule)).forEach(view, u -> check.check(u, out));
        return out;
    }

    UnitCheck prepare(Rule rule, CensusView view) {
        RuleSpec spec = rule.spec();
        if (spec instanceof RuleSpec.ExpressionSpec s) {
            return expression(rule, s, view);
        } else if (spec instanceof RuleSpec.RangeSpec s) {
            return range(rule, s, view);
        }
        return change(rule, (RuleSpec.ChangeSpec) spec, view);
    }

    private UnitCheck expression(Rule rule, RuleSpec.ExpressionSpec spec, CensusView view) {
        PreparedExpr left = PreparedExpr.of(spec.left(), catalog);
        PreparedExpr right = PreparedExpr.of(spec.right(), catalog);
        Presence presence = new Presence();
        return (u, out) -> {
            presence.reset();
            Value fastL = left.evaluate(u.source(), u.bindings(), presence);
            Value fastR = right.evaluate(u.source(), u.bindings(), presence);
            if (!spec.violatedBy(fastL, fastR, presence) || notCollected(rule, u, left, right)) {
                return;
            }
            List<Lookup> trace = new ArrayList<>();
            Value l = left.trace(u.source(), u.bindings(), trace);
            Value r = right.trace(u.source(), u.bindings(), trace);
            FindingBuilder f = start(rule, view, u).left(l).right(r).lookups(trace)
                    .put("operator", spec.operator().symbol());
            if (spec.tolerance().absolute() > 0 || spec.tolerance().relative() > 0) {
                f.put("tolerance", allowanceText(spec, l, r));
            }
            out.add(f.build());
        };
    }

    private UnitCheck range(Rule rule, RuleSpec.RangeSpec spec, CensusView view) {
        PreparedExpr value = PreparedExpr.of(spec.value(), catalog);
        PreparedExpr unless = spec.unless() == null ? null : PreparedExpr.of(spec.unless(), catalog);
        Presence presence = new Presence();
        Presence spared = new Presence();
        return (u, out) -> {
            if (unless != null) {
                spared.reset();
                if (unless.evaluate(u.source(), u.bindings(), spared) instanceof Value.Bool b && b.value()) {
                    return;
                }
            }
            presence.reset();
            Value v = value.evaluate(u.source(), u.bindings(), presence);
            if (spec.missing().skips(presence) || (v.isMissing() && spec.missing() != MissingStrategy.NEVER_SKIP)) {
                return;
            }
            double d = v instanceof Value.Num n ? n.value() : Double.NaN;
            boolean low = spec.min().isPresent() && d < spec.min().getAsDouble();
            boolean high = spec.max().isPresent() && d > spec.max().getAsDouble();
            if ((v.isMissing() || low || high) && !notCollected(rule, u, value)) {
                List<Lookup> trace = new ArrayList<>();
                value.trace(u.source(), u.bindings(), trace);
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
        };
    }

    private UnitCheck change(Rule rule, RuleSpec.ChangeSpec spec, CensusView view) {
        PreparedExpr value = PreparedExpr.of(spec.value(), catalog);
        Presence presence = new Presence();
        return (u, out) -> {
            double n = value.number(u.source(), u.bindings(), presence);
            double b = value.number(u.source().previousYear(), u.bindings(), presence);
            if (Double.isNaN(n) || Double.isNaN(b) || b <= 0 || b < spec.minBase()) {
                return;
            }
            double change = (n - b) / b * 100;
            if (Math.abs(change) > spec.maxChangePercent()) {
                List<Lookup> trace = new ArrayList<>();
                Value now = value.trace(u.source(), u.bindings(), trace);
                List<Lookup> lastYear = new ArrayList<>();
                value.trace(u.source().previousYear(), u.bindings(), lastYear);
                Value before = Value.of(b);
                out.add(start(rule, view, u).left(now).right(before).value("value", now).value("previous", before)
                        .change("change", change)
                        .put("max", spec.maxChangePercent()).lookups(trace).previousLookups(lastYear).build());
            }
        };
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
