package org.emisworkbench.maps;

import java.util.Objects;

/**
 * A school on a map: where it is (longitude, latitude in degrees) and its value, null when it has none.
 */
public record MapPoint(String code, String name, double longitude, double latitude, Double value) {
    public MapPoint {
        Objects.requireNonNull(code, "code");
    }
}
