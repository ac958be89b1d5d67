package org.emisworkbench.rules.expr;

import org.emisworkbench.model.CellKey;
import java.util.List;

/**
 * One field reference the evaluator read: the field; its present cells (or the one cell a single-cell
 * reference names, present or not; none for school attributes); whether any cell was present; and
 * whether it was read in the previous year. A reference with open dimensions ({@code enrolment})
 * counts as one value, present when any of its cells is: a primary school's blank secondary grades
 * must not make every total "missing". Rules use these for their missing-value strategy and to name
 * the fields and cells of a finding.
 */
public record Lookup(String field, List<CellKey> cells, boolean present, boolean previousYear) {
    public Lookup {
        cells = List.copyOf(cells);
    }
}
