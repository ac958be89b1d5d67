package org.emisworkbench.gui;

import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.emisworkbench.template.FormMapping;
import org.emisworkbench.template.SheetMapping;

/**
 * The current sheet's constants ({@code field = value} per line) and sums ({@code field [F|M] = part + part} per
 * line) on the mapping screen, as text, and the line that could not be read.
 */
final class SheetExtrasViewModel {
    private final Session session;
    private final MappingViewModel screen;
    private final StringProperty constantsText = new SimpleStringProperty("");
    private final StringProperty sumsText = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");

    SheetExtrasViewModel(Session session, MappingViewModel screen) {
        this.session = session;
        this.screen = screen;
    }

    /** Shows the constants and sums of a list {@code m} or of a form {@code f} (none when both are null). */
    void show(SheetMapping m, FormMapping f) {
        constantsText.set(MappingExtras.constantsToText(m != null ? m.constants() : f != null ? f.constants()
                : Map.of()));
        sumsText.set(MappingExtras.sumsToText(m != null ? m.sums() : f != null ? f.sums() : List.of()));
        problem.set("");
    }

    /**
     * Sets the current sheet's constants ({@code field = value} per line) and sums
     * ({@code field [F|M] = Header + Header} per line; on a form, label + label); a line that cannot be read
     * is named, nothing applied.
     */
    boolean apply(String constants, String sums) {
        SheetMapping m = screen.currentList();
        FormMapping f = screen.currentForm();
        if (m == null && f == null) {
            return false;
        }
        MappingExtras extras = MappingExtras.parse(constants, sums);
        if (extras.problem() != null) {
            problem.set(session.t(extras.problem(), extras.badLine()));
            return false;
        }
        problem.set("");
        constantsText.set(MappingExtras.constantsToText(extras.constants()));
        sumsText.set(MappingExtras.sumsToText(extras.sums()));
        if (m != null) {
            screen.put(m.withExtras(extras.constants(), extras.sums()));
        } else {
            screen.put(f.withExtras(extras.constants(), extras.sums()));
        }
        return true;
    }

    StringProperty constantsText() {
        return constantsText;
    }

    StringProperty sumsText() {
        return sumsText;
    }

    StringProperty problem() {
        return problem;
    }
}
