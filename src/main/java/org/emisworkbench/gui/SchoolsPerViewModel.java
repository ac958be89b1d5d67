package org.emisworkbench.gui;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emisworkbench.template.FormEdits;
import org.emisworkbench.template.FormMapping;
import org.emisworkbench.template.SchoolsPer;

/**
 * How many schools a form workbook holds, on the mapping screen (the template's {@code schools}): one per
 * workbook, one per sheet or one per block of a sheet, preset from the draft and changed by the officer. With one
 * school per sheet every sheet is the same form read again, so the changes made on any sheet's labels, tables,
 * constants and sums are shown and saved on every sheet ({@link FormEdits}); they are kept whatever the choice,
 * so that a change made before choosing one school per sheet still counts.
 */
final class SchoolsPerViewModel {
    private final ObjectProperty<SchoolsPer> schools = new SimpleObjectProperty<>(SchoolsPer.WORKBOOK);
    private final ObservableList<SchoolsPer> choices = FXCollections.observableArrayList(SchoolsPer.values());
    private FormEdits edits = FormEdits.NONE;

    /** Starts again from a workbook's draft: its guess, no change made. */
    void load(SchoolsPer drafted) {
        edits = FormEdits.NONE;
        schools.set(drafted == null ? SchoolsPer.WORKBOOK : drafted);
    }

    /** Keeps a change the officer made to a sheet's form ({@code before} as shown, {@code after} as changed). */
    void edited(FormMapping before, FormMapping after) {
        edits = edits.with(before, after);
    }

    /** The changes kept for every school's sheet, to be put back by {@link #restore} (the screen's undo). */
    FormEdits edits() {
        return edits;
    }

    void restore(FormEdits kept) {
        edits = kept;
    }

    /** A sheet's form as shown and read: with one school per sheet, with the changes made on any sheet. */
    FormMapping shown(FormMapping f) {
        return schools.get() == SchoolsPer.SHEET ? edits.onto(f) : f;
    }

    /**
     * The forms taken into the template, each marked with the choice: a form giving a school code stands for one
     * school per sheet or per block; with one school per workbook, for the workbook.
     */
    List<FormMapping> marked(List<FormMapping> forms) {
        SchoolsPer per = schools.get();
        return forms.stream().map(f -> f.withSchools(per != SchoolsPer.WORKBOOK && f.hasKey() ? per : null)).toList();
    }

    /** The choice, bound to the screen's list. */
    ObjectProperty<SchoolsPer> schools() {
        return schools;
    }

    ObservableList<SchoolsPer> choices() {
        return choices;
    }
}
