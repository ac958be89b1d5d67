package org.emisworkbench.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.emisworkbench.model.AreaSelector;
import org.emisworkbench.model.Breakdown;
import org.emisworkbench.indicators.IndicatorCalculator;
import org.emisworkbench.indicators.IndicatorCatalogue;
import org.emisworkbench.indicators.IndicatorDefinition;
import org.emisworkbench.indicators.IndicatorInputs;
import org.emisworkbench.indicators.IndicatorInputsLoader;
import org.emisworkbench.indicators.IndicatorsByDistrict;
import org.emisworkbench.model.IndicatorSettings;
import org.emisworkbench.model.SchoolGroup;
import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.CoreText;
import org.emisworkbench.model.Localized;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.SchoolListing;
import org.emisworkbench.store.CensusLoader;

/**
 * Indicators of a census year for a school, district, region or the country, from the stored returns: as
 * values with their workings (the command line writes them as JSON or CSV) or as rows in words (the
 * window's table).
 */
public final class IndicatorService {
    private final Workbench workbench;

    IndicatorService(Workbench workbench) {
        this.workbench = workbench;
    }

    /** Every indicator of the catalogue for one area; {@code level} null for primary. */
    public List<IndicatorValue> compute(int year, AreaSelector area, String level) {
        return compute(year, area, level, IndicatorSettings.DEFAULT);
    }

    /** The same, with a ministry's own publication settings (the share of known ages NER needs…). */
    public List<IndicatorValue> compute(int year, AreaSelector area, String level, IndicatorSettings settings) {
        if (area.kind() == AreaSelector.Kind.COUNTRY) {
            return byDistrict(year, level, settings).country();
        }
        // One school's figures need only its district's returns (flow rates: the same school next year), so a
        // school chosen on the Schools screen of a national census does not read the whole country.
        IndicatorInputs in = inputs(year, area.kind() == AreaSelector.Kind.SCHOOL ? districtOf(year, area.code())
                : null);
        if (area.kind() == AreaSelector.Kind.DISTRICT && in.schoolCount() > 0 && in.districts().stream()
                .noneMatch(d -> d.equalsIgnoreCase(area.code()))) {
            // A district neither the returns nor the master list name (a typo): refused as the summary refuses
            // it, naming those they do, rather than a table of "no school in XYZ reports…".
            throw Summaries.noDistrict(area.code(), year, in.districts());
        }
        try {
            return IndicatorCalculator.compute(in, area, level, settings);
        } catch (IllegalArgumentException e) {
            throw new ServiceException(e instanceof Localized l ? l.message() : Message.of("error.sentence", e.getMessage()), e);
        }
    }

    /** Every indicator for the schools of each locality or ownership of an area, keyed by group. */
    public Map<String, List<IndicatorValue>> computeByGroup(int year, AreaSelector area, String level,
                                                            IndicatorSettings settings, SchoolGroup by) {
        IndicatorInputs in = inputs(year, null);
        try {
            return IndicatorCalculator.computeByGroup(in, area, level, settings, by);
        } catch (IllegalArgumentException e) {
            throw new ServiceException(e instanceof Localized l ? l.message() : Message.of("error.sentence", e.getMessage()), e);
        }
    }

    /**
     * Every indicator for every area of a kind (all districts…). Districts, regions and the country are read
     * one district at a time ({@link IndicatorsByDistrict}); schools need the inputs of the country, loaded once.
     */
    public Map<String, List<IndicatorValue>> computeAll(int year, AreaSelector.Kind kind, String level) {
        if (kind != AreaSelector.Kind.SCHOOL) {
            IndicatorsByDistrict.Result all = byDistrict(year, level, IndicatorSettings.DEFAULT);
            return switch (kind) {
                case DISTRICT -> all.districts();
                case REGION -> all.regions();
                default -> Map.of("country", all.country());
            };
        }
        IndicatorInputs in = inputs(year, null);
        try {
            return IndicatorCalculator.computeAll(in, kind, level);
        } catch (IllegalArgumentException e) {
            throw new ServiceException(e instanceof Localized l ? l.message() : Message.of("error.sentence", e.getMessage()), e);
        }
    }

    /**
     * One indicator for one area.
     *
     * @param value    null when not available ({@code reason} says why)
     * @param coverage "12 of 15 schools expected (master list)"
     * @param bySex    girls' ("F") and boys' ("M") figures, each with its numerator and denominator, where the
     *                 indicator has them
     * @param note     a caveat on the figure (e.g. the share of it that is estimated), or null
     * @param imputedShare the share (0–1) of the figure that is estimated, null when nothing can be estimated
     * @param group    the locality or ownership code of the schools counted ("rural", "public"…, "unknown" for
     *                 those that do not say); null for all the area's schools
     */
    public record Row(String id, String title, String unit, Double value, boolean available, String reason,
                      String formula, String numeratorText, Double numerator, String denominatorText,
                      Double denominator, String coverage, Double coverageShare, String note,
                      Map<String, Breakdown> bySex, Double imputedShare, String group) {
        /** A row for all the area's schools. */
        public Row(String id, String title, String unit, Double value, boolean available, String reason,
                   String formula, String numeratorText, Double numerator, String denominatorText,
                   Double denominator, String coverage, Double coverageShare, String note,
                   Map<String, Breakdown> bySex, Double imputedShare) {
            this(id, title, unit, value, available, reason, formula, numeratorText, numerator, denominatorText,
                    denominator, coverage, coverageShare, note, bySex, imputedShare, null);
        }
    }

    /** District codes with returns in {@code year}, sorted. */
    public List<String> districts(int year) {
        return new TreeSet<>(workbench.schools(year, null).stream().map(SchoolListing::district)
                .filter(d -> d != null && !d.isBlank()).toList()).stream().toList();
    }

