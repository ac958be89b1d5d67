package org.emisworkbench.report;

import org.emisworkbench.model.ReportOptions;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.maps.MapPicture;
import java.util.Map;
import java.util.TreeMap;
import org.emisworkbench.charts.ChartSpec;
import org.emisworkbench.model.Breakdown;
import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.indicators.Parity;
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

    public static void write(DistrictSummary s, ReportOptions options, Path file) throws IOException {
        write(s, options, null, file);
    }

    /**
     * The summary with a map page when {@code map} is given (the district's schools over its boundary,
     * coloured by their pupil-teacher ratio); without boundaries there is none.
     */
    public static void write(DistrictSummary s, ReportOptions options, MapPicture map, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            write(s, options, map, out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        // A half-written PDF must never sit under the final name (a cancelled batch leaves none).
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    public static void write(DistrictSummary s, ReportOptions options, OutputStream out) {
        write(s, options, null, out);
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
            cover(b, s, t);
            b.newPage();
            keyIndicators(b, s, t);
            b.newPage();
            enrolment(b, s, t, chart(charts, SummaryCharts.ENROLMENT));
            b.newPage();
            ageGrade(b, s, t, chart(charts, SummaryCharts.OVER_AGE));
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
        b.drawing((g2, area) -> map.draw(g2, area, org.emisworkbench.maps.MapView.FIT), 0.9f);
    }

    private static ChartSpec chart(List<ChartSpec> charts, String id) {
        return charts.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static void cover(PdfBlocks b, DistrictSummary s, ReportText t) {
        PdfFonts f = b.fonts();
        Paragraph title = new Paragraph(t.get("report.title"), f.bold(26));
        title.setSpacingBefore(60);
        b.add(title);
        b.add(new Paragraph(s.label(), f.bold(20)));
        Paragraph sub = new Paragraph(t.get("report.subtitle", s.year()), f.plain(14));
        sub.setSpacingAfter(30);
        b.add(sub);
        PdfPTable facts = new PdfPTable(2);
        facts.setWidthPercentage(80);
        facts.setHorizontalAlignment(com.lowagie.text.Element.ALIGN_LEFT);
        IndicatorValue completeness = s.value("completeness_pct");
        DataQuality q = s.quality();
        String complete = q.expected() == null ? t.get("cover.completeness.noList", t.count(q.returns()))
                : t.get("cover.completeness.value", t.count(q.received()), t.count(q.expected()), t.value(completeness));
        String[][] rows = {{t.get("cover.district"), s.label()},
            {t.get("cover.region"), s.region() == null ? t.na() : s.region()},
            {t.get("cover.year"), Integer.toString(s.year())}, {t.get("cover.level"), t.level(s.level())},
            {t.get("cover.date"), t.date(s.generatedOn())}, {t.get("cover.schools"), t.count(q.returns())},
            {t.get("cover.completeness"), complete}};
        for (String[] r : rows) {
            b.cell(facts, r[0], false, false);
            b.cell(facts, r[1], false, false);
        }
        b.add(facts);
        keyFigures(b, s, t);
        b.paragraph(t.get("cover.note"), 9);
    }

    /** The key figures of the cover, in this order; a ratio the district cannot compute is left out. */
    static final List<String> COVER_FIGURES = List.of("enrolment_total", "ger", "ner", "pupil_teacher_ratio");

    /**
     * The cover's key figures (enrolment, GER and NER where available, PTR, open error findings) and the
     * three things most worth attention ({@link #attention}).
     */
    private static void keyFigures(PdfBlocks b, DistrictSummary s, ReportText t) {
        PdfFonts f = b.fonts();
        Paragraph head = new Paragraph(t.get("cover.keyFigures"), f.bold(13));
        head.setSpacingBefore(18);
        head.setSpacingAfter(4);
        b.add(head);
        PdfPTable figures = new PdfPTable(2);
        figures.setWidthPercentage(80);
        figures.setHorizontalAlignment(com.lowagie.text.Element.ALIGN_LEFT);
        for (String id : COVER_FIGURES) {
            IndicatorValue v = s.value(id);
            if (v == null || !v.available()) {
                continue;
            }
            b.cell(figures, t.title(id), false, false);
            b.cell(figures, v.caveat() == null ? t.value(v) : t.get("cover.partialValue", t.value(v)), false, false);
        }
        b.cell(figures, t.get("cover.openErrors"), false, false);
        b.cell(figures, t.count(openErrors(s.quality())), false, false);
        b.add(figures);
        Paragraph attention = new Paragraph(t.get("cover.attention"), f.bold(13));
        attention.setSpacingBefore(14);
        attention.setSpacingAfter(4);
        b.add(attention);
        List<String> items = attention(s, t);
        for (int i = 0; i < items.size(); i++) {
            b.paragraph((i + 1) + ". " + items.get(i), 10);
        }
    }

    /** Open (or queried) findings of severity error in the district. */
    static int openErrors(DataQuality q) {
        return q.byRule().stream().filter(r -> "ERROR".equals(r.severity())).mapToInt(DataQuality.RuleCount::open).sum();
    }

    /**
     * At most three things most worth attention, in this order of choice: schools expected that have not
     * returned, the rule with most open errors, a key figure marked partial, then the next rules with most
     * open errors and the next partial figures. Says so when there is nothing.
     */
    static List<String> attention(DistrictSummary s, ReportText t) {
        DataQuality q = s.quality();
        List<String> missing = new ArrayList<>();
        if (q.expected() != null && q.received() < q.expected()) {
            missing.add(t.get(q.expected() - q.received() == 1 ? "cover.attention.missing.one" : "cover.attention.missing", t.count(q.expected() - q.received()), t.count(q.expected())));
        }
        List<String> rules = q.byRule().stream().filter(r -> "ERROR".equals(r.severity()) && r.open() > 0)
                .sorted(java.util.Comparator.comparingInt(DataQuality.RuleCount::open).reversed()
                        .thenComparing(DataQuality.RuleCount::ruleId))
                .map(r -> t.get(r.open() == 1 ? "cover.attention.rule.one" : "cover.attention.rule",
                        t.count(r.open()), r.ruleId(), r.title()))
                .toList();
        List<String> partial = new ArrayList<>();
        for (String id : COVER_FIGURES) {
            IndicatorValue v = s.value(id);
            if (v != null && v.available() && v.caveat() != null) {
                partial.add(t.get("cover.attention.partial", t.title(id), t.text(v.caveat())));
            }
        }
        List<String> out = new ArrayList<>(missing);
        if (!rules.isEmpty()) {
            out.add(rules.get(0));
        }
        if (!partial.isEmpty()) {
            out.add(partial.get(0));
        }
        for (int i = 1; i < Math.max(rules.size(), partial.size()); i++) {
            if (i < rules.size()) {
                out.add(rules.get(i));
            }
            if (i < partial.size()) {
                out.add(partial.get(i));
            }
        }
        if (out.isEmpty()) {
            return List.of(t.get("cover.attention.none"));
        }
        return List.copyOf(out.subList(0, Math.min(3, out.size())));
    }

    private static void keyIndicators(PdfBlocks b, DistrictSummary s, ReportText t) {
        b.heading(t.get("section.key") + " \u2014 " + t.level(s.level()) + ", " + s.year());
        PdfPTable table = b.table(KeyIndicatorTable.header(s, t), new float[] {4.2f, 1.3f, 1.3f, 1.3f, 1.3f, 1.3f});
        for (List<String> row : KeyIndicatorTable.rows(s, t)) {
            b.row(table, row);
        }
        List<String> notes = new ArrayList<>();
        List<String> marks = KeyIndicatorTable.footnotes(s, t);
        for (int i = 0; i < marks.size(); i++) {
            notes.add("[" + (i + 1) + "] " + marks.get(i));
        }
        notes.add(t.get("source.line", s.year(), s.label()));
        b.tableWithNotes(table, notes, 8);
    }

    private static void enrolment(PdfBlocks b, DistrictSummary s, ReportText t, ChartSpec chart) {
        b.heading(t.get("section.enrolment"));
        PdfPTable table = b.table(List.of(t.get("col.grade"), t.get("col.girls"), t.get("col.boys"),
                t.get("col.total"), t.get("col.gpi")), new float[] {2, 2, 2, 2, 1.5f});
        IndicatorValue girls = s.value("enrolment_female");
        IndicatorValue boys = s.value("enrolment_male");
        double sumF = 0;
        double sumM = 0;
        for (String g : s.ageGrade().grades()) {
            Double f = value(girls, g);
            Double m = value(boys, g);
            sumF += f == null ? 0 : f;
            sumM += m == null ? 0 : m;
            Double total = f == null && m == null ? null : (f == null ? 0 : f) + (m == null ? 0 : m);
            b.row(table, List.of(g, t.count(f), t.count(m), t.count(total), gpi(t, f, m)));
        }
        b.row(table, List.of(t.get("col.total"), t.count(sumF), t.count(sumM), t.count(sumF + sumM),
                gpi(t, sumF, sumM)));
        b.add(table);
        b.chart(chart, 0.55f);
    }

    private static String gpi(ReportText t, Double girls, Double boys) {
        return girls == null || boys == null || boys == 0 ? t.na()
                : t.number("gpi_enrolment", org.emisworkbench.model.Unit.INDEX, Parity.adjusted(girls, boys));
    }

    private static Double value(IndicatorValue v, String grade) {
        Breakdown b = v == null ? null : v.byGrade().get(grade);
        return b == null || !b.available() ? null : b.value();
    }

    private static void ageGrade(PdfBlocks b, DistrictSummary s, ReportText t, ChartSpec chart) {
        b.heading(t.get("section.ageGrade"));
        AgeGradeTable a = s.ageGrade();
        if (a.isEmpty()) {
            b.paragraph(t.get("agegrade.none"), 9);
        } else {
            List<String> header = new ArrayList<>();
            header.add(t.get("col.age"));
            for (int g = 0; g < a.grades().size(); g++) {
                header.add(a.grades().get(g) + " (" + a.officialAges().get(g) + ")");
            }
            float[] widths = new float[header.size()];
            java.util.Arrays.fill(widths, 1f);
            PdfPTable table = b.table(header, widths);
            for (int i = 0; i < a.ages().size(); i++) {
                List<String> row = new ArrayList<>();
                row.add(ageLabel(a.ages().get(i), t));
                for (long v : a.counts()[i]) {
                    row.add(t.count(v));
                }
                b.row(table, row);
            }
            List<String> totals = new ArrayList<>(List.of(t.get("col.total")));
            List<String> over = new ArrayList<>(List.of(t.get("col.overAge")));
            for (int g = 0; g < a.grades().size(); g++) {
                totals.add(t.count(a.gradeTotal(g)));
                over.add(t.percent(a.overAgePct().get(g)));
            }
            b.row(table, totals);
            for (int i = 0; i < over.size(); i++) {
                b.cell(table, over.get(i), i > 0, true); // the over-age share is the row officers look for
            }
            b.add(table);
            b.paragraph(t.get("agegrade.note"), 8);
        }
        b.chart(chart, 0.5f);
    }

    static String ageLabel(String code, ReportText t) {
        if (code.equals("?")) {
            return t.get("age.unknown");
        }
        return code.startsWith("-") ? "\u2264" + code.substring(1) : code;
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
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            numbered.add("[" + (i + 1) + "] " + notes.get(i));
        }
        b.tableWithNotes(table, numbered, 8);
    }

    /** The key indicators of the district's schools by locality (or ownership), the district last. */
    private static void equity(PdfBlocks b, DistrictSummary s, ReportText t, SchoolGroup by) {
        if (s.by(by).isEmpty()) {
            return;
        }
        b.heading(t.get("section.equity." + by.code(), s.year()));
        List<String> header = EquityTable.header(s, t, by);
        float[] widths = new float[header.size()];
        java.util.Arrays.fill(widths, 1.3f);
        widths[0] = 4;
        PdfPTable table = b.table(header, widths);
        for (List<String> row : EquityTable.rows(s, t, by)) {
            b.row(table, row);
        }
        List<String> notes = new ArrayList<>();
        List<String> marks = EquityTable.footnotes(s, t, by);
        for (int i = 0; i < marks.size(); i++) {
            notes.add("[" + (i + 1) + "] " + marks.get(i));
        }
        if (by == SchoolGroup.OWNERSHIP) {
            notes.add(t.get("equity.note"));
        }
        b.tableWithNotes(table, notes, 8);
    }

    private static void ownership(PdfBlocks b, DistrictSummary s, ReportText t) {
        b.heading(t.get("section.schoolsBy"));
        Map<String, Map<String, Integer>> cross = new TreeMap<>();
        java.util.TreeSet<String> localities = new java.util.TreeSet<>();
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
        java.util.Arrays.fill(widths, 1.5f);
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
