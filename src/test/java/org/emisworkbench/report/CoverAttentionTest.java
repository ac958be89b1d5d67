package org.emisworkbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.emisworkbench.model.AreaSelector;
import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.Unit;
import org.emisworkbench.model.Message;
import org.junit.jupiter.api.Test;

/** The cover's three things most worth attention: chosen in order, a partial figure among them, at most three. */
class CoverAttentionTest {
    private static IndicatorValue value(String id, double v, Message caveat) {
        return new IndicatorValue(id, AreaSelector.district("D03"), "primary", 2025, Unit.PERCENT, v, true, null, "f",
                null, null, null, Map.of(), Map.of(), caveat, caveat == null ? null : 0.125);
    }

    private static DistrictSummary summary(DataQuality q, Map<String, IndicatorValue> current) {
        return new DistrictSummary("D03", "Coral Bay", "R1", 2025, "primary", LocalDate.of(2026, 1, 5), current,
                Map.of(), Map.of(), Map.of(), null, List.of(), List.of(), q, Map.of(), List.of());
    }

    @Test
    void theRuleWithMostOpenErrorsThenAPartialFigureThenTheNextRule() {
        Message caveat = Message.of("ind.agesEstimated", 12.5, 40, 3, 10);
        DataQuality q = new DataQuality(10, 10, 10, List.of(
                new DataQuality.RuleCount("CHG-01", "Change", "WARNING", 30, 30),
                new DataQuality.RuleCount("IMP-02", "Negative count", "ERROR", 5, 4),
                new DataQuality.RuleCount("OUT-01", "Outlier", "INFO", 9, 9),
                new DataQuality.RuleCount("RET-01", "Duplicate", "ERROR", 1, 0),
                new DataQuality.RuleCount("TCH-02", "No teachers", "ERROR", 2, 2)), List.of());
        DistrictSummary s = summary(q, Map.of("ner", value("ner", 85.1, caveat), "ger", value("ger", 101.0, null)));
        ReportText t = new ReportText(Locale.ENGLISH);
        List<String> items = ReportCover.attention(s, t);
        assertEquals(3, items.size(), items.toString());
        assertEquals("4 open errors of rule IMP-02, Negative count.", items.get(0));
        assertEquals("Net enrolment ratio is a partial figure: " + t.text(caveat), items.get(1));
        assertTrue(items.get(1).contains("12.5 % of this figure is estimated"), items.get(1));
        assertEquals("2 open errors of rule TCH-02, No teachers.", items.get(2));
        assertEquals(6, ReportCover.openErrors(q), "4 + 0 + 2 open errors; warnings and infos not counted");
    }

    @Test
    void nothingWorthAttentionIsSaid() {
        DataQuality q = new DataQuality(4, 4, 4, List.of(new DataQuality.RuleCount("OUT-01", "Outlier", "INFO", 1, 1)),
                List.of());
        List<String> items = ReportCover.attention(summary(q, Map.of("ger", value("ger", 99.0, null))),
                new ReportText(Locale.FRENCH));
        assertEquals(List.of(new ReportText(Locale.FRENCH).get("cover.attention.none")), items);
        assertTrue(items.get(0).startsWith("Toutes les écoles attendues"), items.get(0));
    }
}