    /** Education levels of the workspace's grade system, in order. */
    public List<String> levels() {
        return workbench.schoolDetails().levels();
    }

    /**
     * One school as an area of indicators: the school (its code as stored) and the level its figures are for,
     * the school's own level when that is a level of the grade system, else null (primary).
     */
    public record SchoolScope(AreaSelector area, String level) {
    }

    /** The school {@code code} (any case) with a return in {@code year}, as an area; empty when there is none. */
    public java.util.Optional<SchoolScope> school(int year, String code) {
        return workbench.schools(year, null).stream().filter(x -> x.code().equalsIgnoreCase(code)).findFirst()
                .map(found -> new SchoolScope(AreaSelector.school(found.code()), found.level() != null
                        && levels().contains(found.level()) ? found.level() : null));
    }

    /**
     * The indicators that mean something for one school ({@link IndicatorCatalogue#forSchool()}), with the same
     * workings as an area's, for the level of the school (its own level when that is a level of the grade system,
     * else primary), as {@code emis indicators --school} computes them. Empty when the school sent no return
     * that year.
     */
    public List<Row> schoolRows(int year, String school, Locale locale) {
        SchoolScope found = school(year, school).orElse(null);
        if (found == null) {
            return List.of();
        }
        CoreText text = CoreText.of(locale);
        Map<String, IndicatorValue> byId = new HashMap<>();
        compute(year, found.area(), found.level()).forEach(v -> byId.put(v.id(), v));
        return IndicatorCatalogue.forSchool().stream().map(byId::get).filter(java.util.Objects::nonNull)
                .map(v -> row(v, text)).toList();
    }

    /** Every indicator for a district ({@code district} null: the whole country) and level (null: primary). */
    public List<Row> rows(int year, String district, String level, Locale locale) {
        AreaSelector area = district == null ? AreaSelector.country() : AreaSelector.district(district);
        CoreText text = CoreText.of(locale);
        return compute(year, area, level).stream().map(v -> row(v, text)).toList();
    }

    /**
     * The key indicators ({@link IndicatorCatalogue#byGroup()}) for the schools of each locality or ownership of
     * a district (null: the country), group by group in code order, each row naming its group.
     */
    public List<Row> rowsBy(int year, String district, String level, Locale locale, SchoolGroup by) {
        AreaSelector area = district == null ? AreaSelector.country() : AreaSelector.district(district);
        CoreText text = CoreText.of(locale);
        List<Row> out = new ArrayList<>();
        computeByGroup(year, area, level, IndicatorSettings.DEFAULT, by)
                .forEach((group, values) -> {
                    Map<String, IndicatorValue> byId = new HashMap<>();
                    values.forEach(v -> byId.put(v.id(), v));
                    for (String id : IndicatorCatalogue.byGroup()) {
                        Row r = row(byId.get(id), text);
                        out.add(new Row(r.id(), r.title(), r.unit(), r.value(), r.available(), r.reason(), r.formula(),
                                r.numeratorText(), r.numerator(), r.denominatorText(), r.denominator(), r.coverage(),
                                r.coverageShare(), r.note(), r.bySex(), r.imputedShare(), group));
                    }
                });
        return out;
    }

    private static Row row(IndicatorValue v, CoreText text) {
        IndicatorDefinition d = IndicatorCatalogue.byId(v.id()).orElse(null);
        String title = d == null ? v.id() : d.title().in(text.locale());
        Map<String, Breakdown> bySex = new TreeMap<>();
        for (Map.Entry<String, Breakdown> e : v.bySex().entrySet()) {
            if (e.getValue().available()) {
                bySex.put(e.getKey(), e.getValue());
            }
        }
        return new Row(v.id(), title, v.unit() == null ? "" : v.unit().code(), v.value(), v.available(), text.render(v.why()),
                v.formula() != null ? v.formula() : d == null ? null : d.formula(),
                d == null ? null : d.numerator(), v.numerator(), d == null ? null : d.denominator(), v.denominator(),
                v.coverage() == null ? null : text.render(v.coverage().message()),
                v.coverage() == null ? null : v.coverage().share(), text.render(v.caveat()), bySex, v.imputedShare());
    }

    /** Census years with returns, in order. */
    public List<Integer> years() {
        return workbench.store(ws -> new CensusLoader(ws).years());
    }

    /**
     * The country, its regions and districts, read one district at a time: a national census need not fit in
     * the heap (a million schools' summaries would not fit in 512 MB).
     */
    private IndicatorsByDistrict.Result byDistrict(int year, String level, IndicatorSettings settings) {
        if (!years().contains(year)) {
            throw new ServiceException(Message.of("service.noReturns", year));
        }
        try {
            return workbench.store(ws -> IndicatorsByDistrict.compute(ws, year, level, settings));
        } catch (IllegalArgumentException e) {
            throw new ServiceException(e instanceof Localized l ? l.message() : Message.of("error.sentence", e.getMessage()), e);
        }
    }

    private IndicatorInputs inputs(int year, String district) {
        if (!years().contains(year)) {
            throw new ServiceException(Message.of("service.noReturns", year));
        }
        return workbench.store(ws -> IndicatorInputsLoader.load(ws, year, district));
    }

    /** The district of school {@code code}'s return in {@code year}; null (read every school) when it has none. */
    private String districtOf(int year, String code) {
        return workbench.schools(year, null).stream().filter(x -> x.code().equalsIgnoreCase(code)).findFirst()
                .map(SchoolListing::district).filter(d -> d != null && !d.isBlank()).orElse(null);
    }
}
