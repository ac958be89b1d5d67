package org.emisworkbench.gui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emisworkbench.charts.ChartKind;
import org.emisworkbench.charts.ChartSpec;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Localized;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.explore.Cell;
import org.emisworkbench.model.explore.Dimension;
import org.emisworkbench.model.explore.Exploration;
import org.emisworkbench.model.explore.Measure;
import org.emisworkbench.model.explore.Pivot;
import org.emisworkbench.model.explore.PivotText;
import org.emisworkbench.service.Workbench;
import org.jfree.chart.JFreeChart;

/**
 * Explore: a measure, up to two row dimensions and one column dimension, filters; the table recomputed in
 * the background whenever a choice changes (an older computation still running is cancelled), the schools
 * behind a cell, a chart of the table, saved explorations, and the table written for Excel.
 */
public final class ExploreViewModel {
    /** One line of the table as shown: its labels, its values as text, which values are partial. */
    public record Line(int index, List<String> labels, List<String> values, List<Boolean> partial, boolean total) {
    }

    /** A school behind a cell, with its value as shown (marked when partial). */
    public record SchoolLine(String code, String name, String value) {
    }

    private final Session session;
    private final Consumer<String> openSchool;
    private final ObjectProperty<Measure> measure = new SimpleObjectProperty<>(Measure.byId("enrolment").orElseThrow());
    private final ObjectProperty<Dimension> row1 = new SimpleObjectProperty<>(Dimension.DISTRICT);
    private final ObjectProperty<Dimension> row2 = new SimpleObjectProperty<>();
    private final ObjectProperty<Dimension> column = new SimpleObjectProperty<>(Dimension.SEX);
    private final ObjectProperty<Map<Dimension, Set<String>>> filters = new SimpleObjectProperty<>(Map.of());
    private final BooleanProperty subtotals = new SimpleBooleanProperty();
    private final ObjectProperty<Map<Dimension, List<String>>> choices = new SimpleObjectProperty<>(Map.of());
    private final ObjectProperty<Pivot> pivot = new SimpleObjectProperty<>();
    private final ObservableList<String> headers = FXCollections.observableArrayList();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableList<String> views = FXCollections.observableArrayList();
    private final StringProperty viewName = new SimpleStringProperty();
    private final ObjectProperty<ChartKind> chartKind = new SimpleObjectProperty<>(ChartKind.BAR);
    private final ObjectProperty<ChartSpec> chart = new SimpleObjectProperty<>();
    private final ObservableList<SchoolLine> schools = FXCollections.observableArrayList();
    private final StringProperty schoolsTitle = new SimpleStringProperty("");
    private final ExploreFiles files;
    private Cancellation running = new Cancellation();
    private long generation;
    private boolean applying;

    public ExploreViewModel(Session session, Consumer<String> openSchool) {
        this.session = session;
        this.openSchool = openSchool;
        this.files = new ExploreFiles(session, this);
        measure.addListener((o, a, b) -> measureChanged());
        row1.addListener((o, a, b) -> refresh());
        row2.addListener((o, a, b) -> refresh());
        column.addListener((o, a, b) -> refresh());
        filters.addListener((o, a, b) -> refresh());
        subtotals.addListener((o, a, b) -> refresh());
        chartKind.addListener((o, a, b) -> chart.set(chartOf(pivot.get())));
        session.workbenchProperty().addListener((o, a, b) -> load());
        session.changesProperty().addListener((o, a, b) -> load());
    }

    public ObjectProperty<Measure> measureProperty() {
        return measure;
    }

    public ObjectProperty<Dimension> row1Property() {
        return row1;
    }

    public ObjectProperty<Dimension> row2Property() {
        return row2;
    }

    /** A subtotal row after each group of the first row dimension, when the rows have two dimensions. */
    public BooleanProperty subtotalsProperty() {
        return subtotals;
    }

    public ObjectProperty<Dimension> columnProperty() {
        return column;
    }

    /** Per filtered dimension, the values kept; a dimension absent keeps everything. */
    public ObjectProperty<Map<Dimension, Set<String>>> filtersProperty() {
        return filters;
    }

    /** The values each dimension may be filtered by. */
    public ObjectProperty<Map<Dimension, List<String>>> choicesProperty() {
        return choices;
    }

    public ObjectProperty<Pivot> pivotProperty() {
        return pivot;
    }

