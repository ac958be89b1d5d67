package org.emisworkbench.maps;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.emisworkbench.model.Message;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
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

    private static final Color OUTLINE = new Color(0x40, 0x40, 0x40);
    private static final Color HATCH = new Color(0x60, 0x60, 0x60);
    private static final double KM_PER_DEGREE = 111.32;
    private static final double POINT_RADIUS = 3;

    private final List<MapArea> areas;
    private final List<MapPoint> points;
    private final Classed classed;
    private final Legend legend;
    private final Legend pointLegend;
    private final String title;
    private final String pointTitle;
    private final Locale locale;
    private final double cosLat;
    private final Envelope extent;
    private final List<Path2D> shapes = new ArrayList<>();
    private final List<PreparedGeometry> prepared = new ArrayList<>();
    private final double[] px;
    private final double[] py;
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
        this.title = areaLegend != null || pointLegend == null ? areaTitle : pointTitle;
        this.pointTitle = areaLegend != null ? pointTitle : null;
        this.locale = locale;
        Envelope e = new Envelope();
        this.areas.forEach(a -> e.expandToInclude(a.geometry().getEnvelopeInternal()));
        if (e.isNull()) {
            this.points.forEach(p -> e.expandToInclude(p.longitude(), p.latitude()));
        }
        if (e.isNull()) {
            e.expandToInclude(0, 0);
        }
        this.cosLat = Math.max(0.05, Math.cos(Math.toRadians((e.getMinY() + e.getMaxY()) / 2)));
        this.extent = new Envelope(e.getMinX() * cosLat, e.getMaxX() * cosLat, -e.getMaxY(), -e.getMinY());
        double tolerance = Math.max(extent.getWidth(), extent.getHeight()) / 3000 / cosLat;
        for (MapArea a : this.areas) {
            Geometry g = tolerance > 0 ? TopologyPreservingSimplifier.simplify(a.geometry(), tolerance) : a.geometry();
            shapes.add(path(g));
            prepared.add(PreparedGeometryFactory.prepare(a.geometry()));
        }
        px = new double[this.points.size()];
        py = new double[this.points.size()];
        for (int i = 0; i < px.length; i++) {
            px[i] = this.points.get(i).longitude() * cosLat;
            py[i] = -this.points.get(i).latitude();
        }
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

    private Path2D path(Geometry g) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon poly) {
                ring(p, poly.getExteriorRing().getCoordinates());
                for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                    ring(p, poly.getInteriorRingN(h).getCoordinates());
                }
            }
        }
        return p;
    }

    private void ring(Path2D p, Coordinate[] cs) {
        for (int i = 0; i < cs.length; i++) {
            if (i == 0) {
                p.moveTo(cs[i].x * cosLat, -cs[i].y);
            } else {
                p.lineTo(cs[i].x * cosLat, -cs[i].y);
            }
        }
        p.closePath();
    }

    /** Where the map itself goes in a frame: the frame less the legend column on its right. */
    private static Rectangle2D mapPart(Rectangle2D frame) {
        double legendWidth = Math.min(190, frame.getWidth() * 0.32);
        return new Rectangle2D.Double(frame.getX(), frame.getY(), frame.getWidth() - legendWidth, frame.getHeight());
    }

    private static final double MARGIN = 12;
    private static final double SCALE_BAR_ROOM = 24;

    /** The frame point the map is centred on before panning: a zoom about a pointer is relative to it. */
    public static double[] centre(Rectangle2D frame) {
        Rectangle2D part = mapPart(frame);
        double w = Math.max(1, part.getWidth() - 2 * MARGIN);
        double h = Math.max(1, part.getHeight() - 2 * MARGIN - SCALE_BAR_ROOM);
        return new double[] {part.getX() + MARGIN + w / 2, part.getY() + MARGIN + h / 2};
    }

    /** Projected units → pixels for the frame and view. */
    AffineTransform transform(Rectangle2D frame, MapView view) {
        Rectangle2D part = mapPart(frame);
        double w = Math.max(1, part.getWidth() - 2 * MARGIN);
        double h = Math.max(1, part.getHeight() - 2 * MARGIN - SCALE_BAR_ROOM);
        double ew = Math.max(extent.getWidth(), 1e-6);
        double eh = Math.max(extent.getHeight(), 1e-6);
        double scale = Math.min(w / ew, h / eh) * view.zoom();
        double[] c = centre(frame);
        double cx = c[0] + view.dx();
        double cy = c[1] + view.dy();
        AffineTransform t = new AffineTransform();
        t.translate(cx, cy);
        t.scale(scale, scale);
        t.translate(-(extent.getMinX() + extent.getMaxX()) / 2, -(extent.getMinY() + extent.getMaxY()) / 2);
        return t;
    }

    /** Says the drawing of {@code frame} and {@code view} is the one on screen: lookups go by it. */
    public void shown(Rectangle2D frame, MapView view) {
        lastTransform = transform(frame, view);
    }

    /** Where a place is in the frame (for a test, or a label). */
    public Point2D toFrame(double longitude, double latitude, Rectangle2D frame, MapView view) {
        return transform(frame, view).transform(new Point2D.Double(longitude * cosLat, -latitude), null);
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
            AffineTransform t = transform(frame, view);
            if (remember) {
                lastTransform = t;
            }
            Rectangle2D part = mapPart(frame);
            Shape oldClip = g2.getClip();
            g2.clip(part);
            drawAreas(g2, t);
            if (remember) {
                drawPoints(g2, t);
            } else {
                stampPoints(g2, t);
            }
            g2.setClip(oldClip);
            drawScaleBar(g2, part, t);
            drawLegend(g2, frame, part);
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
                hatch(g2, s);
            } else {
                g2.setColor(fill);
                g2.fill(s);
            }
        }
        g2.setStroke(new BasicStroke(1f));
        g2.setColor(OUTLINE);
        for (Path2D p : shapes) {
            g2.draw(t.createTransformedShape(p));
        }
        if (scale > 0) {
            g2.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            FontMetrics fm = g2.getFontMetrics();
            for (int i = 0; i < areas.size(); i++) {
                Coordinate c = areas.get(i).geometry().getInteriorPoint().getCoordinate();
                Point2D at = t.transform(new Point2D.Double(c.x * cosLat, -c.y), null);
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

    /** Diagonal lines on white: no data reads as "nothing known", not as the lightest class, even in grey. */
    private static void hatch(Graphics2D g2, Shape s) {
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

    private void drawPoints(Graphics2D g2, AffineTransform t) {
        g2.setStroke(new BasicStroke(0.8f));
        double[] xy = new double[2];
        for (int i = 0; i < px.length; i++) {
            xy[0] = px[i];
            xy[1] = py[i];
            t.transform(xy, 0, xy, 0, 1);
            Ellipse2D dot = new Ellipse2D.Double(xy[0] - POINT_RADIUS, xy[1] - POINT_RADIUS, 2 * POINT_RADIUS,
                    2 * POINT_RADIUS);
            g2.setColor(fillOf(points.get(i)));
            g2.fill(dot);
            g2.setColor(Color.BLACK);
            g2.draw(dot);
        }
    }

    /**
     * The schools as dots stamped in device pixels: one antialiased dot drawn per colour, then copied to each
     * school's place (those outside the visible part skipped). Looks as {@link #drawPoints} does.
     */
    private void stampPoints(Graphics2D g2, AffineTransform t) {
        AffineTransform device = g2.getTransform();
        double scale = Math.sqrt(Math.abs(device.getDeterminant()));
        AffineTransform toDevice = new AffineTransform(device);
        toDevice.concatenate(t);
        Rectangle2D visible = g2.getClip() == null ? null : device.createTransformedShape(g2.getClip()).getBounds2D();
        double r = POINT_RADIUS * scale;
        int size = (int) Math.ceil(2 * r + 2 * scale) + 2;
        java.util.Map<Color, BufferedImage> stamps = new java.util.HashMap<>();
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
                BufferedImage stamp = stamps.computeIfAbsent(fillOf(points.get(i)), c -> stamp(c, scale, size));
                g2.drawImage(stamp, (int) Math.round(xy[0] - size / 2.0), (int) Math.round(xy[1] - size / 2.0), null);
            }
        } finally {
            g2.setTransform(device);
        }
    }

    /** One school's dot in {@code fill}, centred in a square of {@code size} device pixels. */
    private static BufferedImage stamp(Color fill, double scale, int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.translate(size / 2.0, size / 2.0);
            g.scale(scale, scale);
            Ellipse2D dot = new Ellipse2D.Double(-POINT_RADIUS, -POINT_RADIUS, 2 * POINT_RADIUS, 2 * POINT_RADIUS);
            g.setColor(fill);
            g.fill(dot);
            g.setStroke(new BasicStroke(0.8f));
            g.setColor(Color.BLACK);
            g.draw(dot);
        } finally {
            g.dispose();
        }
        return img;
    }

    private void drawScaleBar(Graphics2D g2, Rectangle2D part, AffineTransform t) {
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

    private void drawLegend(Graphics2D g2, Rectangle2D frame, Rectangle2D part) {
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
        y = drawBands(g2, legend, x, y, classed == Classed.POINTS);
        if (classed == Classed.AREAS && pointLegend != null) {
            y += 8;
            if (pointTitle != null) {
                y = drawTitle(g2, pointTitle, bold, x, y, width);
                g2.setFont(plain);
            }
            drawBands(g2, pointLegend, x, y, true);
        } else if (classed == Classed.AREAS && !points.isEmpty()) {
            Ellipse2D dot = new Ellipse2D.Double(x + 5, y - 7, 2 * POINT_RADIUS, 2 * POINT_RADIUS);
            g2.fill(dot);
            g2.drawString(Message.of("map.schools", points.size()).in(locale), (float) (x + 22), (float) y);
        }
    }

    /** One legend's classes from {@code y} down, each with its count, then no data; returns where it ends. */
    private double drawBands(Graphics2D g2, Legend l, double x, double y, boolean dots) {
        for (Legend.Band b : l.classes()) {
            swatch(g2, x, y, b.fill(), dots);
            g2.setColor(Color.BLACK);
            String text = b.label() != null ? b.label() : number(b.from()) + " – " + number(b.to());
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
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(v == Math.rint(v) || Math.abs(v) >= 100 ? 0 : 1);
        return f.format(v);
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
        if (lastTransform == null) {
            return Optional.empty();
        }
        double[] xy = new double[2];
        int best = -1;
        double bestD = (POINT_RADIUS + 2) * (POINT_RADIUS + 2);
        for (int i = 0; i < px.length; i++) {
            xy[0] = px[i];
            xy[1] = py[i];
            lastTransform.transform(xy, 0, xy, 0, 1);
            double d = (xy[0] - x) * (xy[0] - x) + (xy[1] - y) * (xy[1] - y);
            if (d <= bestD) {
                bestD = d;
                best = i;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(points.get(best));
    }

    /** Longitude, latitude under a frame point of the last picture drawn. */
    private Point2D unproject(double x, double y) {
        if (lastTransform == null) {
            return null;
        }
        try {
            Point2D p = lastTransform.inverseTransform(new Point2D.Double(x, y), null);
            return new Point2D.Double(p.getX() / cosLat, -p.getY());
        } catch (NoninvertibleTransformException e) {
            return null;
        }
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

    /** A legend's title in bold, wrapped to {@code width}; returns the baseline below it. */
    private static double drawTitle(Graphics2D g2, String text, Font bold, double x, double y, double width) {
        g2.setFont(bold);
        for (String line : wrap(text, g2.getFontMetrics(), width)) {
            g2.drawString(line, (float) x, (float) y);
            y += 14;
        }
        return y + 4;
    }
}
