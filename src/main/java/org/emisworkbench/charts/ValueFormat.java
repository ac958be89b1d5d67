package org.emisworkbench.charts;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/** How a chart's values read on its axis and labels. */
public enum ValueFormat {
    /** Head counts: 12,345. */
    COUNT,
    /** Percentages held as 0–100 (not 0–1): 45.2 %. */
    PERCENT,
    /** Quotients such as pupils per teacher: 38.5. */
    RATIO;

    /** A formatter for this kind of value in {@code locale} (French: 45,2 %). */
    public NumberFormat format(Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        return switch (this) {
            case COUNT -> new DecimalFormat("#,##0", symbols);
            // The quote keeps '%' literal: the value is already a percentage and must not be multiplied.
            case PERCENT -> new DecimalFormat("0.#'\u00a0%'", symbols);
            case RATIO -> new DecimalFormat("0.0", symbols);
        };
    }
}
