package org.emisworkbench.indicators;

import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.Breakdown;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Sex;

/**
 * Repeaters, pupils with disabilities, over-age pupils, and the flow rates between year t and t+1 with
 * survival.
 */
final class FlowFigures {
    private final ValueMaker out;
    private final LevelTotals t;
    private final Integer nextYear;

    FlowFigures(ValueMaker out, LevelTotals t, Integer nextYear) {
        this.out = out;
        this.t = t;
        this.nextYear = nextYear;
    }

    void addTo(List<IndicatorValue> values) {
        Message repeatersLeftOut = t.repLeftOutSchools == 0 ? null : Message.of("ind.repeatersCellsLeftOut",
                t.repLeftOutPupils, t.repLeftOutSchools, out.in());
        values.add(share("repeaters_pct", 100, t.repR, t.repE, t.repSchools,
                Message.of("ind.noRepeaters", out.in(), t.levelName()), repeatersLeftOut, false));
        IndicatorValue disabled = share("disabled_pct", 100, t.disD, t.disE, t.disSchools,
                Message.of("ind.noDisabled", out.in(), t.levelName()), null, false);
        values.add(disabled);
        values.add(disabledParity(disabled));
        values.add(overAge());
        Message noFlow = flowReason();
        FlowTotals f = t.flow;
        if (noFlow != null) {
            for (String id : List.of("repetition_rate", "promotion_rate", "dropout_rate", "survival_rate_last_grade")) {
                values.add(out.notAvailable(id, noFlow, null, null, f.schools, null, null));
            }
            return;
        }
        // One set of pupils per grade for r, p and d (FlowTotals), each rate saying which units it leaves out.
        Message leftOut = f.leftOutNote(out.in(), out.year(), nextYear, t.shape);
        Message negative = PartialPupils.both(f.negativeNote(t.shape, out.year(), nextYear), leftOut);
        values.add(graded(share("repetition_rate", 1, f.r, f.e, f.schools, noPupils(), leftOut, false), false));
        values.add(graded(share("promotion_rate", 1, f.p, f.e, f.schools, noPupils(), leftOut, true), false));
        long[] dropped = new long[f.e.length];
        for (int i = 0; i < dropped.length; i++) {
            dropped[i] = f.e[i] - f.p[i] - f.r[i];
        }
        values.add(graded(share("dropout_rate", 1, dropped, f.e, f.schools, noPupils(), negative, true), true));
        values.add(survival(negative));
    }

    /** A flow rate whose grades carry their own notes: the units each leaves out, and (dropout) why it is below 0. */
    private IndicatorValue graded(IndicatorValue v, boolean dropout) {
        if (!v.available()) {
            return v;
        }
        FlowTotals f = t.flow;
        Map<String, Breakdown> byGrade = new LinkedHashMap<>();
        for (int slot : t.slots) {
            String code = t.shape.code[slot];
            int[] one = {slot};
            Message note = f.leftOutNote(out.in(), out.year(), nextYear, t.shape, one);
            if (dropout) {
                note = PartialPupils.both(f.negativeNote(t.shape, out.year(), nextYear, one), note);
            }
            Breakdown b = v.byGrade().get(code);
            byGrade.put(code, note == null || b == null ? b : b.withCaveat(note));
        }
        return new IndicatorValue(v.id(), v.area(), v.level(), v.year(), v.unit(), v.value(), v.available(), v.why(),
                v.formula(), v.numerator(), v.denominator(), v.coverage(), v.bySex(), byGrade, v.caveat(),
                v.imputedShare());
    }

    /**
     * The adjusted parity of the share of girls with disabilities (F) against that of boys (M), from the same
     * breakdowns by sex as {@code disabled_pct}; not available where the shares are not.
     */
    private IndicatorValue disabledParity(IndicatorValue disabled) {
        if (!disabled.available()) {
            return out.notAvailable("gpi_disabled_pct", disabled.why(), null, null, disabled.coverage().counted(),
                    null, null);
        }
        Breakdown f = disabled.bySex().get(Sex.F.code());
        Breakdown m = disabled.bySex().get(Sex.M.code());
        if (f == null || !f.available() || m == null || !m.available()) {
            Breakdown missing = f == null || !f.available() ? f : m;
            return out.notAvailable("gpi_disabled_pct", missing == null ? null : missing.why(), null, null,
                    disabled.coverage().counted(), null, null);
        }
        return out.parity("gpi_disabled_pct", f.value(), m.value(), disabled.coverage().counted(),
                Message.of("ind.noDisabledBoys", out.in(), t.levelName()), null);
    }

    private Message flowReason() {
        if (nextYear == null) {
            return Message.of("ind.noNextYear", out.year() + 1);
        }
        if (t.flow.schools == 0) {
            return Message.of("ind.noFlowSchools", out.in(), out.year(), nextYear);
        }
        return null;
    }

    private Message noPupils() {
        return Message.of("ind.noFlowPupils", out.year(), out.in(), nextYear);
    }

