package org.emisworkbench.maps;

/** Where a school's point lies with respect to its district's boundary. */
public enum Placement {
    /** Inside (or on) its district's boundary. */
    INSIDE,
    /** At latitude 0, longitude 0: a coordinate left at its default, not a place. */
    ZERO,
    /** Outside, but inside when latitude and longitude are read the other way round. */
    SWAPPED,
    /** Outside its district's boundary, and not explained by a swap. */
    OUTSIDE,
    /** Nothing can be said: no coordinates, or no boundary for its district. */
    UNKNOWN
}
