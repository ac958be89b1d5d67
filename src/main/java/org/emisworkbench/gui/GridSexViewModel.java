package org.emisworkbench.gui;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emisworkbench.template.FormMapping;
import org.emisworkbench.template.GridMapping;

/**
 * The sex of a form's table on the mapping screen (the grid's {@code "sex"}, decision 0045): both sexes, or one sex
 * for an age × grade table given once for boys and once for girls, grades across with no M/F under them. Shows what
 * the draft chose (from the table's title or sheet name); a change goes into the sheet's form (and the screen's
 * undo) and the preview is worked out again.
 */
final class GridSexViewModel {
    /** The choice meaning "the table gives both sexes". */
    static final String BOTH = MappingViewModel.IGNORE;
    private final MappingViewModel screen;
    private final ObservableList<String> choices = FXCollections.observableArrayList(List.of(BOTH, "F", "M"));

    GridSexViewModel(MappingViewModel screen) {
        this.screen = screen;
    }

    /** The choice showing table {@code g}'s sex ({@link #BOTH} when it gives both). */
    static String shown(GridMapping g) {
        return g == null || g.sex() == null ? BOTH : g.sex();
    }

    /**
     * Reads table {@code index} of the current form as one sex ({@code F} or {@code M}) or both ({@link #BOTH});
     * false when nothing changes or the table cannot hold one sex (its rows are grades, its sexes in rows, a band
     * or a single grade: the template would be refused).
     */
    boolean set(int index, String sex) {
        FormMapping f = screen.currentForm();
        if (f == null || index < 0 || index >= f.grids().size()) {
            return false;
        }
        GridMapping g = f.grids().get(index);
        String chosen = sex == null || BOTH.equals(sex) ? null : sex.strip();
        if (chosen != null && (!chosen.equals("F") && !chosen.equals("M") || !g.mayHoldOneSex())
                || java.util.Objects.equals(chosen, g.sex())) {
            return false;
        }
        screen.put(f.withGrid(index, g.withSex(chosen)));
        return true;
    }

    ObservableList<String> choices() {
        return choices;
    }
}
