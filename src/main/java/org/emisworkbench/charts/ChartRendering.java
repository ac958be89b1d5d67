package org.emisworkbench.charts;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/** Writes a chart as a PNG picture, as an SVG drawing, or onto any Graphics2D (a PDF page). */
public final class ChartRendering {
    private ChartRendering() {
    }

    public static void png(JFreeChart chart, Path file, int width, int height) throws IOException {
        ChartUtils.saveChartAsPNG(file.toFile(), chart, width, height);
    }

    public static void svg(JFreeChart chart, Path file, int width, int height) throws IOException {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        chart.draw(g2, new Rectangle(width, height));
        SVGUtils.writeToSVG(file.toFile(), g2.getSVGElement());
    }

    /** Draws the chart into {@code area}; with a PDF's Graphics2D the chart stays vectors and text. */
    public static void draw(JFreeChart chart, Graphics2D g2, Rectangle2D area) {
        chart.draw(g2, area);
    }

    /** The chart as a picture in memory, e.g. for a test or a thumbnail. */
    public static java.awt.image.BufferedImage image(JFreeChart chart, int width, int height) {
        return chart.createBufferedImage(width, height);
    }
}
