package org.emisworkbench.exchange;

import java.util.List;
import java.util.Map;
import org.emisworkbench.model.Topic;

/**
 * Where each canonical figure goes in a ministry's DHIS2 (or any ADX receiver): the data set, the period,
 * the organisation unit codes and, per figure, the data element and its disaggregation. A file of data,
 * checked like a template (see {@link MappingReader}); docs/exchange.md describes it.
 *
 * @param period    the DHIS2 period of a census year, {@code {year}} standing for it ("2025")
 * @param adxPeriod the same as ADX writes it: an ISO 8601 start and duration ("2025-01-01/P1Y")
 */
public record ExchangeMapping(String id, String version, String title, String dataSet, String period,
                              String adxPeriod, OrgUnits orgUnits, Map<Dimension, Category> categories,
                              List<Element> elements) {

    /** What one organisation unit of the receiver stands for. */
    public enum Level {
        SCHOOL, DISTRICT, COUNTRY
    }

    /** The disaggregations a figure may have. */
    public enum Dimension {
        GRADE, SEX;

        String placeholder() {
            return "{" + name().toLowerCase(java.util.Locale.ROOT) + "}";
        }
    }

    /**
     * The receiver's organisation units: one per school, district or for the country; {@code codes} maps
     * our code (or {@code "country"}) to the receiver's. With no codes, our own codes are sent.
     */
    public record OrgUnits(Level level, Map<String, String> codes) {
        /** The receiver's code for one of ours, or null when the mapping names codes but not this one. */
        public String codeOf(String ours) {
            if (codes.isEmpty()) {
                return ours;
            }
            return codes.get(ours);
        }
    }

    /**
     * A category of the receiver: its code (an ADX attribute name) and the code of each of our options
     * (grade codes, F and M); an option not listed keeps our code.
     */
    public record Category(String code, Map<String, String> options) {
        public String optionOf(String ours) {
            return options.getOrDefault(ours, ours);
        }
    }

    /**
     * One figure sent as one data element.
     *
     * @param figure   as written in the file: {@code enrolment}, {@code teachers.qualified}…
     * @param slot     the slot of a fixed topic, or -1 for a graded topic (one value per grade)
     * @param by       the disaggregations sent; a topic counted by sex and not sent by sex is sent as the
     *                 sum of both sexes, a graded topic not sent by grade as the sum of its grades
     * @param grades   the grades a graded figure covers (empty: every grade of the country)
     * @param combo    the category option combo code, {@code {grade}} and {@code {sex}} standing for the
     *                 options' codes ("{grade}_{sex}"), a fixed code, or null for the receiver's
     *                 default combo (a figure with no disaggregation)
     */
    public record Element(String figure, Topic topic, int slot, String dataElement, List<Dimension> by,
                          List<String> grades, String combo) {
        public boolean by(Dimension d) {
            return by.contains(d);
        }
    }
}
