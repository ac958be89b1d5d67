package org.emisworkbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.emisworkbench.indicators.IndicatorCatalogue;
import org.emisworkbench.indicators.IndicatorDefinition;
import org.emisworkbench.indicators.IndicatorValue;

/**
 * The key indicators table as text, one row per indicator: title, this year, last year, change,
 * region, country. The PDF, the xlsx export and the golden-file test read the same rows.
 */
public final class KeyIndicatorTable {
    /** Girls' and boys' enrolment show in the enrolment table; the rest of the catalogue is key. */
    private static final Set<String> LEFT_OUT = Set.of("enrolment_female", "enrolment_male");

    private KeyIndicatorTable() {
    }

    public static List<String> ids() {
        return IndicatorCatalogue.all().stream().map(IndicatorDefinition::id).filter(id -> !LEFT_OUT.contains(id))
                .toList();
    }

    public static List<String> header(DistrictSummary s, ReportText t) {
        return List.of(t.get("col.indicator"), t.get("col.thisYear", s.year()), t.get("col.lastYear", s.year() - 1),
                t.get("col.change"), s.region() == null ? t.get("col.region") : t.get("col.region") + " " + s.region(),
                t.get("col.country"));
    }

    public static List<List<String>> rows(DistrictSummary s, ReportText t) {
        List<List<String>> rows = new ArrayList<>();
        for (String id : ids()) {
            IndicatorValue now = s.current().get(id);
            IndicatorValue before = s.previous().get(id);
            rows.add(List.of(t.title(id), t.value(now), before == null ? t.na() : t.value(before),
                    t.change(now, before), t.value(s.regionValues().get(id)), t.value(s.country().get(id))));
        }
        return rows;
    }

    /** The table as tab-separated lines, for the golden-file test and plain-text logs. */
    public static String asText(DistrictSummary s, ReportText t) {
        StringBuilder sb = new StringBuilder(String.join("\t", header(s, t))).append('\n');
        for (List<String> row : rows(s, t)) {
            sb.append(String.join("\t", row)).append('\n');
        }
        return sb.toString();
    }
}
