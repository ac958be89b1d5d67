package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.Topic;

/**
 * A canonical field a template column, label or grid maps to (docs/templates.md, "Canonical fields").
 *
 * @param name      the field as written in templates, e.g. {@code teachers.qualified}
 * @param kind      what family the field belongs to
 * @param attribute school attribute for {@link Kind#SCHOOL}, else null
 * @param topic     topic for {@link Kind#GRADED} and {@link Kind#FIXED}, else null
 * @param slot      fixed slot index for {@link Kind#FIXED}, else -1
 */
public record CanonicalField(String name, Kind kind, SchoolAttribute attribute, Topic topic, int slot) {
    /** Families of canonical fields. */
    public enum Kind {
        /** {@code school.*}: a school attribute. */
        SCHOOL,
        /** {@code enrolment}, {@code repeaters}, {@code new_entrants}, {@code disabled}: counts by grade. */
        GRADED,
        /** {@code teachers.*}, {@code classrooms.*}, {@code facilities.*}: counts in named slots. */
        FIXED,
        /** {@code population}: a population count (population sheets). */
        POPULATION_COUNT,
        /** {@code population.year}, {@code population.area}, {@code population.age}. */
        POPULATION_DIMENSION,
        /** {@code pupil.*}: a pupil roster column. */
        PUPIL,
        /** {@code staff.*}: a staff roster column. */
        STAFF,
        /**
         * {@code row.grade}, {@code row.sex}, {@code row.age}, {@code row.topic}: on a wide sheet with several rows per
         * school, the column saying the grade, sex, age or topic of the figures of its row; {@code row.grade+row.sex}
         * (any two or three of grade, sex and age joined by {@code +}): one column saying them together
         * ({@code Standard 3, Female}; {@link CombinedCodes}). {@code row.stream}: the column naming the row's stream
         * (class section, {@code A}, {@code North}) beside {@code row.grade}: rows of one school and grade whose streams
         * differ are parts of the grade, added; it gives no figure a dimension.
         */
        ROW_DIMENSION
    }

    static final List<String> PUPIL_FIELDS = List.of("pupil.sex", "pupil.birth_date", "pupil.age", "pupil.grade",
            "pupil.status", "pupil.disability");
    static final List<String> STAFF_FIELDS = List.of("staff.sex", "staff.birth_date", "staff.qualification",
            "staff.certified", "staff.type", "staff.employment", "staff.grade_taught");
    static final List<String> POPULATION_FIELDS = List.of("population.year", "population.area", "population.age");
    static final List<String> ROW_FIELDS = List.of("row.grade", "row.sex", "row.age", "row.topic",
            "row.stream");
    /**
     * A count by grade whose topic the row gives ({@code row.topic}: {@code dataElement} holding {@code Enrolment},
     * {@code Repeaters}). Parsed as a graded count (of enrolment until its row says otherwise) so it is read as any
     * count taking its grade, sex or age from the row; {@link #topicByRow()} tells it apart.
     */
    public static final String ROW_VALUE = "row.value";

