package org.emisworkbench.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.emisworkbench.model.AreaSelector;
import org.emisworkbench.indicators.IndicatorCalculator;
import org.emisworkbench.indicators.IndicatorInputs;
import org.emisworkbench.indicators.IndicatorInputsLoader;
import org.emisworkbench.model.IndicatorSettings;
import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.SchoolGroup;
import org.emisworkbench.model.FindingStatus;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.report.DataQuality;
import org.emisworkbench.report.DistrictSummary;
import org.emisworkbench.report.SummaryCollector;
import org.emisworkbench.report.TrendPoint;
import org.emisworkbench.store.CensusLoader;
import org.emisworkbench.store.FindingStore;
import org.emisworkbench.store.PopulationLoader;
import org.emisworkbench.store.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything district summaries of one year need, loaded once: each census year up to t (for trends
 * and last year's column) is read from the store exactly once, feeding that year's indicator inputs
 * and the previous year's flow rates together; year t also feeds the schools table and age × grade
 * counts. Indicators of every district, region and the country are computed once, so writing all
 * districts costs one load plus the writing.
 */
final class Summaries {
    /** Census years shown in trend charts, at most. */
    static final int TREND_YEARS = 5;
    /** Schools listed behind a district's change from the year before. */
    static final int CHANGES_SHOWN = 10;
    private static final Logger LOG = LoggerFactory.getLogger(Summaries.class);

    private final int year;
    private final String level;
    private final SummaryCollector collector;
    private final Map<Integer, Map<String, List<IndicatorValue>>> byYear = new TreeMap<>();
    private final Map<String, List<IndicatorValue>> regions;
    private final List<IndicatorValue> country;
    private final IndicatorInputs now;
    private final IndicatorSettings settings;
    private final List<String> districts;
    private final Map<String, PopulationLoader.Area> areas = new HashMap<>();
    private final Map<String, List<StoredFinding>> findings = new HashMap<>();
    /** The rule pack's parameters the year's findings were raised with, where not the pack's values. */
    private List<org.emisworkbench.model.ParameterChange> thresholds = List.of();
    /** The default pack's rule titles in every language: a finding stores its title in English only. */
    private RuleTitles defaultTitles = RuleTitles.NONE;

    private Summaries(int year, String level, IndicatorSettings settings, SummaryCollector collector,
                      Map<Integer, IndicatorInputs> inputs,
                      List<PopulationLoader.Area> areaList, List<StoredFinding> stored) {
        this.year = year;
        this.level = level;
        this.collector = collector;
        inputs.forEach((y, in) -> byYear.put(y, IndicatorCalculator.computeAll(in, AreaSelector.Kind.DISTRICT, level,
                settings)));
        this.settings = settings;
        this.now = inputs.get(year);
        regions = IndicatorCalculator.computeAll(now, AreaSelector.Kind.REGION, level, settings);
        country = IndicatorCalculator.compute(now, AreaSelector.country(), level, settings);
        districts = now.districts();
        areaList.forEach(a -> areas.put(upper(a.code()), a));
        for (StoredFinding f : stored) {
            findings.computeIfAbsent(upper(f.finding().district()), k -> new ArrayList<>()).add(f);
        }
    }

    static Summaries load(Workspace ws, int year, String level, IndicatorSettings settings) {
        long start = System.nanoTime();
        CensusLoader census = new CensusLoader(ws);
        GradeSystem grades = census.grades();
        String lv = level == null || level.isBlank() ? IndicatorCalculator.DEFAULT_LEVEL : level.trim();
        if (!grades.levels().contains(lv)) {
            throw new ServiceException(Message.of("service.noLevel", lv, String.join(", ", grades.levels())));
        }
        List<Integer> years = census.years();
        if (!years.contains(year)) {
            throw new ServiceException(Message.of("service.noReturns", year));
        }
        List<Integer> shown = years.stream().filter(y -> y <= year).toList();
        shown = shown.subList(Math.max(0, shown.size() - TREND_YEARS), shown.size());
        Map<Integer, IndicatorInputs.Builder> builders = new LinkedHashMap<>();
        shown.forEach(y -> builders.put(y, IndicatorInputs.builder(y, grades)));
        SummaryCollector collector = new SummaryCollector(grades, lv);
        TreeSet<Integer> read = new TreeSet<>(shown);
        if (years.contains(year + 1)) {
            read.add(year + 1);
        }
        for (int y : read) {
            IndicatorInputs.Builder self = builders.get(y);
            IndicatorInputs.Builder before = years.contains(y - 1) ? builders.get(y - 1) : null;
            if (before != null) {
                before.nextYear(y);
            }
            boolean summaryYear = y == year;
            boolean yearBefore = y == year - 1;
            census.forEachSchool(y, s -> {
                if (self != null) {
                    self.school(s);
                }
                if (before != null) {
                    before.nextSchool(s);
                }
                if (summaryYear) {
                    collector.accept(s);
                } else if (yearBefore) {
                    collector.acceptYearBefore(s);
                }
            });
        }
        Map<Integer, IndicatorInputs> inputs = new TreeMap<>();
        builders.forEach((y, b) -> {
            IndicatorInputsLoader.addReference(b, ws, y);
            inputs.put(y, b.build());
        });
        List<StoredFinding> stored = new FindingStore(ws).list(new org.emisworkbench.model.FindingFilter(year, null, null, null,
                null, null));
        Summaries out = new Summaries(year, lv, settings, collector, inputs, new PopulationLoader(ws).areas(), stored);
        out.thresholds = ValidationService.parametersUsed(ws, year);
        LOG.info("Summary inputs for {} ({} years, {} districts) in {} ms", year, inputs.size(), out.districts.size(),
                (System.nanoTime() - start) / 1_000_000);
        return out;
    }

    List<String> districts() {
        return districts;
    }

    /**
     * Summaries are made district by district: returns of the year that name no district give none, and
     * the officer is told why rather than "no returns" or "0 written".
     */
    List<String> requireDistricts() {
        if (districts.isEmpty()) {
            throw new ServiceException(Message.of("service.noDistrictInReturns", year));
        }
        return districts;
    }

    boolean hasDistrict(String district) {
        return district != null && districts.contains(upper(district));
    }

    /**
     * Refuses a district the year's returns do not name, listing those they do: without a master list
     * the returns name their districts themselves (often by name, not code), so the officer's code may
     * not be the one stored.
     */
    /** Names the default pack's rules in the summary's language ({@code titles}: that pack's). */
    Summaries titled(RuleTitles titles) {
        this.defaultTitles = titles;
        return this;
    }

    void requireDistrict(String district) {
        if (!hasDistrict(district)) {
            throw noDistrict(district, year, districts);
        }
    }

    /** "There is no district X in the Y returns; they name these districts: …" (the first 30). */
    static ServiceException noDistrict(String district, int year, List<String> known) {
        String names = known.isEmpty() ? "-" : String.join(", ", known.size() > 30 ? known.subList(0, 30) : known)
                + (known.size() > 30 ? ", …" : "");
        return new ServiceException(Message.of("service.noDistrict", district, year, names));
    }

    DistrictSummary summary(String district, Locale locale, LocalDate today) {
        String d = upper(district);
        Map<String, IndicatorValue> current = byId(byYear.get(year).get(d));
        PopulationLoader.Area area = areas.get(d);
        String region = area == null ? null : upper(area.parentCode());
        Map<String, IndicatorValue> previous = byYear.containsKey(year - 1) ? byId(byYear.get(year - 1).get(d))
                : Map.of();
        List<TrendPoint> trends = new ArrayList<>();
        byYear.forEach((y, all) -> {
            Map<String, IndicatorValue> v = byId(all.get(d));
            trends.add(new TrendPoint(y, num(v, "enrolment_total"), num(v, "ger"), num(v, "ner"),
                    num(v, "pupil_teacher_ratio"), num(v, "female_teachers_pct")));
        });
        return new DistrictSummary(d, area == null ? null : area.name(), region, year, level, today, current,
                previous, region == null ? Map.of() : byId(regions.get(region)), byId(country),
                collector.ageGrade(d, current.get("overage_pct")), collector.schools(d), trends,
                quality(d, current.get("completeness_pct"), locale), equity(d), collector.changes(d, CHANGES_SHOWN));
    }

    /** The district's indicators by locality and by ownership, each group keyed by indicator id. */
    private Map<SchoolGroup, Map<String, Map<String, IndicatorValue>>> equity(String district) {
        Map<SchoolGroup, Map<String, Map<String, IndicatorValue>>> out = new java.util.EnumMap<>(SchoolGroup.class);
        for (SchoolGroup g : SchoolGroup.values()) {
            Map<String, Map<String, IndicatorValue>> groups = new LinkedHashMap<>();
            IndicatorCalculator.computeByGroup(now, AreaSelector.district(district), level, settings, g)
                    .forEach((code, values) -> groups.put(code, byId(values)));
            out.put(g, groups);
        }
        return out;
    }

    private DataQuality quality(String district, IndicatorValue completeness, Locale locale) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, String[]> about = new HashMap<>();
        List<DataQuality.Outlier> outliers = new ArrayList<>();
        for (StoredFinding sf : findings.getOrDefault(district, List.of())) {
            var f = sf.finding();
            int[] c = counts.computeIfAbsent(f.ruleId(), k -> new int[2]);
            c[0]++;
            if (sf.status() == FindingStatus.OPEN || sf.status() == FindingStatus.QUERIED) {
                c[1]++;
            }
            boolean defaultPack = sf.packId() == null || ValidationService.DEFAULT_PACK_ID.equals(sf.packId());
            about.putIfAbsent(f.ruleId(), new String[] {defaultPack ? defaultTitles.title(f.ruleId(), f.ruleTitle(), locale)
                : f.ruleTitle(), f.severity().name()});
            // Peer-comparison rules of the default pack are OUT-nn (modified z-score, IQR fences).
            if (f.ruleId().startsWith("OUT")) {
                outliers.add(new DataQuality.Outlier(f.schoolCode(), f.ruleId(), f.field(), f.left(),
                        f.message().in(locale)));
            }
        }
        List<DataQuality.RuleCount> byRule = new ArrayList<>();
        counts.forEach((rule, c) -> byRule.add(new DataQuality.RuleCount(rule, about.get(rule)[0], about.get(rule)[1],
                c[0], c[1])));
        int returns = collector.schools(district).size();
        Integer expected = completeness == null || completeness.coverage() == null ? null
                : completeness.coverage().expected();
        int received = expected == null ? returns : completeness.coverage().counted();
        return new DataQuality(expected, received, returns, byRule, outliers, thresholds);
    }

    private static Map<String, IndicatorValue> byId(List<IndicatorValue> values) {
        Map<String, IndicatorValue> out = new HashMap<>();
        if (values != null) {
            values.forEach(v -> out.put(v.id(), v));
        }
        return out;
    }

    private static Double num(Map<String, IndicatorValue> v, String id) {
        IndicatorValue x = v.get(id);
        return x == null || !x.available() ? null : x.value();
    }

    private static String upper(String s) {
        return s == null ? "" : s.trim().toUpperCase(Locale.ROOT);
    }
}
