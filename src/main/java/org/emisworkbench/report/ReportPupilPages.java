package org.emisworkbench.report;

import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.emisworkbench.charts.ChartSpec;
import org.emisworkbench.indicators.Parity;
import org.emisworkbench.model.Breakdown;
import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.Unit;

/** The summary's pupil pages: enrolment by grade and sex with its parity index, and age by grade. */
final class ReportPupilPages {
    private ReportPupilPages() {
    }

    static void enrolment(PdfBlocks b, DistrictSummary s, ReportText t, ChartSpec chart) {
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
                : t.number("gpi_enrolment", Unit.INDEX, Parity.adjusted(girls, boys));
    }

    private static Double value(IndicatorValue v, String grade) {
        Breakdown b = v == null ? null : v.byGrade().get(grade);
        return b == null || !b.available() ? null : b.value();
    }

    static void ageGrade(PdfBlocks b, DistrictSummary s, ReportText t, ChartSpec chart) {
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
            Arrays.fill(widths, 1f);
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
}
