package org.emisworkbench.charts;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.HistogramDataset;

/**
 * Turns a {@link ChartSpec} into a JFreeChart with the workbench's one theme: value axes start at
 * zero, percentages read as percentages, the title carries the year and the source line, and series
 * survive black-and-white printing (see {@link ChartTheme}). The chart is plain Java2D: the GUI
 * shows it in a ChartViewer, {@link ChartRendering} writes PNG and SVG, the PDF draws it as vectors.
 */
public final class EmisChartFactory {
    private EmisChartFactory() {
    }

    public static JFreeChart create(ChartSpec spec, Locale locale) {
        Objects.requireNonNull(spec, "spec");
        Locale loc = locale == null ? Locale.ENGLISH : locale;
        NumberFormat format = spec.format().format(loc);
        JFreeChart chart = spec.kind() == ChartKind.HISTOGRAM ? histogram(spec, format, loc) : category(spec, format);
        chart.setTitle(new TextTitle(spec.title(), ChartTheme.TITLE));
        if (spec.source() != null) {
            chart.addSubtitle(new TextTitle(spec.source(), ChartTheme.SUBTITLE));
        }
        ChartTheme.finish(chart, chart.getPlot());
        return chart;
    }

    private static JFreeChart category(ChartSpec spec, NumberFormat format) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ChartSpec.Series s : spec.series()) {
            for (int i = 0; i < spec.categories().size(); i++) {
                data.addValue(s.values().get(i), s.name(), spec.categories().get(i));
            }
        }
        CategoryAxis categories = new CategoryAxis(spec.categoryAxis());
        categories.setLabelFont(ChartTheme.LABEL);
        categories.setTickLabelFont(ChartTheme.TICK);
        categories.setCategoryMargin(0.15);
        NumberAxis values = valueAxis(spec, format);
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer(spec, format));
        plot.setRangeGridlinePaint(ChartTheme.GRID);
        if (spec.kind() == ChartKind.HORIZONTAL_BAR) {
            plot.setOrientation(PlotOrientation.HORIZONTAL);
            // Each value just after the end of its bar: the default place, above the bar's middle, falls on the
            // bar before when bars are close. A little room on the right for the last tick label.
            plot.getRenderer().setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
                    org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3, org.jfree.chart.ui.TextAnchor.CENTER_LEFT));
            plot.setInsets(new org.jfree.chart.ui.RectangleInsets(4, 4, 4, 12));
        } else if (spec.categories().size() > 8 && spec.categories().stream().anyMatch(c -> c.length() > 6)) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        for (ChartSpec.Marker m : spec.markers()) {
            plot.addRangeMarker(marker(m));
        }
        return new JFreeChart(null, ChartTheme.TITLE, plot, spec.series().size() > 1);
    }

    private static NumberAxis valueAxis(ChartSpec spec, NumberFormat format) {
        double max = maxValue(spec.series());
        boolean percentShare = spec.format() == ValueFormat.PERCENT
                && (spec.kind() == ChartKind.STACKED_BAR || spec.kind() == ChartKind.HORIZONTAL_BAR) && max <= 100;
        boolean roomAfterFullBar = percentShare && spec.kind() == ChartKind.HORIZONTAL_BAR;
        NumberAxis axis = !roomAfterFullBar ? new NumberAxis(spec.valueAxis()) : new NumberAxis(spec.valueAxis()) {
            @Override
            @SuppressWarnings("rawtypes")
            public java.util.List refreshTicks(java.awt.Graphics2D g2, org.jfree.chart.axis.AxisState state,
                                               java.awt.geom.Rectangle2D dataArea, org.jfree.chart.ui.RectangleEdge edge) {
                java.util.List ticks = super.refreshTicks(g2, state, dataArea, edge);
                // A share never passes 100 %: no tick beyond it, though the scale leaves room for a label.
                ticks.removeIf(t -> ((org.jfree.chart.axis.NumberTick) t).getValue() > 100.0001);
                return ticks;
            }
        };
        axis.setLabelFont(ChartTheme.LABEL);
        axis.setTickLabelFont(ChartTheme.TICK);
        axis.setNumberFormatOverride(format);
        if (spec.kind() == ChartKind.HORIZONTAL_BAR) {
            axis.setUpperMargin(0.12); // room for the value written after the longest bar
        }
        // Sticky zero: the axis starts at 0 exactly, with no margin below it (a bar's length is its value).
        axis.setAutoRangeIncludesZero(true);
        axis.setAutoRangeStickyZero(true);
        if (spec.format() == ValueFormat.COUNT) {
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        if (percentShare) {
            // Shares of a whole: the full scale, so 40 % looks like 40 %; room after 100 % for the value written
            // after a full horizontal bar (the ticks still stop at 100 %).
            axis.setRange(0, roomAfterFullBar ? 112 : 100);
        }
        for (ChartSpec.Marker m : spec.markers()) {
            max = Math.max(max, m.value());
        }
        if (!percentShare && max <= 0) {
            axis.setRange(0, 1);
        } else if (!percentShare && !spec.markers().isEmpty()) {
            axis.setRange(0, max * 1.1); // keep a marker above every bar in view
        }
        return axis;
    }

    private static double maxValue(List<ChartSpec.Series> series) {
        double max = 0;
        for (ChartSpec.Series s : series) {
            for (Double v : s.values()) {
                if (v != null) {
                    max = Math.max(max, v);
                }
            }
        }
        return max;
    }

    private static org.jfree.chart.renderer.category.CategoryItemRenderer renderer(ChartSpec spec, NumberFormat f) {
        if (spec.kind() == ChartKind.LINE) {
            LineAndShapeRenderer r = new LineAndShapeRenderer(true, true);
            for (int i = 0; i < spec.series().size(); i++) {
                r.setSeriesPaint(i, ChartTheme.line(i));
                r.setSeriesStroke(i, ChartTheme.lineStroke(i));
                r.setSeriesShape(i, ChartTheme.shape(i));
                r.setSeriesShapesFilled(i, i % 2 == 0);
            }
            r.setUseFillPaint(true);
            r.setDefaultFillPaint(java.awt.Color.WHITE);
            labels(r, f, false);
            return r;
        }
        BarRenderer r = spec.kind() == ChartKind.STACKED_BAR ? new StackedBarRenderer() : new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(true);
        r.setItemMargin(0.03);
        r.setMaximumBarWidth(0.12);
        for (int i = 0; i < spec.series().size(); i++) {
            r.setSeriesPaint(i, ChartTheme.fill(i));
            r.setSeriesOutlinePaint(i, java.awt.Color.BLACK);
            r.setSeriesOutlineStroke(i, ChartTheme.outline(i));
        }
        labels(r, f, spec.kind() == ChartKind.HORIZONTAL_BAR || spec.kind() == ChartKind.STACKED_BAR);
        return r;
    }

    private static void labels(org.jfree.chart.renderer.category.AbstractCategoryItemRenderer r, NumberFormat f,
                               boolean visible) {
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", f));
        r.setDefaultItemLabelFont(ChartTheme.TICK);
        r.setDefaultItemLabelsVisible(visible);
    }

    private static JFreeChart histogram(ChartSpec spec, NumberFormat format, Locale locale) {
        HistogramDataset data = new HistogramDataset();
        double width = spec.binWidth();
        double max = width;
        for (ChartSpec.Series s : spec.series()) {
            for (Double v : s.values()) {
                if (v != null) {
                    max = Math.max(max, v);
                }
            }
        }
        for (ChartSpec.Marker m : spec.markers()) {
            max = Math.max(max, m.value());
        }
        // Bins start at 0 and end on a multiple of the width above every value, so bin edges read as round numbers.
        double top = (Math.floor(max / width) + 1) * width;
        int bins = (int) Math.round(top / width);
        for (ChartSpec.Series s : spec.series()) {
            double[] values = s.values().stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).toArray();
            if (values.length > 0) {
                data.addSeries(s.name(), values, bins, 0, top);
            }
        }
        NumberAxis x = new NumberAxis(spec.categoryAxis());
        x.setLabelFont(ChartTheme.LABEL);
        x.setTickLabelFont(ChartTheme.TICK);
        x.setRange(0, top);
        x.setNumberFormatOverride(ValueFormat.COUNT.format(locale));
        NumberAxis y = new NumberAxis(spec.valueAxis());
        y.setLabelFont(ChartTheme.LABEL);
        y.setTickLabelFont(ChartTheme.TICK);
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        y.setAutoRangeIncludesZero(true);
        y.setAutoRangeStickyZero(true);
        if (data.getSeriesCount() == 0) {
            y.setRange(0, 1);
        }
        XYBarRenderer r = new XYBarRenderer();
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(true);
        for (int i = 0; i < spec.series().size(); i++) {
            r.setSeriesPaint(i, ChartTheme.fill(i));
            r.setSeriesOutlinePaint(i, java.awt.Color.BLACK);
            r.setSeriesOutlineStroke(i, ChartTheme.outline(i));
        }
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setRangeGridlinePaint(ChartTheme.GRID);
        plot.setDomainGridlinesVisible(false);
        for (ChartSpec.Marker m : spec.markers()) {
            plot.addDomainMarker(marker(m));
        }
        return new JFreeChart(null, ChartTheme.TITLE, plot, spec.series().size() > 1);
    }

    private static ValueMarker marker(ChartSpec.Marker m) {
        ValueMarker marker = new ValueMarker(m.value(), ChartTheme.MARKER, ChartTheme.markerStroke());
        if (m.label() != null) {
            marker.setLabel(m.label());
            marker.setLabelFont(ChartTheme.TICK);
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        }
        return marker;
    }
}
