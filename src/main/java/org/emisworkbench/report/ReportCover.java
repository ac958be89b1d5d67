package org.emisworkbench.report;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.emisworkbench.model.IndicatorValue;

/**
 * The summary's cover: the district, year and completeness, the key figures, and the three things most
 * worth the officer's attention.
 */
final class ReportCover {
    private ReportCover() {
    }

    static void cover(PdfBlocks b, DistrictSummary s, ReportText t) {
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
        facts.setHorizontalAlignment(Element.ALIGN_LEFT);
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
        figures.setHorizontalAlignment(Element.ALIGN_LEFT);
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
                .sorted(Comparator.comparingInt(DataQuality.RuleCount::open).reversed()
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
}
