package org.emisworkbench.maps;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One area of a boundaries file: its place in the file (1 for the first feature), its properties as text
 * (nested values left out) and its polygon or multipolygon, in longitude/latitude degrees.
 */
public record Feature(int number, Map<String, String> properties, Geometry geometry) {
    public Feature {
        properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties)); // file order
    }

    /** How the officer can find the feature in the file: its number and, when it has one, its name. */
    public String label() {
        for (String key : new String[] {"name", "NAME", "Name"}) {
            String v = properties.get(key);
            if (v != null && !v.isBlank()) {
                return "#" + number + " (" + v + ")";
            }
        }
        return "#" + number;
    }
}
