package org.emisworkbench.rules.expr;

import java.util.Locale;
import java.util.Optional;

/** The whitelist of functions. Nothing else can be called: there is no way to name Java or SQL code. */
public enum Function {
    SUM(1, Integer.MAX_VALUE),
    MIN(1, Integer.MAX_VALUE),
    MAX(1, Integer.MAX_VALUE),
    ABS(1, 1),
    COALESCE(1, Integer.MAX_VALUE),
    IF(3, 3),
    COUNT(1, Integer.MAX_VALUE),
    PREVIOUS(1, 1);

    private final int minArgs;
    private final int maxArgs;

    Function(int minArgs, int maxArgs) {
        this.minArgs = minArgs;
        this.maxArgs = maxArgs;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public int minArgs() {
        return minArgs;
    }

    public int maxArgs() {
        return maxArgs;
    }

    /** True for functions that see a field reference with open dimensions as a list of cells. */
    public boolean aggregates() {
        return this == SUM || this == MIN || this == MAX || this == COUNT;
    }

    public static Optional<Function> byName(String name) {
        for (Function f : values()) {
            if (f.label().equalsIgnoreCase(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    String arityText() {
        if (minArgs == maxArgs) {
            return minArgs + (minArgs == 1 ? " argument" : " arguments");
        }
        return "at least " + minArgs + (minArgs == 1 ? " argument" : " arguments");
    }
}