    /**
     * Σ num / Σ den over the level's grades, with per-grade and per-sex parts. With {@code beforeLast}
     * the last grade is left out: promotion out of it needs graduates, which returns do not give.
     */
    private IndicatorValue share(String id, double scale, long[] num, long[] den, int counted, Message none,
                                 Message note, boolean beforeLast) {
        return share(id, scale, doubles(num), doubles(den), counted, none, note, beforeLast);
    }

    /**
     * Over-age pupils among all pupils of the level, those of unknown age estimated from the ages
     * reported in the same grade, sex and district ({@link AgeEstimate}); not published when too few
     * ages are known.
     */
    private IndicatorValue overAge() {
        AgeEstimate.Result r = t.ages.estimate(AgeEstimate.Target.OVER_AGE, t.slots);
        Message problem = out.ageProblem(r, t.ageSchools, t.shape);
        if (problem != null) {
            return out.notAvailable("overage_pct", problem, null, null, t.ageSchools, null, null);
        }
        IndicatorValue v = share("overage_pct", 100, r.estimate(), doubles(t.enrol), t.enrolSchools,
                Message.of("ind.noEnrolment", out.in(), t.levelName()),
                out.ageNote(r, t.enrolSchools, t.ageSchools), false);
        return v.available() ? v.withImputedShare(r.imputedShare()) : v;
    }

    private static double[] doubles(long[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i];
        }
        return d;
    }

    private double at(double[] a, int slot, Sex sex) {
        return sex != null ? a[SchoolFigures.index(sex, slot, t.n)]
                : a[SchoolFigures.index(Sex.F, slot, t.n)] + a[SchoolFigures.index(Sex.M, slot, t.n)];
    }

    private IndicatorValue share(String id, double scale, double[] num, double[] den, int counted, Message none,
                                 Message note, boolean beforeLast) {
        if (counted == 0) {
            return out.notAvailable(id, none, null, null, 0, null, null);
        }
        Map<String, Breakdown> byGrade = new LinkedHashMap<>();
        double[] sexNum = new double[2];
        double[] sexDen = new double[2];
        for (int k = 0; k < t.slots.length; k++) {
            int slot = t.slots[k];
            String code = t.shape.code[slot];
            if (beforeLast && k == t.slots.length - 1) {
                byGrade.put(code, Breakdown.notAvailable(Message.of("ind.lastGrade", t.levelName()), null, null));
                continue;
            }
            for (Sex sex : Sex.values()) {
                sexNum[sex.ordinal()] += at(num, slot, sex);
                sexDen[sex.ordinal()] += at(den, slot, sex);
            }
            byGrade.put(code, ValueMaker.part(scale, at(num, slot, null), at(den, slot, null),
                    Message.of("ind.noPupilsInGrade", code, out.in())));
        }
        Map<String, Breakdown> bySex = new LinkedHashMap<>();
        for (Sex sex : Sex.values()) {
            bySex.put(sex.code(), ValueMaker.part(scale, sexNum[sex.ordinal()], sexDen[sex.ordinal()],
                    Message.of(sex == Sex.F ? "ind.noGirlsCounted" : "ind.noBoysCounted", out.in())));
        }
        return out.ratio(id, scale, sexNum[0] + sexNum[1], sexDen[0] + sexDen[1], counted, none, bySex, byGrade,
                note);
    }

    /**
     * Survival to the last grade by the reconstructed cohort ({@link Cohort}) from the same rates as published
     * (the same units per grade), with their note; per grade: reach.
     */
    private IndicatorValue survival(Message note) {
        FlowTotals f = t.flow;
        int grades = t.slots.length;
        if (grades < 2) {
            return out.notAvailable("survival_rate_last_grade", Message.of("ind.singleGrade", t.levelName()), null, null,
                    f.schools, null, null);
        }
        double[] p = new double[grades - 1];
        double[] r = new double[grades - 1];
        for (int k = 0; k < grades - 1; k++) {
            int slot = t.slots[k];
            long e = f.at(f.e, slot, null);
            if (e == 0) {
                return out.notAvailable("survival_rate_last_grade", Message.of("ind.noPromotionRate",
                        t.shape.code[slot], out.in()), null, null, f.schools, null, null);
            }
            p[k] = (double) f.at(f.p, slot, null) / e;
            r[k] = (double) f.at(f.r, slot, null) / e;
        }
        double[] reach = Cohort.reach(p, r);
        Map<String, Breakdown> byGrade = new LinkedHashMap<>();
        for (int k = 0; k < grades; k++) {
            byGrade.put(t.shape.code[t.slots[k]], Breakdown.of(100 * reach[k] / Cohort.COHORT, reach[k], Cohort.COHORT));
        }
        return out.ratio("survival_rate_last_grade", 100, reach[grades - 1], Cohort.COHORT, f.schools, null,
                null, byGrade, note);
    }
}
