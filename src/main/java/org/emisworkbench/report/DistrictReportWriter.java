package org.emisworkbench.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.emisworkbench.charts.ChartSpec;
import org.emisworkbench.maps.MapPicture;
import org.emisworkbench.maps.MapView;
import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.ReportOptions;
import org.emisworkbench.model.SchoolGroup;

/**
 * Writes the printable district summary (PDF): cover, key indicators, enrolment, age and grade,
 * teachers, classrooms and facilities, schools by ownership and locality, trends, the schools table
 * and the data-quality annex (see docs/reports.md). Charts are drawn as vectors; the one font is
 * embedded. Stateless: one call writes one file, and several districts may be written at once.
 */
public final class DistrictReportWriter {
    private DistrictReportWriter() {
    }

    /**
     * The summary with a map page when {@code map} is given (the district's schools over its boundary,
     * coloured by their pupil-teacher ratio); without boundaries there is none. {@code file} is the
     * temporary file {@link OutputFile#write} gives: a half-written PDF never sits under the final name.
     */
    public static void write(DistrictSummary s, ReportOptions options, MapPicture map, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(s, options, map, out);
        }
    }

    public static void write(DistrictSummary s, ReportOptions options, MapPicture map, OutputStream out) {
        ReportText t = new ReportText(options.locale());
        List<ChartSpec> charts = SummaryCharts.of(s, options);
        Document doc = new Document(new Rectangle(options.paper().width(), options.paper().height()), 42, 42, 48, 56);
        PdfFonts fonts = new PdfFonts();
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            // A chart or map too tall for the rest of a page goes to the next one and what follows it waits:
            // otherwise the text after it fills the page first, and a heading ends up a page away from its map.
            writer.setStrictImageSequence(true);
            writer.setPageEvent(new PageDecorations(fonts, t, t.get("source.line", s.year(), s.label()),
                    t.get("footer.produced", t.date(s.generatedOn()))));
            doc.addTitle(t.get("report.title") + " " + s.label() + " " + s.year());
            doc.addCreator("EMIS Workbench");
            doc.open();
            PdfBlocks b = new PdfBlocks(doc, writer.getDirectContent(), fonts, t.locale());
            ReportCover.cover(b, s, t);
            b.newPage();
            keyIndicators(b, s, t);
            b.newPage();
            ReportPupilPages.enrolment(b, s, t, chart(charts, SummaryCharts.ENROLMENT));
            b.newPage();
            ReportPupilPages.ageGrade(b, s, t, chart(charts, SummaryCharts.OVER_AGE));
            b.newPage();
            teachers(b, s, t, chart(charts, SummaryCharts.PTR));
            facilities(b, s, t, chart(charts, SummaryCharts.FACILITIES));
            if (map != null) {
                b.newPage();
                map(b, s, t, map);
            }
            b.newPage();
            ownership(b, s, t);
            ReportAnnex annex = new ReportAnnex(b, s, t, options);
            b.newPage(); // the three trend charts together, never one of them alone on a page
            annex.trends(charts);
            b.newPage();
            annex.changes();
            if (!s.by(SchoolGroup.LOCALITY).isEmpty() || !s.by(SchoolGroup.OWNERSHIP).isEmpty()) {
                // The two equity tables together on a page of their own: after the changes, the second one's
                // heading was left alone at the foot of the page.
                b.newPage();
                equity(b, s, t, SchoolGroup.LOCALITY);
                equity(b, s, t, SchoolGroup.OWNERSHIP);
            }
            b.newPage();
            annex.schools();
            b.newPage();
            annex.quality(chart(charts, SummaryCharts.RETURNS), chart(charts, SummaryCharts.FINDINGS));
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot write the report: " + e.getMessage(), e);
        }
    }

    /** The district's schools over its boundary, coloured by pupil-teacher ratio: the same drawing as the window's. */
    private static void map(PdfBlocks b, DistrictSummary s, ReportText t, MapPicture map) {
        b.heading(t.get("section.map"));
        b.paragraph(t.get("map.note", map.legend().classes().stream().mapToInt(c -> c.count()).sum(),
                map.legend().noData()), 9);
        b.drawing((g2, area) -> map.draw(g2, area, MapView.FIT), 0.9f);
    }

    private static ChartSpec chart(List<ChartSpec> charts, String id) {
        return charts.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static void keyIndicators(PdfBlocks b, DistrictSummary s, ReportText t) {
        b.heading(t.get("section.key") + " \u2014 " + t.level(s.level()) + ", " + s.year());
        PdfPTable table = b.table(KeyIndicatorTable.header(s, t), new float[] {4.2f, 1.3f, 1.3f, 1.3f, 1.3f, 1.3f});
        for (List<String> row : KeyIndicatorTable.rows(s, t)) {
            b.row(table, row);
        }
        List<String> notes = KeyIndicatorTable.numbered(KeyIndicatorTable.footnotes(s, t));
        notes.add(t.get("source.line", s.year(), s.label()));
        b.tableWithNotes(table, notes, 8);
    }

    private static void teachers(PdfBlocks b, DistrictSummary s, ReportText t, ChartSpec chart) {
        b.heading(t.get("section.teachers"));
        indicatorList(b, s, t, List.of("pupil_teacher_ratio", "pupil_qualified_teacher_ratio",
                "qualified_teachers_pct", "trained_teachers_pct", "female_teachers_pct"));
        b.chart(chart, 0.45f);
    }

    private static void facilities(PdfBlocks b, DistrictSummary s, ReportText t, ChartSpec chart) {
        b.heading(t.get("section.facilities"));
        indicatorList(b, s, t, List.of("pupil_classroom_ratio_usable", "schools_with_electricity_pct",
                "schools_with_internet_pct", "schools_with_computers_pct", "schools_with_adapted_infrastructure_pct",
                "schools_with_water_pct", "schools_with_single_sex_toilets_pct", "schools_with_handwashing_pct"));
        b.chart(chart, 0.45f);
    }

    /**
     * A short table of indicators with this year, region and country, and the schools each rests on. A figure
     * with a caveat (partial: some schools did not answer; estimated ages) is marked "[1]"… and its note
     * printed under the table.
     */
    private static void indicatorList(PdfBlocks b, DistrictSummary s, ReportText t, List<String> ids) {
        PdfPTable table = b.table(List.of(t.get("col.indicator"), t.get("col.thisYear", s.year()),
                t.get("col.region"), t.get("col.country"), t.get("col.schools")), new float[] {4, 1.4f, 1.4f, 1.4f, 2});
        List<String> notes = new ArrayList<>();
        for (String id : ids) {
            IndicatorValue v = s.value(id);
            String title = t.title(id);
            b.row(table, List.of(title, KeyIndicatorTable.mark(t, v, title, t.get("col.thisYear", s.year()), notes),
                    KeyIndicatorTable.mark(t, s.regionValues().get(id), title, t.get("col.region"), notes),
                    KeyIndicatorTable.mark(t, s.country().get(id), title, t.get("col.country"), notes),
                    v == null ? t.na() : t.count(v.coverage().counted())));
        }
        b.tableWithNotes(table, KeyIndicatorTable.numbered(notes), 8);
    }

    /** The key indicators of the district's schools by locality (or ownership), the district last. */
    private static void equity(PdfBlocks b, DistrictSummary s, ReportText t, SchoolGroup by) {
        if (s.by(by).isEmpty()) {
            return;
        }
        b.heading(t.get("section.equity." + by.code(), s.year()));
        List<String> header = EquityTable.header(s, t, by);
        float[] widths = new float[header.size()];
        Arrays.fill(widths, 1.3f);
        widths[0] = 4;
        PdfPTable table = b.table(header, widths);
        for (List<String> row : EquityTable.rows(s, t, by)) {
            b.row(table, row);
        }
        List<String> notes = KeyIndicatorTable.numbered(EquityTable.footnotes(s, t, by));
        if (by == SchoolGroup.OWNERSHIP) {
            notes.add(t.get("equity.note"));
        }
        b.tableWithNotes(table, notes, 8);
    }

    private static void ownership(PdfBlocks b, DistrictSummary s, ReportText t) {
        b.heading(t.get("section.schoolsBy"));
        Map<String, Map<String, Integer>> cross = new TreeMap<>();
        TreeSet<String> localities = new TreeSet<>();
        for (SchoolRow r : s.schools()) {
            String o = t.group(SchoolGroup.OWNERSHIP, r.ownership());
            String l = t.group(SchoolGroup.LOCALITY, r.locality());
            localities.add(l);
            cross.computeIfAbsent(o, k -> new TreeMap<>()).merge(l, 1, Integer::sum);
        }
        List<String> header = new ArrayList<>(List.of(t.get("col.ownership")));
        header.addAll(localities);
        header.add(t.get("col.total"));
        float[] widths = new float[header.size()];
        Arrays.fill(widths, 1.5f);
        widths[0] = 3;
        PdfPTable table = b.table(header, widths);
        Map<String, Integer> colTotals = new TreeMap<>();
        cross.forEach((o, byLocality) -> {
            List<String> row = new ArrayList<>(List.of(o));
            for (String l : localities) {
                int n = byLocality.getOrDefault(l, 0);
                colTotals.merge(l, n, Integer::sum);
                row.add(t.count(n));
            }
            row.add(t.count(byLocality.values().stream().mapToInt(Integer::intValue).sum()));
            b.row(table, row);
        });
        List<String> total = new ArrayList<>(List.of(t.get("col.total")));
        localities.forEach(l -> total.add(t.count(colTotals.getOrDefault(l, 0))));
        total.add(t.count(s.schools().size()));
        b.row(table, total);
        b.add(table);
    }
}
