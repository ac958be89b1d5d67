package org.emisworkbench.indicators;

import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.Breakdown;
import org.emisworkbench.model.IndicatorSettings;
import org.emisworkbench.model.Coverage;
import java.util.Map;
import org.emisworkbench.model.Message;

/** Builds the values of one area, level and year, with the not-available rule in one place. */
final class ValueMaker {
    private final AreaScope scope;
    private final String level;
    private final int year;
    private final IndicatorSettings settings;

    ValueMaker(AreaScope scope, String level, int year, IndicatorSettings settings) {
        this.scope = scope;
        this.level = level;
        this.year = year;
        this.settings = settings;
    }

    /**
     * Why a figure counting pupils by age cannot be published, or null when it can: too few pupils of
     * known age (below {@link IndicatorSettings#minAgeCoverage}), or a grade without any known age.
     */
    Message ageProblem(AgeEstimate.Result r, int schoolsWithAges, GradeShape shape) {
        if (r.enrolled() > 0 && schoolsWithAges == 0) {
            return Message.of("ind.noAges", in());
        }
        Double known = r.known();
        if (known != null && known < settings.minAgeCoverage()) {
            return Message.of("ind.agesTooFew", 100 * known, levelName(level), in(), 100 * settings.minAgeCoverage());
        }
        if (r.unresolved() >= 0) {
            return Message.of("ind.agesUnresolved", shape.code[r.unresolved()], in());
        }
        return null;
    }

    /**
     * The caveat of a figure part estimated, or null when none of it is; it says how the pupils of districts
     * without any pupil of known age in their grade and sex were estimated, when there are such pupils.
     */
    Message ageNote(AgeEstimate.Result r, int schools, int schoolsWithAges) {
        if (r.imputedShare() == 0) {
            return null;
        }
        Message note = schoolsWithAges == schools
                ? Message.of("ind.agesEstimatedUnplaced", 100 * r.imputedShare(), r.enrolled() - r.placed())
                : Message.of("ind.agesEstimated", 100 * r.imputedShare(), r.enrolled() - r.placed(),
                        schools - schoolsWithAges, schools);
        return r.borrowed() == 0 ? note : Message.of("ind.agesBorrowed", note, r.borrowed(), in());
    }

    AreaScope scope() {
        return scope;
    }

    String level() {
        return level;
    }

    int year() {
        return year;
    }

    boolean forOneSchool() {
        return scope.area().kind() == org.emisworkbench.model.AreaSelector.Kind.SCHOOL;
    }

    Message where() {
        return scope.area().where();
    }

    /** The area as a place something is in ({@link org.emisworkbench.model.AreaSelector#in}). */
    Message in() {
        return scope.area().in();
    }

    /** A level's name in the reader's language ("primary", "primaire"), never its code. */
    static Message levelName(String level) {
        return switch (level) {
            case "pre_primary", "primary", "lower_secondary", "upper_secondary" -> Message.of("ind.level." + level);
            default -> Message.verbatim(level);
        };
    }

    Coverage coverage(int counted) {
        return new Coverage(counted, scope.expected(), scope.schoolCount());
    }

    /**
     * {@code scale × num / den}, or not available with {@code zeroReason} when the denominator is 0:
     * a missing or zero denominator is never shown as 0.
     */
    IndicatorValue ratio(String id, double scale, double num, double den, int counted, Message zeroReason,
                         Map<String, Breakdown> bySex, Map<String, Breakdown> byGrade, Message note) {
        if (den == 0) {
            return notAvailable(id, zeroReason, num, den, counted, bySex, byGrade);
        }
        return make(id, scale * num / den, true, null, num, den, counted, bySex, byGrade, note);
    }

    /**
     * The adjusted parity index of {@code f} against {@code m} (see {@link Parity}), or not available with
     * {@code zeroReason} when {@code m} is 0. Numerator and denominator carry f and m.
     */
    IndicatorValue parity(String id, double f, double m, int counted, Message zeroReason, Message note) {
        if (m == 0) {
            return notAvailable(id, zeroReason, f, m, counted, null, null);
        }
        return make(id, Parity.adjusted(f, m), true, null, f, m, counted, null, null, note);
    }

    IndicatorValue count(String id, long value, int counted, Map<String, Breakdown> bySex,
                         Map<String, Breakdown> byGrade, Message zeroReason) {
        return count(id, value, counted, bySex, byGrade, zeroReason, null);
    }

    /** As above, with a note (a partial figure says so). */
    IndicatorValue count(String id, long value, int counted, Map<String, Breakdown> bySex,
                         Map<String, Breakdown> byGrade, Message zeroReason, Message note) {
        if (counted == 0) {
            return notAvailable(id, zeroReason, null, null, 0, null, null);
        }
        return make(id, (double) value, true, null, (double) value, null, counted, bySex, byGrade, note);
    }

    IndicatorValue notAvailable(String id, Message reason, Double num, Double den, int counted,
                                Map<String, Breakdown> bySex, Map<String, Breakdown> byGrade) {
        return make(id, null, false, reason, num, den, counted, bySex, byGrade, null);
    }

    IndicatorValue make(String id, Double value, boolean available, Message reason, Double num, Double den,
                        int counted, Map<String, Breakdown> bySex, Map<String, Breakdown> byGrade, Message note) {
        IndicatorDefinition d = IndicatorCatalogue.get(id);
        String lv = id.equals("completeness_pct") ? "all" : level;
        return new IndicatorValue(id, scope.area(), lv, year, d.unit(), value, available, reason, d.formula(), num,
                den, coverage(counted), bySex, byGrade, note, null);
    }

    /** A part (one sex, one grade): not available when its denominator is 0. */
    static Breakdown part(double scale, double num, double den, Message zeroReason) {
        return den == 0 ? Breakdown.notAvailable(zeroReason, num, den) : Breakdown.of(scale * num / den, num, den);
    }

    static Message ages(int from, int to) {
        return from == to ? Message.of("ind.age", from) : Message.of("ind.ages", from, to);
    }
}
