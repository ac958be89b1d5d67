package org.emisworkbench.rules.expr;

import java.util.Objects;
import java.util.Set;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.Topic;

/**
 * A field a rule may name.
 *
 * @param name       canonical name, e.g. {@code enrolment}, {@code teachers.total}, {@code school.ownership}
 * @param kind       what the field is, which tells the evaluator how to look it up
 * @param topic      the stored topic for GRADED and FIXED fields, else null
 * @param slot       the fixed slot name for FIXED fields, else null
 * @param attribute  the school attribute for ATTRIBUTE fields, else null
 * @param dimensions the selector dimensions the field accepts
 */
public record FieldDef(String name, Kind kind, Topic topic, String slot, SchoolAttribute attribute,
                       Set<String> dimensions) {
    public static final String GRADE = "grade";
    public static final String SEX = "sex";
    public static final String AGE = "age";
    public static final String LEVEL = "level";

    public enum Kind { GRADED, FIXED, ATTRIBUTE, POPULATION }

    public FieldDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        dimensions = Set.copyOf(dimensions);
    }

    public ValueType type() {
        return kind == Kind.ATTRIBUTE ? ValueType.TEXT : ValueType.NUMBER;
    }

    /** Population exists per district only; school attributes per school only. */
    public boolean allowedInDistrictScope() {
        return kind != Kind.ATTRIBUTE;
    }

    public boolean allowedInSchoolScope() {
        return kind != Kind.POPULATION;
    }
}
