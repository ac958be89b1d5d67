package org.emisworkbench.rules.expr;

/**
 * A value the evaluator read: a cell (or, for school attributes, a null cell and the field name),
 * whether it was present, and whether it came from the previous year. Rules use these for their
 * missing-value strategy and to name the fields and cells behind a finding.
 */
public record Lookup(String field, CellKey cell, boolean present, boolean previousYear) {
}
