package org.emisworkbench.report;

import org.emisworkbench.model.ReportOptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.emisworkbench.charts.ChartKind;
import org.emisworkbench.charts.ChartSpec;
import org.emisworkbench.charts.ChartSpec.Marker;
import org.emisworkbench.charts.ChartSpec.Series;
import org.emisworkbench.charts.ValueFormat;
import org.emisworkbench.model.Breakdown;
import org.emisworkbench.model.IndicatorValue;

/**
 * The chart definitions of a district summary, made once from the summary: the PDF draws them, the
 * GUI shows them and the CLI can write them as PNG or SVG. Every title carries the year and every
 * chart the source line.
 */
public final class SummaryCharts {
    public static final String ENROLMENT = "enrolment_by_grade";
    public static final String OVER_AGE = "overage_by_grade";
    public static final String PTR = "ptr_distribution";
    public static final String TREND_ENROLMENT = "trend_enrolment";
    public static final String TREND_RATIOS = "trend_ger_ner";
    public static final String TREND_PTR = "trend_ptr";
    public static final String FACILITIES = "facilities";
    public static final String RETURNS = "returns";
    public static final String FINDINGS = "findings_by_rule";
    /** Rules shown in the findings chart; the annex table lists them all. */
    static final int RULES_SHOWN = 12;

    private SummaryCharts() {
    }

    public static List<ChartSpec> of(DistrictSummary s, ReportOptions options) {
        ReportText t = new ReportText(options.locale());
        String level = t.level(s.level());
        String source = t.get("source.line", s.year(), s.label());
        List<ChartSpec> out = new ArrayList<>();
        out.add(enrolment(s, t, level, source));
        out.add(overAge(s, t, level, source));
        out.add(ptr(s, t, options, level, source));
        if (s.trends().size() > 1) {
            out.addAll(trends(s, t, level));
        }
        out.add(facilities(s, t, level, source));
        out.add(returns(s, t, source));
        out.add(findings(s, t, source));
        return out;
    }

    private static ChartSpec enrolment(DistrictSummary s, ReportText t, String level, String source) {
        IndicatorValue girls = s.value("enrolment_female");
        IndicatorValue boys = s.value("enrolment_male");
        List<String> grades = s.ageGrade().grades();
        return new ChartSpec(ENROLMENT, ChartKind.BAR, t.get("chart.enrolment", level, s.year()), source,
                t.get("axis.grade"), t.get("axis.pupils"), ValueFormat.COUNT, grades,
                List.of(new Series(t.get("series.girls"), byGrade(girls, grades)),
                        new Series(t.get("series.boys"), byGrade(boys, grades))), List.of(), null);
    }

    private static ChartSpec overAge(DistrictSummary s, ReportText t, String level, String source) {
        List<Double> over = s.ageGrade().overAgePct();
        List<Double> below = over.stream().map(v -> v == null ? null : 100 - v).toList();
        return new ChartSpec(OVER_AGE, ChartKind.STACKED_BAR, t.get("chart.overage", level, s.year()), source,
                t.get("axis.grade"), t.get("axis.share"), ValueFormat.PERCENT, s.ageGrade().grades(),
                List.of(new Series(t.get("series.belowLimit"), below), new Series(t.get("series.overAge"), over)),
                List.of(), null);
    }

    private static ChartSpec ptr(DistrictSummary s, ReportText t, ReportOptions o, String level, String source) {
        List<Double> ratios = s.schools().stream().filter(r -> s.level().equals(r.level())).map(SchoolRow::ptr)
                .filter(java.util.Objects::nonNull).toList();
        return new ChartSpec(PTR, ChartKind.HISTOGRAM, t.get("chart.ptr", level, s.year()), source,
                t.get("axis.ptr"), t.get("axis.schools"), ValueFormat.RATIO, List.of(),
                List.of(new Series(t.get("series.schools"), ratios)),
                List.of(new Marker(o.ptrBound(), t.get("marker.ptr", t.count(o.ptrBound())))), 5.0);
    }

