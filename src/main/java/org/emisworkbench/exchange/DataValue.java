package org.emisworkbench.exchange;

import java.util.Map;

/**
 * One figure as the receiver takes it: an organisation unit (ours and the receiver's code), a data
 * element, its category option combo (DHIS2) and category options (ADX attributes), the value, and a
 * note when the figure is known to be partial (sent as DHIS2's comment, ADX's annotation).
 *
 * @param area    our code of the school, district or country the figure counts
 * @param options category code → option code, in the mapping's order (ADX writes them as attributes)
 * @param note    why the figure is partial, or null when it counts every school it should
 */
public record DataValue(String area, String orgUnit, String dataElement, String combo, Map<String, String> options,
                        long value, String note) {
}
