package org.emisworkbench.rules.expr;

import java.util.List;
import org.emisworkbench.model.GradeSystem;

/**
 * A checked expression resolved once for a run: field names, selectors, slots and sexes are worked
 * out when it is prepared, so checking a unit only reads figures. Pure: reads through the
 * {@link ValueSource}, keeps no state between evaluations.
 *
 * <p>MISSING propagates through arithmetic, comparisons and logic; sum, min and max skip missing
 * values (all missing gives MISSING), count counts present values, coalesce takes the first present
 * one. A field reference with an open dimension (absent or {@code *}) stands for the sum of its
 * present cells, except directly inside sum/min/max/count where it stands for the list of its cells.
 * Division by zero is MISSING: a ratio without a denominator is not available, never 0.
 *
 * <p>Checking a unit counts the field references read in a {@link Presence} and keeps no trace; a
 * unit that raises a finding is evaluated again with a trace ({@link #trace}), for the cells the
 * finding names.
 *
 * <p>Not thread-safe: it reuses one evaluation context. Prepare one per rule run and thread.
 */
public final class PreparedExpr {
    private final CompiledExpr source;
    private final Node root;
    private final Node.Ctx ctx;

    private PreparedExpr(CompiledExpr source, Node root, GradeSystem grades) {
        this.source = source;
        this.root = root;
        this.ctx = new Node.Ctx(grades);
    }

    /** The expression prepared on the catalog it was checked against. */
    public static PreparedExpr of(CompiledExpr e, FieldCatalog catalog) {
        return new PreparedExpr(e, new NodeCompiler(catalog).compile(e.root()), catalog.grades());
    }

    public CompiledExpr source() {
        return source;
    }

    /** The value over one source with the scope variables bound; field references read are counted. */
    public Value evaluate(ValueSource values, Bindings bindings, Presence presence) {
        ctx.start(values, bindings, presence, null);
        return root.value(ctx);
    }

    /** The value as a number, NaN when missing (or not a number): no allocation. */
    public double number(ValueSource values, Bindings bindings, Presence presence) {
        ctx.start(values, bindings, presence, null);
        return root.type == ValueType.NUMBER ? root.num(ctx) : Double.NaN;
    }

    /**
     * Whether the value stands for figures the return's template does not collect (see {@link Node#uncollected});
     * the names of the fields not collected are added to {@code fields}.
     */
    public boolean uncollected(ValueSource values, Bindings bindings, java.util.Set<String> fields) {
        ctx.start(values, bindings, new Presence(), null);
        ctx.notCollected = fields;
        return root.uncollected(ctx);
    }

    /**
     * The same value as {@link #evaluate}, with every field reference read added to {@code trace} in
     * the order read: for a unit that raised a finding, to name its fields and cells.
     */
    public Value trace(ValueSource values, Bindings bindings, List<Lookup> trace) {
        ctx.start(values, bindings, new Presence(), trace);
        return root.value(ctx);
    }
}
