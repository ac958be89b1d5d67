package org.emisworkbench.charts;

/** The shapes of chart a district summary uses. */
public enum ChartKind {
    /** Vertical bars, one group per category, one bar per series (enrolment by grade and sex). */
    BAR,
    /** Vertical bars stacked per category (age groups within a grade). */
    STACKED_BAR,
    /** Horizontal bars, for long category labels (facilities, findings by rule). */
    HORIZONTAL_BAR,
    /** Counts of observations in bins of equal width along a value axis (PTR across schools). */
    HISTOGRAM,
    /** One line per series over ordered categories (census years). */
    LINE
}
