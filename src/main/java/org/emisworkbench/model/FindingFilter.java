package org.emisworkbench.model;

/** Which findings to list: null arguments do not filter. */
public record FindingFilter(Integer year, String district, String school, String ruleId, Severity severity,
                            FindingStatus status) {
    public static FindingFilter all() {
        return new FindingFilter(null, null, null, null, null, null);
    }
}
