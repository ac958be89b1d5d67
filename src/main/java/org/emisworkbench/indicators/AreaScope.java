package org.emisworkbench.indicators;

import org.emisworkbench.model.AreaSelector;
import org.emisworkbench.model.SchoolGroup;
import java.util.List;
import org.emisworkbench.model.Message;

/**
 * An area resolved against the inputs: its schools of year t, the population areas whose figures
 * make its denominators (null with {@code populationReason} when none can), and master-list counts.
 *
 * @param schoolCount      schools of the area with a return for year t: {@code schools.size()}, or, for an area
 *                         summed district by district ({@link IndicatorsByDistrict}), how many were added
 *                         while {@code schools} stays empty
 * @param expected         schools of the area on the master list; null without a master list
 * @param expectedReturned of those, schools with a return for year t
 * @param group            for the schools of one locality or ownership in the area ({@link SchoolGroup}), why
 *                         figures of the whole area (population, master list) do not apply; null for an area
 */
record AreaScope(AreaSelector area, List<SchoolFigures> schools, int schoolCount, List<String> populationAreas,
                 Message populationReason, Integer expected, int expectedReturned, Message group) {
    AreaScope(AreaSelector area, List<SchoolFigures> schools, List<String> populationAreas, Message populationReason,
              Integer expected, int expectedReturned) {
        this(area, schools, schools.size(), populationAreas, populationReason, expected, expectedReturned, null);
    }

    /** An area whose schools were summed as they were read, none of them kept: only their number. */
    static AreaScope summed(AreaSelector area, int schoolCount, List<String> populationAreas, Message populationReason,
                            Integer expected, int expectedReturned) {
        return new AreaScope(area, List.of(), schoolCount, populationAreas, populationReason, expected,
                expectedReturned, null);
    }

    /** The schools of this area in one group, with population and master list left out (they are not by group). */
    AreaScope part(List<SchoolFigures> groupSchools, Message why) {
        return new AreaScope(area, groupSchools, groupSchools.size(), null, why, null, 0, why);
    }
}
