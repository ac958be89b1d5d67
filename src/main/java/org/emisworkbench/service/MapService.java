package org.emisworkbench.service;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.emisworkbench.indicators.IndicatorCatalogue;
import org.emisworkbench.indicators.IndicatorDefinition;
import org.emisworkbench.maps.Boundary;
import org.emisworkbench.maps.ClassMethod;
import org.emisworkbench.maps.Classes;
import org.emisworkbench.maps.Legend;
import org.emisworkbench.maps.MapArea;
import org.emisworkbench.maps.MapPicture;
import org.emisworkbench.maps.MapPoint;
import org.emisworkbench.model.AreaSelector;
import org.emisworkbench.model.FindingFilter;
import org.emisworkbench.model.FindingStatus;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Severity;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.SchoolListing;
import org.emisworkbench.store.Boundaries;
import org.emisworkbench.store.PopulationLoader;

/**
 * Maps of the census (docs/maps.md): the districts shaded by an indicator with the schools as points, and
 * one district's schools coloured by their pupil-teacher ratio, as pictures the window and the PDF draw.
 */
public final class MapService {
    /** The indicator a district's page colours its schools by. */
    public static final String SCHOOL_INDICATOR = "pupil_teacher_ratio";
    public static final int DEFAULT_CLASSES = 5;
    /** Schools as plain dots. */
    public static final String SCHOOLS_PLAIN = "none";
    /** Schools not drawn at all: a national map of districts, where thousands of dots would hide the shading. */
    public static final String SCHOOLS_HIDDEN = "hidden";
    /** Schools coloured by the worst of their open findings: none, warnings, errors. */
    public static final String SCHOOLS_BY_FINDINGS = "open_findings";
    /** The fills of no open finding, warnings, errors: white to dark, so the order survives grey printing. */
    private static final List<Color> FINDING_FILLS = List.of(Color.WHITE, Color.decode("#fdae61"),
            Color.decode("#d7191c"));

    private final Workbench workbench;

    MapService(Workbench workbench) {
        this.workbench = workbench;
    }

    /** An indicator a map can show: its id and its title in the reader's language. */
    public record Choice(String id, String title) {
    }

    /** The indicators a map can shade districts by, in the catalogue's order. */
    public static List<Choice> indicatorChoices(Locale locale) {
        List<Choice> out = new ArrayList<>();
        for (IndicatorDefinition d : IndicatorCatalogue.all()) {
            out.add(new Choice(d.id(), d.title().in(locale)));
        }
        return out;
    }

    /**
     * What a map can colour its schools by: nothing, their open findings, or one of the indicators the Schools
     * screen computes for a school ({@link IndicatorCatalogue#forSchool()}).
     */
    public static List<Choice> schoolChoices(Locale locale) {
        List<Choice> out = new ArrayList<>();
        out.add(new Choice(SCHOOLS_PLAIN, Message.of("map.schoolsPlain").in(locale)));
        out.add(new Choice(SCHOOLS_BY_FINDINGS, Message.of("map.schoolsByFindings").in(locale)));
        for (String id : IndicatorCatalogue.forSchool()) {
            out.add(new Choice(id, title(id, locale)));
        }
        return out;
    }

    /** Whether the workspace holds district boundaries to draw. */
    public boolean hasBoundaries() {
        return workbench.boundaries().all().stream().anyMatch(b -> Boundary.DISTRICT.equals(b.level()));
    }

    /**
     * The country: every district with a boundary shaded by {@code indicator} for {@code year} and
     * {@code level} (null: primary), a district without the figure hatched; every school with a point.
     */
    public MapPicture country(int year, String level, String indicator, ClassMethod method, int classes,
                              Locale locale) {
        return country(year, level, indicator, method, classes, SCHOOLS_PLAIN, locale);
    }

