package org.emisworkbench.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A map of seven districts drawn here (a row of squares north of the equator, west of Greenwich, one a
 * triangle) rendered to an image: the legend's classes and counts as computed independently here, a known
 * district's fill for its value, the district without a value hatched (grey lines on white, never plain white).
 */
class MapPictureTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final double[] VALUES = {12, 18, 25, 31, 44, 60};

    private static Geometry square(double x, double y, double s) {
        return GF.createPolygon(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + s, y),
            new Coordinate(x + s, y + s), new Coordinate(x, y + s), new Coordinate(x, y)});
    }

    private static List<MapArea> districts() {
        List<MapArea> out = new ArrayList<>();
        for (int i = 0; i < VALUES.length; i++) {
            out.add(new MapArea("Q" + i, null, square(-30 + i, 20, 1), VALUES[i]));
        }
        out.add(new MapArea("NONE", null, GF.createPolygon(new Coordinate[] {new Coordinate(-24, 20),
            new Coordinate(-22, 20), new Coordinate(-23, 21.5), new Coordinate(-24, 20)}), null));
        return out;
    }

    @Test
    void quantileAndEqualIntervalClassesCountTheDistricts() {
        Legend q = Classes.of(java.util.Arrays.stream(VALUES).boxed().toList(), ClassMethod.QUANTILES, 3);
        assertEquals(3, q.classes().size());
        // 6 values in 3 quantile classes: 2 each, tops at the 2nd, 4th and 6th values.
        assertEquals(List.of(18.0, 31.0, 60.0), q.classes().stream().map(Legend.Band::to).toList());
        assertEquals(List.of(2, 2, 2), q.classes().stream().map(Legend.Band::count).toList());
        Legend e = Classes.of(java.util.Arrays.asList(12.0, 18.0, 25.0, 31.0, 44.0, 60.0, null),
                ClassMethod.EQUAL_INTERVALS, 3);
        // Width (60 - 12) / 3 = 16: [12, 28], (28, 44], (44, 60].
        assertEquals(List.of(28.0, 44.0, 60.0), e.classes().stream().map(Legend.Band::to).toList());
        assertEquals(List.of(3, 2, 1), e.classes().stream().map(Legend.Band::count).toList());
        assertEquals(1, e.noData());
        Legend same = Classes.of(List.of(5.0, 5.0, 5.0), ClassMethod.QUANTILES, 4);
        assertEquals(1, same.classes().size(), "equal values make one class, not four empty ones");
        assertEquals(3, same.classes().get(0).count());
    }

    @Test
    void theImageShowsEachDistrictInItsClassColourAndNoDataHatched() {
        MapPicture map = new MapPicture(districts(), List.of(new MapPoint("S1", "School", -29.9, 20.1, null)),
                MapPicture.Classed.AREAS, ClassMethod.QUANTILES, 3, "Pupils per teacher", Locale.ENGLISH);
        int w = 900;
        int h = 500;
        BufferedImage img = map.image(w, h);
        Rectangle2D frame = new Rectangle2D.Double(0, 0, w, h);
        Legend legend = map.legend();
        assertEquals(List.of(2, 2, 2), legend.classes().stream().map(Legend.Band::count).toList());
        assertEquals(1, legend.noData());
        Set<Integer> fills = new HashSet<>();
        for (int i = 0; i < VALUES.length; i++) {
            // Sampled a quarter of the way into the square: away from outlines, labels and the school.
            Point2D p = map.toFrame(-30 + i + 0.75, 20.25, frame, MapView.FIT);
            int rgb = img.getRGB((int) p.getX(), (int) p.getY()) & 0xFFFFFF;
            int expectedClass = i / 2; // two districts a class, lowest first
            assertEquals(legend.classes().get(expectedClass).fill().getRGB() & 0xFFFFFF, rgb, "Q" + i);
            fills.add(rgb);
        }
        assertEquals(3, fills.size());
        // Darker means higher: the classes' lightness falls steadily, so a grey print keeps their order.
        double previous = 256;
        for (Legend.Band b : legend.classes()) {
            double grey = 0.299 * b.fill().getRed() + 0.587 * b.fill().getGreen() + 0.114 * b.fill().getBlue();
            assertTrue(grey < previous - 20, "lightness steps down: " + grey);
            previous = grey;
        }
        // Q4 (44) is in the top class: its known fill.
        assertEquals(Color.decode("#3182bd"), map.fillOf(map.areas().get(4)));
        assertNull(map.fillOf(map.areas().get(6)));

        // The triangle without a value: white and grey hatch lines inside it, nothing of a class colour.
        Point2D c = map.toFrame(-23, 20.4, frame, MapView.FIT);
        int white = 0;
        int hatch = 0;
        for (int dx = -15; dx <= 15; dx++) {
            int rgb = img.getRGB((int) c.getX() + dx, (int) c.getY()) & 0xFFFFFF;
            if (rgb == 0xFFFFFF) {
                white++;
            } else if (((rgb >> 16) & 0xFF) == ((rgb >> 8) & 0xFF) && ((rgb >> 8) & 0xFF) == (rgb & 0xFF)) {
                hatch++;
            }
            assertTrue(!fills.contains(rgb), "no class colour in the no-data district");
        }
        assertTrue(white > 5 && hatch >= 3, "hatched: " + white + " white, " + hatch + " grey pixels");

        // The frame point of a district finds it back (hover, click), and the school under the cursor.
        assertEquals("Q2", map.areaAt(map.toFrame(-27.5, 20.5, frame, MapView.FIT).getX(),
                map.toFrame(-27.5, 20.5, frame, MapView.FIT).getY()).orElseThrow().code());
        Point2D s = map.toFrame(-29.9, 20.1, frame, MapView.FIT);
        assertEquals("S1", map.pointAt(s.getX() + 1, s.getY()).orElseThrow().code());
        assertTrue(map.areaAt(5, 5).isEmpty());
    }

    @Test
    void zoomingKeepsThePointUnderTheCursorInPlace() {
        MapPicture map = new MapPicture(districts(), List.of(), MapPicture.Classed.AREAS, ClassMethod.EQUAL_INTERVALS,
                4, null, Locale.FRENCH);
        Rectangle2D frame = new Rectangle2D.Double(0, 0, 800, 400);
        Point2D before = map.toFrame(-27.5, 20.5, frame, MapView.FIT);
        // The cursor's place relative to where the view centres the map.
        Point2D centre = map.toFrame(-26, 20.75, frame, MapView.FIT); // the middle of the districts
        MapView zoomed = MapView.FIT.zoomed(2, before.getX() - centre.getX(), before.getY() - centre.getY());
        Point2D after = map.toFrame(-27.5, 20.5, frame, zoomed);
        assertEquals(before.getX(), after.getX(), 1e-6);
        assertEquals(before.getY(), after.getY(), 1e-6);
        Point2D moved = map.toFrame(-27.5, 20.5, frame, zoomed.panned(30, -10));
        assertEquals(after.getX() + 30, moved.getX(), 1e-6);
        assertEquals(after.getY() - 10, moved.getY(), 1e-6);
    }

    /**
     * The screen's drawing (off the JavaFX thread, schools stamped as ready-drawn dots, at a screen scale of 2)
     * puts each school's fill where the vector drawing does: schools coloured by categories over the districts.
     */
    @Test
    void theScreensStampedSchoolsMatchTheVectorDrawing() {
        List<MapPoint> schools = List.of(new MapPoint("A", "A", -29.5, 20.5, 0.0), new MapPoint("B", "B", -27.5, 20.5, 1.0),
                new MapPoint("C", "C", -25.5, 20.5, 2.0), new MapPoint("D", "D", -24.5, 20.5, null));
        Legend categories = Classes.categories(schools.stream().map(MapPoint::value).toList(), List.of("none", "some",
                "many"), List.of(Color.WHITE, Color.ORANGE, Color.RED));
        assertEquals(List.of(1, 1, 1), categories.classes().stream().map(Legend.Band::count).toList());
        assertEquals(1, categories.noData());
        Legend areas = Classes.of(java.util.Arrays.stream(VALUES).boxed().toList(), ClassMethod.QUANTILES, 3);
        MapPicture map = new MapPicture(districts(), schools, areas, "areas", categories, "schools", Locale.ENGLISH);
        assertEquals(List.of(Color.WHITE, Color.ORANGE, Color.RED, Color.WHITE),
                schools.stream().map(map::fillOf).toList());
        int w = 900;
        int h = 500;
        BufferedImage vector = map.image(w, h);
        BufferedImage stamped = new BufferedImage(2 * w, 2 * h, BufferedImage.TYPE_INT_ARGB_PRE);
        java.awt.Graphics2D g = stamped.createGraphics();
        g.scale(2, 2);
        map.drawOffScreen(g, new Rectangle2D.Double(0, 0, w, h), MapView.FIT);
        g.dispose();
        Rectangle2D frame = new Rectangle2D.Double(0, 0, w, h);
        for (MapPoint s : schools) {
            Point2D p = map.toFrame(s.longitude(), s.latitude(), frame, MapView.FIT);
            int expected = map.fillOf(s).getRGB() & 0xFFFFFF;
            assertEquals(expected, vector.getRGB((int) Math.round(p.getX()), (int) Math.round(p.getY())) & 0xFFFFFF,
                    s.code());
            assertEquals(expected, stamped.getRGB((int) Math.round(2 * p.getX()), (int) Math.round(2 * p.getY()))
                    & 0xFFFFFF, s.code());
        }
    }
}
