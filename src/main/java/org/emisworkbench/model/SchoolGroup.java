package org.emisworkbench.model;

import java.util.Locale;

/**
 * A way to split an area's schools for equity breakdowns: by locality (rural, urban) or by ownership
 * (public, private, community, faith), as the returns and the school list give them.
 */
public enum SchoolGroup {
    LOCALITY,
    OWNERSHIP;

    /** The group name of schools that do not say. */
    public static final String UNKNOWN = "unknown";

    /** The code written on the command line and in JSON: {@code locality}, {@code ownership}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
