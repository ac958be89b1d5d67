package org.emisworkbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Indicator values as the PDF, the export and the window print them: one formatter. */
class IndicatorNumbersTest {
    private static final IndicatorNumbers EN = new IndicatorNumbers(Locale.ENGLISH);
    private static final IndicatorNumbers FR = new IndicatorNumbers(Locale.FRENCH);

    private static IndicatorValue value(String id, Unit unit, Double v) {
        return new IndicatorValue(id, AreaSelector.district("D01"), "primary", 2025, unit, v, v != null,
                null, "f", null, null, new Coverage(1, 1, 1), null, null, null, null);
    }

    @Test
    void flowRatesHeldAsProportionsReadAsPercentages() {
        IndicatorValue promotion = value("promotion_rate", Unit.RATIO, 0.79637);
        assertEquals("79.6%", EN.value(promotion, "n/a"));
        assertEquals("79,6\u00a0%", FR.value(promotion, "n.d."));
        assertEquals("3.7%", EN.value(value("repetition_rate", Unit.RATIO, 0.0371), "n/a"));
    }

    @Test
    void parityIndicesHaveTwoDecimalsRatiosOneCountsNone() {
        assertEquals("0.99", EN.value(value("gpi_enrolment", Unit.INDEX, 0.9913), "n/a"));
        assertEquals("1,03", FR.value(value("gpi_ger", Unit.INDEX, 1.0271), "n.d."));
        assertEquals("38.5", EN.value(value("ptr", Unit.RATIO, 38.46), "n/a"));
        assertEquals("53\u00a0941", FR.value(value("enrolment_total", Unit.COUNT, 53941.0), "n.d."));
        assertEquals("92,1\u00a0%", FR.value(value("ger", Unit.PERCENT, 92.08), "n.d."));
    }

    @Test
    void aFigureNotAvailableReadsAsTheGivenWords() {
        assertEquals("n.d.", FR.value(value("ger", Unit.PERCENT, null), "n.d."));
        assertEquals("n/a", EN.value(null, "n/a"));
    }

    @Test
    void changesArePointsForPercentagesAndSignedWithATrueMinus() {
        assertEquals("\u22125.0 pts", EN.change(value("promotion_rate", Unit.RATIO, 0.75),
                value("promotion_rate", Unit.RATIO, 0.80), "n/a"));
        assertEquals("+7,1\u00a0pts", FR.change(value("qualified_teachers_pct", Unit.PERCENT, 57.1),
                value("qualified_teachers_pct", Unit.PERCENT, 50.0), "n.d."));
        assertEquals("+0.02", EN.change(value("gpi_enrolment", Unit.INDEX, 0.96),
                value("gpi_enrolment", Unit.INDEX, 0.94), "n/a"));
        assertEquals("n/a", EN.change(value("ptr", Unit.RATIO, 30.0), value("ptr", Unit.RATIO, null), "n/a"));
    }
}
