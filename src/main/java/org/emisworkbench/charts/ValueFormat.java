package org.emisworkbench.charts;

import java.text.NumberFormat;
import java.util.Locale;
import org.emisworkbench.model.Numbers;

/** How a chart's values read on its axis and labels: as {@link Numbers} writes them everywhere else. */
public enum ValueFormat {
    /** Head counts: 12,345. */
    COUNT(Numbers.Style.COUNT),
    /** Percentages held as 0–100 (not 0–1): 45.2%, 45,2 %. */
    PERCENT(Numbers.Style.PERCENT),
    /** Quotients such as pupils per teacher: 38.5. */
    RATIO(Numbers.Style.DECIMAL);

    private final Numbers.Style style;

    ValueFormat(Numbers.Style style) {
        this.style = style;
    }

    /** A formatter for this kind of value in {@code locale} (French: 45,2 %). */
    public NumberFormat format(Locale locale) {
        return Numbers.of(locale).format(style);
    }
}
