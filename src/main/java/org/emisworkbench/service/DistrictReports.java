package org.emisworkbench.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.emisworkbench.charts.ChartSpec;
import org.emisworkbench.indicators.IndicatorCatalogue;
import org.emisworkbench.indicators.IndicatorDefinition;
import org.emisworkbench.indicators.IndicatorValue;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.emisworkbench.report.DistrictSummary;
import org.emisworkbench.report.ReportOptions;
import org.emisworkbench.report.ReportText;
import org.jfree.chart.JFreeChart;

/**
 * District summaries, charts and query workbooks as the faces ask for them: by year, district, level
 * and language only, with the default report options.
 */
public final class DistrictReports {
    private final Workbench workbench;

    public DistrictReports(Workbench workbench) {
        this.workbench = workbench;
    }

    private static ReportOptions options(Locale locale) {
        return ReportOptions.defaults().withLocale(locale);
    }

    /** The standard file name of a district's summary. */
    public static String fileName(int year, String district) {
        return ReportService.fileName(year, district);
    }

    /** Writes one district's summary PDF; an existing file is not replaced. */
    public Path district(int year, String district, String level, Locale locale, Path out) {
        return district(year, district, level, locale, out, false);
    }

    /** As above; an earlier summary of that name is replaced only if {@code replace} (the officer said so). */
    public Path district(int year, String district, String level, Locale locale, Path out, boolean replace) {
        return new ReportService(workbench).district(year, district, level, options(locale), out, replace);
    }

    /** Writes every district's summary into {@code dir}. */
    public List<Path> allDistricts(int year, String level, Locale locale, Path dir, Progress progress,
                                   Cancellation cancel) {
        return allDistricts(year, level, locale, dir, progress, cancel, false);
    }

    /** As above; earlier summaries of the same names are replaced only if {@code replace}. */
    public List<Path> allDistricts(int year, String level, Locale locale, Path dir, Progress progress,
                                   Cancellation cancel, boolean replace) {
        return new ReportService(workbench).allDistricts(year, level, options(locale), dir, progress, cancel,
                replace);
    }

    /**
     * A short preview of a district's summary: headline and key figures with the year before and the
     * country, worded and numbered as the PDF prints them.
     */
    public List<String> preview(int year, String district, String level, Locale locale) {
        DistrictSummary s = new ReportService(workbench).summary(year, district, level, locale);
        ReportText t = new ReportText(locale);
        List<String> lines = new ArrayList<>();
        lines.add(s.label() + (s.region() == null ? "" : " · " + s.region()) + " · " + s.year() + " · "
                + t.level(s.level()));
        lines.add(t.get("preview.schools", t.count(s.schools().size())));
        for (IndicatorDefinition d : IndicatorCatalogue.all()) {
            IndicatorValue v = s.current().get(d.id());
            if (v == null) {
                continue;
            }
            lines.add(t.get("preview.line", t.title(d.id()), t.value(v), s.year() - 1,
                    t.value(s.previous().get(d.id())), t.value(s.country().get(d.id()))));
        }
        return lines;
    }

    /** The charts of a district's summary. */
    public List<ChartSpec> charts(int year, String district, String level, Locale locale) {
        return new ChartService(workbench).charts(year, district, level, options(locale));
    }

    public JFreeChart chart(ChartSpec spec, Locale locale) {
        return new ChartService(workbench).chart(spec, locale);
    }

    /**
     * Writes a chart as SVG (file name ending .svg) or PNG. The file comes from the save dialog, which
     * has asked the officer before naming an existing file, so an earlier image is replaced.
     */
    public void writeChart(ChartSpec spec, Locale locale, Path file, int width, int height) {
        new ChartService(workbench).write(spec, locale, file, width, height, true);
    }

    /** One query workbook per school of the district with open findings. */
    public List<Path> queries(int year, String district, Locale locale, Path dir, Progress progress,
                              Cancellation cancel) {
        return new QueryService(workbench).forDistrict(year, district, locale, dir, progress, cancel);
    }
}
