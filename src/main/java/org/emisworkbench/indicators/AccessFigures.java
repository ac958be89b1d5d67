package org.emisworkbench.indicators;

import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.Breakdown;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Sex;

/** Enrolment, enrolment ratios, intake and their parity indices. */
final class AccessFigures {
    private final ValueMaker out;
    private final LevelTotals t;
    private final PopulationTable population;

    AccessFigures(ValueMaker out, LevelTotals t, PopulationTable population) {
        this.out = out;
        this.t = t;
        this.population = population;
    }

    void addTo(List<IndicatorValue> values) {
        Message noEnrol = Message.of("ind.noEnrolment", out.in(), t.levelName());
        // A school giving one sex only in some grade (its other sex is missing there, not 0 pupils), cells found in
        // the returns but not readable (a formula error, a word): every figure built on these pupils says so.
        Message oneSex = t.enrolPartial.note(out.in());
        // Pupils of grades past primary at primary schools: counted by their pupils per teacher, not here; said here.
        Message pastPrimary = !"primary".equals(t.level) || t.pastLevel.schools() == 0 ? null
                : Message.of(out.forOneSchool() ? "ind.pastPrimaryOne" : "ind.pastPrimary", t.pastLevel.pupils(),
                        t.slots.length, t.pastLevel.schools(), out.forOneSchool() ? out.where() : out.in());
        values.add(out.count("enrolment_total", t.enrolment(null), t.enrolSchools, enrolmentBySex(),
                enrolmentByGrade(null), noEnrol, PartialPupils.both(oneSex, pastPrimary)));
        values.add(out.count("enrolment_female", t.enrolment(Sex.F), t.enrolSchoolsBySex[Sex.F.ordinal()], null,
                enrolmentByGrade(Sex.F), Message.of("ind.noGirlsEnrolment", out.in(), t.levelName()), oneSex));
        values.add(out.count("enrolment_male", t.enrolment(Sex.M), t.enrolSchoolsBySex[Sex.M.ordinal()], null,
                enrolmentByGrade(Sex.M), Message.of("ind.noBoysEnrolment", out.in(), t.levelName()), oneSex));
        if (t.enrolSchools == 0) {
            values.add(out.notAvailable("gpi_enrolment", noEnrol, null, null, 0, null, null));
        } else if (t.pairedSchools == 0) {
            values.add(out.notAvailable("gpi_enrolment", Message.of("ind.noBothSexes", out.in(), t.levelName()),
                    null, null, 0, null, null));
        } else {
            // Girls and boys of the grades each school gives for both sexes (docs/indicators.md, "Blanks are
            // not zeros"): a school missing its girls is left out of both, not read as having none.
            values.add(out.parity("gpi_enrolment", t.paired[Sex.F.ordinal()], t.paired[Sex.M.ordinal()],
                    t.pairedSchools, Message.of("ind.noBoys", t.levelName(), out.in()), oneSex));
        }
        int low = t.shape.lowAge(t.level);
        int high = t.shape.highAge(t.level);
        IndicatorValue ger = enrolmentRatio("ger", t.enrolment(Sex.F), t.enrolment(Sex.M), t.enrolSchools, low,
                high, noEnrol, oneSex);
        values.add(ger);
        IndicatorValue ner = ner(low, high);
        values.add(ner);
        int entrance = t.shape.officialAge[t.slots[0]];
        String first = t.shape.code[t.slots[0]];
        values.add(enrolmentRatio("gir", t.entrants[0], t.entrants[1], t.entrantSchools, entrance, entrance,
                Message.of("ind.noEntrants", out.in(), first), null));
        values.add(gpiOf("gpi_ger", ger));
        values.add(gpiOf("gpi_ner", ner));
    }

    /**
     * Pupils of the official age group, those of unknown age estimated from the ages reported in the
     * same grade, sex and district ({@link AgeEstimate}); not published when too few ages are known.
     */
    private IndicatorValue ner(int low, int high) {
        AgeEstimate.Result r = t.ages.estimate(AgeEstimate.Target.OFFICIAL_AGE, t.slots);
        Message problem = out.ageProblem(r, t.ageSchools, t.shape);
        if (problem != null) {
            return out.notAvailable("ner", problem, null, null, t.ageSchools, null, null);
        }
        double[] bySex = new double[2];
        for (int slot : t.slots) {
            for (Sex sex : Sex.values()) {
                bySex[sex.ordinal()] += r.estimate()[SchoolFigures.index(sex, slot, t.n)];
            }
        }
        IndicatorValue ner = enrolmentRatio("ner", bySex[Sex.F.ordinal()], bySex[Sex.M.ordinal()], t.enrolSchools,
                low, high, Message.of("ind.noEnrolment", out.in(), t.levelName()),
                PartialPupils.both(t.enrolPartial.note(out.in()), out.ageNote(r, t.enrolSchools, t.ageSchools)));
        return ner.available() ? ner.withImputedShare(r.imputedShare()) : ner;
    }

