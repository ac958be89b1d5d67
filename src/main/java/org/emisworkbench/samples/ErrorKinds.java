package org.emisworkbench.samples;

import static org.emisworkbench.samples.Lumeria.Layout.GRID_ALT;
import static org.emisworkbench.samples.Lumeria.Layout.GRID_MF;
import static org.emisworkbench.samples.Lumeria.Layout.ROSTER;
import static org.emisworkbench.samples.Lumeria.Layout.WIDE;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The contract's planted error kinds, in contract order, with the layouts each can be planted in. */
final class ErrorKinds {
    static final String MISSING_RETURN = "missing_return";
    static final String TEXT_IN_NUMBER = "text_in_number";
    static final String NEGATIVE_COUNT = "negative_count";
    static final String FRACTIONAL_COUNT = "fractional_count";
    static final String FORMULA_ERROR = "formula_error";
    static final String UNKNOWN_CODE = "unknown_code";
    static final String BLANK_KEY = "blank_key";
    static final String MISSING_REQUIRED = "missing_required";
    static final String TOTAL_MISMATCH = "total_mismatch";
    static final String REPEATERS_EXCEED = "repeaters_exceed_enrolment";
    static final String NEW_ENTRANTS_EXCEED = "new_entrants_exceed_enrolment";
    static final String AGE_IMPLAUSIBLE = "age_implausible";
    static final String PTR = "ptr_out_of_bounds";
    static final String PCR = "pcr_out_of_bounds";
    static final String TEACHERS_NO_PUPILS = "teachers_no_pupils";
    static final String COHORT = "cohort_implausible";
    static final String ENROLMENT_CHANGE = "enrolment_change";
    static final String GIRLS_SHARE = "girls_share_extreme";
    static final String DUPLICATE_SCHOOL = "duplicate_school";
    static final String IDENTICAL_RETURNS = "identical_returns";
    static final String OUTLIER = "outlier";
    /** A school's point in the master list: at (0, 0), swapped, or outside its district (planted by {@link Geography}). */
    static final String LOCATION = "location";

    private static final List<Lumeria.Layout> ALL = List.of(WIDE, GRID_MF, GRID_ALT, ROSTER);
    private static final List<Lumeria.Layout> AGGREGATE = List.of(WIDE, GRID_MF, GRID_ALT);

    /** Kind -> layouts it is planted in, in contract order. */
    static final Map<String, List<Lumeria.Layout>> LAYOUTS = layouts();

    static final List<String> ALL_KINDS = List.copyOf(LAYOUTS.keySet());

    /** Every kind of the answer key: the kinds planted in returns, then the location errors of the master list. */
    static final List<String> KEY_KINDS = java.util.stream.Stream.concat(ALL_KINDS.stream(), java.util.stream.Stream.of(
            LOCATION)).toList();

    private ErrorKinds() {
    }

    private static Map<String, List<Lumeria.Layout>> layouts() {
        Map<String, List<Lumeria.Layout>> m = new LinkedHashMap<>();
        m.put(MISSING_RETURN, ALL);
        m.put(TEXT_IN_NUMBER, ALL);
        m.put(NEGATIVE_COUNT, ALL);
        m.put(FRACTIONAL_COUNT, ALL);
        m.put(FORMULA_ERROR, ALL);
        m.put(UNKNOWN_CODE, ALL);
        m.put(BLANK_KEY, List.of(WIDE));
        m.put(MISSING_REQUIRED, ALL);
        m.put(TOTAL_MISMATCH, List.of(GRID_MF, GRID_ALT));
        m.put(REPEATERS_EXCEED, AGGREGATE);
        m.put(NEW_ENTRANTS_EXCEED, AGGREGATE);
        m.put(AGE_IMPLAUSIBLE, List.of(GRID_MF, GRID_ALT, ROSTER));
        m.put(PTR, AGGREGATE);
        m.put(PCR, ALL);
        m.put(TEACHERS_NO_PUPILS, AGGREGATE);
        m.put(COHORT, AGGREGATE);
        m.put(ENROLMENT_CHANGE, AGGREGATE);
        m.put(GIRLS_SHARE, AGGREGATE);
        m.put(DUPLICATE_SCHOOL, List.of(WIDE));
        m.put(IDENTICAL_RETURNS, AGGREGATE);
        m.put(OUTLIER, AGGREGATE);
        return Collections.unmodifiableMap(m);
    }

    static boolean only2025(String kind) {
        return kind.equals(COHORT) || kind.equals(ENROLMENT_CHANGE);
    }

    /** Kinds that change the school's total enrolment a lot (or leave it without a return). */
    static boolean changesSize(String kind) {
        return kind.equals(OUTLIER) || kind.equals(ENROLMENT_CHANGE) || kind.equals(TEACHERS_NO_PUPILS)
                || kind.equals(MISSING_RETURN);
    }

    /** Whether the school's figures allow the kind (e.g. a G1 for new entrants, enough pupils for ratios). */
    static boolean fits(String kind, SchoolProfile s, SchoolYear y) {
        return switch (kind) {
            case NEW_ENTRANTS_EXCEED -> s.offers(1);
            case AGE_IMPLAUSIBLE -> s.layout() == ROSTER ? s.offers(2) : true;
            case PTR -> y.total() > 120;
            case PCR -> y.total() > 140;
            default -> true;
        };
    }

    /** The grade a kind bends: the second grade offered, so a cohort predecessor exists. */
    static int workGrade(SchoolProfile s) {
        return Lumeria.firstGrade(s.level()) + 2;
    }
}
