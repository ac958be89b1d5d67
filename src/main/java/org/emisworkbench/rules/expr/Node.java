package org.emisworkbench.rules.expr;

import java.util.List;
import org.emisworkbench.model.GradeSystem;

/**
 * A node of a prepared expression. Each node computes in its static type without boxing: numbers as
 * doubles (NaN is MISSING: counts are integers and division by zero is already MISSING, so no real
 * result is NaN), truth values as 1, 0 or {@link #MISSING_BOOL}, texts as strings (null is MISSING).
 * The semantics are described on {@link PreparedExpr}.
 */
abstract class Node {
    static final int MISSING_BOOL = -1;
    private static final double EPSILON = 1e-9;

    final ValueType type;

    Node(ValueType type) {
        this.type = type;
    }

    double num(Ctx c) {
        throw new IllegalStateException("not a number node: " + type);
    }

    int bool(Ctx c) {
        throw new IllegalStateException("not a truth-value node: " + type);
    }

    String text(Ctx c) {
        throw new IllegalStateException("not a text node: " + type);
    }

    /**
     * Whether this node's value stands for figures the return's template does not collect at all (a field
     * never read, or a default that coalesce puts in its place), rather than for figures the school gave or
     * left blank: such a value is "not collected", never 0 or missing (docs/rules.md). Checked only for a
     * unit about to raise a finding; field names not collected are added to {@link Ctx#notCollected}.
     */
    boolean uncollected(Ctx c) {
        return false;
    }

    /** The value boxed, for the root and for count(). */
    final Value value(Ctx c) {
        switch (type) {
            case NUMBER -> {
                double d = num(c);
                return Double.isNaN(d) ? Value.MISSING : Value.of(d);
            }
            case BOOL -> {
                int b = bool(c);
                return b == MISSING_BOOL ? Value.MISSING : Value.of(b == 1);
            }
            default -> {
                String s = text(c);
                return s == null ? Value.MISSING : new Value.Str(s);
            }
        }
    }

    final boolean missing(Ctx c) {
        return switch (type) {
            case NUMBER -> Double.isNaN(num(c));
            case BOOL -> bool(c) == MISSING_BOOL;
            default -> text(c) == null;
        };
    }

    /**
     * Per-evaluation state: the source (swapped by previous()), the bound scope variables, the counts
     * and, for a unit that raised a finding, the trace of the references read (null otherwise).
     */
    static final class Ctx {
        final GradeSystem grades;
        ValueSource source;
        Bindings bindings;
        int gradeSlot;
        Presence presence;
        List<Lookup> trace;
        /** How many previous() calls the evaluation is inside: above 0, reads are last year's. */
        int yearsBack;
        /** Field names found not collected by {@link #uncollected}; null when not asked. */
        java.util.Set<String> notCollected;

        Ctx(GradeSystem grades) {
            this.grades = grades;
        }

        void start(ValueSource values, Bindings b, Presence p, List<Lookup> t) {
            source = values;
            presence = p;
            trace = t;
            yearsBack = 0;
            notCollected = null;
            if (b != bindings) {
                bindings = b;
                gradeSlot = b.gradeSlot() >= 0 ? b.gradeSlot()
                        : b.grade() == null ? -1 : grades.byCode(b.grade()).map(g -> g.slot()).orElse(-1);
            }
        }
    }

    static final class Const extends Node {
        private final double number;
        private final String string;

        Const(double number) {
            super(ValueType.NUMBER);
            this.number = number;
            this.string = null;
        }

        Const(String string) {
            super(ValueType.TEXT);
            this.number = Double.NaN;
            this.string = string;
        }

        @Override
        double num(Ctx c) {
            return number;
        }

        @Override
        String text(Ctx c) {
            return string;
        }
    }

    static final class Negate extends Node {
        private final Node operand;

        Negate(Node operand) {
            super(ValueType.NUMBER);
            this.operand = operand;
        }

        @Override
        double num(Ctx c) {
            return -operand.num(c);
        }

        @Override
        boolean uncollected(Ctx c) {
            return operand.uncollected(c);
        }
    }

