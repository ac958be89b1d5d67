package org.emisworkbench.rules.expr;

import java.util.List;
import java.util.Objects;

/** The syntax tree of a rule expression. Every node keeps where it starts, for error messages. */
public sealed interface Expr {
    Pos pos();

    record Num(double value, Pos pos) implements Expr {
    }

    /**
     * A parameter of the pack ({@code max_repeaters_share}), read as the number in force when the pack was
     * loaded: its declared value or the one the workspace sets.
     */
    record Param(String name, double value, Pos pos) implements Expr {
        public Param {
            Objects.requireNonNull(name, "name");
        }
    }

    record Text(String value, Pos pos) implements Expr {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A field reference such as {@code enrolment[grade=G1, sex=F]}; selectors in written order. */
    record Field(String name, List<Selector> selectors, Pos pos) implements Expr {
        public Field {
            selectors = List.copyOf(selectors);
        }

        /** The selector of a dimension, or null when the reference does not select it. */
        public Selector selector(String dimension) {
            // A loop, not a stream: this runs for every figure of every rule and school.
            for (Selector s : selectors) {
                if (s.dimension().equals(dimension)) {
                    return s;
                }
            }
            return null;
        }
    }

    record Unary(UnaryOp op, Expr operand, Pos pos) implements Expr {
    }

    record Binary(BinaryOp op, Expr left, Expr right, Pos pos) implements Expr {
    }

    record Call(Function function, List<Expr> args, Pos pos) implements Expr {
        public Call {
            args = List.copyOf(args);
        }
    }

    enum UnaryOp { NEGATE, NOT }

    enum BinaryOp {
        ADD("+"), SUB("-"), MUL("*"), DIV("/"), EQ("="), NE("≠"), LT("<"), LE("≤"), GT(">"), GE("≥"),
        AND("and"), OR("or");

        private final String symbol;

        BinaryOp(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public boolean isComparison() {
            return ordinal() >= EQ.ordinal() && ordinal() <= GE.ordinal();
        }

        public boolean isArithmetic() {
            return ordinal() <= DIV.ordinal();
        }
    }

    /** One {@code dimension=value} pair of a field reference. */
    record Selector(String dimension, SelectorValue value, Pos pos) {
    }

    /** What a selector picks: one code, every code, or the code a scope variable is bound to. */
    sealed interface SelectorValue {
        record Code(String code) implements SelectorValue {
        }

        record Wildcard() implements SelectorValue {
        }

        /** {@code g}, {@code s} or {@code a}: bound by the school-year-grade-sex scope. */
        record Variable(char name) implements SelectorValue {
        }
    }
}
