package org.emisworkbench.model;

/**
 * Which findings to list, for the faces and the store alike: null arguments do not filter (a blank
 * school neither, as typed in a search box), except {@code packId}: findings belong to the pack that
 * raised them, and a null pack means, for each census year, the pack of the latest run over that year
 * (the current pack); {@link #ANY_PACK} lists every pack's.
 */
public record FindingFilter(Integer year, String district, String school, String ruleId, Severity severity,
                            FindingStatus status, String packId) {
    /** Lists the findings of every pack. */
    public static final String ANY_PACK = "*";

    public FindingFilter {
        school = school == null || school.isBlank() ? null : school.trim();
    }

    /** The current pack's findings (that of the latest run over each year). */
    public FindingFilter(Integer year, String district, String school, String ruleId, Severity severity,
                         FindingStatus status) {
        this(year, district, school, ruleId, severity, status, null);
    }

    public static FindingFilter all() {
        return new FindingFilter(null, null, null, null, null, null);
    }

    /** The same filter over the findings of one pack (its id), or {@link #ANY_PACK}; null: the current pack. */
    public FindingFilter withPack(String pack) {
        return new FindingFilter(year, district, school, ruleId, severity, status, pack);
    }
}