    static final class Not extends Node {
        private final Node operand;

        Not(Node operand) {
            super(ValueType.BOOL);
            this.operand = operand;
        }

        @Override
        int bool(Ctx c) {
            int v = operand.bool(c);
            return v == MISSING_BOOL ? v : 1 - v;
        }

        @Override
        boolean uncollected(Ctx c) {
            return operand.uncollected(c);
        }
    }

    static final class Arithmetic extends Node {
        private final Expr.BinaryOp op;
        private final Node left;
        private final Node right;

        Arithmetic(Expr.BinaryOp op, Node left, Node right) {
            super(ValueType.NUMBER);
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override
        double num(Ctx c) {
            double l = left.num(c);
            double r = right.num(c);
            return switch (op) {
                case ADD -> l + r;
                case SUB -> l - r;
                case MUL -> l * r;
                default -> r == 0 ? Double.NaN : l / r;
            };
        }

        @Override
        boolean uncollected(Ctx c) {
            return left.uncollected(c) | right.uncollected(c);
        }
    }

    static final class Compare extends Node {
        private final Expr.BinaryOp op;
        private final Node left;
        private final Node right;

        Compare(Expr.BinaryOp op, Node left, Node right) {
            super(ValueType.BOOL);
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override
        int bool(Ctx c) {
            int cmp;
            if (left.type == ValueType.NUMBER && right.type == ValueType.NUMBER) {
                double l = left.num(c);
                double r = right.num(c);
                if (Double.isNaN(l) || Double.isNaN(r)) {
                    return MISSING_BOOL;
                }
                cmp = Math.abs(l - r) <= EPSILON ? 0 : Double.compare(l, r);
            } else if (left.type == ValueType.TEXT && right.type == ValueType.TEXT) {
                String l = left.text(c);
                String r = right.text(c);
                if (l == null || r == null) {
                    return MISSING_BOOL;
                }
                // Codes are normalised on import, but officers write 'Public' as often as 'public'.
                cmp = l.trim().compareToIgnoreCase(r.trim());
            } else {
                Value l = left.value(c);
                Value r = right.value(c);
                if (l.isMissing() || r.isMissing()) {
                    return MISSING_BOOL;
                }
                cmp = l instanceof Value.Bool a && r instanceof Value.Bool b && a.value() == b.value() ? 0 : 1;
            }
            boolean holds = switch (op) {
                case EQ -> cmp == 0;
                case NE -> cmp != 0;
                case LT -> cmp < 0;
                case LE -> cmp <= 0;
                case GT -> cmp > 0;
                default -> cmp >= 0;
            };
            return holds ? 1 : 0;
        }

        @Override
        boolean uncollected(Ctx c) {
            return left.uncollected(c) | right.uncollected(c);
        }
    }

    /** Three-valued logic: a false side decides 'and', a true side decides 'or', even if the other is missing. */
    static final class Logic extends Node {
        private final boolean isAnd;
        private final Node left;
        private final Node right;

        Logic(boolean isAnd, Node left, Node right) {
            super(ValueType.BOOL);
            this.isAnd = isAnd;
            this.left = left;
            this.right = right;
        }

        @Override
        int bool(Ctx c) {
            // Both sides are read even when one decides: the missing-value strategy counts every reference.
            int l = left.bool(c);
            int r = right.bool(c);
            int deciding = isAnd ? 0 : 1;
            if (l == deciding || r == deciding) {
                return deciding;
            }
            return l == MISSING_BOOL || r == MISSING_BOOL ? MISSING_BOOL : 1 - deciding;
        }

        /** A side that decides on its own makes the other's collection irrelevant. */
        @Override
        boolean uncollected(Ctx c) {
            int deciding = isAnd ? 0 : 1;
            if (left.bool(c) == deciding || right.bool(c) == deciding) {
                return false;
            }
            return left.uncollected(c) | right.uncollected(c);
        }
    }

    static Node[] array(List<Node> nodes) {
        return nodes.toArray(new Node[0]);
    }
}
