package org.emisworkbench.rules.expr;

import java.util.Objects;

/** The value of an expression: a number, a text, a truth value, or MISSING (never silently 0). */
public sealed interface Value {
    Value MISSING = new Missing();

    record Num(double value) implements Value {
    }

    record Str(String value) implements Value {
        public Str {
            Objects.requireNonNull(value, "value");
        }
    }

    record Bool(boolean value) implements Value {
    }

    /** The return does not hold the value, or it cannot be computed (division by zero). */
    record Missing() implements Value {
    }

    default boolean isMissing() {
        return this instanceof Missing;
    }

    static Value of(double d) {
        return new Num(d);
    }

    static Value of(boolean b) {
        return new Bool(b);
    }
}
