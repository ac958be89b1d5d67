package org.emisworkbench.indicators;

import org.emisworkbench.model.AreaSelector;
import org.emisworkbench.model.SchoolGroup;
import java.util.List;
import org.emisworkbench.model.Message;

/**
 * An area resolved against the inputs: its schools of year t, the population areas whose figures
 * make its denominators (null with {@code populationReason} when none can), and master-list counts.
 *
 * @param expected         schools of the area on the master list; null without a master list
 * @param expectedReturned of those, schools with a return for year t
 * @param group            for the schools of one locality or ownership in the area ({@link SchoolGroup}), why
 *                         figures of the whole area (population, master list) do not apply; null for an area
 */
record AreaScope(AreaSelector area, List<SchoolFigures> schools, List<String> populationAreas,
                 Message populationReason, Integer expected, int expectedReturned, Message group) {
    AreaScope(AreaSelector area, List<SchoolFigures> schools, List<String> populationAreas, Message populationReason,
              Integer expected, int expectedReturned) {
        this(area, schools, populationAreas, populationReason, expected, expectedReturned, null);
    }

    /** The schools of this area in one group, with population and master list left out (they are not by group). */
    AreaScope part(List<SchoolFigures> groupSchools, Message why) {
        return new AreaScope(area, groupSchools, null, why, null, 0, why);
    }
}
