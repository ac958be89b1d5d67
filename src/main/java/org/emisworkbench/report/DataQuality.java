package org.emisworkbench.report;

import java.util.List;

/**
 * The data-quality annex: returns received against expected, validation findings by rule, outliers.
 *
 * @param expected schools of the district on the master list; null without a master list
 * @param received of those, schools with a return (or every school with a return without a master list)
 * @param returns  schools with a return for the year
 */
public record DataQuality(Integer expected, int received, int returns, List<RuleCount> byRule,
                          List<Outlier> outliers) {
    public DataQuality {
        byRule = List.copyOf(byRule);
        outliers = List.copyOf(outliers);
    }

    /** Findings of one rule in the district: how many, and how many still open. */
    public record RuleCount(String ruleId, String title, String severity, int count, int open) {
    }

    /** A school flagged by a peer-comparison (outlier) rule. */
    public record Outlier(String schoolCode, String ruleId, String field, Double value, String message) {
    }
}
