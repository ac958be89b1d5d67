package org.emisworkbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.emisworkbench.indicators.IndicatorCatalogue;
import org.emisworkbench.indicators.IndicatorDefinition;
import org.emisworkbench.model.IndicatorValue;

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

    /**
     * The rows, a figure with a caveat (NER with pupils of unknown age estimated…) marked "[1]", "[2]"…
     * after its value; {@link #footnotes} gives the caveats in the same numbering.
     */
    public static List<List<String>> rows(DistrictSummary s, ReportText t) {
        return marked(s, t).rows();
    }

    /** "[1] Net enrolment ratio, 2024: 12.3 % of this figure is estimated…", one per marker of {@link #rows}. */
    public static List<String> footnotes(DistrictSummary s, ReportText t) {
        return marked(s, t).notes();
    }

    private record Marked(List<List<String>> rows, List<String> notes) {
    }

    private static Marked marked(DistrictSummary s, ReportText t) {
        List<String> header = header(s, t);
        List<String> notes = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (String id : ids()) {
            IndicatorValue now = s.current().get(id);
            IndicatorValue before = s.previous().get(id);
            String title = t.title(id);
            rows.add(List.of(title, mark(t, now, title, header.get(1), notes),
                    before == null ? t.na() : mark(t, before, title, header.get(2), notes), t.change(now, before),
                    mark(t, s.regionValues().get(id), title, header.get(4), notes),
                    mark(t, s.country().get(id), title, header.get(5), notes)));
        }
        return new Marked(rows, notes);
    }

    /** The value, followed by the number of its footnote when it carries a caveat; equal notes share one. */
    static String mark(ReportText t, IndicatorValue v, String title, String column, List<String> notes) {
        String value = t.value(v);
        if (v == null || !v.available() || v.caveat() == null) {
            return value;
        }
        return noted(value, t.get("note.figure", title, column, t.text(v.caveat())), notes);
    }

    /** {@code value} followed by its note's number, the note added to {@code notes} unless already there. */
    static String noted(String value, String note, List<String> notes) {
        int n = notes.indexOf(note);
        if (n < 0) {
            notes.add(note);
            n = notes.size() - 1;
        }
        return value + " [" + (n + 1) + "]";
    }

    /** Notes as printed under a table: "[1] …", "[2] …", in the order their marks were given. */
    static List<String> numbered(List<String> notes) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            out.add("[" + (i + 1) + "] " + notes.get(i));
        }
        return out;
    }

    /** The table as tab-separated lines, then its footnotes, for the golden-file test and plain-text logs. */
    public static String asText(DistrictSummary s, ReportText t) {
        StringBuilder sb = new StringBuilder(String.join("\t", header(s, t))).append('\n');
        Marked m = marked(s, t);
        for (List<String> row : m.rows()) {
            sb.append(String.join("\t", row)).append('\n');
        }
        for (int i = 0; i < m.notes().size(); i++) {
            sb.append('[').append(i + 1).append("] ").append(m.notes().get(i)).append('\n');
        }
        return sb.toString();
    }
}
