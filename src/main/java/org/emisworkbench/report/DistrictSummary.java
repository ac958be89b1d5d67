package org.emisworkbench.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.SchoolGroup;

/**
 * Everything a district summary shows, computed once: the PDF, the xlsx export and the charts read it.
 * Indicator maps are keyed by indicator id; {@code previous}, {@code regionValues} are empty when the
 * workspace has no earlier year or no region. {@code equity}: the district's key indicators by locality and by
 * ownership ({@link #by}). {@code changes}: the schools whose pupils of the level changed most from the year
 * before, empty without that year.
 */
public record DistrictSummary(String district, String districtName, String region, int year, String level,
                              LocalDate generatedOn, Map<String, IndicatorValue> current,
                              Map<String, IndicatorValue> previous, Map<String, IndicatorValue> regionValues,
                              Map<String, IndicatorValue> country, AgeGradeTable ageGrade, List<SchoolRow> schools,
                              List<TrendPoint> trends, DataQuality quality,
                              Map<SchoolGroup, Map<String, Map<String, IndicatorValue>>> equity,
                              List<SchoolChange> changes) {
    public DistrictSummary {
        Objects.requireNonNull(district, "district");
        current = Map.copyOf(current);
        previous = Map.copyOf(previous);
        regionValues = Map.copyOf(regionValues);
        country = Map.copyOf(country);
        schools = List.copyOf(schools);
        trends = List.copyOf(trends);
        equity = equity == null ? Map.of() : Map.copyOf(equity);
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /**
     * The district's indicators for the schools of each locality (or ownership), keyed by group code in code
     * order, then by indicator id; empty when not computed.
     */
    public Map<String, Map<String, IndicatorValue>> by(SchoolGroup group) {
        return equity.getOrDefault(group, Map.of());
    }

    /** "D03 Coral Bay", or the code alone when the area list gives no name. */
    public String label() {
        return districtName == null || districtName.isBlank() ? district : district + " " + districtName;
    }

    /** The figure of this year, or null when the indicator is unknown. */
    public IndicatorValue value(String id) {
        return current.get(id);
    }
}
