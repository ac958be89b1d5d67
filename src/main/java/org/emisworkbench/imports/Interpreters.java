package org.emisworkbench.imports;

import org.emisworkbench.template.Layout;

/** The interpreter of each layout. */
public final class Interpreters {
    private Interpreters() {
    }

    public static LayoutInterpreter forLayout(Layout layout) {
        LayoutInterpreter reader = switch (layout) {
            case WIDE -> new WideInterpreter();
            case GRID -> new GridInterpreter();
            case ROSTER -> new RosterInterpreter();
        };
        // Figures and codes written in other digits (٣٠) are said, whatever the layout reads them (IMP-41).
        return (workbook, template, context, sink) -> reader.interpret(workbook, template, context,
                new OtherDigits(sink));
    }
}
