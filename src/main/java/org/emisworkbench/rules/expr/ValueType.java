package org.emisworkbench.rules.expr;

import java.util.Locale;

/** Static type of an expression, checked at load time so a pack never fails halfway through a run. */
public enum ValueType {
    NUMBER, TEXT, BOOL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
