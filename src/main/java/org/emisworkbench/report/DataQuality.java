package org.emisworkbench.report;

import java.util.List;

/**
 * The data-quality annex: returns received against expected, validation findings by rule, outliers.
 *
 * @param expected schools of the district on the master list; null without a master list
 * @param received of those, schools with a return (or every school with a return without a master list)
 * @param returns  schools with a return for the year
 * @param thresholds the rule pack's parameters the findings were raised with where they were not the pack's
 *                   values (set in the workspace); empty when the pack's own were used
 */
public record DataQuality(Integer expected, int received, int returns, List<RuleCount> byRule,
                          List<Outlier> outliers, List<org.emisworkbench.model.ParameterChange> thresholds) {
    public DataQuality {
        byRule = List.copyOf(byRule);
        outliers = List.copyOf(outliers);
        thresholds = List.copyOf(thresholds);
    }

    /** Findings raised with the pack's own thresholds. */
    public DataQuality(Integer expected, int received, int returns, List<RuleCount> byRule, List<Outlier> outliers) {
        this(expected, received, returns, byRule, outliers, List.of());
    }


    /** Findings of one rule in the district: how many, and how many still open. */
    public record RuleCount(String ruleId, String title, String severity, int count, int open) {
    }

    /** A school flagged by a peer-comparison (outlier) rule. */
    public record Outlier(String schoolCode, String ruleId, String field, Double value, String message) {
    }
}
