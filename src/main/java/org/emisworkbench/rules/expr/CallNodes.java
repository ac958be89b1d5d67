package org.emisworkbench.rules.expr;

/** The whitelisted functions as prepared nodes; see {@link PreparedExpr} for their meaning. */
final class CallNodes {
    private CallNodes() {
    }

    static final class If extends Node {
        private final Node condition;
        private final Node then;
        private final Node otherwise;

        If(Node condition, Node then, Node otherwise) {
            super(then.type);
            this.condition = condition;
            this.then = then;
            this.otherwise = otherwise;
        }

        private Node branch(Ctx c) {
            int b = condition.bool(c);
            return b == MISSING_BOOL ? null : b == 1 ? then : otherwise;
        }

        @Override
        double num(Ctx c) {
            Node n = branch(c);
            return n == null ? Double.NaN : n.num(c);
        }

        @Override
        int bool(Ctx c) {
            Node n = branch(c);
            return n == null ? MISSING_BOOL : n.bool(c);
        }

        @Override
        String text(Ctx c) {
            Node n = branch(c);
            return n == null ? null : n.text(c);
        }

        @Override
        boolean uncollected(Ctx c) {
            if (condition.uncollected(c)) {
                return true;
            }
            Node n = branch(c);
            return n != null && n.uncollected(c);
        }
    }

    /** The first present argument; later ones are not read, so neither counted nor traced. */
    static final class Coalesce extends Node {
        private final Node[] args;

        Coalesce(Node[] args) {
            super(args[0].type);
            this.args = args;
        }

        @Override
        double num(Ctx c) {
            for (Node a : args) {
                double d = a.num(c);
                if (!Double.isNaN(d)) {
                    return d;
                }
            }
            return Double.NaN;
        }

        @Override
        int bool(Ctx c) {
            for (Node a : args) {
                int b = a.bool(c);
                if (b != MISSING_BOOL) {
                    return b;
                }
            }
            return MISSING_BOOL;
        }

        @Override
        String text(Ctx c) {
            for (Node a : args) {
                String s = a.text(c);
                if (s != null) {
                    return s;
                }
            }
            return null;
        }

        /** A default standing in for a figure the template never collects is that figure: not collected. */
        @Override
        boolean uncollected(Ctx c) {
            for (Node a : args) {
                if (!a.missing(c)) {
                    return false;
                }
                if (a.uncollected(c)) {
                    return true;
                }
            }
            return false;
        }
    }

    static final class Abs extends Node {
        private final Node arg;

        Abs(Node arg) {
            super(ValueType.NUMBER);
            this.arg = arg;
        }

        @Override
        double num(Ctx c) {
            return Math.abs(arg.num(c));
        }

        @Override
        boolean uncollected(Ctx c) {
            return arg.uncollected(c);
        }
    }

    /** previous(x): x read in last year's return, with the same scope variables. */
    static final class Previous extends Node {
        private final Node arg;

        Previous(Node arg) {
            super(arg.type);
            this.arg = arg;
        }

        @Override
        double num(Ctx c) {
            ValueSource now = enter(c);
            try {
                return arg.num(c);
            } finally {
                leave(c, now);
            }
        }

        @Override
        int bool(Ctx c) {
            ValueSource now = enter(c);
            try {
                return arg.bool(c);
            } finally {
                leave(c, now);
            }
        }

        @Override
        String text(Ctx c) {
            ValueSource now = enter(c);
            try {
                return arg.text(c);
            } finally {
                leave(c, now);
            }
        }

        @Override
        boolean uncollected(Ctx c) {
            ValueSource now = enter(c);
            try {
                return arg.uncollected(c);
            } finally {
                leave(c, now);
            }
        }

        private static ValueSource enter(Ctx c) {
            ValueSource now = c.source;
            c.source = now.previousYear();
            c.yearsBack++;
            return now;
        }

        private static void leave(Ctx c, ValueSource now) {
            c.source = now;
            c.yearsBack--;
        }
    }

    /**
     * sum, min, max and count. A field argument stands for its cells, one value each; any other
     * argument for its one value. Missing values are skipped; all missing is MISSING, except for count.
     */
    static final class Aggregate extends Node {
        private final Function function;
        private final Node[] args;

        Aggregate(Function function, Node[] args) {
            super(ValueType.NUMBER);
            this.function = function;
            this.args = args;
        }

        @Override
        double num(Ctx c) {
            Acc acc = new Acc(function);
            for (Node a : args) {
                if (a instanceof FieldNode f) {
                    f.cells(c, acc);
                } else if (function == Function.COUNT) {
                    acc.add(a.missing(c) ? Double.NaN : 0);
                } else {
                    acc.add(a.num(c));
                }
            }
            return acc.result();
        }

        /** Not collected when none of its arguments is: one collected argument gives the aggregate a meaning. */
        @Override
        boolean uncollected(Ctx c) {
            boolean all = args.length > 0;
            for (Node a : args) {
                all &= a.uncollected(c);
            }
            return all;
        }
    }

    /** Accumulates one aggregate's present values. */
    static final class Acc {
        private final Function function;
        private int count;
        private double value;

        Acc(Function function) {
            this.function = function;
        }

        void add(double d) {
            if (Double.isNaN(d)) {
                return;
            }
            value = count == 0 ? d : switch (function) {
                case SUM -> value + d;
                case MIN -> Math.min(value, d);
                case MAX -> Math.max(value, d);
                default -> value;
            };
            count++;
        }

        double result() {
            if (function == Function.COUNT) {
                return count;
            }
            return count == 0 ? Double.NaN : value;
        }
    }
}
