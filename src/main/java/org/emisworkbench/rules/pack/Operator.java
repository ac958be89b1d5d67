package org.emisworkbench.rules.pack;

import java.util.Optional;

/** Comparison of an expression rule's left and right sides (after DHIS2 validation rules). */
public enum Operator {
    EQ("=", "=", "=="), NE("≠", "!=", "<>"), LT("<"), LE("≤", "<="), GT(">"), GE("≥", ">="),
    /** Both sides present or both absent. */
    COMPULSORY_PAIR("compulsory_pair"),
    /** Never both sides present. */
    EXCLUSIVE_PAIR("exclusive_pair");

    private final String symbol;
    private final String[] spellings;

    Operator(String symbol, String... spellings) {
        this.symbol = symbol;
        this.spellings = spellings;
    }

    public String symbol() {
        return symbol;
    }

    public boolean isPair() {
        return this == COMPULSORY_PAIR || this == EXCLUSIVE_PAIR;
    }

    public static Optional<Operator> parse(String text) {
        for (Operator o : values()) {
            if (o.symbol.equals(text)) {
                return Optional.of(o);
            }
            for (String s : o.spellings) {
                if (s.equals(text)) {
                    return Optional.of(o);
                }
            }
        }
        return Optional.empty();
    }

    /** True when {@code left op right} holds within {@code allowance} (slack in the rule's favour). */
    public boolean holds(double left, double right, double allowance) {
        double diff = left - right;
        return switch (this) {
            case EQ -> Math.abs(diff) <= allowance;
            case NE -> Math.abs(diff) > allowance;
            case LT -> diff < allowance;
            case LE -> diff <= allowance;
            case GT -> diff > -allowance;
            case GE -> diff >= -allowance;
            default -> throw new IllegalStateException("pair operators compare presence, not numbers");
        };
    }
}