    /** Parses a field name; empty when it is not canonical. Case is ignored. */
    public static Optional<CanonicalField> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.startsWith("school.")) {
            for (SchoolAttribute a : SchoolAttribute.values()) {
                if (a.field().equals(n)) {
                    return Optional.of(new CanonicalField(n, Kind.SCHOOL, a, null, -1));
                }
            }
            return Optional.empty();
        }
        if (n.equals("population")) {
            return Optional.of(new CanonicalField(n, Kind.POPULATION_COUNT, null, null, -1));
        }
        if (POPULATION_FIELDS.contains(n)) {
            return Optional.of(new CanonicalField(n, Kind.POPULATION_DIMENSION, null, null, -1));
        }
        if (ROW_FIELDS.contains(n)) {
            return Optional.of(new CanonicalField(n, Kind.ROW_DIMENSION, null, null, -1));
        }
        if (n.equals(ROW_VALUE)) {
            return Optional.of(new CanonicalField(n, Kind.GRADED, null, Topic.ENROLMENT, -1));
        }
        if (n.contains("+")) {
            // "row.grade+row.sex": one column giving two (or three) dimensions of its row, each once.
            List<String> parts = joinedParts(n);
            // row.topic may be one of them: a data element naming its topic, grade and sex (Enrolment Grade 1 Female);
            // a stream stands in a column of its own.
            boolean dims = parts.size() >= 2 && parts.stream().allMatch(p -> ROW_FIELDS.contains(p)
                    && !p.equals("row.stream")) && parts.stream().distinct().count() == parts.size();
            return dims ? Optional.of(new CanonicalField(String.join("+", parts), Kind.ROW_DIMENSION, null, null, -1))
                    : Optional.empty();
        }
        if (PUPIL_FIELDS.contains(n)) {
            return Optional.of(new CanonicalField(n, Kind.PUPIL, null, null, -1));
        }
        if (STAFF_FIELDS.contains(n)) {
            return Optional.of(new CanonicalField(n, Kind.STAFF, null, null, -1));
        }
        for (Topic t : Topic.values()) {
            if (t.graded() && t.code().equals(n)) {
                return Optional.of(new CanonicalField(n, Kind.GRADED, null, t, -1));
            }
            if (!t.graded() && n.startsWith(t.code() + ".")) {
                int slot = t.fixedSlots().indexOf(n.substring(t.code().length() + 1));
                if (slot >= 0) {
                    return Optional.of(new CanonicalField(n, Kind.FIXED, null, t, slot));
                }
            }
        }
        return Optional.empty();
    }

    /** Every canonical field name, for messages and documentation. */
    public static List<String> all() {
        List<String> all = new ArrayList<>();
        for (SchoolAttribute a : SchoolAttribute.values()) {
            all.add(a.field());
        }
        for (Topic t : Topic.values()) {
            if (t.graded()) {
                all.add(t.code());
            } else {
                t.fixedSlots().forEach(s -> all.add(t.code() + "." + s));
            }
        }
        all.add("population");
        all.addAll(POPULATION_FIELDS);
        all.addAll(ROW_FIELDS);
        all.add(ROW_VALUE);
        all.addAll(PUPIL_FIELDS);
        all.addAll(STAFF_FIELDS);
        return all;
    }

    /**
     * For a {@link Kind#ROW_DIMENSION}: the dimension ({@code grade}, {@code sex}, {@code age}, {@code topic}); for a
     * column giving several, them joined by {@code +} ({@code grade+sex}); else null.
     */
    public String rowDimension() {
        return kind == Kind.ROW_DIMENSION ? name.replace("row.", "") : null;
    }

    /** For a {@link Kind#ROW_DIMENSION}: each dimension it gives ({@code [grade, sex]} for a combined column). */
    public List<String> rowDimensions() {
        return kind == Kind.ROW_DIMENSION ? joinedParts(rowDimension()) : List.of();
    }

    /**
     * The parts of dimensions joined by {@code +} ({@code row.grade + row.sex}, {@code grade+sex}), spaces dropped,
     * an empty part kept (so that {@code row.grade+} is refused, not read as {@code row.grade}): the one reading of
     * a column giving several dimensions of its row, by the template and by the long-export drafter.
     */
    static List<String> joinedParts(String joined) {
        return List.of(joined.replace(" ", "").split("\\+", -1));
    }

    /** True for {@code row.value}: a count whose topic its row gives ({@code row.topic}). */
    public boolean topicByRow() {
        return ROW_VALUE.equals(name);
    }

    /** True for fields whose value is a count (graded, fixed, population). */
    public boolean isCount() {
        return kind == Kind.GRADED || kind == Kind.FIXED || kind == Kind.POPULATION_COUNT;
    }

    /**
     * True for a facility asked as a yes/no question ({@code facilities.drinking_water}): a school has it or not, 1 or
     * 0, read with the {@code yesno} list unless a template names another; the toilets are counted, not answered.
     */
    public boolean answeredYesOrNo() {
        return kind == Kind.FIXED && topic == Topic.FACILITIES && !name.contains("toilets");
    }
}
