package org.emisworkbench.maps;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * One map drawn through Java2D, the same code for the window (a JavaFX canvas through FXGraphics2D) and
 * the PDF (OpenPDF's Graphics2D), so both show the same thing (decision 0019): areas shaded by the class
 * of their value or outlined only, no data hatched, schools as points (filled by class when they carry
 * the classed values), a legend with the count of each class, a scale bar. Offline: no tiles.
 *
 * <p>Coordinates are projected once (longitude scaled by the cosine of the middle latitude, so distances
 * are right near the country), outlines simplified to a fraction of the extent and kept as paths; a draw
 * only transforms them, so panning a national map stays quick.
 */
public final class MapPicture {
    /** What the legend's classes colour. */
    public enum Classed { AREAS, POINTS }

    private final List<MapArea> areas;
    private final List<MapPoint> points;
    private final Classed classed;
    private final Legend legend;
    private final Legend pointLegend;
    private final MapProjection projection;
    private final SchoolDots dots;
    private final MapFurniture furniture;
    private final List<Path2D> shapes = new ArrayList<>();
    private final List<PreparedGeometry> prepared = new ArrayList<>();
    /** The last frame drawn: projected units → frame pixels. */
    private volatile AffineTransform lastTransform;

    /**
     * @param title  the legend's title (the indicator and its unit), or null
     * @param method how the classed values are cut; {@code classes} how many classes at most
     */
    public MapPicture(List<MapArea> areas, List<MapPoint> points, Classed classed, ClassMethod method, int classes,
                      String title, Locale locale) {
        this(areas, points, classed == Classed.AREAS ? Classes.of(values(areas, MapArea::value), method, classes)
                : null, classed == Classed.AREAS ? title : null,
                classed == Classed.POINTS ? Classes.of(values(points, MapPoint::value), method, classes) : null,
                classed == Classed.POINTS ? title : null, locale);
    }

    /**
     * The areas shaded by {@code areaLegend}'s classes of their values and the schools filled by {@code
     * pointLegend}'s (a school's value outside every class, or null, is drawn white).
     *
     * @param areaLegend  null: the areas are outlined only
     * @param areaTitle   the areas' legend title, or null
     * @param pointLegend null: the schools are black dots
     * @param pointTitle  the schools' legend title, or null
     */
    public MapPicture(List<MapArea> areas, List<MapPoint> points, Legend areaLegend, String areaTitle,
                      Legend pointLegend, String pointTitle, Locale locale) {
        this.areas = List.copyOf(areas);
        this.points = List.copyOf(points);
        this.classed = areaLegend != null ? Classed.AREAS : Classed.POINTS;
        this.legend = areaLegend != null ? areaLegend : pointLegend != null ? pointLegend : new Legend(List.of(), 0);
        this.pointLegend = pointLegend;
        this.furniture = new MapFurniture(legend, areaLegend != null || pointLegend == null ? areaTitle : pointTitle,
                pointLegend, areaLegend != null ? pointTitle : null, classed == Classed.AREAS, this.points.size(),
                locale);
        this.projection = new MapProjection(this.areas, this.points);
        double tolerance = projection.simplifyTolerance();
        for (MapArea a : this.areas) {
            Geometry g = tolerance > 0 ? TopologyPreservingSimplifier.simplify(a.geometry(), tolerance) : a.geometry();
            shapes.add(projection.path(g));
            prepared.add(PreparedGeometryFactory.prepare(a.geometry()));
        }
        this.dots = new SchoolDots(this.points, projection, this::fillOf);
    }

    private static <T> List<Double> values(List<T> items, java.util.function.Function<T, Double> value) {
        List<Double> out = new ArrayList<>();
        items.forEach(i -> out.add(value.apply(i)));
        return out;
    }

    /** The legend of what is classed: the areas when they are shaded, else the schools. */
    public Legend legend() {
        return legend;
    }

    /** How the schools are coloured, or null when they are plain black dots. */
    public Legend pointLegend() {
        return pointLegend;
    }

    public List<MapPoint> points() {
        return points;
    }

    /** The colour a school is filled with: black when schools are not coloured, white when it has no value. */
    public Color fillOf(MapPoint point) {
        if (pointLegend == null) {
            return Color.BLACK;
        }
        Legend.Band b = pointLegend.of(point.value());
        return b == null || (b.label() != null && b.from() != point.value()) ? Color.WHITE : b.fill();
    }

    public List<MapArea> areas() {
        return areas;
    }

    /** The colour an area is filled with, or null when it has no data (hatched) or areas are not classed. */
    public Color fillOf(MapArea area) {
        Legend.Band b = classed == Classed.AREAS ? legend.of(area.value()) : null;
        return b == null ? null : b.fill();
    }

    /** The frame point the map is centred on before panning: a zoom about a pointer is relative to it. */
    public static double[] centre(Rectangle2D frame) {
        return MapProjection.centre(frame);
    }

    /** Says the drawing of {@code frame} and {@code view} is the one on screen: lookups go by it. */
    public void shown(Rectangle2D frame, MapView view) {
        lastTransform = projection.transform(frame, view);
    }

    /** Where a place is in the frame (for a test, or a label). */
    public Point2D toFrame(double longitude, double latitude, Rectangle2D frame, MapView view) {
        return projection.transform(frame, view).transform(new Point2D.Double(projection.x(longitude),
                projection.y(latitude)), null);
    }

    /** Draws the whole picture into {@code frame}; what is under a point is then looked up in this drawing. */
    public void draw(Graphics2D g, Rectangle2D frame, MapView view) {
        draw(g, frame, view, true);
    }

    /**
     * Draws the whole picture into an image for the screen, off the JavaFX thread: the lookups of what is
     * under a point are left as they were (the screen says which drawing it shows with {@link #shown}), and the
     * schools are stamped as small ready-drawn dots, which is what keeps 50,000 of them within a second (each
     * drawn as a shape took about three). A PDF is drawn with {@link #draw(Graphics2D, Rectangle2D, MapView)}:
     * vectors throughout.
     */
    public void drawOffScreen(Graphics2D g, Rectangle2D frame, MapView view) {
        draw(g, frame, view, false);
    }

    private void draw(Graphics2D g, Rectangle2D frame, MapView view, boolean remember) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setColor(Color.WHITE);
            g2.fill(frame);
            AffineTransform t = projection.transform(frame, view);
            if (remember) {
                lastTransform = t;
            }
            Rectangle2D part = MapProjection.mapPart(frame);
            Shape oldClip = g2.getClip();
            g2.clip(part);
            drawAreas(g2, t);
            if (remember) {
                dots.draw(g2, t);
            } else {
                dots.stamp(g2, t);
            }
            g2.setClip(oldClip);
            furniture.drawScaleBar(g2, part, t);
            furniture.drawLegend(g2, frame, part);
        } finally {
            g2.dispose();
        }
    }

    private void drawAreas(Graphics2D g2, AffineTransform t) {
        float scale = (float) Math.sqrt(Math.abs(t.getDeterminant()));
        for (int i = 0; i < areas.size(); i++) {
            Shape s = t.createTransformedShape(shapes.get(i));
            MapArea a = areas.get(i);
            Color fill = classed == Classed.AREAS ? fillOf(a) : Color.WHITE;
            if (fill == null) {
                MapFurniture.hatch(g2, s);
            } else {
                g2.setColor(fill);
                g2.fill(s);
            }
        }
        g2.setStroke(new BasicStroke(1f));
        g2.setColor(MapFurniture.OUTLINE);
        for (Path2D p : shapes) {
            g2.draw(t.createTransformedShape(p));
        }
        if (scale > 0) {
            g2.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            FontMetrics fm = g2.getFontMetrics();
            for (int i = 0; i < areas.size(); i++) {
                Coordinate c = areas.get(i).geometry().getInteriorPoint().getCoordinate();
                Point2D at = t.transform(new Point2D.Double(projection.x(c.x), projection.y(c.y)), null);
                String label = areas.get(i).name() == null ? areas.get(i).code() : areas.get(i).name();
                Rectangle2D box = t.createTransformedShape(shapes.get(i)).getBounds2D();
                if (fm.stringWidth(label) < box.getWidth() * 0.9) {
                    float x = (float) (at.getX() - fm.stringWidth(label) / 2.0);
                    float y = (float) (at.getY() - 6);
                    g2.setColor(Color.WHITE);
                    g2.drawString(label, x + 0.6f, y + 0.6f);
                    g2.setColor(Color.BLACK);
                    g2.drawString(label, x, y);
                }
            }
        }
    }

    /** The area under a frame point of the last picture drawn, if any. */
    public Optional<MapArea> areaAt(double x, double y) {
        Point2D at = unproject(x, y);
        if (at == null) {
            return Optional.empty();
        }
        var point = new org.locationtech.jts.geom.GeometryFactory().createPoint(new Coordinate(at.getX(), at.getY()));
        for (int i = 0; i < areas.size(); i++) {
            if (prepared.get(i).covers(point)) {
                return Optional.of(areas.get(i));
            }
        }
        return Optional.empty();
    }

    /** The school nearest a frame point of the last picture drawn, within a few pixels. */
    public Optional<MapPoint> pointAt(double x, double y) {
        AffineTransform t = lastTransform;
        return t == null ? Optional.empty() : dots.nearest(t, x, y);
    }

    /**
     * Every school drawn, nearest first to the frame point (x, y) of {@code frame} drawn with {@code view}: the
     * order in which the keyboard goes from one school to the next.
     */
    public List<MapPoint> schoolsByDistance(Rectangle2D frame, MapView view, double x, double y) {
        return dots.byDistance(projection.transform(frame, view), x, y);
    }

    /** Longitude, latitude under a frame point of the last picture drawn. */
    private Point2D unproject(double x, double y) {
        AffineTransform t = lastTransform;
        return t == null ? null : projection.unproject(t, x, y);
    }

    /** The picture in memory (a test, a thumbnail). */
    public BufferedImage image(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            draw(g, new Rectangle2D.Double(0, 0, width, height), MapView.FIT);
        } finally {
            g.dispose();
        }
        return img;
    }
}
