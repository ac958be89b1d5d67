package org.emisworkbench.indicators;

import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.AreaSelector;
import org.emisworkbench.model.SchoolGroup;
import org.emisworkbench.model.IndicatorSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.emisworkbench.model.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes every indicator of the catalogue for an area and a level from {@link IndicatorInputs}.
 * Stateless; the inputs are read only, so areas may be computed from several threads.
 *
 * <pre>
 *   IndicatorInputs in = IndicatorInputsLoader.load(workspace, 2024);
 *   List&lt;IndicatorValue&gt; d03 = IndicatorCalculator.compute(in, AreaSelector.district("D03"), "primary");
 *   Map&lt;String, List&lt;IndicatorValue&gt;&gt; all = IndicatorCalculator.computeAll(in, AreaSelector.Kind.DISTRICT, "primary");
 * </pre>
 */
public final class IndicatorCalculator {
    /** The level used when none is given. */
    public static final String DEFAULT_LEVEL = "primary";
    private static final Logger LOG = LoggerFactory.getLogger(IndicatorCalculator.class);

    private IndicatorCalculator() {
    }

    /**
     * Every indicator for one area and level, in catalogue order.
     *
     * @param level a level of the grade system ("primary"…); null for {@link #DEFAULT_LEVEL}
     */
    public static List<IndicatorValue> compute(IndicatorInputs inputs, AreaSelector area, String level) {
        return compute(inputs, area, level, IndicatorSettings.DEFAULT);
    }

    /** The same, with a ministry's own publication settings. */
    public static List<IndicatorValue> compute(IndicatorInputs inputs, AreaSelector area, String level,
                                               IndicatorSettings settings) {
        String lv = checkLevel(inputs, level);
        Scopes scopes = new Scopes(inputs);
        return computeScope(inputs, scopes.resolve(area), lv, settings);
    }

    /**
     * Every indicator for every area of a kind (each district, each region), keyed by area code in code
     * order ("country" for the country). Each school is read once: districts are grouped once and each group summed once.
     */
    public static Map<String, List<IndicatorValue>> computeAll(IndicatorInputs inputs, AreaSelector.Kind kind,
                                                               String level) {
        return computeAll(inputs, kind, level, IndicatorSettings.DEFAULT);
    }

    /** The same, with a ministry's own publication settings. */
    public static Map<String, List<IndicatorValue>> computeAll(IndicatorInputs inputs, AreaSelector.Kind kind,
                                                               String level, IndicatorSettings settings) {
        String lv = checkLevel(inputs, level);
        long start = System.nanoTime();
        Scopes scopes = new Scopes(inputs);
        List<String> codes = switch (kind) {
            case DISTRICT -> inputs.districts();
            case REGION -> inputs.regions();
            case SCHOOL -> new ArrayList<>(new TreeSet<>(inputs.schools.keySet()));
            case COUNTRY -> List.of("country");
        };
        Map<String, List<IndicatorValue>> out = new LinkedHashMap<>();
        for (String code : codes) {
            AreaSelector area = kind == AreaSelector.Kind.COUNTRY ? AreaSelector.country() : new AreaSelector(kind, code);
            out.put(code, computeScope(inputs, scopes.resolve(area), lv, settings));
        }
        LOG.debug("Indicators of {} {} areas ({}) in {} ms", codes.size(), kind, lv,
                (System.nanoTime() - start) / 1_000_000);
        return out;
    }

    /**
     * Every indicator for the schools of each locality (or ownership) of an area, keyed by the group's code
     * in code order ({@link SchoolGroup#UNKNOWN} for schools that do not say). Figures that need the
     * population or the master list are not available for a group: those are not kept by group.
     */
    public static Map<String, List<IndicatorValue>> computeByGroup(IndicatorInputs inputs, AreaSelector area,
                                                                   String level, IndicatorSettings settings,
                                                                   SchoolGroup by) {
        String lv = checkLevel(inputs, level);
        AreaScope scope = new Scopes(inputs).resolve(area);
        Map<String, List<SchoolFigures>> groups = new TreeMap<>();
        for (SchoolFigures s : scope.schools()) {
            groups.computeIfAbsent(groupOf(by, s), k -> new ArrayList<>()).add(s);
        }
        Map<String, List<IndicatorValue>> out = new LinkedHashMap<>();
        groups.forEach((group, schools) -> out.put(group, computeScope(inputs,
                scope.part(schools, Message.of("ind.notByGroup", Message.of("ind.group." + by.code()))), lv,
                settings)));
        return out;
    }

    private static String checkLevel(IndicatorInputs inputs, String level) {
        return checkLevel(inputs.shape.system, level);
    }

    /** The level asked for (null or blank: {@link #DEFAULT_LEVEL}); refused when the grade system has none of it. */
    static String checkLevel(org.emisworkbench.model.GradeSystem grades, String level) {
        String lv = level == null || level.isBlank() ? DEFAULT_LEVEL : level.trim();
        if (!grades.levels().contains(lv)) {
            throw new org.emisworkbench.model.UnknownLevel(lv, grades.levels());
        }
        return lv;
    }

    private static List<IndicatorValue> computeScope(IndicatorInputs inputs, AreaScope scope, String level,
                                                     IndicatorSettings settings) {
        LevelTotals totals = new LevelTotals(inputs.shape, level);
        for (SchoolFigures s : scope.schools()) {
            totals.add(s, inputs.next == null ? null : inputs.next.get(s.code));
        }
        return values(inputs, scope, totals, settings);
    }

    /**
     * The values of an area from its schools' sums: {@code inputs} gives the year, population, year t+1 and
     * hierarchy, not the schools (an area summed district by district keeps none of them).
     */
    static List<IndicatorValue> values(IndicatorInputs inputs, AreaScope scope, LevelTotals totals,
                                       IndicatorSettings settings) {
        ValueMaker out = new ValueMaker(scope, totals.level, inputs.year, settings);
        List<IndicatorValue> values = new ArrayList<>(IndicatorCatalogue.all().size());
        if (scope.area().kind() == AreaSelector.Kind.REGION && inputs.regionOf.isEmpty()) {
            Message reason = Message.of("ind.noRegions");
            for (IndicatorDefinition d : IndicatorCatalogue.all()) {
                values.add(out.notAvailable(d.id(), reason, null, null, 0, null, null));
            }
            return values;
        }
        new AccessFigures(out, totals, inputs.population).addTo(values);
        new ResourceFigures(out, totals).addTo(values);
        new FlowFigures(out, totals, inputs.nextYear).addTo(values);
        return order(values);
    }

    /** Catalogue order, whatever order the figure groups produced them in. */
    private static List<IndicatorValue> order(List<IndicatorValue> values) {
        Map<String, IndicatorValue> byId = new TreeMap<>();
        values.forEach(v -> byId.put(v.id(), v));
        List<IndicatorValue> out = new ArrayList<>(values.size());
        for (IndicatorDefinition d : IndicatorCatalogue.all()) {
            out.add(byId.get(d.id()));
        }
        return out;
    }

    /** The locality or ownership code of a school, {@link SchoolGroup#UNKNOWN} when it does not say. */
    private static String groupOf(SchoolGroup by, SchoolFigures s) {
        String v = by == SchoolGroup.LOCALITY ? s.localityCode : s.ownershipCode;
        return v == null ? SchoolGroup.UNKNOWN : v;
    }
}
