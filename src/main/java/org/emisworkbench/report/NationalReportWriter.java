package org.emisworkbench.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.maps.MapPicture;
import org.emisworkbench.maps.MapView;
import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.ReportOptions;

/**
 * The national summary (issue 19): the country's key indicators, the districts shaded by the key indicator
 * on a map (the drawing the Map screen and the district summaries use), and one row per district with its
 * returns and key figures. A figure with a caveat (partial, estimated) carries a numbered note, as in the
 * district summary: never shown bare.
 */
public final class NationalReportWriter {
    /** The district table's figures, in this order: what a director compares districts by first. */
    static final List<String> DISTRICT_COLUMNS = List.of("enrolment_total", "ger", "ner", "gpi_ger",
            "pupil_teacher_ratio", "qualified_teachers_pct", "completeness_pct");

    private NationalReportWriter() {
    }

    /** As {@link #write(List, ReportOptions, MapPicture, String, OutputStream)}, into a file. */
    public static void write(List<DistrictSummary> districts, ReportOptions options, MapPicture map,
            String mapIndicator, java.nio.file.Path file) throws java.io.IOException {
        try (OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            write(districts, options, map, mapIndicator, out);
        }
    }

    /**
     * Writes the summary of {@code districts} (each district's summary of the same year and level, whose
     * country figures are the nation's); {@code map} shades the districts by {@code mapIndicator}, or is
     * null when the workspace has no boundaries.
     */
    public static void write(List<DistrictSummary> districts, ReportOptions options, MapPicture map,
            String mapIndicator, OutputStream out) {
        if (districts.isEmpty()) {
            throw new IllegalArgumentException("no district");
        }
        DistrictSummary first = districts.get(0);
        ReportText t = new ReportText(options.locale());
        Document doc = new Document(new Rectangle(options.paper().width(), options.paper().height()), 42, 42, 48, 56);
        PdfFonts fonts = new PdfFonts();
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setStrictImageSequence(true);
            writer.setPageEvent(new PageDecorations(fonts, t, t.get("national.source", first.year()),
                    t.get("footer.produced", t.date(first.generatedOn()))));
            doc.addTitle(t.get("national.title") + " " + first.year());
            doc.addCreator("EMIS Workbench");
            doc.open();
            PdfBlocks b = new PdfBlocks(doc, writer.getDirectContent(), fonts, t.locale());
            cover(b, districts, t);
            if (map != null) {
                b.newPage();
                b.heading(t.get("national.map", t.title(mapIndicator), first.year()));
                b.paragraph(t.get("national.mapNote", map.legend().noData()), 9);
                b.drawing((g2, area) -> map.draw(g2, area, MapView.FIT), 1.0f);
            }
            b.newPage();
            districtTable(b, districts, t);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot write the report: " + e.getMessage(), e);
        }
    }

    private static void cover(PdfBlocks b, List<DistrictSummary> districts, ReportText t) {
        DistrictSummary first = districts.get(0);
        PdfFonts f = b.fonts();
        Paragraph title = new Paragraph(t.get("national.title"), f.bold(26));
        title.setSpacingBefore(40);
        b.add(title);
        Paragraph sub = new Paragraph(t.get("report.subtitle", first.year()) + " · " + t.level(first.level()),
                f.plain(14));
        sub.setSpacingAfter(20);
        b.add(sub);
        int received = 0;
        int returns = 0;
        int expected = 0;
        boolean listed = true;
        for (DistrictSummary d : districts) {
            received += d.quality().received();
            returns += d.quality().returns();
            if (d.quality().expected() == null) {
                listed = false;
            } else {
                expected += d.quality().expected();
            }
        }
        b.paragraph(t.get("national.districts", t.count(districts.size())), 11);
        b.paragraph(listed ? t.get("cover.completeness.value", t.count(received), t.count(expected),
                t.value(first.country().get("completeness_pct"))) : t.get("cover.completeness.noList", t.count(returns)),
                11);
        b.subheading(t.get("national.keyIndicators"));
        List<String> header = List.of(t.get("col.indicator"), t.get("col.country"));
        PdfPTable table = b.table(header, new float[] {3.2f, 1.2f});
        List<String> notes = new ArrayList<>();
        for (String id : KeyIndicatorTable.ids()) {
            IndicatorValue v = first.country().get(id);
            if (v == null) {
                continue;
            }
            String name = t.title(id);
            b.row(table, List.of(name, mark(t, v, name, header.get(1), notes)));
        }
        b.tableWithNotes(table, KeyIndicatorTable.numbered(notes), 8);
    }

    /** One row per district, its key figures marked with their notes like the country's. */
    private static void districtTable(PdfBlocks b, List<DistrictSummary> districts, ReportText t) {
        b.heading(t.get("national.byDistrict"));
        List<String> header = new ArrayList<>();
        header.add(t.get("cover.district"));
        header.add(t.get("national.returns"));
        DISTRICT_COLUMNS.forEach(id -> header.add(t.title(id)));
        float[] widths = new float[header.size()];
        java.util.Arrays.fill(widths, 1f);
        widths[0] = 2.2f;
        PdfPTable table = b.table(header, widths);
        List<String> notes = new ArrayList<>();
        for (DistrictSummary d : districts) {
            List<String> row = new ArrayList<>();
            row.add(d.label());
            DataQuality q = d.quality();
            row.add(q.expected() == null ? t.count(q.returns()) : t.count(q.received()) + " / " + t.count(q.expected()));
            for (String id : DISTRICT_COLUMNS) {
                row.add(mark(t, d.current().get(id), t.title(id), d.label(), notes));
            }
            b.row(table, row);
        }
        b.add(table);
        for (String note : KeyIndicatorTable.numbered(notes)) {
            b.paragraph(note, 8);
        }
    }

    /**
     * The value with the number of its note: a caveat on a figure (as the district summary marks it), or why
     * a figure is not available, so that no "n/a" stands without its reason.
     */
    private static String mark(ReportText t, IndicatorValue v, String title, String column, List<String> notes) {
        if (v == null || v.available() || v.why() == null) {
            return KeyIndicatorTable.mark(t, v, title, column, notes);
        }
        return KeyIndicatorTable.noted(t.value(v), t.get("note.figure", title, column, t.text(v.why())), notes);
    }
}
