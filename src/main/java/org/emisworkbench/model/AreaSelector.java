package org.emisworkbench.model;

import java.util.Objects;

/** The area an indicator is computed for: one school, a district, a region or the whole country. */
public record AreaSelector(Kind kind, String code) {
    /** Kinds of area, smallest first. */
    public enum Kind {
        SCHOOL, DISTRICT, REGION, COUNTRY
    }

    public AreaSelector {
        Objects.requireNonNull(kind, "kind");
        if (kind != Kind.COUNTRY) {
            Objects.requireNonNull(code, "code");
        }
    }

    public static AreaSelector school(String code) {
        return new AreaSelector(Kind.SCHOOL, code);
    }

    public static AreaSelector district(String code) {
        return new AreaSelector(Kind.DISTRICT, code);
    }

    public static AreaSelector region(String code) {
        return new AreaSelector(Kind.REGION, code);
    }

    public static AreaSelector country() {
        return new AreaSelector(Kind.COUNTRY, null);
    }

    /** How reasons name the area: "D03", "school S0101", "the country". */
    public Message where() {
        return switch (kind) {
            case SCHOOL -> Message.of("area.school", code);
            case DISTRICT -> Message.verbatim(code);
            case REGION -> Message.of("area.region", code);
            case COUNTRY -> Message.of("area.country");
        };
    }

    /**
     * The area as a place something is in: "in D03", "in school S0101", "in the country". A language joins
     * its preposition and article in its own words ("du pays", "no país"), so messages take this phrase
     * whole instead of writing their own "in {0}" before {@link #where}.
     */
    public Message in() {
        return switch (kind) {
            case SCHOOL -> Message.of("area.in.school", code);
            case DISTRICT -> Message.of("area.in.district", code);
            case REGION -> Message.of("area.in.region", code);
            case COUNTRY -> Message.of("area.in.country");
        };
    }

    /** {@link #where} in English. */
    public String label() {
        return where().english();
    }

    @Override
    public String toString() {
        return kind == Kind.COUNTRY ? "country" : kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + code;
    }
}
