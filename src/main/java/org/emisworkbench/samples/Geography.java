package org.emisworkbench.samples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.emisworkbench.report.OutputFile;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Where Lumeria is (docs/design/sample-country.md): five districts in two regions on a small stretch of
 * the south-west Pacific (longitude 150 to 153 east, latitude 8.5 to 10 south), each a box whose coast
 * is made irregular while the borders between districts stay shared exactly, plus an island of Ewe Hills;
 * a point for every school inside its district (urban schools near the district's town); and three
 * location errors planted in the master list: a school at (0, 0), one with latitude and longitude swapped,
 * one placed in a neighbouring district. A random source of its own: the country's figures do not move.
 */
final class Geography {
    static final String FILE = "boundaries.geojson";
    static final String LATITUDE_TARGET = "master:latitude";
    /** Degrees kept away from a district's edges (the coast wanders up to {@link #COAST} out or in). */
    private static final double MARGIN = 0.1;
    private static final double COAST = 0.05;
    private static final double WEST = 150.0;
    private static final double EAST = 152.5;
    private static final double SOUTH = -10.0;
    private static final double NORTH = -8.5;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    /** The corners of each district's outline, counter-clockwise, longitude then latitude. */
    private static final Map<String, double[][]> NODES = Map.of(
            "D01", new double[][] {{150, -9.25}, {151, -9.25}, {151, -8.5}, {150, -8.5}},
            "D02", new double[][] {{150, -10}, {151, -10}, {151, -9.25}, {150, -9.25}},
            "D03", new double[][] {{151, -10}, {151.7, -10}, {151.7, -9.2}, {151.7, -8.5}, {151, -8.5}, {151, -9.25}},
            "D04", new double[][] {{151.7, -9.2}, {152.5, -9.2}, {152.5, -8.5}, {151.7, -8.5}},
            "D05", new double[][] {{151.7, -10}, {152.5, -10}, {152.5, -9.2}, {151.7, -9.2}});
    private static final double[][] ISLAND = {{152.65, -9.85}, {152.9, -9.85}, {152.9, -9.6}, {152.65, -9.6}};
    /** Where a school planted outside its district is put: the district north or south of it. */
    private static final Map<String, String> NEIGHBOUR = Map.of("D01", "D02", "D02", "D01", "D03", "D04",
            "D04", "D05", "D05", "D04");

    /** District code → its outline (a polygon, or a multipolygon for Ewe Hills and its island). */
    final Map<String, Geometry> districts = new LinkedHashMap<>();
    /** School code → {latitude, longitude} as the master list prints them (planted errors included). */
    private final Map<String, double[]> printed = new LinkedHashMap<>();
    /** School code → where it really is. */
    private final Map<String, double[]> truth = new LinkedHashMap<>();

    private Geography() {
    }

    static Geography build(CountryModel model, long seed) {
        Geography g = new Geography();
        SplittableRandom rng = new SplittableRandom(seed * 0x632BE59BD9B4E019L + 3);
        for (Lumeria.District d : Lumeria.DISTRICTS) {
            Polygon main = g.polygon(NODES.get(d.code()), rng);
            g.districts.put(d.code(), d.code().equals("D05")
                    ? GEOMETRY.createMultiPolygon(new Polygon[] {main, g.polygon(ISLAND, rng)}) : main);
        }
        for (SchoolProfile s : model.schools) {
            double[] box = box(s.district().code());
            double lon;
            double lat;
            if (s.locality().equals("urban")) {
                // Around the district's town, a little south-west of its middle.
                lon = (box[0] + box[2]) / 2 - 0.05 + (rng.nextDouble() - 0.5) * 0.2;
                lat = (box[1] + box[3]) / 2 - 0.05 + (rng.nextDouble() - 0.5) * 0.2;
            } else {
                lon = box[0] + MARGIN + rng.nextDouble() * (box[2] - box[0] - 2 * MARGIN);
                lat = box[1] + MARGIN + rng.nextDouble() * (box[3] - box[1] - 2 * MARGIN);
            }
            double[] at = {round(lat), round(lon)};
            g.truth.put(s.code(), at);
            g.printed.put(s.code(), at);
        }
        return g;
    }

    /**
     * Plants the three location errors on schools without any other planted error (nor named by one, as an
     * identical return's original is), preferring a school of Bessa, Doma and Ewe Hills.
     */
    void plantErrors(CountryModel model, Plants plants) {
        Set<String> touched = new HashSet<>();
        Pattern code = Pattern.compile("SCH\\d{5}");
        for (Plant p : plants.all()) {
            touched.add(p.school);
            Matcher m = code.matcher(p.note);
            while (m.find()) {
                touched.add(m.group());
            }
        }
        String[][] errors = {{"zero", "D02"}, {"swapped", "D04"}, {"outside", "D05"}};
        for (String[] e : errors) {
            SchoolProfile s = pick(model, touched, e[1]);
            if (s == null) {
                return; // a very small country has no clean school left
            }
            touched.add(s.code());
            double[] t = truth.get(s.code());
            double[] wrong;
            String note;
            switch (e[0]) {
                case "zero" -> {
                    wrong = new double[] {0.0, 0.0};
                    note = "Latitude and longitude are 0 (left at their default): the school is in the sea off"
                            + " Africa, not in " + s.district().name();
                }
                case "swapped" -> {
                    wrong = new double[] {t[1], t[0]};
                    note = "Latitude and longitude swapped (latitude " + t[1] + ", longitude " + t[0]
                            + "): the school is at latitude " + t[0] + ", longitude " + t[1];
                }
                default -> {
                    String other = NEIGHBOUR.get(s.district().code());
                    double[] box = box(other);
                    wrong = new double[] {round((box[1] + box[3]) / 2 + 0.03), round((box[0] + box[2]) / 2 + 0.07)};
                    note = "The school's point (latitude " + wrong[0] + ", longitude " + wrong[1] + ") is in "
                            + Lumeria.DISTRICTS.stream().filter(d -> d.code().equals(other)).findFirst()
                            .orElseThrow().name() + ", outside its district " + s.district().name();
                }
            }
            printed.put(s.code(), wrong);
            plants.add(new Plant(s.code(), Lumeria.YEARS[1], ErrorKinds.LOCATION, LATITUDE_TARGET, wrong[0], note));
        }
    }

    private static SchoolProfile pick(CountryModel model, Set<String> touched, String district) {
        SchoolProfile any = null;
        for (SchoolProfile s : model.schools) {
            if (touched.contains(s.code())) {
                continue;
            }
            if (s.district().code().equals(district)) {
                return s;
            }
            if (any == null) {
                any = s;
            }
        }
        return any;
    }

    /** {latitude, longitude} as printed in the master list. */
    double[] printed(String school) {
        return printed.get(school);
    }

    /** {latitude, longitude} where the school really is. */
    double[] truth(String school) {
        return truth.get(school);
    }

    /** west, south, east, north of a district's box. */
    static double[] box(String district) {
        double[][] nodes = NODES.get(district);
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double[] n : nodes) {
            b[0] = Math.min(b[0], n[0]);
            b[1] = Math.min(b[1], n[1]);
            b[2] = Math.max(b[2], n[0]);
            b[3] = Math.max(b[3], n[1]);
        }
        return b;
    }

    /**
     * The outline through the nodes; a side on the country's coast gets four wandering points between its
     * ends (a side shared with a neighbour stays straight, so both districts draw the same border).
     */
    private Polygon polygon(double[][] nodes, SplittableRandom rng) {
        boolean island = nodes == ISLAND;
        List<Coordinate> ring = new ArrayList<>();
        for (int i = 0; i < nodes.length; i++) {
            double[] a = nodes[i];
            double[] b = nodes[(i + 1) % nodes.length];
            ring.add(new Coordinate(a[0], a[1]));
            boolean vertical = a[0] == b[0];
            boolean coast = island || vertical && (a[0] == WEST || a[0] == EAST)
                    || !vertical && (a[1] == SOUTH || a[1] == NORTH);
            if (coast) {
                for (int k = 1; k < 5; k++) {
                    double x = a[0] + (b[0] - a[0]) * k / 5;
                    double y = a[1] + (b[1] - a[1]) * k / 5;
                    double off = (rng.nextDouble() * 2 - 1) * (island ? 0.02 : COAST);
                    ring.add(vertical ? new Coordinate(round(x + off), round(y)) : new Coordinate(round(x), round(y + off)));
                }
            }
        }
        ring.add(ring.get(0));
        return GEOMETRY.createPolygon(ring.toArray(Coordinate[]::new));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 100_000) / 100_000.0;
    }

    /**
     * Writes {@value #FILE}: one feature per district and per region (the union of its districts), with
     * the properties {@code code}, {@code name} and {@code level}, one feature a line.
     */
    long write(Path outDir) {
        ObjectMapper json = new ObjectMapper();
        StringBuilder sb = new StringBuilder("{\"type\": \"FeatureCollection\", \"name\": \"Lumeria (fictional)\","
                + " \"features\": [\n");
        List<String> lines = new ArrayList<>();
        Map<String, List<Geometry>> regions = new LinkedHashMap<>();
        for (Lumeria.District d : Lumeria.DISTRICTS) {
            lines.add(feature(json, d.code(), d.name(), "district", districts.get(d.code())));
            regions.computeIfAbsent(d.region(), r -> new ArrayList<>()).add(districts.get(d.code()));
        }
        regions.forEach((code, parts) -> lines.add(feature(json, code, "Region " + code.substring(1), "region",
                GEOMETRY.buildGeometry(parts).union())));
        sb.append(String.join(",\n", lines)).append("\n]}\n");
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        try {
            OutputFile.write(outDir.resolve(FILE), List.of(".geojson"), true, null, f -> Files.write(f, bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + FILE, e);
        } catch (org.emisworkbench.model.Refusal e) {
            throw new UncheckedIOException("Cannot write " + FILE, new IOException(e.getMessage(), e));
        }
        return bytes.length;
    }

    private static String feature(ObjectMapper json, String code, String name, String level, Geometry g) {
        ObjectNode f = json.createObjectNode();
        f.put("type", "Feature");
        ObjectNode props = f.putObject("properties");
        props.put("code", code);
        props.put("name", name);
        props.put("level", level);
        ObjectNode geometry = f.putObject("geometry");
        geometry.put("type", g.getNumGeometries() > 1 ? "MultiPolygon" : "Polygon");
        ArrayNode coords = geometry.putArray("coordinates");
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            ArrayNode rings = g.getNumGeometries() > 1 ? coords.addArray() : coords;
            ring(rings.addArray(), p.getExteriorRing().getCoordinates());
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                ring(rings.addArray(), p.getInteriorRingN(h).getCoordinates());
            }
        }
        try {
            return json.writeValueAsString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void ring(ArrayNode out, Coordinate[] cs) {
        for (Coordinate c : cs) {
            out.addArray().add(round(c.x)).add(round(c.y));
        }
    }
}
