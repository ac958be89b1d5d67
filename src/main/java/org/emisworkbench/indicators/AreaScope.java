package org.emisworkbench.indicators;

import java.util.List;
import org.emisworkbench.model.Message;

/**
 * An area resolved against the inputs: its schools of year t, the population areas whose figures
 * make its denominators (null with {@code populationReason} when none can), and master-list counts.
 *
 * @param expected         schools of the area on the master list; null without a master list
 * @param expectedReturned of those, schools with a return for year t
 */
record AreaScope(AreaSelector area, List<SchoolFigures> schools, List<String> populationAreas,
                 Message populationReason, Integer expected, int expectedReturned) {
}
