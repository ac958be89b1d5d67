package org.emisworkbench.indicators;

import org.emisworkbench.model.Texts;
import org.emisworkbench.model.Unit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every indicator the calculator computes, in the order reports print them. E = enrolment, R =
 * repeaters, P = population, g = grade, t = census year; "level" is the education level asked for.
 */
public final class IndicatorCatalogue {
    private static final String TITLES = "i18n.indicators";
    private static final String RETURNS = "school returns";
    private static final String RETURNS_POP = "school returns; population by district, age and sex";
    private static final String ADJUSTED = ": F / M when F ≤ M, else 2 − M / F";
    private static final String TWO_YEARS = "school returns of years t and t+1 (same schools both years)";

    private static final List<IndicatorDefinition> ALL = List.of(
            def("enrolment_total", "E(level)", "pupils enrolled in the level's grades", "none", RETURNS, Unit.COUNT, true, true),
            def("enrolment_female", "E(level, girls)", "girls enrolled in the level's grades", "none", RETURNS, Unit.COUNT, true, false),
            def("enrolment_male", "E(level, boys)", "boys enrolled in the level's grades", "none", RETURNS, Unit.COUNT, true, false),
            def("gpi_enrolment", "adjusted parity of F = E(level, girls) and M = E(level, boys)" + ADJUSTED, "girls enrolled",
                    "boys enrolled", RETURNS, Unit.INDEX, false, false),
            def("ger", "E(level, any age) / P(official age group of level) × 100", "pupils enrolled in the level, any age",
                    "population of the level's official age group", RETURNS_POP, Unit.PERCENT, false, true),
            def("ner", "E(official age group, in level) / P(official age group) × 100",
                    "pupils of the official age group enrolled in the level (pupils of unknown age estimated from"
                            + " those of known age, same grade, sex and district)",
                    "population of the level's official age group", RETURNS_POP, Unit.PERCENT, false, true),
            def("gir", "new entrants to the level's first grade (any age) / P(official entrance age) × 100",
                    "new entrants to the first grade", "population of the official entrance age", RETURNS_POP,
                    Unit.PERCENT, false, true),
            def("gpi_ger", "adjusted parity of F = GER(girls) and M = GER(boys)" + ADJUSTED, "GER of girls", "GER of boys",
                    RETURNS_POP, Unit.INDEX, false, false),
            def("gpi_ner", "adjusted parity of F = NER(girls) and M = NER(boys)" + ADJUSTED, "NER of girls", "NER of boys",
                    RETURNS_POP, Unit.INDEX, false, false),
            def("pupil_teacher_ratio", "pupils / teachers (head count), schools of the level", "pupils of the schools",
                    "teachers (head count) of the same schools", RETURNS, Unit.RATIO, false, false),
            def("lpi_pupil_teacher_ratio", "adjusted parity of F = PTR(rural schools) and M = PTR(urban schools)" + ADJUSTED,
                    "pupil-teacher ratio of the level's rural schools",
                    "pupil-teacher ratio of the level's urban schools", RETURNS, Unit.INDEX, false, false),
            def("pupil_qualified_teacher_ratio", "pupils / qualified teachers, schools of the level",
                    "pupils of the schools", "qualified teachers of the same schools", RETURNS, Unit.RATIO, false,
                    false),
            def("qualified_teachers_pct", "qualified teachers / teachers × 100 (SDG 4.c.1: minimum required qualifications)", "qualified teachers",
                    "teachers of the schools reporting qualification", RETURNS, Unit.PERCENT,
                    false, true),
            def("trained_teachers_pct", "trained teachers / teachers × 100 (SDG 4.c: pedagogical training)", "trained teachers",
                    "teachers of the schools reporting training", RETURNS, Unit.PERCENT, false, true),
            def("female_teachers_pct", "female teachers / teachers × 100", "female teachers", "teachers (women and men)", RETURNS,
                    Unit.PERCENT, false, false),
            def("pupil_classroom_ratio_usable", "pupils / classrooms in good or fair condition", "pupils of the schools",
                    "classrooms in good + fair condition", RETURNS, Unit.RATIO, false, false),
            def("repeaters_pct", "R(g,t) / E(g,t) × 100",
                    "repeaters in the level's grades", "pupils enrolled in the same grades", RETURNS, Unit.PERCENT,
                    true, true),
            def("disabled_pct", "D(g,t) / E(g,t) × 100, schools reporting pupils with disabilities",
                    "pupils with disabilities in the level's grades",
                    "pupils enrolled in the same grades and sexes of the schools reporting pupils with disabilities",
                    RETURNS, Unit.PERCENT, true, true),
            def("gpi_disabled_pct", "adjusted parity of F = share of girls with disabilities and M = share of boys"
                            + " with disabilities" + ADJUSTED, "share of girls enrolled who have disabilities (%)",
                    "share of boys enrolled who have disabilities (%)", RETURNS, Unit.INDEX, false, false),
            def("overage_pct", "pupils 2+ years above their grade's official age / pupils enrolled × 100",
                    "pupils at least 2 years older than the grade's official age (pupils of unknown age estimated"
                            + " from those of known age, same grade, sex and district)",
                    "pupils enrolled in the level's grades", RETURNS, Unit.PERCENT, true, true),
            def("repetition_rate", "r(g,t) = R(g,t+1) / E(g,t)",
                    "repeaters of grade g in year t+1", "enrolment of grade g in year t", TWO_YEARS, Unit.RATIO,
                    true, true),
            def("promotion_rate", "p(g,t) = [E(g+1,t+1) − R(g+1,t+1)] / E(g,t)",
                    "non-repeaters of grade g+1 in year t+1", "enrolment of grade g in year t", TWO_YEARS,
                    Unit.RATIO, true, true),
            def("dropout_rate", "d(g,t) = 1 − p(g,t) − r(g,t)",
                    "E(g,t) − promotees − repeaters", "enrolment of grade g in year t", TWO_YEARS, Unit.RATIO,
                    true, true),
            def("survival_rate_last_grade", "reconstructed cohort of 1000 pupils entering the first grade, flowed with p(g,t) and r(g,t)"
                            + " (at most " + Cohort.MAX_REPEATS + " repetitions of a grade) × 100",
                    "cohort pupils reaching the last grade", "1000 pupils entering the first grade", TWO_YEARS,
                    Unit.PERCENT, false, false),
            facility("schools_with_electricity_pct", "electricity"),
            facility("schools_with_internet_pct", "internet for teaching"),
            facility("schools_with_computers_pct", "computers for teaching"),
            facility("schools_with_adapted_infrastructure_pct", "adapted infrastructure and materials"),
            facility("schools_with_water_pct", "drinking water"),
            def("schools_with_single_sex_toilets_pct", "schools with girls' and boys' toilets / schools reporting toilets × 100",
                    "schools with toilets_girls > 0 and toilets_boys > 0",
                    "schools reporting any toilets (girls, boys or mixed)", RETURNS, Unit.PERCENT, false, false),
            facility("schools_with_handwashing_pct", "handwashing facilities"),
            def("completeness_pct", "returns received / schools expected × 100", "schools of the master list with a return",
                    "schools of the master list", "school returns; master list", Unit.PERCENT, false, false));

