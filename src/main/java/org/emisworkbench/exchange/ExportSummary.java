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
 * @param schoolsSexNotReported schools giving a figure the mapping asks by sex without their sex (decision 0058)
 */
public record ExportSummary(int schools, long sent, List<HeldBack> heldBack, Map<String, Integer> heldBackBySchool,
                            List<String> areasWithoutCode, List<String> schoolsSexNotReported) {
    public long unchecked() {
        return count(HeldBack.Reason.UNCHECKED);
    }

    /** Values by sex not sent because every school of their area gives the figure without the sex. */
    public long sexNotReported() {
        return count(HeldBack.Reason.SEX_NOT_REPORTED);
    }

    public long count(HeldBack.Reason reason) {
        return heldBack.stream().filter(h -> h.reason() == reason).count();
    }
}
