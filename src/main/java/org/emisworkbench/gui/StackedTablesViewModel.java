package org.emisworkbench.gui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emisworkbench.service.TemplateWorkshop;
import org.emisworkbench.template.Layout;
import org.emisworkbench.template.SheetMapping;
import org.emisworkbench.template.StackedTable;

/**
 * The tables stacked under the first one of the current wide sheet on the mapping screen (the template's
 * {@code tables}): those the drafter found, with the topic each title names, and those the officer marks by their
 * title's row. Changing one writes the sheet's whole list into its mapping; the drafter's finding is then no longer
 * used for that sheet, so that a table the officer left out does not come back.
 */
final class StackedTablesViewModel {
    /** What a table's rows can count, the graded topics as a form's tables; {@link MappingViewModel#IGNORE}: not read. */
    static final List<String> KINDS = java.util.stream.Stream.concat(java.util.stream.Stream.of(MappingViewModel.IGNORE),
            FormMappingViewModel.GRID_TOPICS.stream()).toList();

    private final Session session;
    private final TemplateWorkshop workshop;
    private final MappingViewModel screen;
    private final ObservableList<StackedTable> tables = FXCollections.observableArrayList();
    private final ObservableList<String> kinds = FXCollections.observableArrayList(KINDS);
    private final StringProperty problem = new SimpleStringProperty("");

    StackedTablesViewModel(Session session, TemplateWorkshop workshop, MappingViewModel screen) {
        this.session = session;
        this.workshop = workshop;
        this.screen = screen;
    }

    /** The current sheet when it is a wide list, else null: tables are for wide sheets. */
    private SheetMapping wide() {
        return screen.workbook() == null || screen.layoutProperty().get() != Layout.WIDE ? null : screen.currentList();
    }

    /** Shows the current sheet's tables (none for a sheet that is not a wide list). */
    void show() {
        SheetMapping m = wide();
        List<StackedTable> next = m == null ? List.of() : workshop.stackedTables(screen.workbook(), m);
        // Only a change is shown: the sheet's grid, which marks the titles, is built again on each.
        if (!tables.equals(next)) {
            tables.setAll(next);
        }
        problem.set("");
    }

    /** Reads table {@code index} as {@code kind} ({@link MappingViewModel#IGNORE}: not read). */
    void setKind(int index, String kind) {
        SheetMapping m = wide();
        if (m == null) {
            return;
        }
        TemplateWorkshop.DraftWorkbook wb = screen.workbook();
        List<StackedTable> list = new ArrayList<>(workshop.stackedTables(wb, m));
        if (index < 0 || index >= list.size()) {
            return;
        }
        String field = kind == null || !KINDS.contains(kind) || MappingViewModel.IGNORE.equals(kind) ? null : kind;
        list.set(index, list.get(index).withField(field));
        screen.put(m.withTables(list));
    }

    /**
     * Starts a further table at its title on row {@code row} (1-based, as the sheet's preview numbers it), its kind
     * guessed from the title; when that row is not below the header or does not hold one text alone, says so and
     * changes nothing.
     */
    void markTitle(int row) {
        SheetMapping m = wide();
        if (m == null) {
            return;
        }
        TemplateWorkshop.DraftWorkbook wb = screen.workbook();
        StackedTable t = row - 1 > m.lastRow() ? workshop.tableAt(wb, m.sheet(), row - 1) : null;
        if (t == null) {
            problem.set(session.t("mapping.notATitle", row, m.sheet()));
            return;
        }
        List<StackedTable> list = new ArrayList<>(workshop.stackedTables(wb, m));
        list.removeIf(x -> x.row() == t.row());
        list.add(t);
        list.sort(Comparator.comparingInt(StackedTable::row));
        screen.put(m.withTables(list));
    }

    ObservableList<StackedTable> tables() {
        return tables;
    }

    ObservableList<String> kinds() {
        return kinds;
    }

    StringProperty problem() {
        return problem;
    }
}
