package org.emisworkbench.maps;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The schools as dots, projected once: drawn as vectors (a PDF), stamped as ready-drawn images (the screen,
 * where 50,000 dots must take under a second), and found again under the pointer.
 */
final class SchoolDots {
    static final double RADIUS = 3;
    private static final BasicStroke RING = new BasicStroke(0.8f);

    private final List<MapPoint> points;
    private final Function<MapPoint, Color> fill;
    private final double[] px;
    private final double[] py;

    SchoolDots(List<MapPoint> points, MapProjection projection, Function<MapPoint, Color> fill) {
        this.points = points;
        this.fill = fill;
        px = new double[points.size()];
        py = new double[points.size()];
        for (int i = 0; i < px.length; i++) {
            px[i] = projection.x(points.get(i).longitude());
            py[i] = projection.y(points.get(i).latitude());
        }
    }

    /** Each school as a vector dot. */
    void draw(Graphics2D g2, AffineTransform t) {
        double[] xy = new double[2];
        for (int i = 0; i < px.length; i++) {
            xy[0] = px[i];
            xy[1] = py[i];
            t.transform(xy, 0, xy, 0, 1);
            dot(g2, xy[0], xy[1], fill.apply(points.get(i)));
        }
    }

    /** One school's dot centred on {@code x, y}: its fill, a thin black ring. */
    private static void dot(Graphics2D g2, double x, double y, Color fill) {
        Ellipse2D dot = new Ellipse2D.Double(x - RADIUS, y - RADIUS, 2 * RADIUS, 2 * RADIUS);
        g2.setColor(fill);
        g2.fill(dot);
        g2.setStroke(RING);
        g2.setColor(Color.BLACK);
        g2.draw(dot);
    }

    /**
     * The schools as dots stamped in device pixels: one antialiased dot drawn per colour, then copied to each
     * school's place (those outside the visible part skipped). Looks as {@link #draw} does.
     */
    void stamp(Graphics2D g2, AffineTransform t) {
        AffineTransform device = g2.getTransform();
        double scale = Math.sqrt(Math.abs(device.getDeterminant()));
        AffineTransform toDevice = new AffineTransform(device);
        toDevice.concatenate(t);
        Rectangle2D visible = g2.getClip() == null ? null : device.createTransformedShape(g2.getClip()).getBounds2D();
        double r = RADIUS * scale;
        int size = (int) Math.ceil(2 * r + 2 * scale) + 2;
        Map<Color, BufferedImage> stamps = new HashMap<>();
        g2.setTransform(new AffineTransform());
        try {
            double[] xy = new double[2];
            for (int i = 0; i < px.length; i++) {
                xy[0] = px[i];
                xy[1] = py[i];
                toDevice.transform(xy, 0, xy, 0, 1);
                if (visible != null && (xy[0] < visible.getMinX() - size || xy[0] > visible.getMaxX() + size
                        || xy[1] < visible.getMinY() - size || xy[1] > visible.getMaxY() + size)) {
                    continue;
                }
                BufferedImage stamp = stamps.computeIfAbsent(fill.apply(points.get(i)), c -> stampOf(c, scale, size));
                g2.drawImage(stamp, (int) Math.round(xy[0] - size / 2.0), (int) Math.round(xy[1] - size / 2.0), null);
            }
        } finally {
            g2.setTransform(device);
        }
    }

    /** One school's dot in {@code fill}, centred in a square of {@code size} device pixels. */
    private static BufferedImage stampOf(Color fill, double scale, int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.translate(size / 2.0, size / 2.0);
            g.scale(scale, scale);
            dot(g, 0, 0, fill);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** The school nearest a frame point drawn with {@code t}, within a few pixels. */
    Optional<MapPoint> nearest(AffineTransform t, double x, double y) {
        double[] xy = new double[2];
        int best = -1;
        double bestD = (RADIUS + 2) * (RADIUS + 2);
        for (int i = 0; i < px.length; i++) {
            xy[0] = px[i];
            xy[1] = py[i];
            t.transform(xy, 0, xy, 0, 1);
            double d = (xy[0] - x) * (xy[0] - x) + (xy[1] - y) * (xy[1] - y);
            if (d <= bestD) {
                bestD = d;
                best = i;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(points.get(best));
    }

    /** Every school, nearest first to the frame point (x, y) as drawn with {@code t}: the keyboard's order. */
    List<MapPoint> byDistance(AffineTransform t, double x, double y) {
        double[] d = new double[px.length];
        double[] xy = new double[2];
        Integer[] order = new Integer[px.length];
        for (int i = 0; i < px.length; i++) {
            xy[0] = px[i];
            xy[1] = py[i];
            t.transform(xy, 0, xy, 0, 1);
            d[i] = (xy[0] - x) * (xy[0] - x) + (xy[1] - y) * (xy[1] - y);
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(d[a], d[b]));
        List<MapPoint> out = new java.util.ArrayList<>(px.length);
        for (Integer i : order) {
            out.add(points.get(i));
        }
        return out;
    }
}
