package org.emisworkbench.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The one look of every chart. Summaries are printed on office laser printers in black and white,
 * so series differ by grey level (alternating dark and light, always outlined in black), and lines
 * by dash pattern and marker shape: colour alone never carries meaning.
 */
final class ChartTheme {
    static final String FAMILY = "SansSerif";
    static final Font TITLE = new Font(FAMILY, Font.BOLD, 13);
    static final Font SUBTITLE = new Font(FAMILY, Font.PLAIN, 9);
    static final Font LABEL = new Font(FAMILY, Font.PLAIN, 10);
    static final Font TICK = new Font(FAMILY, Font.PLAIN, 9);
    static final Color GRID = new Color(0xBB, 0xBB, 0xBB);
    static final Color MARKER = Color.BLACK;

    /** Grey levels far enough apart to tell apart when photocopied: dark, light, mid, white, black, pale. */
    private static final Color[] FILLS = {grey(0x40), grey(0xD0), grey(0x88), Color.WHITE, grey(0x18), grey(0xEE)};
    private static final Color[] LINES = {Color.BLACK, grey(0x50), grey(0x80), grey(0x30)};
    private static final float[][] DASHES = {null, {6f, 3f}, {2f, 2f}, {8f, 3f, 2f, 3f}};
    private static final Shape[] SHAPES = {
        new Rectangle2D.Double(-3.5, -3.5, 7, 7), new Ellipse2D.Double(-4, -4, 8, 8),
        ShapeUtils.createUpTriangle(4.5f), ShapeUtils.createDiamond(4.5f)};

    private ChartTheme() {
    }

    private static Color grey(int level) {
        return new Color(level, level, level);
    }

    static Paint fill(int series) {
        return FILLS[series % FILLS.length];
    }

    /** Outlines: solid for the first round of greys, dashed once the greys repeat. */
    static Stroke outline(int series) {
        return series < FILLS.length ? new BasicStroke(0.8f)
                : new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 2f}, 0f);
    }

    static Paint line(int series) {
        return LINES[series % LINES.length];
    }

    static Stroke lineStroke(int series) {
        float[] dash = DASHES[series % DASHES.length];
        return dash == null ? new BasicStroke(1.8f)
                : new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    static Shape shape(int series) {
        return SHAPES[series % SHAPES.length];
    }

    static Stroke markerStroke() {
        return new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 3f}, 0f);
    }

    /** Background, plot frame and legend, the same for every kind of chart. */
    static void finish(JFreeChart chart, Plot plot) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(GRID);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LABEL);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
        }
    }
}
