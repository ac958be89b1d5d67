package org.emisworkbench.model;

/**
 * Choices a ministry makes about publishing figures, not facts of the returns.
 *
 * @param minAgeCoverage the share of pupils (0–1) whose age must be known for a figure that counts pupils
 *                       by age (NER, over-age) to be published; below it the figure is not available,
 *                       above it the pupils of unknown age are estimated ({@link org.emisworkbench.indicators.AgeEstimate})
 */
public record IndicatorSettings(double minAgeCoverage) {
    /** Half the pupils: below that, more of the figure would be estimated than counted. */
    public static final IndicatorSettings DEFAULT = new IndicatorSettings(0.5);

    public IndicatorSettings {
        if (!(minAgeCoverage >= 0 && minAgeCoverage <= 1)) {
            throw new IllegalArgumentException("the share of pupils whose age must be known is between 0 and 1, not "
                    + minAgeCoverage);
        }
    }
}
