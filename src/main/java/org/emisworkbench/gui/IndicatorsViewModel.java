package org.emisworkbench.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emisworkbench.charts.ChartSpec;
import org.emisworkbench.model.SchoolGroup;
import org.emisworkbench.model.ReportOptions;
import org.emisworkbench.service.IndicatorService.Row;
import org.emisworkbench.service.Workbench;
import org.jfree.chart.JFreeChart;

/** Indicators and charts: a year, district and level; the indicator table, its workings, and charts. */
public final class IndicatorsViewModel {
    private final Session session;
    private final AreaSelectors area;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ObservableList<ChartSpec> charts = FXCollections.observableArrayList();
    private final ObjectProperty<ChartSpec> chart = new SimpleObjectProperty<>();
    private final StringProperty chartNote = new SimpleStringProperty("");
    private final StringProperty by = new SimpleStringProperty(ALL);
    private final IndicatorRowText text;
    private boolean loading;

    /** The "By" choices: every school of the area, or its schools by locality, or by ownership. */
    public static final String ALL = "all";
    private static final List<String> BY_CHOICES = List.of(ALL, SchoolGroup.LOCALITY.code(),
            SchoolGroup.OWNERSHIP.code());

    public IndicatorsViewModel(Session session) {
        this.session = session;
        this.text = new IndicatorRowText(session);
        this.area = new AreaSelectors(session);
        area.yearProperty().addListener((o, a, b) -> refresh());
        area.districtProperty().addListener((o, a, b) -> refresh());
        area.levelProperty().addListener((o, a, b) -> refresh());
        by.addListener((o, a, b) -> refresh());
        session.workbenchProperty().addListener((o, a, b) -> load());
        session.changesProperty().addListener((o, a, b) -> load());
    }

    public AreaSelectors area() {
        return area;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public ObservableList<ChartSpec> charts() {
        return charts;
    }

    public ObjectProperty<ChartSpec> chartProperty() {
        return chart;
    }

    /**
     * "all" (the area's figures), "locality" or "ownership" (the key indicators of each group of the area's
     * schools, each row naming its group). Changing it recomputes in the background.
     */
    public StringProperty byProperty() {
        return by;
    }

    public List<String> byChoices() {
        return BY_CHOICES;
    }

    /** A "By" choice in the window's language. */
    public String byText(String choice) {
        return choice == null ? "" : session.t("indicators.by." + choice);
    }

    /** The group of a row in the window's language ("rural", "not stated"…); empty for the area's own figures. */
    public String groupText(Row r) {
        return text.groupText(r);
    }

    /** Why there is no chart, when there is none. */
    public StringProperty chartNoteProperty() {
        return chartNote;
    }

    /** Loads the choices, then the indicators. */
    public void load() {
        loading = true;
        area.load(() -> {
            loading = false;
            refresh();
        });
    }

    /** Computes the indicators (and the district's charts) in the background. */
    public void refresh() {
        Workbench wb = session.workbench();
        Integer year = area.yearProperty().get();
        if (loading || wb == null || year == null) {
            return;
        }
        String district = area.districtProperty().get();
        String level = area.levelProperty().get();
        String byNow = by.get();
        SchoolGroup group = ALL.equals(byNow) || byNow == null ? null
                : SchoolGroup.valueOf(byNow.toUpperCase(Locale.ROOT));
        Locale locale = session.messages().locale();
        record Result(List<Row> rows, List<ChartSpec> charts) {
        }
        session.runner().fetch((p, c) -> new Result(group == null
                ? wb.indicators().rows(year, district, level, locale)
                : wb.indicators().rowsBy(year, district, level, locale, group),
                district == null ? List.of() : wb.charts().charts(year, district, level, options(locale))), r -> {
                    if (!Objects.equals(year, area.yearProperty().get())
                            || !Objects.equals(district, area.districtProperty().get())
                            || !Objects.equals(level, area.levelProperty().get())
                            || !Objects.equals(byNow, by.get())) {
                        return; // the choice changed meanwhile; its own refresh follows
                    }
                    Row was = selected.get();
                    rows.setAll(r.rows());
                    selected.set(was == null ? null : r.rows().stream().filter(x -> x.id().equals(was.id())
                            && Objects.equals(x.group(), was.group())).findFirst().orElse(null));
                    String keepChart = chart.get() == null ? null : chart.get().id();
                    charts.setAll(r.charts());
                    chart.set(r.charts().stream().filter(x -> x.id().equals(keepChart)).findFirst()
                            .orElse(r.charts().isEmpty() ? null : r.charts().get(0)));
                    chartNote.set(district == null ? session.t("indicators.chartsNeedDistrict")
                            : r.charts().isEmpty() ? session.t("indicators.noCharts") : "");
                }, e -> session.fail(session.t("indicators.failed"), e));
    }

    private static ReportOptions options(Locale locale) {
        return ReportOptions.defaults().withLocale(locale);
    }

    /** The chart to draw for a definition. */
    public JFreeChart chart(ChartSpec spec) {
        Workbench wb = session.workbench();
        return wb == null || spec == null ? null : wb.charts().chart(spec, session.messages().locale());
    }

    /** Writes the chosen chart as PNG or SVG (by the file's extension). */
    public void exportChart(Path file) {
        ChartSpec spec = chart.get();
        Workbench wb = session.workbench();
        if (spec == null || wb == null) {
            return;
        }
        Locale locale = session.messages().locale();
        session.run(session.t("job.chart"), (p, c) -> {
            // The save dialog has asked before naming an existing file: an earlier image is replaced.
            wb.charts().write(spec, locale, file, 1200, 750, true);
            return file;
        }, f -> session.notifier().info(session.t("indicators.exported", f)), session.t("indicators.exportFailed"));
    }

    /** The value as the PDF prints it, in the window's language: 79.6%, 0.99, 38.5; French 79,6 %. */
    public String valueText(Row r) {
        return text.valueText(r);
    }

    /**
     * What to read beside the value: the caveat of a figure (how much of it is estimated…), or why a
     * figure is not available; empty when there is nothing to say.
     */
    public String noteText(Row r) {
        return text.noteText(r);
    }

    /** The share of expected schools the figure rests on, as a percentage; blank when unknown. */
    public String coverageText(Row r) {
        return text.coverageText(r);
    }

    /** Formula, numerator, denominator and coverage, in words and with the counts behind the figure. */
    public String detail(Row r) {
        return text.detail(r);
    }
}
