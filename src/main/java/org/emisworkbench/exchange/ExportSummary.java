package org.emisworkbench.exchange;

import java.util.List;
import java.util.Map;

/**
 * What an export sent and what it held back.
 *
 * @param schools          schools with a return in the export's scope
 * @param sent             data values written
 * @param heldBack         every value not written, with the reason
 * @param heldBackBySchool per school whose unchecked error held values back, how many
 * @param areasWithoutCode areas with figures but no organisation unit code in the mapping
 */
public record ExportSummary(int schools, long sent, List<HeldBack> heldBack, Map<String, Integer> heldBackBySchool,
                            List<String> areasWithoutCode) {
    public long unchecked() {
        return heldBack.stream().filter(h -> h.reason() == HeldBack.Reason.UNCHECKED).count();
    }
}
