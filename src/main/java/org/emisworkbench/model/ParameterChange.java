package org.emisworkbench.model;

/**
 * A parameter of a rule pack (a threshold) read with another value than the one the pack declares: set in the
 * workspace, so findings, the Validation screen and the district summary say which values they were raised with.
 */
public record ParameterChange(String name, double value, double packValue) {
}
