package org.emisworkbench.gui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emisworkbench.template.CanonicalField;
import org.emisworkbench.template.ColumnMapping;
import org.emisworkbench.template.Layout;
import org.emisworkbench.template.SheetMapping;

/**
 * The lists of a workbook on the mapping screen, column by column: sheets of one row per school (wide) or
 * one row per pupil or staff member (roster). Holds the mapping of every sheet guessed or set, which of
 * them are taken into the template, and the current sheet's columns.
 */
final class TableMappingViewModel {
    private final Layout layout;
    private final Map<String, SheetMapping> mappings = new LinkedHashMap<>();
    private final Set<String> used = new LinkedHashSet<>();
    private final ObservableList<ColumnMapping> columns = FXCollections.observableArrayList();
    private final ObservableList<String> fields = FXCollections.observableArrayList();

    TableMappingViewModel(Layout layout) {
        this.layout = layout;
        fields.add(MappingViewModel.IGNORE);
        fields.add(MappingViewModel.KEY);
        fields.addAll(CanonicalField.all().stream().filter(f -> !f.equals(MappingViewModel.KEY) && fits(f)).toList());
    }

    /** Wide sheets hold school attributes and counts; rosters pupil and staff fields, and school attributes. */
    private boolean fits(String name) {
        CanonicalField f = CanonicalField.parse(name).orElse(null);
        if (f == null) {
            return false;
        }
        return layout == Layout.ROSTER
                ? f.kind() == CanonicalField.Kind.PUPIL || f.kind() == CanonicalField.Kind.STAFF
                || f.kind() == CanonicalField.Kind.SCHOOL
                : f.kind() == CanonicalField.Kind.SCHOOL || f.kind() == CanonicalField.Kind.GRADED
                || f.kind() == CanonicalField.Kind.FIXED || f.kind() == CanonicalField.Kind.ROW_DIMENSION;
    }

    /** Starts again from the guesses: every sheet guessed is taken. */
    void load(Iterable<SheetMapping> guessed) {
        mappings.clear();
        used.clear();
        for (SheetMapping m : guessed) {
            mappings.put(m.sheet(), m);
            used.add(m.sheet());
        }
        columns.clear();
    }

    /** The sheets' mappings and which are taken, to be put back by {@link #restore} (the screen's undo). */
    record State(Map<String, SheetMapping> mappings, Set<String> used) {
    }

    State state() {
        return new State(new LinkedHashMap<>(mappings), new LinkedHashSet<>(used));
    }

    void restore(State s) {
        mappings.clear();
        mappings.putAll(s.mappings());
        used.clear();
        used.addAll(s.used());
    }

    /** Shows a sheet's columns (none when it has no mapping). */
    void show(String sheet) {
        SheetMapping m = mapping(sheet);
        columns.setAll(m == null ? List.of() : m.columns());
    }

    SheetMapping mapping(String sheet) {
        return sheet == null ? null : mappings.get(sheet);
    }

    /** Replaces a sheet's mapping and takes the sheet into the template. */
    void put(SheetMapping m) {
        mappings.put(m.sheet(), m);
        used.add(m.sheet());
        columns.setAll(m.columns());
    }

    boolean uses(String sheet) {
        return sheet != null && used.contains(sheet);
    }

    /** Takes a sheet into the template or leaves it out; false when it has no mapping to take. */
    boolean setUsed(String sheet, boolean use) {
        if (use && !mappings.containsKey(sheet)) {
            return false;
        }
        if (use) {
            used.add(sheet);
        } else {
            used.remove(sheet);
        }
        return true;
    }

    /** The sheets taken, in the workbook's order. */
    List<SheetMapping> chosen(List<String> order) {
        List<SheetMapping> out = new ArrayList<>();
        for (String name : order) {
            if (used.contains(name) && mappings.containsKey(name)) {
                out.add(mappings.get(name));
            }
        }
        return out;
    }

    ObservableList<ColumnMapping> columns() {
        return columns;
    }

    ObservableList<String> fields() {
        return fields;
    }
}
