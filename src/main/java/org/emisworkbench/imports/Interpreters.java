package org.emisworkbench.imports;

import org.emisworkbench.template.Layout;

/** The interpreter of each layout. */
public final class Interpreters {
    private Interpreters() {
    }

    public static LayoutInterpreter forLayout(Layout layout) {
        return switch (layout) {
            case WIDE -> new WideInterpreter();
            case GRID -> new GridInterpreter();
            case ROSTER -> new RosterInterpreter();
        };
    }
}
