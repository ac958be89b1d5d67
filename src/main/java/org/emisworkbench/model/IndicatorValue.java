package org.emisworkbench.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One computed indicator for an area, level and year. When the figure cannot be computed
 * ({@code available} false), {@code value} is null and {@code why} says why in plain words; a
 * missing or zero denominator is never shown as 0.
 *
 * @param id          the indicator's id (see {@link org.emisworkbench.indicators.IndicatorCatalogue})
 * @param level       education level code, or "all" for area-wide figures (completeness)
 * @param year        census year t
 * @param numerator   null when it could not be counted
 * @param denominator null when it could not be counted
 * @param coverage    schools the figure rests on
 * @param bySex       "F" and "M" figures where the indicator has them, else empty
 * @param byGrade     per-grade figures keyed by grade code ("G1"…), in grade order, else empty
 * @param caveat      a caveat on an available figure (e.g. pupils of unknown age estimated in NER), or null
 * @param imputedShare the share (0–1) of the figure's numerator that is estimated rather than counted
 *                    (pupils of unknown age, {@link org.emisworkbench.indicators.AgeEstimate}); null for figures that estimate nothing
 */
public record IndicatorValue(String id, AreaSelector area, String level, int year, Unit unit, Double value,
                             boolean available, Message why, String formula, Double numerator,
                             Double denominator, Coverage coverage, Map<String, Breakdown> bySex,
                             Map<String, Breakdown> byGrade, Message caveat, Double imputedShare) {
    public IndicatorValue {
        Objects.requireNonNull(id, "id");
        // Copies keep the caller's order (grades in grade order) and cannot be changed afterwards.
        bySex = bySex == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(bySex));
        byGrade = byGrade == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(byGrade));
        if (available && value == null) {
            throw new IllegalArgumentException(id + ": an available figure needs a value");
        }
    }

    /** This figure with the share of it that is estimated. */
    public IndicatorValue withImputedShare(Double share) {
        return new IndicatorValue(id, area, level, year, unit, value, available, why, formula, numerator, denominator,
                coverage, bySex, byGrade, caveat, share);
    }

    /** {@link #why} in English, or null. */
    public String reason() {
        return why == null ? null : why.english();
    }

    /** {@link #caveat} in English, or null. */
    public String note() {
        return caveat == null ? null : caveat.english();
    }
}
