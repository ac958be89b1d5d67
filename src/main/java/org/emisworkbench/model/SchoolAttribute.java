package org.emisworkbench.model;

/** Descriptive attributes of a school, as a return or the master list reports them. */
public enum SchoolAttribute {
    CODE("school.code"),
    NAME("school.name"),
    DISTRICT("school.district"),
    DISTRICT_NAME("school.district_name"),
    REGION("school.region"),
    OWNERSHIP("school.ownership"),
    LOCALITY("school.locality"),
    LEVEL("school.level"),
    /** The sexes a school admits: {@code boys}, {@code girls} or {@code mixed} (decision 0116). */
    GENDER("school.gender"),
    LATITUDE("school.latitude"),
    LONGITUDE("school.longitude"),
    STATUS("school.status");

    private final String field;

    SchoolAttribute(String field) {
        this.field = field;
    }

    /** The canonical field name templates and rules use, e.g. {@code school.name}. */
    public String field() {
        return field;
    }

    public static SchoolAttribute fromField(String field) {
        for (SchoolAttribute a : values()) {
            if (a.field.equalsIgnoreCase(field)) {
                return a;
            }
        }
        throw new IllegalArgumentException("Unknown school attribute: " + field);
    }
}
