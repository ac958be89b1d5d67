package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Locale;
import org.emisworkbench.maps.Boundary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Boundaries read from a GeoJSON file written here (lower-case codes in a property of our choosing, a
 * multipolygon, a ring of 3,000 points, an area the workspace does not know), matched to the workspace's
 * districts and regions, kept and read back; bad files refused naming the file and the feature, keeping
 * what was there.
 */
class BoundaryServiceTest {
    @TempDir
    Path dir;
    private Workbench wb;

    @BeforeEach
    void workspace() throws Exception {
        wb = Workbench.open(dir.resolve("w"));
        try (Connection c = wb.workspace().connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO admin_area (code, name, area_level, parent_code) VALUES (?, ?, ?, ?)")) {
            for (String[] a : new String[][] {{"NORTH", "North", "region", null}, {"K-1", "Kapa", "district", "NORTH"},
                    {"K-2", "Kabo", "district", "NORTH"}, {"K-3", "Kilo", "district", "NORTH"}}) {
                for (int i = 0; i < 4; i++) {
                    ps.setString(i + 1, a[i]);
                }
                ps.executeUpdate();
            }
        }
    }

    @AfterEach
    void close() {
        wb.close();
    }

    /** A square ring from (x, y) of side s, as GeoJSON positions. */
    static String square(double x, double y, double s) {
        return String.format(Locale.ROOT, "[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]", x, y, x + s, y, x + s, y + s, x,
                y + s, x, y);
    }