    private static List<ChartSpec> trends(DistrictSummary s, ReportText t, String level) {
        List<String> years = s.trends().stream().map(p -> Integer.toString(p.year())).toList();
        String span = years.get(0) + "\u2013" + years.get(years.size() - 1);
        String source = t.get("source.line", span, s.label());
        return List.of(
                new ChartSpec(TREND_ENROLMENT, ChartKind.LINE, t.get("chart.trend.enrolment", level, span), source,
                        t.get("axis.year"), t.get("axis.pupils"), ValueFormat.COUNT, years,
                        List.of(new Series(t.get("series.enrolment"),
                                s.trends().stream().map(TrendPoint::enrolment).toList())), List.of(), null),
                new ChartSpec(TREND_RATIOS, ChartKind.LINE, t.get("chart.trend.ratios", level, span), source,
                        t.get("axis.year"), t.get("axis.percent"), ValueFormat.PERCENT, years,
                        List.of(new Series(t.get("series.ger"), s.trends().stream().map(TrendPoint::ger).toList()),
                                new Series(t.get("series.ner"), s.trends().stream().map(TrendPoint::ner).toList())),
                        List.of(), null),
                new ChartSpec(TREND_PTR, ChartKind.LINE, t.get("chart.trend.ptr", level, span), source,
                        t.get("axis.year"), t.get("axis.ptr"), ValueFormat.RATIO, years,
                        List.of(new Series(t.get("series.ptr"), s.trends().stream().map(TrendPoint::ptr).toList())),
                        List.of(), null));
    }

    private static ChartSpec facilities(DistrictSummary s, ReportText t, String level, String source) {
        List<String> ids = List.of("schools_with_electricity_pct", "schools_with_internet_pct",
                "schools_with_computers_pct", "schools_with_adapted_infrastructure_pct", "schools_with_water_pct",
                "schools_with_single_sex_toilets_pct", "schools_with_handwashing_pct");
        List<String> labels = List.of(t.get("cat.electricity"), t.get("cat.internet"), t.get("cat.computers"),
                t.get("cat.adapted"), t.get("cat.water"), t.get("cat.toilets"), t.get("cat.handwashing"));
        List<Double> values = ids.stream().map(s::value).map(v -> v == null || !v.available() ? null : v.value())
                .toList();
        return new ChartSpec(FACILITIES, ChartKind.HORIZONTAL_BAR, t.get("chart.facilities", level, s.year()), source,
                null, t.get("axis.schoolsPct"), ValueFormat.PERCENT, labels,
                List.of(new Series(t.get("series.schools"), values)), List.of(), null);
    }

    private static ChartSpec returns(DistrictSummary s, ReportText t, String source) {
        DataQuality q = s.quality();
        List<Double> values = new ArrayList<>();
        values.add(q.expected() == null ? null : q.expected().doubleValue());
        values.add((double) q.received());
        return new ChartSpec(RETURNS, ChartKind.HORIZONTAL_BAR, t.get("chart.returns", s.year()), source, null,
                t.get("axis.schools"), ValueFormat.COUNT, List.of(t.get("cat.expected"), t.get("cat.received")),
                List.of(new Series(t.get("series.returns"), values)), List.of(), null);
    }

    private static ChartSpec findings(DistrictSummary s, ReportText t, String source) {
        List<DataQuality.RuleCount> top = s.quality().byRule().stream()
                .sorted(Comparator.comparingInt(DataQuality.RuleCount::count).reversed()
                        .thenComparing(DataQuality.RuleCount::ruleId))
                .limit(RULES_SHOWN).toList();
        return new ChartSpec(FINDINGS, ChartKind.HORIZONTAL_BAR, t.get("chart.findings", s.year()), source, null,
                t.get("axis.count"), ValueFormat.COUNT, top.stream().map(DataQuality.RuleCount::ruleId).toList(),
                List.of(new Series(t.get("series.findings"),
                        top.stream().map(r -> (Double) (double) r.count()).toList())), List.of(), null);
    }

    private static List<Double> byGrade(IndicatorValue v, List<String> grades) {
        List<Double> out = new ArrayList<>();
        for (String g : grades) {
            Breakdown b = v == null ? null : v.byGrade().get(g);
            out.add(b == null || !b.available() ? null : b.value());
        }
        return out;
    }
}
