package org.emisworkbench.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.emisworkbench.charts.ChartSpec.Marker;
import org.emisworkbench.charts.ChartSpec.Series;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of chart draws something, starts its value axis at zero and carries year and source. */
class ChartRenderingTest {
    private static final String SOURCE = "Source: 2024 school census, D03 Coral Bay";

    @TempDir
    Path dir;

    static ChartSpec spec(ChartKind kind) {
        if (kind == ChartKind.HISTOGRAM) {
            return new ChartSpec("ptr", kind, "Pupil-teacher ratio across schools, primary, 2024", SOURCE,
                    "Pupils per teacher", "Schools", ValueFormat.RATIO, List.of(),
                    List.of(new Series("Schools", List.of(22.0, 31.5, 38.0, 44.0, 52.5, 35.0))),
                    List.of(new Marker(40, "Bound: 40")), 5.0);
        }
        ValueFormat f = kind == ChartKind.HORIZONTAL_BAR || kind == ChartKind.STACKED_BAR ? ValueFormat.PERCENT
                : ValueFormat.COUNT;
        return new ChartSpec("c", kind, "Chart, primary, 2024", SOURCE, "Grade", "Pupils", f,
                List.of("G1", "G2", "G3"), List.of(new Series("Girls", Arrays.asList(40.0, null, 25.0)),
                        new Series("Boys", List.of(45.0, 30.0, 20.0))), List.of(), null);
    }

    static int inked(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    n++;
                }
            }
        }
        return n;
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void everyKindDrawsWithItsValueAxisFromZero(ChartKind kind) throws Exception {
        JFreeChart chart = EmisChartFactory.create(spec(kind), Locale.ENGLISH);
        BufferedImage img = ChartRendering.image(chart, 600, 400);
        int inked = inked(img);
        assertTrue(inked > 600 * 400 / 50, kind + " drew only " + inked + " pixels");
        if (chart.getPlot() instanceof CategoryPlot p) {
            assertEquals(0.0, p.getRangeAxis().getLowerBound(), 1e-9, kind + " value axis");
        } else {
            XYPlot p = (XYPlot) chart.getPlot();
            assertEquals(0.0, p.getRangeAxis().getLowerBound(), 1e-9);
            assertEquals(0.0, p.getDomainAxis().getLowerBound(), 1e-9);
            assertEquals(1, p.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).size());
        }
        assertTrue(chart.getTitle().getText().contains("2024"));
        assertEquals(SOURCE, ((TextTitle) chart.getSubtitle(chart.getSubtitleCount() - 1)).getText());
        Path png = dir.resolve(kind + ".png");
        Path svg = dir.resolve(kind + ".svg");
        ChartRendering.png(chart, png, 600, 400);
        ChartRendering.svg(chart, svg, 600, 400);
        assertTrue(Files.size(png) > 1000);
        assertTrue(Files.readString(svg).contains("<svg"));
        assertTrue(Files.readString(svg).contains("D03 Coral Bay"));
    }

    @Test
    void percentagesReadAsPercentagesAndSeriesDifferWithoutColour() {
        assertEquals("45.2%", ValueFormat.PERCENT.format(Locale.ENGLISH).format(45.2));
        assertEquals("45,2\u00a0%", ValueFormat.PERCENT.format(Locale.FRENCH).format(45.2));
        java.awt.Color a = (java.awt.Color) ChartTheme.fill(0);
        java.awt.Color b = (java.awt.Color) ChartTheme.fill(1);
        assertEquals(a.getRed(), a.getBlue(), "greys, not hues");
        assertTrue(Math.abs(a.getRed() - b.getRed()) > 100, "far apart grey levels");
    }

    @Test
    void aChartWithNoValuesStillDrawsAnEmptyFrameFromZero() {
        ChartSpec empty = new ChartSpec("e", ChartKind.BAR, "Empty, 2024", SOURCE, "Grade", "Pupils",
                ValueFormat.COUNT, List.of("G1"), List.of(new Series("Girls", Arrays.asList((Double) null))),
                List.of(), null);
        assertTrue(empty.isEmpty());
        JFreeChart chart = EmisChartFactory.create(empty, Locale.ENGLISH);
        ChartRendering.image(chart, 300, 200);
        assertEquals(0.0, ((CategoryPlot) chart.getPlot()).getRangeAxis().getLowerBound(), 1e-9);
    }
}
