package org.emisworkbench.indicators;

import java.util.Map;
import org.emisworkbench.model.Message;

/** Builds the values of one area, level and year, with the not-available rule in one place. */
final class ValueMaker {
    private final AreaScope scope;
    private final String level;
    private final int year;

    ValueMaker(AreaScope scope, String level, int year) {
        this.scope = scope;
        this.level = level;
        this.year = year;
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

    Message where() {
        return scope.area().where();
    }

    Coverage coverage(int counted) {
        return new Coverage(counted, scope.expected(), scope.schools().size());
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
        if (counted == 0) {
            return notAvailable(id, zeroReason, null, null, 0, null, null);
        }
        return make(id, (double) value, true, null, (double) value, null, counted, bySex, byGrade, null);
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
                den, coverage(counted), bySex, byGrade, note);
    }

    /** A part (one sex, one grade): not available when its denominator is 0. */
    static Breakdown part(double scale, double num, double den, Message zeroReason) {
        return den == 0 ? Breakdown.notAvailable(zeroReason, num, den) : Breakdown.of(scale * num / den, num, den);
    }

    static Message ages(int from, int to) {
        return from == to ? Message.of("ind.age", from) : Message.of("ind.ages", from, to);
    }
}
