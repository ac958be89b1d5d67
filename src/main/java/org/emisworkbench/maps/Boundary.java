package org.emisworkbench.maps;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * The outline of an administrative area as the workspace keeps it.
 *
 * @param code     the area's code in the workspace (a district or region code)
 * @param level    {@code district} or {@code region}, as in {@code admin_area}
 * @param name     the feature's name in the file, or null
 * @param geometry polygon or multipolygon in longitude/latitude degrees
 */
public record Boundary(String code, String level, String name, Geometry geometry) {
    public static final String DISTRICT = "district";
    public static final String REGION = "region";

    public Boundary {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(geometry, "geometry");
    }
}