    /** A circle of n points around (x, y). */
    static String circle(double x, double y, double r, int n) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i <= n; i++) {
            double a = 2 * Math.PI * (i % n) / n;
            sb.append(String.format(Locale.ROOT, "[%.7f,%.7f]", x + r * Math.cos(a), y + r * Math.sin(a)))
                    .append(i < n ? "," : "]");
        }
        return sb.toString();
    }

    static String feature(String props, String type, String coords) {
        return "{\"type\":\"Feature\",\"properties\":" + props + ",\"geometry\":{\"type\":\"" + type
                + "\",\"coordinates\":" + coords + "}}";
    }

    private Path file(String name, String... features) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}");
        return f;
    }

    private Path good() throws Exception {
        return file("areas.geojson",
                feature("{\"dist\":\"k-1\",\"name\":\"Kapa\"}", "Polygon", "[" + square(10, 5, 1) + "]"),
                feature("{\"dist\":\"K-2\",\"name\":\"Kabo\"}", "MultiPolygon",
                        "[[" + square(11, 5, 1) + "],[" + square(13, 5, 0.5) + "]]"),
                feature("{\"dist\":\"north\"}", "Polygon", "[" + circle(12, 6, 3, 3000) + "]"),
                feature("{\"dist\":\"Z-9\",\"name\":\"Elsewhere\"}", "Polygon", "[" + square(30, 5, 1) + "]"));
    }

    @Test
    void matchesByThePropertyReportsBothSidesAndKeepsGeometriesWhole() throws Exception {
        BoundaryService.Imported r = wb.boundaries().importFile(good(), "dist");
        assertEquals(List.of("K-1", "K-2"), r.districts());
        assertEquals(List.of("NORTH"), r.regions());
        assertEquals(List.of("#4 (Elsewhere) dist=Z-9"), r.unmatchedFeatures());
        assertEquals(List.of("K-3"), r.districtsWithout());
        assertEquals(List.of(), r.regionsWithout());
        assertEquals(0, r.replaced());

        List<Boundary> kept = wb.boundaries().all();
        assertEquals(List.of("K-1", "K-2", "NORTH"), kept.stream().map(Boundary::code).toList());
        Boundary k2 = kept.get(1);
        assertEquals("MultiPolygon", k2.geometry().getGeometryType());
        assertEquals(1.25, k2.geometry().getArea(), 1e-9);
        Boundary north = kept.get(2);
        assertEquals(3001, north.geometry().getNumPoints(), "a WKT of many pieces put back together");
        assertEquals(Math.PI * 9, north.geometry().getArea(), 0.01);
        assertEquals("region", north.level());

        BoundaryService.Imported again = wb.boundaries().importFile(good(), "dist");
        assertEquals(3, again.replaced(), "the earlier boundaries are said to be replaced");
        assertEquals(3, wb.boundaries().all().size());
    }

    @Test
    void aWrongPropertyIsRefusedNamingThePropertiesTheFileHas() throws Exception {
        ServiceException e = assertThrows(ServiceException.class, () -> wb.boundaries().importFile(good(), "ADM2_PCODE"));
        assertEquals("areas.geojson: no feature's property \"ADM2_PCODE\" is a district or region code of the"
                + " workspace; the features have the properties: dist, name", e.getMessage());
        assertTrue(e.message().in(Locale.FRENCH).contains("ADM2_PCODE"), e.message().in(Locale.FRENCH));
        assertTrue(wb.boundaries().all().isEmpty());
    }

    @Test
    void badFilesAreRefusedNamingFileAndFeatureAndKeepWhatWasThere() throws Exception {
        wb.boundaries().importFile(good(), "dist");
        String ok = feature("{\"dist\":\"K-1\"}", "Polygon", "[" + square(10, 5, 1) + "]");
        assertRefused("bad.geojson, feature #2 (Road): it is a LineString: only Polygon and MultiPolygon areas are read",
                file("bad.geojson", ok, feature("{\"dist\":\"K-2\",\"name\":\"Road\"}", "LineString", "[[1,2],[3,4]]")));
        assertRefused("open.geojson, feature #1: a ring does not end where it starts",
                file("open.geojson", feature("{\"dist\":\"K-2\"}", "Polygon", "[[[1,1],[2,1],[2,2],[1,2]]]")));
        assertRefused("far.geojson, feature #1: position 2 (200, 1) is not a longitude and latitude in degrees",
                file("far.geojson", feature("{\"dist\":\"K-2\"}", "Polygon", "[[[1,1],[200,1],[2,2],[1,1]]]")));
        assertRefused("text.geojson, feature #1: position 1 is not a pair of numbers",
                file("text.geojson", feature("{}", "Polygon", "[[[\"1\",1],[2,1],[2,2],[\"1\",1]]]")));
        assertRefused("twice.geojson: features #1 and #2 are both area K-1", file("twice.geojson", ok, ok));
        Path notJson = dir.resolve("x.geojson");
        Files.writeString(notJson, "{\"type\": \"FeatureCollection\", \"features\": [");
        assertTrue(refused(notJson).startsWith("x.geojson is not a readable GeoJSON file: "), refused(notJson));
        Path deep = dir.resolve("deep.geojson");
        Files.writeString(deep, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"a\":" + "[".repeat(200) + "]".repeat(200) + "}}]}");
        assertTrue(refused(deep).startsWith("deep.geojson is not a readable GeoJSON file: "), refused(deep));
        Path point = dir.resolve("points.geojson");
        Files.writeString(point, "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}");
        assertRefused("points.geojson: not a GeoJSON FeatureCollection (an object with \"type\": \"FeatureCollection\""
                + " and \"features\")", point);
        assertEquals(3, wb.boundaries().all().size(), "the boundaries kept before are still there");
        assertFalse(wb.boundaries().all().stream().anyMatch(b -> b.geometry().getArea() == 0));
    }

    private void assertRefused(String expected, Path file) {
        assertEquals(expected, refused(file));
    }

    private String refused(Path file) {
        return assertThrows(ServiceException.class, () -> wb.boundaries().importFile(file, "dist")).getMessage();
    }

    /** One feature as GeoJSON with the given properties (a JSON object's inside). */
    private static String feature(String properties, double x) {
        return "{\"type\":\"Feature\",\"properties\":{" + properties + "},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[" + square(x, 0, 1) + "]}}";
    }

    @Test
    void theFilesPropertiesAreOfferedWithTheOneNamingMostAreasGuessed() throws Exception {
        Path f = dir.resolve("props.geojson");
        // "code" names only one area, "pcode" two (one in another case), "label" none; "code" is not favoured
        // over a property that matches more.
        Files.writeString(f, "{\"type\":\"FeatureCollection\",\"features\":["
                + feature("\"label\":\"A\",\"pcode\":\"k-1\",\"code\":\"K-1\"", 0) + ","
                + feature("\"label\":\"B\",\"pcode\":\"K-2\",\"code\":\"99\"", 2) + ","
                + feature("\"label\":\"C\",\"pcode\":\"Z\"", 4) + "]}");
        BoundaryService.Properties p = wb.boundaries().properties(f);
        assertEquals(3, p.features());
        assertEquals(List.of("label", "pcode", "code"), List.copyOf(p.matches().keySet()));
        assertEquals(List.of(0, 2, 1), List.copyOf(p.matches().values()));
        assertEquals("pcode", p.guess());
        assertTrue(wb.boundaries().all().isEmpty(), "reading the properties keeps nothing");

        // On a tie "code" is preferred; with no property naming an area there is no guess.
        Files.writeString(f, "{\"type\":\"FeatureCollection\",\"features\":["
                + feature("\"id\":\"K-3\",\"code\":\"K-3\"", 0) + "]}");
        assertEquals("code", wb.boundaries().properties(f).guess());
        Files.writeString(f, "{\"type\":\"FeatureCollection\",\"features\":["
                + feature("\"id\":\"X\"", 0) + "]}");
        assertEquals(null, wb.boundaries().properties(f).guess());
    }
}