    /** The column headers of the value columns, then "Total" when the table has columns. */
    public ObservableList<String> headers() {
        return headers;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Saved and shared explorations, the table and chart written to files. */
    ExploreFiles files() {
        return files;
    }

    public ObservableList<String> views() {
        return views;
    }

    public StringProperty viewNameProperty() {
        return viewName;
    }

    public ObjectProperty<ChartKind> chartKindProperty() {
        return chartKind;
    }

    public ObjectProperty<ChartSpec> chartProperty() {
        return chart;
    }

    public ObservableList<SchoolLine> schools() {
        return schools;
    }

    public StringProperty schoolsTitleProperty() {
        return schoolsTitle;
    }

    /** Every measure, in the catalogue's order. */
    public List<Measure> measures() {
        return Measure.all();
    }

    /** The dimensions the current measure can be split by, with null first ("none"). */
    public List<Dimension> dimensions() {
        List<Dimension> out = new ArrayList<>();
        out.add(null);
        for (Dimension d : Dimension.values()) {
            if (measure.get() == null || measure.get().accepts(d)) {
                out.add(d);
            }
        }
        return out;
    }

    /** The dimensions with values to filter by, for the current measure. */
    public List<Dimension> filterable() {
        return dimensions().stream().filter(d -> d != null && choices.get().containsKey(d)).toList();
    }

    public String measureText(Measure m) {
        return m == null ? "" : text().measure(m);
    }

    /** A saved exploration as listed: a built-in one by its title in the window's language. */
    public String viewText(String name) {
        return text().view(name);
    }

    public String dimensionText(Dimension d) {
        return d == null ? session.t("explore.noDimension") : text().dimension(d);
    }

    public String valueText(Dimension d, String code) {
        return text().value(pivot.get(), d, code);
    }

    /** Keeps only {@code values} of {@code d} (all of them, or none chosen: no filter). */
    public void filter(Dimension d, Set<String> values) {
        Map<Dimension, Set<String>> next = new EnumMap<>(Dimension.class);
        next.putAll(filters.get());
        List<String> all = choices.get().getOrDefault(d, List.of());
        if (values == null || values.isEmpty() || values.containsAll(all)) {
            next.remove(d);
        } else {
            next.put(d, new LinkedHashSet<>(values));
        }
        if (!next.equals(filters.get())) {
            filters.set(Map.copyOf(next));
        }
    }

    /** Loads the filter choices and the saved explorations, then computes the table. */
    public void load() {
        Workbench wb = session.workbench();
        if (wb == null) {
            clear(session.t("explore.noWorkspace"));
            return;
        }
        record Loaded(Map<Dimension, List<String>> choices, List<String> views) {
        }
        session.runner().fetch((p, c) -> new Loaded(wb.explore().choices(), wb.explore().views()), l -> {
            choices.set(l.choices());
            views.setAll(l.views());
            refresh();
        }, e -> session.fail(session.t("explore.failed"), e));
    }

    /** The exploration the choices describe now. */
    public Exploration exploration() {
        List<Dimension> rows = new ArrayList<>();
        if (row1.get() != null) {
            rows.add(row1.get());
        }
        if (row2.get() != null && row2.get() != row1.get()) {
            rows.add(row2.get());
        }
        List<Dimension> cols = column.get() == null || rows.contains(column.get()) ? List.of() : List.of(column.get());
        return new Exploration(viewName.get(), measure.get(), rows, cols, filters.get(), subtotals.get());
    }

    /** Recomputes the table in the background; a computation for earlier choices is cancelled. */
    public void refresh() {
        Workbench wb = session.workbench();
        if (applying || wb == null || measure.get() == null) {
            return;
        }
        Exploration ex = exploration();
        running.cancel();
        Cancellation mine = new Cancellation();
        running = mine;
        long gen = ++generation;
        busy.set(true);
        status.set(session.t("explore.computing"));
        session.runner().fetch(session.localized((p, c) -> wb.explore().run(ex, p, mine)), p -> {
            if (gen != generation) {
                return; // choices changed meanwhile: the newer computation shows
            }
            busy.set(false);
            show(p);
        }, e -> {
            if (gen != generation) {
                return;
            }
            busy.set(false);
            if (Localized.reason(e) instanceof Localized l) {
                clear(session.t(l.message())); // a choice the table cannot show: said where the table is
            } else {
                clear("");
                session.fail(session.t("explore.failed"), e);
            }
        });
    }

    private void clear(String why) {
        pivot.set(null);
        headers.clear();
        lines.clear();
        chart.set(null);
        status.set(why);
    }

    private void show(Pivot p) {
        PivotText t = text();
        ExploreTable table = ExploreTable.of(p, t);
        // Headers first, then the table's columns (rebuilt on the pivot), then its lines: never lines of one
        // table under the columns of another.
        lines.clear();
        headers.setAll(table.headers());
        pivot.set(p);
        lines.setAll(table.lines());
        chart.set(chartOf(p));
        String years = String.join(", ", p.years().stream().map(String::valueOf).toList());
        status.set(session.t("explore.shown", years, p.total().reported() + p.total().notReported())
                + (table.anyPartial() ? "  " + t.render(Message.of("explore.partialFootnote")) : ""));
    }

    /** Why a value is marked, for its tooltip; empty when it is not partial. */
    public String note(Line line, int column) {
        Pivot p = pivot.get();
        if (p == null || line == null || column < 0 || column >= line.partial().size() || !line.partial().get(column)) {
            return "";
        }
        Cell c = ExploreTable.cellAt(p, line, column);
        return c == null ? "" : text().partialNote(c);
    }

    /** Lists the schools behind a value (a total too) in the lower pane. */
    public void drill(Line line, int column) {
        Pivot p = pivot.get();
        Workbench wb = session.workbench();
        if (p == null || wb == null || line == null || column < 0 || column > p.columnKeys().size()) {
            return;
        }
        int row = line.total() ? -1 : line.index();
        int col = column == p.columnKeys().size() ? -1 : column;
        String where = String.join(" / ", line.labels().stream().filter(s -> !s.isEmpty()).toList())
                + (col < 0 || headers.isEmpty() ? "" : " — " + headers.get(col));
        session.runner().fetch(session.localized((pr, c) -> wb.explore().drill(p, row, col, pr, c)), d -> {
            List<SchoolLine> out = ExploreTable.schoolsOf(d, text());
            schools.setAll(out);
            schoolsTitle.set(session.t("explore.schoolsBehind", where, out.size()));
        }, e -> session.fail(session.t("explore.failed"), e));
    }

    /** Shows a school of the lower pane on the Schools screen, with its figures and their source cells. */
    public void openSchool(SchoolLine s) {
        if (s != null) {
            openSchool.accept(s.code());
        }
    }

    /** The chart of the table, drawn as every chart of the workbench. */
    public JFreeChart chart(ChartSpec spec) {
        Workbench wb = session.workbench();
        return wb == null || spec == null ? null : wb.charts().chart(spec, session.messages().locale());
    }

    private ChartSpec chartOf(Pivot p) {
        Workbench wb = session.workbench();
        return p == null || wb == null ? null : wb.explore().chart(p, chartKind.get(), text());
    }

    /** The table as tab-separated text, headers first, for pasting into Excel. */
    public String copyText() {
        Pivot p = pivot.get();
        if (p == null) {
            return "";
        }
        return ExploreTable.copyText(p, headers, lines, text());
    }

    /** Sets every choice from an exploration at once, then computes once. */
    void apply(Exploration ex) {
        applying = true;
        try {
            measure.set(ex.measure());
            row1.set(ex.rows().isEmpty() ? null : ex.rows().get(0));
            row2.set(ex.rows().size() > 1 ? ex.rows().get(1) : null);
            column.set(ex.columns().isEmpty() ? null : ex.columns().get(0));
            filters.set(Map.copyOf(ex.filters()));
            subtotals.set(ex.subtotals());
            viewName.set(ex.name());
        } finally {
            applying = false;
        }
        refresh();
    }

    /** A new measure keeps the choices it accepts and drops the others, saying so. */
    private void measureChanged() {
        if (applying) {
            return;
        }
        Measure m = measure.get();
        List<String> dropped = new ArrayList<>();
        applying = true;
        try {
            for (ObjectProperty<Dimension> p : List.of(row1, row2, column)) {
                if (p.get() != null && m != null && !m.accepts(p.get())) {
                    dropped.add(text().dimension(p.get()));
                    p.set(null);
                }
            }
            Map<Dimension, Set<String>> kept = new EnumMap<>(Dimension.class);
            filters.get().forEach((d, v) -> {
                if (m == null || m.accepts(d)) {
                    kept.put(d, v);
                } else {
                    dropped.add(text().dimension(d));
                }
            });
            if (!Objects.equals(kept, filters.get())) {
                filters.set(Map.copyOf(kept));
            }
        } finally {
            applying = false;
        }
        if (!dropped.isEmpty()) {
            session.notifier().info(session.t("explore.dropped", measureText(m), String.join(", ", dropped)));
        }
        refresh();
    }

    private PivotText text() {
        return new PivotText(session.messages().locale());
    }
}
