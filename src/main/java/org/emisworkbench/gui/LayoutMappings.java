package org.emisworkbench.gui;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import org.emisworkbench.service.TemplateWorkshop;
import org.emisworkbench.template.ColumnMapping;
import org.emisworkbench.template.Layout;
import org.emisworkbench.template.WorkbookMapping;

/**
 * The mappings of a workbook for each layout the officer may choose, and the layout chosen: the lists read
 * as wide sheets, the lists read as pupils and staff, and the sheets read as forms (or, beside a roster's
 * lists, as labels). Which of them the current sheet is shown with follows from the layout.
 */
final class LayoutMappings {
    private final ObjectProperty<Layout> layout = new SimpleObjectProperty<>(Layout.WIDE);
    private final TableMappingViewModel wide = new TableMappingViewModel(Layout.WIDE);
    private final TableMappingViewModel roster = new TableMappingViewModel(Layout.ROSTER);
    private final FormMappingViewModel form = new FormMappingViewModel();
    private final SchoolsPerViewModel schools = new SchoolsPerViewModel();

    LayoutMappings() {
        // How many schools the workbook holds is a form's: the sheets of labels beside a roster's lists are as drafted.
        form.follow(f -> layout.get() == Layout.GRID ? schools.shown(f) : f, schools::edited);
    }

    /** Starts again from a workbook's guesses, in the layout it was recognised as. */
    void load(TemplateWorkshop.DraftWorkbook wb) {
        wide.load(wb.guessed());
        roster.load(wb.rosters().values());
        form.load(wb.forms(), f -> f.readsAnything() && !wb.rosters().containsKey(f.sheet()));
        schools.load(wb.schools());
        layout.set(wb.layout());
    }

    /** Everything mapped by hand in every layout (values, compared with equals), for the screen's undo. */
    record Snapshot(TableMappingViewModel.State wide, TableMappingViewModel.State roster,
                    FormMappingViewModel.State form, org.emisworkbench.template.FormEdits edits) {
    }

    Snapshot snapshot() {
        return new Snapshot(wide.state(), roster.state(), form.state(), schools.edits());
    }

    /** Puts back what was mapped; the layout and the choice of schools per sheet stay as they are. */
    void restore(Snapshot s) {
        wide.restore(s.wide());
        roster.restore(s.roster());
        form.restore(s.form());
        schools.restore(s.edits());
    }

    ObjectProperty<Layout> layout() {
        return layout;
    }

    /** The lists of the current layout (wide or roster). */
    TableMappingViewModel table() {
        return layout.get() == Layout.ROSTER ? roster : wide;
    }

    /** The lists of a layout, for the view to switch between. */
    TableMappingViewModel table(Layout of) {
        return of == Layout.ROSTER ? roster : wide;
    }

    FormMappingViewModel form() {
        return form;
    }

    /** How many schools a form workbook holds. */
    SchoolsPerViewModel schools() {
        return schools;
    }

    /** True when a sheet is shown as a form (labels and tables) rather than a list of columns. */
    boolean showsForm(String sheet) {
        return layout.get() == Layout.GRID || layout.get() == Layout.ROSTER && roster.mapping(sheet) == null;
    }

    /** True when a sheet is taken into the template of the current layout. */
    boolean uses(String sheet) {
        return showsForm(sheet) ? form.uses(sheet) : table().uses(sheet);
    }

    /** Takes a sheet into the template or leaves it out; false when it has nothing mapped to take. */
    boolean setUsed(String sheet, boolean use) {
        return showsForm(sheet) ? form.setUsed(sheet, use) : table().setUsed(sheet, use);
    }

    /** The first sheet taken in the current layout, else the first sheet. */
    String firstUsed(List<String> sheets) {
        for (String s : sheets) {
            if (uses(s)) {
                return s;
            }
        }
        return sheets.isEmpty() ? null : sheets.get(0);
    }

    /** The workbook as mapped: the sheets taken in the current layout, in the workbook's order. */
    WorkbookMapping mapping(List<String> sheets) {
        Layout l = layout.get();
        return switch (l) {
            case WIDE -> new WorkbookMapping(l, wide.chosen(sheets), List.of());
            case GRID -> new WorkbookMapping(l, List.of(), schools.marked(form.chosen(sheets, s -> false)));
            case ROSTER -> new WorkbookMapping(l, roster.chosen(sheets),
                    form.chosen(sheets, s -> roster.mapping(s) != null));
        };
    }

    ObservableList<ColumnMapping> columns(Layout of) {
        return table(of).columns();
    }
}