    /**
     * The key indicators shown by locality and by ownership (the district summary's equity tables, the
     * Indicators screen's "By" choice): those a group of schools can have without population figures or the
     * master list, which are not kept by group.
     */
    private static final List<String> BY_GROUP = List.of("enrolment_total", "gpi_enrolment", "pupil_teacher_ratio",
            "pupil_qualified_teacher_ratio", "qualified_teachers_pct", "trained_teachers_pct", "female_teachers_pct",
            "pupil_classroom_ratio_usable", "repeaters_pct", "disabled_pct", "gpi_disabled_pct", "overage_pct",
            "dropout_rate",
            "schools_with_electricity_pct", "schools_with_water_pct", "schools_with_single_sex_toilets_pct",
            "schools_with_handwashing_pct");

    /**
     * The indicators that mean something for one school (the Schools screen): its pupils, their parity,
     * repetition, disabilities and ages, its staff and rooms, and its flows. Not those that need the population
     * (GER, NER, GIR: a school has no catchment population), the master list, nor shares of schools (a school
     * has electricity or not: that is a figure of its return, not an indicator).
     */
    private static final List<String> FOR_SCHOOL = List.of("enrolment_total", "enrolment_female", "enrolment_male",
            "gpi_enrolment", "pupil_teacher_ratio", "pupil_qualified_teacher_ratio", "qualified_teachers_pct",
            "trained_teachers_pct", "female_teachers_pct", "pupil_classroom_ratio_usable", "repeaters_pct",
            "disabled_pct", "gpi_disabled_pct", "overage_pct", "repetition_rate", "promotion_rate", "dropout_rate");

    private static final Map<String, IndicatorDefinition> BY_ID = new LinkedHashMap<>();

    static {
        ALL.forEach(d -> BY_ID.put(d.id(), d));
    }

    private IndicatorCatalogue() {
    }

    /** The titles are data, in {@code i18n/indicators*.properties}, one file per language. */
    private static IndicatorDefinition def(String id, String formula, String num, String den,
                                           String source, Unit unit, boolean perGrade, boolean bySex) {
        return new IndicatorDefinition(id, Texts.fromBundle(TITLES, id), formula, num, den, source, unit, perGrade,
                bySex);
    }

    /**
     * SDG 4.a.1: schools with a facility among the schools that answer the question (a blank is left out,
     * never counted as "no").
     */
    private static IndicatorDefinition facility(String id, String what) {
        return def(id, "schools with " + what + " / schools answering the " + what + " question × 100",
                "schools reporting " + what + " (yes, or a count above 0)",
                "schools of the level answering the " + what + " question", RETURNS, Unit.PERCENT, false, false);
    }

    /** Every definition, in report order. */
    public static List<IndicatorDefinition> all() {
        return ALL;
    }

    /** The ids of the key indicators shown by locality and ownership, in report order. */
    public static List<String> byGroup() {
        return BY_GROUP;
    }

    /** The ids of the indicators shown for one school, in report order. */
    public static List<String> forSchool() {
        return FOR_SCHOOL;
    }

    public static Optional<IndicatorDefinition> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    static IndicatorDefinition get(String id) {
        IndicatorDefinition d = BY_ID.get(id);
        if (d == null) {
            throw new IllegalArgumentException("No indicator " + id);
        }
        return d;
    }
}
