package org.emisworkbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.emisworkbench.indicators.IndicatorCatalogue;
import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.SchoolGroup;

/**
 * The district's key indicators for the schools of each locality (rural, urban…) or ownership (public,
 * private…), with the whole district last: one row per indicator of {@link IndicatorCatalogue#byGroup()}. A
 * figure with a caveat (partial, ages estimated) is marked "[1]"… as in the key indicators table.
 */
public final class EquityTable {
    private EquityTable() {
    }

    /** Indicator, each group in code order (schools that do not say as "not stated"), the district. */
    public static List<String> header(DistrictSummary s, ReportText t, SchoolGroup by) {
        List<String> h = new ArrayList<>(List.of(t.get("col.indicator")));
        for (String group : s.by(by).keySet()) {
            h.add(t.group(by, group));
        }
        h.add(s.district());
        return h;
    }

    public static List<List<String>> rows(DistrictSummary s, ReportText t, SchoolGroup by) {
        return marked(s, t, by, new ArrayList<>());
    }

    /** The notes of the figures marked in {@link #rows}, in the same numbering. */
    public static List<String> footnotes(DistrictSummary s, ReportText t, SchoolGroup by) {
        List<String> notes = new ArrayList<>();
        marked(s, t, by, notes);
        return notes;
    }

    private static List<List<String>> marked(DistrictSummary s, ReportText t, SchoolGroup by, List<String> notes) {
        List<String> header = header(s, t, by);
        Map<String, Map<String, IndicatorValue>> groups = s.by(by);
        List<List<String>> rows = new ArrayList<>();
        for (String id : IndicatorCatalogue.byGroup()) {
            String title = t.title(id);
            List<String> row = new ArrayList<>(List.of(title));
            int col = 1;
            for (Map<String, IndicatorValue> g : groups.values()) {
                row.add(KeyIndicatorTable.mark(t, g.get(id), title, header.get(col++), notes));
            }
            row.add(KeyIndicatorTable.mark(t, s.value(id), title, header.get(col), notes));
            rows.add(row);
        }
        return rows;
    }

    /** The table as tab-separated lines, then its notes: for tests and plain-text logs. */
    public static String asText(DistrictSummary s, ReportText t, SchoolGroup by) {
        StringBuilder sb = new StringBuilder(String.join("\t", header(s, t, by))).append('\n');
        for (List<String> row : rows(s, t, by)) {
            sb.append(String.join("\t", row)).append('\n');
        }
        List<String> notes = footnotes(s, t, by);
        for (int i = 0; i < notes.size(); i++) {
            sb.append('[').append(i + 1).append("] ").append(notes.get(i)).append('\n');
        }
        return sb.toString();
    }
}
