package org.emisworkbench.maps;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.emisworkbench.model.Message;

/**
 * What a map shows around its areas and schools: the legend (each class with its count, then no data) in
 * the column right of the map, and the scale bar under it, worded and numbered in the map's language.
 */
final class MapFurniture {
    static final Color OUTLINE = new Color(0x40, 0x40, 0x40);
    private static final Color HATCH = new Color(0x60, 0x60, 0x60);
    private static final double KM_PER_DEGREE = 111.32;

    private final Legend legend;
    private final String title;
    private final Legend pointLegend;
    private final String pointTitle;
    private final boolean areasClassed;
    private final int schools;
    private final Locale locale;

    /**
     * @param legend       the classes of what is classed (areas when {@code areasClassed}, else schools)
     * @param pointLegend  with classed areas, how the schools are coloured, or null
     * @param schools      how many schools are drawn
     */
    MapFurniture(Legend legend, String title, Legend pointLegend, String pointTitle, boolean areasClassed,
                 int schools, Locale locale) {
        this.legend = legend;
        this.title = title;
        this.pointLegend = pointLegend;
        this.pointTitle = pointTitle;
        this.areasClassed = areasClassed;
        this.schools = schools;
        this.locale = locale;
    }

    /** Diagonal lines on white: no data reads as "nothing known", not as the lightest class, even in grey. */
    static void hatch(Graphics2D g2, Shape s) {
        g2.setColor(Color.WHITE);
        g2.fill(s);
        Shape clip = g2.getClip();
        g2.clip(s);
        Rectangle2D b = s.getBounds2D();
        g2.setColor(HATCH);
        g2.setStroke(new BasicStroke(1f));
        for (double x = b.getMinX() - b.getHeight(); x < b.getMaxX(); x += 6) {
            g2.draw(new Line2D.Double(x, b.getMaxY(), x + b.getHeight(), b.getMinY()));
        }
        g2.setClip(clip);
    }

    /** A bar of four segments as long as a round number of kilometres, at most a quarter of the map part. */
    void drawScaleBar(Graphics2D g2, Rectangle2D part, AffineTransform t) {
        double pixelsPerUnit = Math.sqrt(Math.abs(t.getDeterminant()));
        double kmPerPixel = KM_PER_DEGREE / pixelsPerUnit;
        double most = part.getWidth() / 4 * kmPerPixel;
        double nice = Math.pow(10, Math.floor(Math.log10(most)));
        for (double m : new double[] {5, 2, 1}) {
            if (m * nice <= most) {
                nice *= m;
                break;
            }
        }
        double len = nice / kmPerPixel;
        double x = part.getX() + 14;
        double y = part.getMaxY() - 16;
        g2.setStroke(new BasicStroke(1f));
        for (int i = 0; i < 4; i++) {
            Rectangle2D seg = new Rectangle2D.Double(x + len * i / 4, y, len / 4, 5);
            g2.setColor(i % 2 == 0 ? Color.BLACK : Color.WHITE);
            g2.fill(seg);
            g2.setColor(Color.BLACK);
            g2.draw(seg);
        }
        g2.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        g2.drawString("0", (float) x - 3, (float) y - 3);
        String label = number(nice) + " " + Message.of("map.km").in(locale);
        g2.drawString(label, (float) (x + len - g2.getFontMetrics().stringWidth(label) / 2.0), (float) y - 3);
    }

    void drawLegend(Graphics2D g2, Rectangle2D frame, Rectangle2D part) {
        double x = part.getMaxX() + 8;
        double y = frame.getY() + 14;
        g2.setColor(Color.BLACK);
        Font bold = new Font(Font.SANS_SERIF, Font.BOLD, 11);
        Font plain = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
        double width = frame.getMaxX() - x - 4;
        if (title != null) {
            y = drawTitle(g2, title, bold, x, y, width);
        }
        g2.setFont(plain);
        y = drawBands(g2, legend, x, y, !areasClassed);
        if (areasClassed && pointLegend != null) {
            y += 8;
            if (pointTitle != null) {
                y = drawTitle(g2, pointTitle, bold, x, y, width);
                g2.setFont(plain);
            }
            drawBands(g2, pointLegend, x, y, true);
        } else if (areasClassed && schools > 0) {
            Ellipse2D dot = new Ellipse2D.Double(x + 5, y - 7, 2 * SchoolDots.RADIUS, 2 * SchoolDots.RADIUS);
            g2.fill(dot);
            g2.drawString(Message.of("map.schools", schools).in(locale), (float) (x + 22), (float) y);
        }
    }

    /** One legend's classes from {@code y} down, each with its count, then no data; returns where it ends. */
    private double drawBands(Graphics2D g2, Legend l, double x, double y, boolean dots) {
        for (Legend.Band b : l.classes()) {
            swatch(g2, x, y, b.fill(), dots);
            g2.setColor(Color.BLACK);
            String text = b.label() != null ? b.label() : range(b.from(), b.to());
            g2.drawString(text + " (" + b.count() + ")", (float) (x + 22), (float) y);
            y += 16;
        }
        if (l.noData() > 0 || l.classes().isEmpty()) {
            if (dots) {
                swatch(g2, x, y, Color.WHITE, true);
            } else {
                Rectangle2D swatch = new Rectangle2D.Double(x, y - 9, 16, 11);
                hatch(g2, swatch);
                g2.setColor(OUTLINE);
                g2.draw(swatch);
            }
            g2.setColor(Color.BLACK);
            g2.drawString(Message.of("map.noData").in(locale) + " (" + l.noData() + ")", (float) (x + 22),
                    (float) y);
            y += 16;
        }
        return y;
    }

    /** A class's sample: a box as the areas are filled, or a dot as the schools are. */
    private static void swatch(Graphics2D g2, double x, double y, Color fill, boolean dot) {
        Shape s = dot ? new Ellipse2D.Double(x + 3, y - 8, 9, 9) : new Rectangle2D.Double(x, y - 9, 16, 11);
        g2.setColor(fill);
        g2.fill(s);
        g2.setColor(dot ? Color.BLACK : OUTLINE);
        g2.draw(s);
    }

    /** A legend's title in bold, wrapped to {@code width}; returns the baseline below it. */
    private static double drawTitle(Graphics2D g2, String text, Font bold, double x, double y, double width) {
        g2.setFont(bold);
        for (String line : wrap(text, g2.getFontMetrics(), width)) {
            g2.drawString(line, (float) x, (float) y);
            y += 14;
        }
        return y + 4;
    }

    private static List<String> wrap(String text, FontMetrics fm, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && fm.stringWidth(line + " " + word) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private String number(double v) {
        return number(v, v == Math.rint(v) || Math.abs(v) >= 100 ? 0 : 1);
    }

    private String number(double v, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(decimals);
        return f.format(v);
    }

    /**
     * A class's bounds as a reader tells them apart: one value when the class holds a single value (not
     * "89.2 – 89.2"), else as many decimals (up to three) as it takes for the two bounds to print differently.
     */
    String range(double from, double to) {
        if (from == to) {
            return number(from);
        }
        String a = number(from);
        String b = number(to);
        for (int decimals = 1; a.equals(b) && decimals <= 3; decimals++) {
            a = number(from, decimals);
            b = number(to, decimals);
        }
        return a + " – " + b;
    }
}
