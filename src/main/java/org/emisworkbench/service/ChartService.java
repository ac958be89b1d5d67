package org.emisworkbench.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.emisworkbench.model.IndicatorSettings;
import org.emisworkbench.charts.ChartRendering;
import org.emisworkbench.charts.ChartSpec;
import org.emisworkbench.charts.EmisChartFactory;
import org.emisworkbench.model.Message;
import org.emisworkbench.report.OutputFile;
import org.emisworkbench.model.ReportOptions;
import org.emisworkbench.report.SummaryCharts;
import org.jfree.chart.JFreeChart;

/**
 * The charts of a district summary for the faces: definitions for a year, district and level (the GUI
 * wraps {@link #chart} in a ChartViewer), and PNG or SVG files.
 */
public final class ChartService {
    private final Workbench workbench;

    ChartService(Workbench workbench) {
        this.workbench = workbench;
    }

    public List<ChartSpec> charts(int year, String district, String level, ReportOptions options) {
        Summaries all = workbench.store(ws -> Summaries.load(ws, year, level, IndicatorSettings.DEFAULT));
        all.requireDistrict(district);
        return SummaryCharts.of(all.summary(district, options.locale(), LocalDate.now()), options);
    }

    public JFreeChart chart(ChartSpec spec, Locale locale) {
        return EmisChartFactory.create(spec, locale);
    }

    /** Writes the chart as {@code .svg} when the file name says so, else as PNG. */
    public void write(ChartSpec spec, Locale locale, Path file, int width, int height) {
        write(spec, locale, file, width, height, false);
    }

    /** As above; an earlier image of that name is replaced only if {@code replace} (the save dialog asked). */
    public void write(ChartSpec spec, Locale locale, Path file, int width, int height, boolean replace) {
        JFreeChart chart = chart(spec, locale);
        boolean svg = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
        try {
            OutputFile.write(file, List.of(".svg", ".png"), replace, workbench.databaseFile(), f -> {
                if (svg) {
                    ChartRendering.svg(chart, f, width, height);
                } else {
                    ChartRendering.png(chart, f, width, height);
                }
            });
        } catch (org.emisworkbench.model.Refusal e) {
            throw ServiceException.from(e);
        } catch (IOException e) {
            throw new ServiceException(Message.of("chart.cannotWrite", file, e.getMessage()), e);
        }
    }
}