    /** E / P(ages from..to) × 100, with girls' and boys' figures as breakdowns. */
    private IndicatorValue enrolmentRatio(String id, double girls, double boys, int counted, int from, int to,
                                          Message noPupils, Message note) {
        AreaScope scope = out.scope();
        if (scope.populationAreas() == null) {
            return out.notAvailable(id, scope.populationReason(), girls + boys, null, counted, null, null);
        }
        List<String> areas = scope.populationAreas();
        Long all = population.sum(areas, null, from, to);
        if (all == null) {
            return out.notAvailable(id, missingPopulation(areas, from, to), girls + boys, null, counted, null,
                    null);
        }
        if (counted == 0) {
            return out.notAvailable(id, noPupils, null, (double) all, 0, null, null);
        }
        Message zero = Message.of("ind.zeroPopulation", ValueMaker.ages(from, to), out.in());
        Map<String, Breakdown> bySex = new LinkedHashMap<>();
        bySex.put("F", ValueMaker.part(100, girls, population.sum(areas, Sex.F, from, to),
                Message.of("ind.zeroPopulationGirls", ValueMaker.ages(from, to), out.in())));
        bySex.put("M", ValueMaker.part(100, boys, population.sum(areas, Sex.M, from, to),
                Message.of("ind.zeroPopulationBoys", ValueMaker.ages(from, to), out.in())));
        return out.ratio(id, 100, girls + boys, all, counted, zero, bySex, null, note);
    }

    private Message missingPopulation(List<String> areas, int from, int to) {
        if (population.isEmpty()) {
            return Message.of("ind.noPopulationYear", out.year());
        }
        List<String> lacking = population.lacking(areas, from, to);
        Message names = fiveAndMore(lacking);
        if (areas.stream().noneMatch(population::has)) {
            // None of the areas asked for is held at all, while others are: the schools' districts and the
            // population's areas are most likely written differently (names against codes, review 29), so say
            // what is held.
            return Message.of("ind.noPopulationHeld", ValueMaker.ages(from, to), names, out.year(),
                    fiveAndMore(population.areas()));
        }
        return Message.of("ind.noPopulation", ValueMaker.ages(from, to), names);
    }

    private static Message fiveAndMore(List<String> areas) {
        return areas.size() <= 5 ? Message.verbatim(String.join(", ", areas))
                : Message.of("ind.andMoreDistricts", String.join(", ", areas.subList(0, 5)), areas.size() - 5);
    }

    /** The adjusted parity index of girls' figure against boys' of an indicator computed with breakdowns by sex. */
    private IndicatorValue gpiOf(String id, IndicatorValue base) {
        Breakdown f = base.bySex().get("F");
        Breakdown m = base.bySex().get("M");
        int counted = base.coverage().counted();
        if (f == null || m == null || !f.available() || !m.available()) {
            Message reason = base.available() || base.why() == null
                    ? Message.of("ind.noSexFigure", base.id().toUpperCase(java.util.Locale.ROOT))
                    : base.why();
            return out.notAvailable(id, reason, f == null ? null : f.value(), m == null ? null : m.value(), counted,
                    null, null);
        }
        IndicatorValue parity = out.parity(id, f.value(), m.value(), counted,
                Message.of("ind.zeroBoysFigure", base.id().toUpperCase(java.util.Locale.ROOT), out.in()),
                base.caveat());
        return parity.available() ? parity.withImputedShare(base.imputedShare()) : parity;
    }

    private Map<String, Breakdown> enrolmentBySex() {
        Map<String, Breakdown> m = new LinkedHashMap<>();
        for (Sex sex : Sex.values()) {
            long v = t.enrolment(sex);
            m.put(sex.code(), new Breakdown((double) v, (double) v, null, true, null));
        }
        return m;
    }

    private Map<String, Breakdown> enrolmentByGrade(Sex sex) {
        Map<String, Breakdown> m = new LinkedHashMap<>();
        for (int slot : t.slots) {
            long v = t.at(t.enrol, slot, sex);
            int schools = sex != null ? t.enrolSchoolsAt[SchoolFigures.index(sex, slot, t.n)]
                    : t.enrolSchoolsAt[SchoolFigures.index(Sex.F, slot, t.n)]
                    + t.enrolSchoolsAt[SchoolFigures.index(Sex.M, slot, t.n)];
            // A grade (of a sex) no school gives is missing, not 0 pupils.
            m.put(t.shape.code[slot], schools == 0
                    ? Breakdown.notAvailable(Message.of("ind.noGradeEnrolment", out.in(), t.shape.code[slot]), null, null)
                    : new Breakdown((double) v, (double) v, null, true, null));
        }
        return m;
    }
}
