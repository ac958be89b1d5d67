package org.emisworkbench.charts;

import java.util.List;
import java.util.Objects;

/**
 * What a chart shows, made once and drawn anywhere (screen, PNG, SVG, PDF). Category charts give
 * {@code categories} and, per series, one value per category (null where the figure is not
 * available: a gap, never 0). A histogram gives no categories: each series holds the observations
 * and {@code binWidth} their bin width.
 *
 * @param id            stable name, e.g. {@code enrolment_by_grade}; used for file names
 * @param title         title with the year, e.g. "Enrolment by grade and sex, primary, 2024"
 * @param source        source line, e.g. "Source: 2024 school census, D03 Coral Bay"
 * @param categoryAxis  label of the category (or binned value) axis
 * @param valueAxis     label of the value axis, with its unit
 * @param markers       reference lines on the value axis (or on the binned axis of a histogram)
 * @param binWidth      histogram bin width, null for category charts
 */
public record ChartSpec(String id, ChartKind kind, String title, String source, String categoryAxis,
                        String valueAxis, ValueFormat format, List<String> categories, List<Series> series,
                        List<Marker> markers, Double binWidth) {
    public ChartSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(format, "format");
        categories = List.copyOf(categories == null ? List.of() : categories);
        series = List.copyOf(series == null ? List.of() : series);
        markers = List.copyOf(markers == null ? List.of() : markers);
        if (kind == ChartKind.HISTOGRAM && (binWidth == null || binWidth <= 0)) {
            throw new IllegalArgumentException(id + ": a histogram needs a positive bin width");
        }
        if (kind != ChartKind.HISTOGRAM) {
            for (Series s : series) {
                if (s.values().size() != categories.size()) {
                    throw new IllegalArgumentException(id + ": series " + s.name() + " has " + s.values().size()
                            + " values for " + categories.size() + " categories");
                }
            }
        }
    }

    /** True when no series has a single value to draw. */
    public boolean isEmpty() {
        return series.stream().allMatch(s -> s.values().stream().allMatch(Objects::isNull));
    }

    /** One named series; values may hold nulls (not available). */
    public record Series(String name, List<Double> values) {
        public Series {
            Objects.requireNonNull(name, "name");
            // List.copyOf refuses nulls, and a null is meaningful here (not available).
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    /** A reference line, e.g. the policy bound of 40 pupils per teacher. */
    public record Marker(double value, String label) {
    }
}
