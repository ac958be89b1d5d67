package org.emisworkbench.rules.expr;

import org.emisworkbench.model.GradeSystem;

/**
 * A checked expression resolved once for a run: field names, selectors, slots and sexes are worked
 * out when it is prepared, so checking a unit only reads figures. It gives the same values as
 * {@link Evaluator} and counts the same field references in a {@link Presence}; it keeps no trace,
 * which rules rebuild with {@link Evaluator} for the few units that raise a finding.
 *
 * <p>Not thread-safe: it reuses one evaluation context. Prepare one per rule run and thread.
 */
public final class PreparedExpr {
    private final CompiledExpr source;
    private final Node root;
    private final Node.Ctx ctx;

    PreparedExpr(CompiledExpr source, Node root, GradeSystem grades) {
        this.source = source;
        this.root = root;
        this.ctx = new Node.Ctx(grades);
    }

    public CompiledExpr source() {
        return source;
    }

    /** The value over one source with the scope variables bound; field references read are counted. */
    public Value evaluate(ValueSource values, Bindings bindings, Presence presence) {
        ctx.start(values, bindings, presence);
        return root.value(ctx);
    }

    /** The value as a number, NaN when missing (or not a number): no allocation. */
    public double number(ValueSource values, Bindings bindings, Presence presence) {
        ctx.start(values, bindings, presence);
        return root.type == ValueType.NUMBER ? root.num(ctx) : Double.NaN;
    }
}
