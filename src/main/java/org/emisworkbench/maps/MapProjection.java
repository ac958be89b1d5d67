package org.emisworkbench.maps;

import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Longitude and latitude to the map's projected units and on to a frame's pixels: longitude scaled by the
 * cosine of the middle latitude, so distances are right near the country; latitude negated, north up.
 */
final class MapProjection {
    private static final double MARGIN = 12;
    private static final double SCALE_BAR_ROOM = 24;

    private final double cosLat;
    private final Envelope extent;

    /** The projection that fits the areas, or the schools when there are no areas. */
    MapProjection(List<MapArea> areas, List<MapPoint> points) {
        Envelope e = new Envelope();
        areas.forEach(a -> e.expandToInclude(a.geometry().getEnvelopeInternal()));
        if (e.isNull()) {
            points.forEach(p -> e.expandToInclude(p.longitude(), p.latitude()));
        }
        if (e.isNull()) {
            e.expandToInclude(0, 0);
        }
        this.cosLat = Math.max(0.05, Math.cos(Math.toRadians((e.getMinY() + e.getMaxY()) / 2)));
        this.extent = new Envelope(e.getMinX() * cosLat, e.getMaxX() * cosLat, -e.getMaxY(), -e.getMinY());
    }

    /** How far outlines may be simplified, in degrees: a fraction of the extent, never seen at full view. */
    double simplifyTolerance() {
        return Math.max(extent.getWidth(), extent.getHeight()) / 3000 / cosLat;
    }

    double x(double longitude) {
        return longitude * cosLat;
    }

    double y(double latitude) {
        return -latitude;
    }

    /** A geometry's polygons as one projected path, holes included (even-odd). */
    Path2D path(Geometry g) {
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
                p.moveTo(x(cs[i].x), y(cs[i].y));
            } else {
                p.lineTo(x(cs[i].x), y(cs[i].y));
            }
        }
        p.closePath();
    }

    /** Where the map itself goes in a frame: the frame less the legend column on its right. */
    static Rectangle2D mapPart(Rectangle2D frame) {
        double legendWidth = Math.min(190, frame.getWidth() * 0.32);
        return new Rectangle2D.Double(frame.getX(), frame.getY(), frame.getWidth() - legendWidth, frame.getHeight());
    }

    /** The frame point the map is centred on before panning. */
    static double[] centre(Rectangle2D frame) {
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

    /** Longitude, latitude under a frame point drawn with {@code t}, or null. */
    Point2D unproject(AffineTransform t, double x, double y) {
        try {
            Point2D p = t.inverseTransform(new Point2D.Double(x, y), null);
            return new Point2D.Double(p.getX() / cosLat, -p.getY());
        } catch (NoninvertibleTransformException e) {
            return null;
        }
    }
}
