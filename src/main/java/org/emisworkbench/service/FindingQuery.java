package org.emisworkbench.service;

import java.util.List;
import org.emisworkbench.model.FindingStatus;
import org.emisworkbench.model.Severity;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.service.validation.FindingGroups;
import org.emisworkbench.model.FindingFilter;

/**
 * Which findings to show; null fields match everything. The faces' own filter, so they need not
 * know the store's.
 */
public record FindingQuery(Integer year, String district, String school, String ruleId, Severity severity,
                           FindingStatus status) {
    public static FindingQuery all() {
        return new FindingQuery(null, null, null, null, null, null);
    }

    FindingFilter filter() {
        return new FindingFilter(year, district, blankToNull(school), ruleId, severity, status);
    }

    /** Findings matching the query. */
    public List<StoredFinding> list(ValidationService validation) {
        return validation.findings(filter());
    }

    /** Findings matching the query, grouped by rule. */
    public List<FindingGroups.Group> grouped(ValidationService validation) {
        return validation.grouped(filter());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
