package org.emisworkbench.rules.eval;

import java.util.Map;
import org.emisworkbench.maps.AreaIndex;

/**
 * Where the schools are, for the {@code location} rules: the districts' boundaries made ready for look-ups
 * and each school's point as the workspace holds it (school code → {latitude, longitude}, either may be null).
 */
public record SchoolPlaces(AreaIndex areas, Map<String, Double[]> points) {
    /** No boundary and no point: location rules find nothing. */
    public static final SchoolPlaces NONE = new SchoolPlaces(AreaIndex.EMPTY, Map.of());

    public SchoolPlaces {
        points = Map.copyOf(points);
    }
}
