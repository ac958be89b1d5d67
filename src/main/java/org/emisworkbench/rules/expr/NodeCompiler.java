package org.emisworkbench.rules.expr;

import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.model.GradeSystem;

/** Turns a checked syntax tree into prepared nodes, resolving every field reference once. */
final class NodeCompiler {
    private final FieldCatalog catalog;
    private final GradeSystem grades;

    NodeCompiler(FieldCatalog catalog) {
        this.catalog = catalog;
        this.grades = catalog.grades();
    }

    Node compile(Expr e) {
        if (e instanceof Expr.Num n) {
            return new Node.Const(n.value());
        } else if (e instanceof Expr.Param p) {
            return new Node.Const(p.value());
        } else if (e instanceof Expr.Text t) {
            return new Node.Const(t.value());
        } else if (e instanceof Expr.Field f) {
            // The checker has vetted the name, so the catalog lookup cannot fail here.
            return new FieldNode(catalog.field(f.name()).orElseThrow(), f, grades);
        } else if (e instanceof Expr.Unary u) {
            Node operand = compile(u.operand());
            return u.op() == Expr.UnaryOp.NOT ? new Node.Not(operand) : new Node.Negate(operand);
        } else if (e instanceof Expr.Binary b) {
            Node l = compile(b.left());
            Node r = compile(b.right());
            if (b.op() == Expr.BinaryOp.AND || b.op() == Expr.BinaryOp.OR) {
                return new Node.Logic(b.op() == Expr.BinaryOp.AND, l, r);
            }
            return b.op().isArithmetic() ? new Node.Arithmetic(b.op(), l, r) : new Node.Compare(b.op(), l, r);
        }
        Expr.Call c = (Expr.Call) e;
        List<Node> args = new ArrayList<>();
        for (Expr a : c.args()) {
            args.add(compile(a));
        }
        return switch (c.function()) {
            case IF -> new CallNodes.If(args.get(0), args.get(1), args.get(2));
            case COALESCE -> new CallNodes.Coalesce(Node.array(args));
            case ABS -> new CallNodes.Abs(args.get(0));
            case PREVIOUS -> new CallNodes.Previous(args.get(0));
            default -> new CallNodes.Aggregate(c.function(), Node.array(args));
        };
    }
}
