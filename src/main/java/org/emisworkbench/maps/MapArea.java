package org.emisworkbench.maps;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * An area of a map with the value it is shaded by.
 *
 * @param value null: no data (drawn hatched)
 */
public record MapArea(String code, String name, Geometry geometry, Double value) {
    public MapArea {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(geometry, "geometry");
    }
}