    /**
     * The country as {@link #country(int, String, String, ClassMethod, int, Locale)} draws it, its schools
     * coloured by {@code schoolsBy}: {@link #SCHOOLS_PLAIN}, {@link #SCHOOLS_BY_FINDINGS} (the worst severity
     * among the school's open findings of the year, an information counting as none), or a school indicator's
     * id (its value for the school at {@code level}, classed as the districts are, in oranges).
     */
    public MapPicture country(int year, String level, String indicator, ClassMethod method, int classes,
                              String schoolsBy, Locale locale) {
        Map<String, List<IndicatorValue>> values = workbench.indicators().computeAll(year, AreaSelector.Kind.DISTRICT,
                level);
        Map<String, String> names = new HashMap<>();
        workbench.store(ws -> new PopulationLoader(ws).areas()).forEach(a -> names.put(a.code(), a.name()));
        List<MapArea> areas = new ArrayList<>();
        for (Boundary b : workbench.boundaries().all()) {
            if (Boundary.DISTRICT.equals(b.level())) {
                areas.add(new MapArea(b.code(), names.getOrDefault(b.code(), b.name()), b.geometry(),
                        value(values.get(b.code()), indicator)));
            }
        }
        Map<String, Double[]> at = workbench.store(ws -> new Boundaries(ws).schoolPoints());
        List<Double> areaValues = areas.stream().map(MapArea::value).toList();
        Legend areaLegend = Classes.of(areaValues, method, classes);
        String by = schoolsBy == null ? SCHOOLS_PLAIN : schoolsBy;
        if (SCHOOLS_HIDDEN.equals(by)) {
            return new MapPicture(areas, List.of(), areaLegend, title(indicator, locale), null, null, locale);
        }
        if (SCHOOLS_PLAIN.equals(by)) {
            return new MapPicture(areas, points(year, null, Map.of(), at), areaLegend, title(indicator, locale), null,
                    null, locale);
        }
        List<MapPoint> points;
        Legend pointLegend;
        String pointTitle;
        if (SCHOOLS_BY_FINDINGS.equals(by)) {
            Map<String, Double> worst = new HashMap<>();
            for (StoredFinding f : workbench.validation().findings(new FindingFilter(year, null, null, null, null,
                    FindingStatus.OPEN))) {
                String school = f.finding().schoolCode();
                Severity sev = f.finding().severity();
                if (school != null) {
                    double v = sev == Severity.ERROR ? 2 : sev == Severity.WARNING ? 1 : 0;
                    worst.merge(school, v, Math::max);
                }
            }
            points = new ArrayList<>();
            for (MapPoint p : points(year, null, Map.of(), at)) {
                points.add(new MapPoint(p.code(), p.name(), p.longitude(), p.latitude(), worst.getOrDefault(p.code(),
                        0.0)));
            }
            pointLegend = Classes.categories(points.stream().map(MapPoint::value).toList(), List.of(
                    Message.of("map.findingsNone").in(locale), Message.of("map.findingsWarnings").in(locale),
                    Message.of("map.findingsErrors").in(locale)), FINDING_FILLS);
            pointTitle = Message.of("map.schoolsByFindings").in(locale);
        } else {
            if (!IndicatorCatalogue.forSchool().contains(by)) {
                throw new IllegalArgumentException("not a school indicator: " + by);
            }
            Map<String, Double> bySchool = new HashMap<>();
            workbench.indicators().computeAll(year, AreaSelector.Kind.SCHOOL, level)
                    .forEach((code, vs) -> bySchool.put(code, value(vs, by)));
            points = points(year, null, bySchool, at);
            pointLegend = Classes.of(points.stream().map(MapPoint::value).toList(), method, classes,
                    Classes.Palette.ORANGES);
            pointTitle = title(by, locale);
        }
        return new MapPicture(areas, points, areaLegend, title(indicator, locale), pointLegend, pointTitle, locale);
    }

    /**
     * Each district's map for its summary page: its boundary and its schools coloured by their pupil-teacher
     * ratio (quantiles). A district without a boundary has none (it is left out of the map returned); the
     * schools' ratios are computed once for all.
     */
    public Map<String, MapPicture> districts(int year, java.util.Collection<String> districts, String level,
                                             Locale locale) {
        Map<String, Boundary> own = new HashMap<>();
        for (Boundary b : workbench.boundaries().all()) {
            if (Boundary.DISTRICT.equals(b.level())) {
                own.put(b.code().toUpperCase(Locale.ROOT), b);
            }
        }
        Map<String, MapPicture> out = new HashMap<>();
        if (districts.stream().noneMatch(d -> own.containsKey(d.toUpperCase(Locale.ROOT)))) {
            return out;
        }
        Map<String, Double> ptr = new HashMap<>();
        workbench.indicators().computeAll(year, AreaSelector.Kind.SCHOOL, level)
                .forEach((code, vs) -> ptr.put(code, value(vs, SCHOOL_INDICATOR)));
        Map<String, String> names = new HashMap<>();
        workbench.store(ws -> new PopulationLoader(ws).areas()).forEach(a -> names.put(a.code(), a.name()));
        Map<String, Double[]> at = workbench.store(ws -> new Boundaries(ws).schoolPoints());
        for (String d : districts) {
            Boundary b = own.get(d.toUpperCase(Locale.ROOT));
            if (b != null) {
                MapArea area = new MapArea(b.code(), names.getOrDefault(b.code(), b.name()), b.geometry(), null);
                out.put(d, new MapPicture(List.of(area), points(year, d, ptr, at), MapPicture.Classed.POINTS,
                        ClassMethod.QUANTILES, DEFAULT_CLASSES, title(SCHOOL_INDICATOR, locale), locale));
            }
        }
        return out;
    }

    /** Schools with a return in {@code year} (of {@code district}, or all) that have a point. */
    private List<MapPoint> points(int year, String district, Map<String, Double> values, Map<String, Double[]> at) {
        List<MapPoint> out = new ArrayList<>();
        for (SchoolListing s : workbench.schools(year, district)) {
            Double[] p = at.get(s.code());
            if (p != null && p[0] != null && p[1] != null && Math.abs(p[0]) <= 90 && Math.abs(p[1]) <= 180
                    && !(p[0] == 0 && p[1] == 0)) {
                out.add(new MapPoint(s.code(), s.name(), p[1], p[0], values.get(s.code())));
            }
        }
        return out;
    }

    private static Double value(List<IndicatorValue> values, String id) {
        if (values == null) {
            return null;
        }
        for (IndicatorValue v : values) {
            if (v.id().equals(id)) {
                return v.available() ? v.value() : null;
            }
        }
        return null;
    }

    private static String title(String indicator, Locale locale) {
        return IndicatorCatalogue.byId(indicator).map(d -> d.title().in(locale)).orElse(indicator);
    }
}
