package org.emisworkbench.maps;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.Message;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads the areas of a GeoJSON FeatureCollection (Polygon and MultiPolygon features) into JTS geometries.
 * The file comes from another computer, so it is read strictly as data within limits (size, nesting,
 * features, points): anything else is refused with a message naming the file and the feature, never
 * half-read. Coordinates are longitude, latitude in degrees (RFC 7946).
 */
public final class GeoJson {
    static final long MAX_BYTES = 64L * 1024 * 1024;
    static final int MAX_DEPTH = 32;
    static final int MAX_FEATURES = 20_000;
    static final int MAX_POINTS = 4_000_000;
    static final int MAX_PROPERTY_CHARS = 500;

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private GeoJson() {
    }

    /** The file's features, in file order. */
    public static List<Feature> read(Path file) {
        String name = String.valueOf(file.getFileName());
        JsonNode root;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw bad(name, null, Message.of("boundaries.tooLarge", MAX_BYTES / (1024 * 1024)));
            }
            JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH).maxStringLength(1_000_000).build()).build();
            try (InputStream in = Files.newInputStream(file)) {
                root = new ObjectMapper(factory).readTree(in);
            }
        } catch (JsonProcessingException e) {
            throw new BoundaryException(Message.of("boundaries.notJson", name,
                    Message.verbatim(e.getOriginalMessage())), e);
        } catch (IOException e) {
            throw new BoundaryException(Message.of("workspace.cannotReadFile", name,
                    Message.verbatim(String.valueOf(e.getMessage()))), e);
        }
        if (root == null || !root.isObject() || !"FeatureCollection".equals(root.path("type").asText(null))
                || !root.path("features").isArray()) {
            throw bad(name, null, Message.of("boundaries.notCollection"));
        }
        JsonNode features = root.get("features");
        if (features.size() > MAX_FEATURES) {
            throw bad(name, null, Message.of("boundaries.tooManyFeatures", features.size(), MAX_FEATURES));
        }
        List<Feature> out = new ArrayList<>();
        int[] points = {0};
        for (int i = 0; i < features.size(); i++) {
            out.add(feature(name, i + 1, features.get(i), points));
        }
        if (out.isEmpty()) {
            throw bad(name, null, Message.of("boundaries.empty"));
        }
        return out;
    }

    private static Feature feature(String file, int number, JsonNode node, int[] points) {
        String at = "#" + number;
        if (!node.isObject() || !"Feature".equals(node.path("type").asText(null))) {
            throw bad(file, at, Message.of("boundaries.notFeature"));
        }
        Map<String, String> props = new LinkedHashMap<>();
        JsonNode p = node.get("properties");
        if (p != null && p.isObject()) {
            p.fields().forEachRemaining(e -> {
                if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                    String v = e.getValue().asText();
                    props.put(e.getKey(), v.length() > MAX_PROPERTY_CHARS ? v.substring(0, MAX_PROPERTY_CHARS) : v);
                }
            });
        }
        at = new Feature(number, props, GEOMETRY.createPoint()).label();
        JsonNode g = node.get("geometry");
        if (g == null || !g.isObject()) {
            throw bad(file, at, Message.of("boundaries.noGeometry"));
        }
        String type = g.path("type").asText("");
        JsonNode coords = g.get("coordinates");
        if (coords == null || !coords.isArray()) {
            throw bad(file, at, Message.of("boundaries.noCoordinates"));
        }
        Geometry geometry;
        if (type.equals("Polygon")) {
            geometry = polygon(file, at, coords, points);
        } else if (type.equals("MultiPolygon")) {
            Polygon[] parts = new Polygon[coords.size()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = polygon(file, at, coords.get(i), points);
            }
            if (parts.length == 0) {
                throw bad(file, at, Message.of("boundaries.noCoordinates"));
            }
            geometry = GEOMETRY.createMultiPolygon(parts);
        } else {
            throw bad(file, at, Message.of("boundaries.geometryType", type.isEmpty() ? "?" : type));
        }
        if (!geometry.isValid()) {
            // A self-touching ring drawn by hand is common; buffer(0) mends it without moving its outline.
            Geometry mended = geometry.buffer(0);
            if (mended.isEmpty()) {
                throw bad(file, at, Message.of("boundaries.invalidShape"));
            }
            geometry = mended;
        }
        return new Feature(number, props, geometry);
    }

    private static Polygon polygon(String file, String at, JsonNode rings, int[] points) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw bad(file, at, Message.of("boundaries.noCoordinates"));
        }
        LinearRing shell = ring(file, at, rings.get(0), points);
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(file, at, rings.get(i), points);
        }
        return GEOMETRY.createPolygon(shell, holes);
    }

    private static LinearRing ring(String file, String at, JsonNode positions, int[] points) {
        if (!positions.isArray() || positions.size() < 4) {
            throw bad(file, at, Message.of("boundaries.shortRing"));
        }
        points[0] += positions.size();
        if (points[0] > MAX_POINTS) {
            throw bad(file, at, Message.of("boundaries.tooManyPoints", MAX_POINTS));
        }
        Coordinate[] cs = new Coordinate[positions.size()];
        for (int i = 0; i < cs.length; i++) {
            JsonNode pos = positions.get(i);
            if (!pos.isArray() || pos.size() < 2 || !pos.get(0).isNumber() || !pos.get(1).isNumber()) {
                throw bad(file, at, Message.of("boundaries.badPosition", i + 1));
            }
            double lon = pos.get(0).asDouble();
            double lat = pos.get(1).asDouble();
            if (!Double.isFinite(lon) || !Double.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
                throw bad(file, at, Message.of("boundaries.outOfRange", i + 1, pos.get(0).asText(), pos.get(1).asText()));
            }
            cs[i] = new Coordinate(lon, lat);
        }
        if (!cs[0].equals2D(cs[cs.length - 1])) {
            throw bad(file, at, Message.of("boundaries.openRing"));
        }
        return GEOMETRY.createLinearRing(cs);
    }

    private static BoundaryException bad(String file, String feature, Message why) {
        return new BoundaryException(feature == null ? Message.of("boundaries.badFile", file, why)
                : Message.of("boundaries.badFeature", file, feature, why), null);
    }
}
