package org.emisworkbench.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.emisworkbench.model.Breakdown;
import org.emisworkbench.model.IndicatorValue;

/**
 * One indicator in {@code emis indicators} JSON: its value, then its workings. A per-grade indicator
 * (the flow rates) is keyed by grade ({@code "repetition_rate": {"G1": 0.0645, …}}), with the figure
 * for the whole level under {@code value} and each grade's own workings under {@code byGrade}.
 */
final class IndicatorJson {
    private IndicatorJson() {
    }

    /** The indicator, its reason and note worded in {@code lang} (the keys stay English). */
    static Map<String, Object> of(IndicatorValue v, java.util.Locale lang) {
        Map<String, Object> m = new LinkedHashMap<>();
        // Grade keys first, then the figure for the whole level under "value".
        v.byGrade().forEach((grade, b) -> m.put(grade, b.value()));
        m.put("value", v.value());
        m.put("unit", v.unit().code());
        m.put("available", v.available());
        m.put("reason", TerminalText.message(v.why(), lang));
        m.put("formula", v.formula());
        m.put("numerator", v.numerator());
        m.put("denominator", v.denominator());
        m.put("coverage", v.coverage());
        m.put("area", v.area());
        m.put("level", v.level());
        m.put("year", v.year());
        m.put("bySex", parts(v.bySex(), lang));
        m.put("byGrade", parts(v.byGrade(), lang));
        m.put("note", TerminalText.message(v.caveat(), lang));
        m.put("imputedShare", v.imputedShare());
        return m;
    }

    /** Parts by sex or grade, their reasons worded in {@code lang}. */
    private static Map<String, Object> parts(Map<String, Breakdown> parts, java.util.Locale lang) {
        Map<String, Object> out = new LinkedHashMap<>();
        parts.forEach((k, b) -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("value", b.value());
            p.put("numerator", b.numerator());
            p.put("denominator", b.denominator());
            p.put("available", b.available());
            p.put("reason", TerminalText.message(b.why(), lang));
            if (b.caveat() != null) {
                p.put("note", TerminalText.message(b.caveat(), lang));
            }
            out.put(k, p);
        });
        return out;
    }
}
