package org.emisworkbench.gui;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emisworkbench.service.TemplateWorkshop;
import org.emisworkbench.template.Layout;
import org.emisworkbench.template.SheetMapping;

/**
 * How the current wide sheet of the mapping screen is laid out beyond its columns: how many rows its header takes
 * (the template's {@code headerRows}), which school attribute the rows heading a group of schools give the schools
 * below them ({@code groupRows}, {@code DISTRICT: KARA} above the district's schools) and whether its schools run
 * down the rows or across the columns ({@code schoolsIn}). Each shows what the draft chose until the officer sets
 * it; a change goes into the sheet's mapping (and the screen's undo) and the preview is worked out again.
 */
final class SheetShapeViewModel {
    /** The group-rows choice meaning that no row heads a group of schools. */
    static final String NO_GROUPS = SheetMapping.NO_GROUP_ROWS;
    /** The deepest header a template reads: a band, a grade, a sex. */
    static final int MAX_HEADER_ROWS = TemplateWorkshop.MAX_HEADER_ROWS;

    private final Session session;
    private final TemplateWorkshop workshop;
    private final MappingViewModel screen;
    private final BooleanProperty shown = new SimpleBooleanProperty();
    private final IntegerProperty headerRows = new SimpleIntegerProperty();
    private final ObjectProperty<String> groupRows = new SimpleObjectProperty<>(NO_GROUPS);
    private final BooleanProperty across = new SimpleBooleanProperty();
    private final ObservableList<String> groupChoices = FXCollections.observableArrayList(choices());

    SheetShapeViewModel(Session session, TemplateWorkshop workshop, MappingViewModel screen) {
        this.session = session;
        this.workshop = workshop;
        this.screen = screen;
    }

    private static List<String> choices() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(NO_GROUPS),
                TemplateWorkshop.groupRowsAttributes().stream()).toList();
    }

    /** The current sheet when it is a wide list, else null: these are a wide sheet's. */
    private SheetMapping wide() {
        return screen.workbook() == null || screen.layoutProperty().get() != Layout.WIDE ? null : screen.currentList();
    }

    /** Shows the current sheet's header depth, group rows and direction (nothing for a sheet not a wide list). */
    void show() {
        SheetMapping m = wide();
        shown.set(m != null);
        headerRows.set(m == null ? 0 : m.lastRow() - m.firstRow() + 1);
        across.set(m != null && m.across());
        String g = m == null ? null : m.groupRows() != null ? m.groupRows()
                : workshop.draftedGroupRows(screen.workbook(), m);
        groupRows.set(g == null ? NO_GROUPS : g);
    }

    /**
     * Reads the current sheet's header as {@code rows} rows from its first row (1 to {@link #MAX_HEADER_ROWS}),
     * guessing its columns again (from the rows already read: no file is opened); the officer's group rows are kept.
     * False when the sheet is not a wide list, or is read on its side, or nothing is found so.
     */
    boolean setHeaderRows(int rows) {
        SheetMapping m = wide();
        if (m == null || m.across() || rows < 1 || rows > MAX_HEADER_ROWS
                || rows == m.lastRow() - m.firstRow() + 1 && m.headerRowSet()) {
            return false;
        }
        SheetMapping again = workshop.guessSheet(screen.workbook(), m.sheet(), m.firstRow() + 1, rows);
        if (again == null) {
            return false;
        }
        screen.put(again.withGroupRows(m.groupRows()));
        screen.showSheet();
        return true;
    }

    /**
     * Sets the school attribute the rows heading a group of schools give them ({@link #NO_GROUPS}: none; they are
     * still never schools).
     */
    boolean setGroupRows(String attribute) {
        SheetMapping m = wide();
        String chosen = attribute == null || attribute.isBlank() ? NO_GROUPS : attribute.strip();
        if (m == null || m.across() || !groupChoices.contains(chosen)
                || chosen.equals(groupRows.get()) && m.groupRows() != null) {
            return false;
        }
        screen.put(m.withGroupRows(chosen));
        groupRows.set(chosen);
        return true;
    }

    /**
     * Reads the current sheet the other way round: {@code columns} true, one column per school (read on its side,
     * {@code "schoolsIn": "columns"}), else one row per school; its columns guessed again. The file is read in the
     * background; when no school-code header is found that way, the officer is told and nothing changes.
     */
    void setAcross(boolean columns) {
        SheetMapping m = wide();
        if (m == null || m.across() == columns) {
            return;
        }
        TemplateWorkshop.DraftWorkbook wb = screen.workbook();
        session.runner().fetch((p, c) -> workshop.turn(wb, m.sheet(), columns), turned -> {
            SheetMapping now = wide();
            if (now == null || !now.sheet().equals(m.sheet()) || now.across() == columns) {
                return;
            }
            if (turned == null) {
                session.notifier().info(session.t(columns ? "mapping.noSchoolsAcross" : "mapping.noSchoolsDown",
                        m.sheet()));
                return;
            }
            screen.put(turned);
            screen.showSheet();
        }, e -> session.fail(session.t("mapping.openFailed"), e));
    }

    /** True when the current sheet is a wide list: the controls are shown. */
    BooleanProperty shown() {
        return shown;
    }

    /** How many rows the current sheet's header takes (0 when no wide list is shown). */
    IntegerProperty headerRows() {
        return headerRows;
    }

    /** The attribute rows heading groups of schools give them: as drafted, or as set; {@link #NO_GROUPS} for none. */
    ObjectProperty<String> groupRows() {
        return groupRows;
    }

    /** The attributes a group heading can give, {@link #NO_GROUPS} first. */
    ObservableList<String> groupChoices() {
        return groupChoices;
    }

    /** True when the sheet has one column per school, read on its side ({@code "schoolsIn": "columns"}). */
    BooleanProperty across() {
        return across;
    }
}
